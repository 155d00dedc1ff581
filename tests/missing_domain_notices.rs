//! A recipient domain that does not exist, in the words of Gmail and
//! Postfix: the sender fixes the address, and no step says to wait beside
//! a permanent retry line.

use bounce_explainer::{explain, Actor, Reason};

fn check_missing_domain(text: &str) {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}");
    let r = &report.recipients[0];
    assert_eq!(r.reason, Reason::HostUnknown, "{text}");
    assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
    if r.permanent {
        for step in &r.explanation.steps {
            assert!(!step.to_lowercase().contains("wait"), "{step}");
        }
    }
}

#[test]
fn gmail_domain_not_found_notice() {
    check_missing_domain(
        "Address not found\n\
         Your message wasn't delivered to user@example.invalid because the domain \
         example.invalid couldn't be found. Check for typos or unnecessary spaces and try again.\n\n\
         The response was:\n\
         DNS Error: DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN \
         Domain name not found: example.invalid\n",
    );
}

#[test]
fn gmail_nxdomain_error_alone() {
    check_missing_domain(
        "Your message wasn't delivered to user@example.test.\n\n\
         DNS Error: 4512345 DNS type 'mx' lookup of example.test responded with code NXDOMAIN\n",
    );
}

#[test]
fn gmail_dns_servfail_stays_a_network_error() {
    let report = explain(
        "Your message wasn't delivered to user@example.org.\n\n\
         DNS Error: 4512345 DNS type 'mx' lookup of example.org responded with code SERVFAIL\n",
    );
    assert_eq!(report.recipients.len(), 1);
    assert_eq!(report.recipients[0].reason, Reason::NetworkError);
}

#[test]
fn postfix_host_or_domain_not_found() {
    check_missing_domain(
        "<user@example.invalid>: Host or domain name not found. Name service error for \
         name=example.invalid type=A: Host not found\n",
    );
}

/// Builds Gmail's "Delivery Status Notification" with its text part and a
/// delivery-status part carrying `status` and `response`.
fn gmail_dsn(heading: &str, sentence: &str, response: &str, status: &str) -> String {
    format!(
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\
         To: alice@example.com\n\
         Subject: Delivery Status Notification (Failure)\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; boundary=\"G1\"; report-type=delivery-status\n\n\
         --G1\n\
         Content-Type: text/plain; charset=\"UTF-8\"\n\n\
         ** {heading} **\n\n{sentence}\n\nThe response was:\n\n{response}\n\n\
         --G1\n\
         Content-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; googlemail.com\n\n\
         Final-Recipient: rfc822; bob@example.net\n\
         Action: failed\n\
         Status: {status}\n\
         Diagnostic-Code: smtp; {response}\n\n\
         --G1--\n"
    )
}

/// Builds a DSN report with one recipient, as Postfix, Exim and other
/// MTAs attach it, for the given reporting MTA and fields.
fn dsn_report(mta: &str, text: &str, status: &str, diagnostic: &str) -> String {
    format!(
        "From: Mail Delivery System <MAILER-DAEMON@mail.example.com>\n\
         To: alice@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\n\
         --B1\n\
         Content-Type: text/plain; charset=us-ascii\n\n{text}\n\n\
         --B1\n\
         Content-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; mail.example.com\n\n\
         Final-Recipient: rfc822; bob@example.net\n\
         Action: failed\n\
         Status: {status}\n\
         Diagnostic-Code: {mta}; {diagnostic}\n\n\
         --B1--\n"
    )
}

const GMAIL_NOT_FOUND: &str = "Your message wasn't delivered to bob@example.net because the \
     domain example.net couldn't be found. Check for typos or unnecessary spaces and try again.";

/// Whole bounces of Gmail, Postfix, Exchange Online, Amazon SES and Exim
/// that state that the recipient's domain does not exist. A status code of
/// the X.1.2 or X.4.4 kind beside the statement fits it.
fn missing_domain_bounces() -> Vec<String> {
    let gmail_nxdomain = "DNS Error: 27622730 DNS type 'mx' lookup of example.net responded \
                          with code NXDOMAIN Domain name not found: example.net";
    let postfix = "Host or domain name not found. Name service error for name=example.net \
                   type=MX: Host not found";
    vec![
        gmail_dsn("Address not found", GMAIL_NOT_FOUND, gmail_nxdomain, "5.1.2"),
        gmail_dsn(
            "Address not found",
            GMAIL_NOT_FOUND,
            "DNS Error: Domain name not found",
            "5.1.2",
        ),
        gmail_dsn("Address not found", GMAIL_NOT_FOUND, gmail_nxdomain, "5.0.0"),
        dsn_report("X-Postfix", &format!("<bob@example.net>: {postfix}"), "5.4.4", postfix),
        dsn_report("X-Postfix", &format!("<bob@example.net>: {postfix}"), "5.1.2", postfix),
        dsn_report(
            "smtp",
            "Delivery has failed to these recipients or groups:\n\nbob@example.net",
            "5.4.310",
            "550 5.4.310 DNS domain example.net does not exist [Message=InfoDomainNonexistent] \
             [LastAttemptedServerName=example.net]",
        ),
        dsn_report(
            "smtp",
            "An error occurred while trying to deliver the mail to bob@example.net",
            "5.1.2",
            "550 5.1.2 Host unknown: DNS lookup of example.net failed (NXDOMAIN)",
        ),
        String::from(
            "From: Mail Delivery System <Mailer-Daemon@mail.example.com>\n\
             To: alice@example.com\n\
             Subject: Mail delivery failed: returning message to sender\n\n\
             This message was created automatically by mail delivery software.\n\n\
             A message that you sent could not be delivered to one or more of its\n\
             recipients. This is a permanent error. The following address(es) failed:\n\n\
             \x20 bob@example.net\n\
             \x20   Unrouteable address\n",
        ),
    ]
}

#[test]
fn missing_domain_whole_bounce() {
    for text in missing_domain_bounces() {
        check_missing_domain(&text);
        let report = explain(&text);
        let r = &report.recipients[0];
        assert_eq!(r.recipient.as_deref(), Some("bob@example.net"), "{text}");
        assert!(r.permanent, "{text}");
        let what = r.explanation.what.to_ascii_lowercase();
        assert!(what.contains("does not exist"), "{text}: {what}");
        assert!(!what.contains("network"), "{text}: {what}");
        for note in &r.notes {
            assert!(!note.message.contains("misleading"), "{text}: {}", note.message);
        }
    }
}

/// A DNS failure that may clear up (SERVFAIL, a timeout, "try again")
/// stays a network problem for the administrator, bare and whole.
#[test]
fn temporary_dns_failure_stays_network() {
    let servfail = "DNS Error: DNS type 'mx' lookup of example.net responded with code SERVFAIL";
    let try_again = "Host or domain name not found. Name service error for name=example.net \
                     type=MX: Host not found, try again";
    let sentence = "There was a problem delivering your message to bob@example.net. See the \
                    technical details below.";
    for text in [
        gmail_dsn("Message not delivered", sentence, servfail, "5.0.0"),
        gmail_dsn("Message not delivered", sentence, servfail, "4.0.0"),
        dsn_report("X-Postfix", &format!("<bob@example.net>: {try_again}"), "4.4.3", try_again),
        format!("<bob@example.net>: {try_again}\n"),
        format!("{servfail}\n"),
    ] {
        let report = explain(&text);
        assert_eq!(report.recipients.len(), 1, "{text}");
        let r = &report.recipients[0];
        assert_eq!(r.reason, Reason::NetworkError, "{text}");
        assert_ne!(r.explanation.who_acts, Actor::You, "{text}");
    }
}
