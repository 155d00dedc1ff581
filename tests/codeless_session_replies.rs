//! Refusals without an enhanced status code in a client's own session
//! transcript. A server advertises enhanced status codes in its reply to
//! EHLO (RFC 2034), and the greeting comes before EHLO, so a refused
//! greeting often carries none. swaks marks such a reply `<** ` (`<~* `
//! after STARTTLS), while telnet and openssl s_client print it bare.

use bounce_explainer::{explain, Actor, Recipient, Report};

const SWAKS_GREETING: &str = include_str!("fixtures/sessions/swaks-greet-refused.txt");
const SWAKS_GREETING_HOST: &str = include_str!("fixtures/sessions/swaks-greet-refused-host.txt");
const SWAKS_TLS_EHLO: &str = include_str!("fixtures/sessions/swaks-tls-ehlo-refused.txt");

fn only_card(report: &Report, text: &str) -> Recipient {
    assert_eq!(report.recipients.len(), 1, "{text}: {report:#?}");
    report.recipients[0].clone()
}

fn assert_spamcop(text: &str, ip: &str) -> Recipient {
    let report = explain(text);
    let card = only_card(&report, text);
    assert_eq!(card.explanation.entry, "spamcop/listed", "{text}");
    assert_eq!(card.blocklists, ["spamcop"], "{text}");
    assert_eq!(card.sender_ip.as_deref(), Some(ip), "{text}");
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{text}");
    assert!(card.permanent, "{text}");
    card
}

#[test]
fn swaks_greeting_refusal() {
    for text in [SWAKS_GREETING, SWAKS_GREETING_HOST] {
        let card = assert_spamcop(text, "192.0.2.46");
        assert_eq!(card.reply.as_deref(), Some("554"), "{text}");
        assert_eq!(card.status, None, "{text}");
        assert_eq!(card.smtp_command.as_deref(), Some("CONNECT"), "{text}");
        assert_eq!(card.remote_host.as_deref(), Some("mx.example.net"), "{text}");
    }
}

#[test]
fn swaks_refusal_line_alone() {
    let line =
        "<** 554 Service unavailable; Client host [192.0.2.46] blocked using bl.spamcop.net\n";
    assert_spamcop(line, "192.0.2.46");
    let after_tls =
        "<~* 554 Service unavailable; Client host [192.0.2.50] blocked using bl.spamcop.net\n";
    assert_spamcop(after_tls, "192.0.2.50");
}

#[test]
fn swaks_tls_ehlo_refusal() {
    let card = assert_spamcop(SWAKS_TLS_EHLO, "192.0.2.50");
    assert_eq!(card.smtp_command.as_deref(), Some("EHLO"));
}

#[test]
fn swaks_closing_reply_alone() {
    let text = "<-  421 mx.example.net Service not available, closing transmission channel\n";
    let report = explain(text);
    let card = only_card(&report, text);
    assert_eq!(card.reply.as_deref(), Some("421"));
    assert!(!card.permanent, "{card:#?}");
}

#[test]
fn telnet_refusal_without_status() {
    let text = "$ telnet mx.example.net 25\n\
        Trying 198.51.100.20...\n\
        Connected to mx.example.net.\n\
        Escape character is '^]'.\n\
        220 mx.example.net ESMTP\n\
        EHLO mail.example.com\n\
        250-mx.example.net\n\
        250 8BITMIME\n\
        MAIL FROM:<alice@example.com>\n\
        250 Ok\n\
        RCPT TO:<bob@example.net>\n\
        554 Service unavailable; Client host [192.0.2.47] blocked using bl.spamcop.net\n\
        QUIT\n\
        221 Bye\n\
        Connection closed by foreign host.\n";
    let card = assert_spamcop(text, "192.0.2.47");
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
}

#[test]
fn openssl_greeting_refusal() {
    let text = "$ openssl s_client -connect mx.example.net:465 -crlf\n\
        CONNECTED(00000003)\n\
        ---\n\
        Certificate chain\n \
        0 s:CN = mx.example.net\n   \
        i:CN = Example CA\n\
        ---\n\
        Verification: OK\n\
        ---\n\
        554 mx.example.net ESMTP not accepting messages from 192.0.2.48: listed at bl.spamcop.net\n\
        closed\n";
    assert_spamcop(text, "192.0.2.48");
}

#[test]
fn arrow_before_number_in_prose() {
    let text = "<-  550 guests signed up for the spring meeting\n";
    let report = explain(text);
    assert!(report.recipients.is_empty(), "{report:#?}");
}
