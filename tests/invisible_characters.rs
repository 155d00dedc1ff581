//! Invisible format characters (zero-width space, soft hyphen, bidi
//! controls, BOM) pasted inside an IP or an email address. The IP a
//! removal request quotes must be exactly the one the receiver named, so
//! the value is read without them and a note states that they were
//! removed. The value is not cut short at the character.

use bounce_explainer::{explain, Recipient, Report};

const INVISIBLE: [char; 14] = [
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{00AD}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202E}',
    '\u{2060}', '\u{2066}', '\u{2069}', '\u{FEFF}', '\u{180E}', '\u{2064}',
];

fn only(report: &Report) -> &Recipient {
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    &report.recipients[0]
}

fn warns_of_removal(report: &Report, value: &str) -> bool {
    report
        .notes
        .iter()
        .any(|n| n.message.contains("invisible characters") && n.message.contains(value))
}

#[test]
fn ipv4_split_read_whole() {
    for c in INVISIBLE {
        let text = format!(
            "554 5.7.1 Service unavailable; Client host [192.0.2.1{c}0] blocked using \
             zen.spamhaus.org; recipient <alice@example.net>\n"
        );
        let report = explain(&text);
        let r = only(&report);
        assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.10"), "U+{:04X}", c as u32);
        assert!(warns_of_removal(&report, "192.0.2.10"), "U+{:04X}: {:?}", c as u32, report.notes);
    }
}

#[test]
fn ipv4_split_after_dot_read_whole() {
    let text = "550 5.7.1 Client host [203.0.113.\u{202E}25] blocked using bl.spamcop.net\n";
    let report = explain(text);
    assert_eq!(only(&report).sender_ip.as_deref(), Some("203.0.113.25"));
    assert!(warns_of_removal(&report, "203.0.113.25"));
}

#[test]
fn ipv6_split_read_whole() {
    for c in ['\u{200B}', '\u{00AD}', '\u{FEFF}'] {
        let text = format!(
            "554 5.7.1 Service unavailable; Client host [2001:db8::2{c}5] blocked using \
             zen.spamhaus.org; recipient <alice@example.net>\n"
        );
        let report = explain(&text);
        assert_eq!(only(&report).sender_ip.as_deref(), Some("2001:db8::25"), "U+{:04X}", c as u32);
        assert!(warns_of_removal(&report, "2001:db8::25"));
    }
}

#[test]
fn split_recipient_read_whole() {
    for c in INVISIBLE {
        for (split, whole) in [
            (format!("b{c}ob@example.net"), "bob@example.net"),
            (format!("bob@exam{c}ple.net"), "bob@example.net"),
        ] {
            let text = format!("550 5.1.1 <{split}>: Recipient address rejected: User unknown\n");
            let report = explain(&text);
            assert_eq!(only(&report).recipient.as_deref(), Some(whole), "U+{:04X}", c as u32);
            assert!(warns_of_removal(&report, whole), "U+{:04X}", c as u32);
        }
    }
}

#[test]
fn split_host_name_not_joined() {
    // A blocklist name split by one stays split, so it is not taken for
    // the real list, and no note claims a value was joined.
    let text = "554 5.7.1 Client host [192.0.2.10] blocked using zen.spam\u{200B}haus.org\n";
    let report = explain(text);
    assert!(
        !report.notes.iter().any(|n| n.message.contains("They were removed")),
        "{:?}",
        report.notes
    );
}

