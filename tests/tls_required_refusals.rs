//! Refusals because the connection was not encrypted: the receiver
//! requires STARTTLS, or the sending server's TLS policy for the
//! destination was not met. Each must name the TLS requirement, send the
//! mail administrator to act and say that a retry fails the same way,
//! even under a 4xx code, and never read as a refused sender address. A
//! mail program's report of a failed send is the exception: its own
//! outgoing server refused, and the user changes the program's setting.

use crate::bounces;

use bounce_explainer::{explain, Actor, Reason, Report};

struct Case {
    name: &'static str,
    text: &'static str,
    /// The knowledge entry the card must show.
    entry: &'static str,
    recipient: Option<&'static str>,
}

const RECEIVER: &str = "tls/receiver-requires-starttls";
const SENDER_POLICY: &str = "tls/sender-policy-unmet";

const CASES: &[Case] = &[
    Case {
        name: "gmail tls required for rcpt domain",
        text: "421-4.7.0 TLS required for RCPT domain, closing connection. Learn more at\n\
               421 4.7.0  https://support.google.com/mail/answer/6330 a1si123 - gsmtp\n",
        entry: RECEIVER,
        recipient: None,
    },
    Case {
        name: "microsoft 365 starttls required",
        text: "451 5.7.3 STARTTLS is required to send mail \
               [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]\n",
        entry: RECEIVER,
        recipient: None,
    },
    Case {
        name: "bare starttls first",
        text: "530 5.7.0 Must issue a STARTTLS command first\n",
        entry: RECEIVER,
        recipient: None,
    },
    Case {
        name: "postfix said starttls first after mail from",
        text: "<bob@example.net>: host mx.example.net[198.51.100.20] said: 530 5.7.0 Must\n    \
               issue a STARTTLS command first (in reply to MAIL FROM command)\n",
        entry: RECEIVER,
        recipient: Some("bob@example.net"),
    },
    Case {
        name: "exim tls required after mail from",
        text: "bob@example.net\n  host mx.example.net [198.51.100.20]\n  \
               SMTP error from remote mail server after MAIL FROM:<alice@example.com> SIZE=1234:\n  \
               530 5.7.0 TLS required for this connection\n",
        entry: RECEIVER,
        recipient: Some("bob@example.net"),
    },
    Case {
        name: "exchange starttls first 451",
        text: "451 4.4.0 Primary target IP address responded with: \"451 5.7.3 Must issue a \
               STARTTLS command first.\" Attempted failover to alternate host, but that did not \
               succeed.\n",
        entry: RECEIVER,
        recipient: None,
    },
    Case {
        name: "postfix tls not offered",
        text: "<bob@example.net>: TLS is required, but was not offered by host\n    \
               mx.example.net[198.51.100.20]\n",
        entry: SENDER_POLICY,
        recipient: Some("bob@example.net"),
    },
    Case {
        name: "postfix certificate not trusted",
        text: "<bob@example.net>: Server certificate not trusted (host: \
               mx.example.net[198.51.100.20])\n",
        entry: SENDER_POLICY,
        recipient: Some("bob@example.net"),
    },
    Case {
        name: "postfix certificate not verified",
        text: "<bob@example.net>: Server certificate not verified\n",
        entry: SENDER_POLICY,
        recipient: Some("bob@example.net"),
    },
    // Postfix's own sentence quotes the receiver's refusal of STARTTLS
    // after it, and the sentence, not the refusal, states the cause.
    Case {
        name: "postfix host refused to start tls",
        text: "<bob@example.net>: TLS is required, but host mx.example.net[198.51.100.20]\n    \
               refused to start TLS: 454 4.7.0 TLS not available due to local problem\n",
        entry: SENDER_POLICY,
        recipient: Some("bob@example.net"),
    },
    Case {
        name: "postfix refused to start tls on one line",
        text: "<bob@example.net>: TLS is required, but host mx.example.net[198.51.100.20] refused \
               to start TLS: 454 4.7.0 TLS not available due to local problem\n",
        entry: SENDER_POLICY,
        recipient: Some("bob@example.net"),
    },
    Case {
        name: "refused to start tls without recipient or host",
        text: "TLS is required, but host refused to start TLS: 454 4.7.0 TLS not available\n",
        entry: SENDER_POLICY,
        recipient: None,
    },
];

