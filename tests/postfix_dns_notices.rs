//! Postfix's DNS lookup failures pasted without a reply code: alone, after
//! an address prefix, in a log line with `dsn=`, and inside a bounce
//! email. Postfix ends the sentence with "Host not found, try again" when
//! the resolver returned a temporary failure (TRY_AGAIN) and with "Host not
//! found" when the name server answered that the domain does not exist.

use bounce_explainer::{explain, Reason};

/// The DNS failure clause of each form, by whether it is temporary.
const TEMPORARY: &str =
    "Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again";
const PERMANENT_AAAA: &str =
    "Host or domain name not found. Name service error for name=example.net type=AAAA: Host not found";
const PERMANENT_A: &str =
    "Host or domain name not found. Name service error for name=mail.example.org type=A: Host not found";

/// A text, the recipient it names, whether the failure is permanent and
/// the expected reason.
struct Case {
    text: String,
    recipient: Option<&'static str>,
    permanent: bool,
    reason: Reason,
}

fn cases() -> Vec<Case> {
    let case =
        |text: String, recipient, permanent, reason| Case { text, recipient, permanent, reason };
    let mut cases = Vec::new();
    for (clause, permanent, reason) in [
        (TEMPORARY, false, Reason::NetworkError),
        (PERMANENT_AAAA, true, Reason::HostUnknown),
        (PERMANENT_A, true, Reason::HostUnknown),
    ] {
        cases.push(case(clause.to_string(), None, permanent, reason));
        cases.push(case(
            format!("<bob@example.net>: {clause}\n"),
            Some("bob@example.net"),
            permanent,
            reason,
        ));
        cases.push(case(
            format!("bob@example.net: {clause}\n"),
            Some("bob@example.net"),
            permanent,
            reason,
        ));
        cases.push(case(
            format!("  <bob@example.net>: {clause}\n"),
            Some("bob@example.net"),
            permanent,
            reason,
        ));
    }
    cases.push(case(
        format!("<bob@example.net>: delivery temporarily suspended: {TEMPORARY}\n"),
        Some("bob@example.net"),
        false,
        Reason::NetworkError,
    ));
    cases.push(case(
        format!(
            "Dec  5 03:12:01 mail postfix/smtp[123]: ABC123: to=<bob@example.net>, relay=none, \
             delay=0.1, delays=0.05/0/0.05/0, dsn=5.4.4, status=bounced ({PERMANENT_A})\n"
        ),
        Some("bob@example.net"),
        true,
        Reason::HostUnknown,
    ));
    cases.push(case(
        format!(
            "postfix/smtp[123]: ABC123: to=<bob@example.net>, relay=none, delay=0.1, \
             delays=0.05/0/0.05/0, dsn=4.4.3, status=deferred ({TEMPORARY})\n"
        ),
        Some("bob@example.net"),
        false,
        Reason::NetworkError,
    ));
    cases
}

/// Builds a Postfix bounce email whose only report is the text part, with the
/// DNS failure folded over two lines as Postfix writes it.
fn bounce_email(first: &str, second: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
         To: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         \n\
         This is the mail system at host mail.example.com.\n\
         \n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients.\n\
         \n\
         \x20                  The mail system\n\
         \n\
         <bob@example.net>: Host or domain name not found. Name service error for\n\
         \x20   name=example.net type={first}: {second}\n"
    )
}

#[test]
fn postfix_dns_forms_found() {
    for case in cases() {
        let report = explain(&case.text);
        assert!(
            !report.summary.contains("No delivery failure"),
            "no failure found in {:?}",
            case.text
        );
        assert_eq!(report.recipients.len(), 1, "{:?}", case.text);
        let recipient = &report.recipients[0];
        assert_eq!(recipient.recipient.as_deref(), case.recipient, "{:?}", case.text);
        assert_eq!(recipient.reason, case.reason, "{:?}", case.text);
        assert_eq!(recipient.permanent, case.permanent, "{:?}", case.text);
    }
}

#[test]
fn postfix_dns_bounce_email() {
    for (first, second, permanent, reason) in [
        ("MX", "Host not found, try again", false, Reason::NetworkError),
        ("AAAA", "Host not found", true, Reason::HostUnknown),
    ] {
        let report = explain(&bounce_email(first, second));
        assert_eq!(report.recipients.len(), 1, "{second}");
        let recipient = &report.recipients[0];
        assert_eq!(recipient.recipient.as_deref(), Some("bob@example.net"), "{second}");
        assert_eq!(recipient.reason, reason, "{second}");
        assert_eq!(recipient.permanent, permanent, "{second}");
    }
}

/// The looked-up name is the receiver's, so no form may offer it, or any
/// address, as the sending server's IP.
#[test]
fn postfix_dns_no_sender_ip() {
    for case in cases() {
        let report = explain(&case.text);
        for recipient in &report.recipients {
            assert_eq!(recipient.sender_ip, None, "{:?}", case.text);
        }
    }
}

#[test]
fn host_not_found_prose_ignored() {
    let texts = [
        "Our DNS said host not found for a while, try again later",
        "Is \"Host or domain name not found\" a Postfix message? We get it sometimes.",
        "I looked up example.net and got host not found.",
    ];
    for text in texts {
        let report = explain(text);
        assert!(report.recipients.is_empty(), "{text}: {:?}", report.recipients);
    }
}
