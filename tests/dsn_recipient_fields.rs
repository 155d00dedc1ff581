//! Recipient fields of a delivery-status part (RFC 3464) written with
//! RFC 5322 comments or a display name before the angle-addr, as RFC 6533
//! `utf-8` addresses or, for the Original-Recipient, in RFC 3461's xtext
//! (`+2B` for `+`): the card names the address alone, decoded.

use bounce_explainer::{explain, Actor, Report};

fn fixture(name: &str) -> Report {
    let path = format!("{}/tests/fixtures/dsn/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    explain(&text)
}

fn recipients(report: &Report) -> Vec<&str> {
    report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect()
}

#[test]
fn leading_comment_and_utf8_escape() {
    let report = fixture("folded-comments-utf8.eml");
    let names = recipients(&report);
    assert!(names.contains(&"bob@example.net"), "{names:?}");
    assert!(names.contains(&"müller@example.de"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains('(') || n.contains('\\')), "{names:?}");
}

#[test]
fn trailing_comment_removed() {
    let report = fixture("trailing-comment-quoted-local.eml");
    let names = recipients(&report);
    assert!(names.contains(&"bob@example.net"), "{names:?}");
    assert!(names.contains(&"müller@example.de"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains('(') || n.contains(')')), "{names:?}");
}

#[test]
fn xtext_original_recipient_same_address() {
    // `bob+2Bnews` is xtext for `bob+news`, the Final-Recipient: no
    // forward changed the address, so the unknown user is the sender's
    // to fix.
    let report = fixture("xtext-original-recipient.eml");
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    let r = &report.recipients[0];
    assert_eq!(r.recipient.as_deref(), Some("bob+news@example.net"));
    assert_eq!(r.original_recipient, None);
    assert_eq!(r.explanation.who_acts, Actor::You);
    assert!(!r.explanation.steps.iter().any(|s| s.contains("forwarded")), "{:?}", r.explanation);
}

/// Builds a bounce email whose delivery-status part has `original` and
/// `final_recipient` as its recipient fields.
fn dsn_email(original: &str, final_recipient: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mail.example.com\nTo: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n\
         --B\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n\
         --B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n\
         Original-Recipient: {original}\nFinal-Recipient: rfc822; {final_recipient}\nAction: failed\n\
         Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--B--\n"
    )
}

#[test]
fn xtext_original_recipient_decoded() {
    let cases = [
        // xtext for the same address as the Final-Recipient.
        ("rfc822;bob+2Bnews@example.net", "bob+news@example.net", None),
        ("rfc822;b+6Fb@example.net", "bob@example.net", None),
        ("rfc822;bob+2Bnews@example.net", "BOB+NEWS@example.net", None),
        // A forward: the address the sender wrote to is shown decoded.
        ("rfc822;bob+2Bnews@example.net", "robert@example.org", Some("bob+news@example.net")),
        // Written as the Final-Recipient is: an MTA that decoded already.
        ("rfc822;bob+2Bnews@example.net", "bob+2Bnews@example.net", None),
        // Not valid UTF-8 once decoded, so no xtext: a tag as written.
        ("rfc822;alice+DEV@example.net", "alice@example.org", Some("alice+DEV@example.net")),
    ];
    for (original, final_recipient, expected) in cases {
        let report = explain(&dsn_email(original, final_recipient));
        assert_eq!(report.recipients.len(), 1, "{original}: {report:?}");
        let r = &report.recipients[0];
        assert_eq!(r.original_recipient.as_deref(), expected, "{original} -> {final_recipient}");
    }
}

#[test]
fn idn_original_recipient_same_address() {
    // An SMTPUTF8 sender keeps the domain as typed (U-labels) in ORCPT,
    // while delivery uses its A-labels: one address, not a forward.
    let same = [
        ("utf-8; info@bücher.example", "info@xn--bcher-kva.example"),
        ("utf-8; info@BÜCHER.example", "info@xn--bcher-kva.example"),
        ("rfc822; info@xn--bcher-kva.example", "info@bücher.example"),
        ("utf-8; info@b\\x{FC}cher.example", "info@Xn--bcher-kva.example"),
        ("utf-8; info@mail.пример.рф", "info@mail.xn--e1afmkfd.xn--p1ai"),
    ];
    for (original, final_recipient) in same {
        let report = explain(&dsn_email(original, final_recipient));
        assert_eq!(report.recipients.len(), 1, "{original}: {report:?}");
        let r = &report.recipients[0];
        assert_eq!(r.original_recipient, None, "{original} -> {final_recipient}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{original} -> {final_recipient}");
    }
    // Another IDN domain is still a forward.
    let report = explain(&dsn_email("utf-8; info@bücher.example", "info@xn--bcher-kvb.example"));
    let r = &report.recipients[0];
    assert_eq!(r.original_recipient.as_deref(), Some("info@bücher.example"));
}

#[test]
fn display_name_before_angle_addr() {
    let report = fixture("display-name-recipient.txt");
    assert_eq!(recipients(&report), ["named@example.net", "plain@example.net"]);
}

/// Builds a bounce email whose delivery-status part names `recipient` as
/// its Final-Recipient. The MIME boundary is one that no `xn--` label
/// continues.
fn final_recipient_email(recipient: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mail.example.com\nTo: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"=_part\"\n\n\
         --=_part\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n\
         --=_part\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n\
         Final-Recipient: rfc822; {recipient}\nAction: failed\n\
         Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--=_part--\n"
    )
}

#[test]
fn uppercase_punycode_recipient_lowercased() {
    // Domain names are case-insensitive (RFC 5890), and the card shows an
    // A-label domain in lower case, as IDNA's ToASCII writes it. The local
    // part may be case-sensitive (RFC 5321), so it keeps its case.
    let cases = [
        ("USER@XN--BCHER-KVA.EXAMPLE", "USER@xn--bcher-kva.example"),
        ("user@Xn--Bcher-Kva.Example", "user@xn--bcher-kva.example"),
        ("info@MAIL.XN--E1AFMKFD.XN--P1AI", "info@mail.xn--e1afmkfd.xn--p1ai"),
        ("info@MAIL.EXAMPLE.XN--P1AI", "info@mail.example.xn--p1ai"),
        ("user@xn--bcher-kva.example", "user@xn--bcher-kva.example"),
    ];
    for (written, shown) in cases {
        let report = explain(&final_recipient_email(written));
        assert_eq!(recipients(&report), [shown], "{written}: {report:?}");
    }
}

#[test]
fn uppercase_ascii_domain_kept() {
    let report = explain(&final_recipient_email("USER@EXAMPLE.NET"));
    assert_eq!(recipients(&report), ["USER@EXAMPLE.NET"]);
}

#[test]
fn uppercase_punycode_reply_line() {
    for (line, shown) in [
        (
            "550 5.1.1 <USER@XN--BCHER-KVA.EXAMPLE>: Recipient address rejected: User unknown\n",
            "USER@xn--bcher-kva.example",
        ),
        (
            "550 5.1.1 <info@MAIL.EXAMPLE.XN--P1AI>: Recipient address rejected: User unknown\n",
            "info@mail.example.xn--p1ai",
        ),
    ] {
        let report = explain(line);
        assert_eq!(recipients(&report), [shown], "{line}");
    }
}
