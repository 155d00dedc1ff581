//! A bounce whose text part and delivery-status part name two different
//! sending IPs for one recipient: the text quotes `Client host
//! [192.0.2.150]` and the Diagnostic-Code `Client host [203.0.113.150]`.
//! The card quotes the Diagnostic-Code's address, as for any bounce with
//! both parts, and a warning shows both addresses so the reader checks
//! which one is theirs. Parts that agree, or a text part that names only
//! the receiving host's address, get no such warning.

use bounce_explainer::report::NoteLevel;
use bounce_explainer::{explain, Recipient};

/// Builds a Postfix-style bounce with a text part and a delivery-status
/// part. `blocks` are the text part's recipient blocks, and `groups` the
/// per-recipient (address, Diagnostic-Code) pairs.
fn bounce(blocks: &str, groups: &[(&str, &str)]) -> String {
    let mut dsn = String::from("Reporting-MTA: dns; mail.example.com\n");
    for (address, diagnostic) in groups {
        dsn.push_str(&format!(
            "\nFinal-Recipient: rfc822; {address}\nAction: failed\nStatus: 5.7.1\n\
             Remote-MTA: dns; mx.example.net\nDiagnostic-Code: smtp; {diagnostic}\n"
        ));
    }
    format!(
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
         To: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\n\
         --B1\nContent-Type: text/plain; charset=us-ascii\n\n\
         This is the mail system at host mail.example.com.\n\n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients. It's attached below.\n\n\
         \x20                  The mail system\n\n\
         {blocks}\n\
         --B1\nContent-Type: message/delivery-status\n\n{dsn}\n\
         --B1--\n"
    )
}

/// Returns a Postfix record for bob@example.net whose reply names `ip`.
fn postfix_block(ip: &str) -> String {
    format!(
        "<bob@example.net>: host mx.example.net[198.51.100.9] said: 554 5.7.1 Service\n    \
         unavailable; Client host [{ip}] blocked using zen.spamhaus.org\n    \
         (in reply to RCPT TO command)\n"
    )
}

/// Returns an Exim block for bob@example.net whose reply names `ip`.
fn exim_block(ip: &str) -> String {
    format!(
        "  bob@example.net\n    host mx.example.net [198.51.100.9]\n    \
         SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n    \
         554 5.7.1 Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org\n"
    )
}

fn spamhaus_reply(ip: &str) -> String {
    format!("554 5.7.1 Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org")
}

fn only_recipient(text: &str) -> Recipient {
    let mut all = explain(text).recipients;
    assert_eq!(all.len(), 1, "one recipient expected in: {text}");
    all.remove(0)
}

/// Returns the warnings that name both addresses.
fn two_ip_warnings<'a>(r: &'a Recipient, first: &str, second: &str) -> Vec<&'a str> {
    r.notes
        .iter()
        .filter(|n| n.level == NoteLevel::Warning)
        .map(|n| n.message.as_str())
        .filter(|m| m.contains(first) && m.contains(second))
        .collect()
}

#[test]
fn postfix_parts_disagree() {
    let text = bounce(
        &postfix_block("192.0.2.150"),
        &[("bob@example.net", &spamhaus_reply("203.0.113.150"))],
    );
    let r = only_recipient(&text);
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.150"));
    let warnings = two_ip_warnings(&r, "203.0.113.150", "192.0.2.150");
    assert_eq!(warnings.len(), 1, "{:#?}", r.notes);
    assert!(warnings[0].contains("Diagnostic-Code"), "{}", warnings[0]);
}

#[test]
fn exim_parts_disagree() {
    let text = bounce(
        &exim_block("192.0.2.150"),
        &[("bob@example.net", &spamhaus_reply("203.0.113.150"))],
    );
    let r = only_recipient(&text);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.150"));
    assert_eq!(two_ip_warnings(&r, "203.0.113.150", "192.0.2.150").len(), 1, "{:#?}", r.notes);
}

#[test]
fn ipv6_parts_disagree() {
    let text = bounce(
        &postfix_block("2001:db8:1::150"),
        &[("bob@example.net", &spamhaus_reply("2001:db8:2::150"))],
    );
    let r = only_recipient(&text);
    assert_eq!(r.sender_ip.as_deref(), Some("2001:db8:2::150"));
    assert_eq!(
        two_ip_warnings(&r, "2001:db8:2::150", "2001:db8:1::150").len(),
        1,
        "{:#?}",
        r.notes
    );
}

/// The text part's reply may be longer than the field's, with a link
/// that names its own address too.
#[test]
fn longer_text_reply_disagrees() {
    let block =
        "<bob@example.net>: host mx.example.net[198.51.100.9] said: 554 5.7.1 Service\n    \
                 unavailable; Client host [192.0.2.150] blocked using zen.spamhaus.org;\n    \
                 https://www.spamhaus.org/query/ip/192.0.2.150 (in reply to RCPT TO command)\n";
    let text = bounce(block, &[("bob@example.net", &spamhaus_reply("203.0.113.150"))]);
    let r = only_recipient(&text);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.150"));
    assert_eq!(two_ip_warnings(&r, "203.0.113.150", "192.0.2.150").len(), 1, "{:#?}", r.notes);
}

#[test]
fn agreeing_parts_get_no_warning() {
    let text = bounce(
        &postfix_block("192.0.2.150"),
        &[("bob@example.net", &spamhaus_reply("192.0.2.150"))],
    );
    let r = only_recipient(&text);
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.150"));
    let warnings: Vec<_> = r.notes.iter().filter(|n| n.level == NoteLevel::Warning).collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
}

/// The text part names only the receiving host's address, which is never
/// a sending IP.
#[test]
fn receiver_address_in_text_is_no_disagreement() {
    let block =
        "<bob@example.net>: host mx.example.net[198.51.100.9] said: 554 5.7.1 Service\n    \
                 unavailable (in reply to RCPT TO command)\n";
    let text = bounce(block, &[("bob@example.net", &spamhaus_reply("203.0.113.150"))]);
    let r = only_recipient(&text);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.150"));
    let warnings: Vec<_> = r.notes.iter().filter(|n| n.level == NoteLevel::Warning).collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
}

/// Two recipients refused for two different addresses, each stated alike
/// in both parts: each card quotes its own, and neither gets a warning.
#[test]
fn recipients_with_own_addresses_agree() {
    let blocks = format!(
        "{}\n<cy@example.org>: host mx.example.org[198.51.100.10] said: 554 5.7.1 Service\n    \
         unavailable; Client host [192.0.2.160] blocked using zen.spamhaus.org\n    \
         (in reply to RCPT TO command)\n",
        postfix_block("192.0.2.150")
    );
    let groups = [
        ("bob@example.net", spamhaus_reply("192.0.2.150")),
        ("cy@example.org", spamhaus_reply("192.0.2.160")),
    ];
    let groups: Vec<(&str, &str)> = groups.iter().map(|(a, d)| (*a, d.as_str())).collect();
    let report = explain(&bounce(&blocks, &groups));
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    for (r, ip) in report.recipients.iter().zip(["192.0.2.150", "192.0.2.160"]) {
        assert_eq!(r.sender_ip.as_deref(), Some(ip), "{r:#?}");
        let warnings: Vec<_> = r.notes.iter().filter(|n| n.level == NoteLevel::Warning).collect();
        assert!(warnings.is_empty(), "{warnings:#?}");
    }
}