/// Builds each sending service's event record with `reply` in the field
/// that contains the receiver's text.
fn event_records(reply: &str) -> [(&'static str, String); 4] {
    [
        (
            "Amazon SES",
            format!(
                r#"{{"notificationType":"Bounce","bounce":{{"bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{{"emailAddress":"bob@example.org","status":"5.7.1","diagnosticCode":"smtp; {reply}"}}]}},"mail":{{"source":"alice@example.com"}}}}"#
            ),
        ),
        (
            "SendGrid",
            format!(
                r#"{{"event":"bounce","email":"bob@example.org","reason":"{reply}","status":"5.7.1","type":"blocked"}}"#
            ),
        ),
        (
            "Mailgun",
            format!(
                r#"{{"event":"failed","severity":"permanent","recipient":"bob@example.org","delivery-status":{{"code":550,"message":"{reply}"}}}}"#
            ),
        ),
        (
            "Brevo",
            format!(r#"{{"event":"hard_bounce","email":"bob@example.org","reason":"{reply}"}}"#),
        ),
    ]
}

#[test]
fn json_escape_inside_ip_read_whole() {
    // Python's json.dumps and other encoders write every non-ASCII
    // character as an escape, so an invisible one arrives as `\u200b`.
    for escape in [r"\u200b", r"\u200B", r"\u00ad", r"\ufeff"] {
        let reply =
            format!("550 5.7.1 Client host [192.0.2.1{escape}5] blocked using zen.spamhaus.org");
        for (service, record) in event_records(&reply) {
            let report = explain(&record);
            let r = only(&report);
            assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.15"), "{service} {escape}");
            assert!(
                warns_of_removal(&report, "192.0.2.15"),
                "{service} {escape}: {:?}",
                report.notes
            );
        }
    }
}

#[test]
fn json_escape_at_ip_edge_noted() {
    // A raw invisible character before or after an IP gets the note, so
    // its JSON escape must get it too: the reader cannot see either.
    let raw_and_escaped =
        [('\u{200B}', r"\u200b"), ('\u{00AD}', r"\u00AD"), ('\u{FEFF}', r"\ufeff")];
    for (raw, escape) in raw_and_escaped {
        for (before, after) in [(escape, ""), ("", escape)] {
            let reply = format!(
                "550 5.7.1 Client host [{before}192.0.2.5{after}] blocked using zen.spamhaus.org"
            );
            let raw_reply = reply.replace(escape, &raw.to_string());
            for ((service, record), (_, raw_record)) in
                event_records(&reply).into_iter().zip(event_records(&raw_reply))
            {
                let report = explain(&record);
                let r = only(&report);
                assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.5"), "{service} {reply}");
                assert!(r.sender_ip_source.line.is_some(), "{service} {reply}");
                assert!(warns_of_removal(&report, "192.0.2.5"), "{service} {reply}");
                assert_eq!(report.notes, explain(&raw_record).notes, "{service} {reply}");
            }
        }
    }
}

#[test]
fn json_escape_inside_recipient_read_whole() {
    let record = r#"{"event":"bounce","email":"b\u200bob@example.org","reason":"550 5.1.1 <b\u200bob@example.org>: user unknown"}"#;
    let report = explain(record);
    assert_eq!(only(&report).recipient.as_deref(), Some("bob@example.org"));
    assert!(warns_of_removal(&report, "bob@example.org"), "{:?}", report.notes);
}

#[test]
fn escaped_backslash_not_read_as_escape() {
    // `\\u200b` in JSON is a backslash followed by the letters u200b.
    let record = r#"{"event":"bounce","email":"bob@example.org","reason":"550 5.7.1 Client host [192.0.2.1\\u200b5] blocked"}"#;
    let report = explain(record);
    assert!(!warns_of_removal(&report, "192.0.2.15"), "{:?}", report.notes);
    assert_ne!(only(&report).sender_ip.as_deref(), Some("192.0.2.15"));
}

/// Replies whose IP sits in a `name=value` parameter, as each provider
/// writes it, with `{ip}` where the address goes.
const PARAMETER_REPLIES: [(&str, &str); 5] = [
    (
        "Proofpoint ?ip=",
        "<bob@example.net>: host mx0a-00123401.pphosted.com[198.51.100.80] said: 554 5.7.0 \
         Blocked - see https://ipcheck.proofpoint.com/?ip={ip} (in reply to MAIL FROM command)",
    ),
    (
        "Barracuda &ip=",
        "<bob@example.net>: host mx.example.net[198.51.100.61] said: 554 Service unavailable; \
         blocked using Barracuda Reputation; \
         http://www.barracudanetworks.com/reputation/?pr=1&ip={ip} (in reply to RCPT TO command)",
    ),
    (
        "Web.de ?ip=",
        "<bob@web.de>: host mx-ha03.web.de[198.51.100.21] refused to talk to me: 554-web.de \
         (mxweb112) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is \
         block listed. 554 For explanation visit https://web.de/email/senderguidelines?ip={ip}&c=bl",
    ),
    (
        "T-Online IP=",
        "<bob@t-online.de>: host mx00.t-online.de[198.51.100.10] refused to talk to me: 554 \
         IP={ip} - A problem occurred. (Ask your postmaster for help or to contact \
         tosa@rx.t-online.de to clarify.) (BL)",
    ),
    (
        "IP: label",
        "<bob@example.net>: host mx.example.net[198.51.100.80] said: 550 5.7.1 Rejected, \
         IP:{ip} is listed (in reply to RCPT TO command)",
    ),
];

#[test]
fn ip_parameter_split_read_whole() {
    for (form, template) in PARAMETER_REPLIES {
        for c in ['\u{200B}', '\u{00AD}', '\u{2060}'] {
            let text = template.replace("{ip}", &format!("192.0.2.8{c}1"));
            let report = explain(&text);
            let r = only(&report);
            let code = c as u32;
            assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.81"), "{form} U+{code:04X}");
            assert!(warns_of_removal(&report, "192.0.2.81"), "{form} U+{code:04X}");
        }
    }
}

#[test]
fn ip_parameter_without_split_has_no_note() {
    for (form, template) in PARAMETER_REPLIES {
        let report = explain(&template.replace("{ip}", "192.0.2.81"));
        assert_eq!(only(&report).sender_ip.as_deref(), Some("192.0.2.81"), "{form}");
        assert!(!report.notes.iter().any(|n| n.message.contains("They were removed")), "{form}");
    }
}

/// True when the report warns that the IP `ip` may be cut short at an
/// invisible character.
fn warns_of_cut(report: &Report, ip: &str) -> bool {
    report.notes.iter().any(|n| n.message.contains("cut short") && n.message.contains(ip))
}

#[test]
fn ip_parameter_split_not_ip_warns() {
    for (form, template) in PARAMETER_REPLIES {
        for c in ['\u{200B}', '\u{00AD}', '\u{2060}', '\u{FEFF}'] {
            let text = template.replace("{ip}", &format!("192.0.2.8{c}12"));
            let report = explain(&text);
            let r = only(&report);
            let code = c as u32;
            if let Some(ip) = r.sender_ip.as_deref() {
                assert!(warns_of_cut(&report, ip), "{form} U+{code:04X}: {:?}", report.notes);
                assert!(warns_of_cut(&report, &format!("<U+{code:04X}>12")), "{form} U+{code:04X}");
            }
            assert!(!warns_of_removal(&report, "192.0.2.812"), "{form} U+{code:04X}");
        }
    }
}

#[test]
fn bracketed_split_not_ip_warns() {
    for (split, short) in [
        ("192.0.2.8\u{200B}12", "192.0.2.8"),
        ("2001:db8::2\u{00AD}12345", "2001:db8::2"),
        ("12\u{200B}192.0.2.8", "192.0.2.8"),
    ] {
        let text = format!(
            "554 5.7.1 Service unavailable; Client host [{split}] blocked using \
             zen.spamhaus.org; recipient <alice@example.net>\n"
        );
        let report = explain(&text);
        if let Some(ip) = only(&report).sender_ip.as_deref() {
            assert!(warns_of_cut(&report, ip), "{split:?}: {:?}", report.notes);
        }
        assert!(warns_of_cut(&report, short), "{split:?}: {:?}", report.notes);
    }
}

#[test]
fn cut_warning_absent_for_whole_ips() {
    let text = "554 5.7.1 Client host [192.0.2.8\u{200B}1] blocked; zen.spam\u{200B}haus.org\n";
    let report = explain(text);
    assert_eq!(only(&report).sender_ip.as_deref(), Some("192.0.2.81"));
    assert!(!report.notes.iter().any(|n| n.message.contains("cut short")), "{:?}", report.notes);
}