fn check(case: &Case, report: &Report) {
    let name = case.name;
    assert_eq!(report.recipients.len(), 1, "{name}: {}", report.summary);
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), case.recipient, "{name}");
    assert_eq!(card.reason, Reason::SecurityError, "{name}: {}", card.diagnostic);
    assert_eq!(card.explanation.entry, case.entry, "{name}");
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{name}");
    assert_eq!(card.sender_ip, None, "{name}");
    let retry = &card.explanation.retry;
    let fails_again =
        retry.contains("fails the same way") || retry.contains("no retry will succeed");
    assert!(fails_again, "{name}: {retry}");
    assert!(!card.explanation.what.contains("sender's address"), "{name}");
}

#[test]
fn tls_refusal_pasted_alone() {
    for case in CASES {
        check(case, &explain(case.text));
    }
}

#[test]
fn tls_refusal_in_postfix_bounce() {
    let case = &CASES[6];
    let diagnostic = "TLS is required, but was not offered by host mx.example.net[198.51.100.20]";
    let email = bounces::postfix_report(case.text, "bob@example.net", "4.7.4", diagnostic);
    check(case, &explain(&email));
}

#[test]
fn refused_starttls_in_postfix_bounce() {
    let case = &CASES[9];
    let diagnostic = "TLS is required, but host mx.example.net[198.51.100.20] refused to start \
                      TLS: 454 4.7.0 TLS not available due to local problem";
    let email = bounces::postfix_report(case.text, "bob@example.net", "4.7.0", diagnostic);
    check(case, &explain(&email));
}

#[test]
fn tls_4xx_reply_retry_is_futile() {
    let report = explain(CASES[0].text);
    let retry = &report.recipients[0].explanation.retry;
    assert!(retry.contains("4xx"), "{retry}");
    assert!(retry.contains("no retry will succeed"), "{retry}");
}

/// Thunderbird's report of a failed send quotes the user's own outgoing
/// server, so the fix is the mail program's connection security, which
/// the user sets.
#[test]
fn mail_program_send_failure_is_own_setting() {
    for text in [
        "Sending of the message failed.\nAn error occurred while sending mail. The mail server \
         responded:\n530 5.7.0 Must issue a STARTTLS command first.\nPlease verify that your email \
         address is correct in your account settings and try again.\n",
        // Older versions name the "Mail preferences".
        "An error occurred while sending mail. The mail server responded: 530 5.7.0 Must issue a \
         STARTTLS command first. Please verify that your email address is correct in your Mail \
         preferences and try again.\n",
    ] {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}");
        let r = &report.recipients[0];
        assert_eq!(r.explanation.entry, "tls/mail-program-starttls", "{text}");
        assert_eq!(r.reason, Reason::SecurityError);
        assert_eq!(r.explanation.who_acts, Actor::You);
        let steps = r.explanation.steps.join(" ");
        assert!(steps.contains("587"), "{steps}");
        assert!(steps.contains("465"), "{steps}");
    }
}

/// Thunderbird ends a refused RCPT TO with "Please check the message
/// recipient" and a refused message with "Please check the message". The
/// STARTTLS requirement in either still comes from the user's own
/// outgoing server, not from the recipient's.
#[test]
fn mail_program_recipient_failure_is_own_setting() {
    for text in [
        "Sending of the message failed.\nAn error occurred while sending mail. The mail server \
         responded:\n5.7.0 Must issue a STARTTLS command first.\nPlease check the message \
         recipient \"bob@example.net\" and try again.\n",
        "An error occurred while sending mail. The mail server responded: 530 5.7.0 Must issue a \
         STARTTLS command first. Please check the message recipient bob@example.net and try \
         again.\n",
        // Netscape-era wording, plural.
        "An error occurred while sending mail. The mail server responded: 530 5.7.0 Must issue a \
         STARTTLS command first. Please check the message recipients and try again.\n",
        "An error occurred while sending mail. The mail server responded: 530 5.7.0 Must issue a \
         STARTTLS command first. Please check the message and try again.\n",
    ] {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}");
        let r = &report.recipients[0];
        assert_eq!(r.explanation.entry, "tls/mail-program-starttls", "{text}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
    }
}

/// Thunderbird's dialog puts the reply and the sentence that names the
/// recipient on lines of their own. The sentence belongs to the reply
/// above it, and its address is the recipient.
#[test]
fn mail_program_recipient_sentence_joins_reply() {
    let text = "Sending of the message failed.\nAn error occurred while sending mail. The mail \
                server responded:\n530 5.7.0 Must issue a STARTTLS command first.\nPlease check \
                the message recipient \"bob@example.net\" and try again.\n";
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let r = &report.recipients[0];
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"), "{r:#?}");
    assert!(r.diagnostic.contains("check the message recipient"), "{}", r.diagnostic);
    assert_eq!(r.explanation.entry, "tls/mail-program-starttls", "{r:#?}");
    assert_eq!(r.explanation.who_acts, Actor::You, "{r:#?}");
}
