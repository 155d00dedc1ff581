//! Postfix reports in which some recipients failed with a receiver's
//! reply and others without one: a connection that failed, a queue
//! lifetime that ran out, or a local(8) delivery that failed. Each
//! recipient keeps its own block, read as plain text alone or beside the
//! DSN fields, and never takes another recipient's reply, status or IP.

use bounce_explainer::{explain, Reason, Report};

/// What one recipient's card must show.
struct Expected {
    recipient: &'static str,
    reason: Reason,
    status: Option<&'static str>,
    reply: Option<&'static str>,
    sender_ip: Option<&'static str>,
}

fn check(name: &str, report: &Report, expected: &[Expected]) {
    let found: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    let wanted: Vec<_> = expected.iter().map(|e| Some(e.recipient)).collect();
    assert_eq!(found, wanted, "{name}: recipients");
    for (card, want) in report.recipients.iter().zip(expected) {
        let who = want.recipient;
        assert_eq!(card.reason, want.reason, "{name}: reason of {who}: {}", card.diagnostic);
        assert_eq!(card.status.as_deref(), want.status, "{name}: status of {who}");
        assert_eq!(card.reply.as_deref(), want.reply, "{name}: reply of {who}");
        assert_eq!(card.sender_ip.as_deref(), want.sender_ip, "{name}: sender IP of {who}");
    }
}

const SIX_BLOCKS: &str = "\
This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<ana@example.com>: host mx.example.com[198.51.100.10] said: 550 5.1.1
    <ana@example.com>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

<bo@example.net>: connect to mx.example.net[203.0.113.20]:25: Connection
    refused

<cy@example.com>: host mx.example.com[198.51.100.10] said: 554 5.7.1 Service
    unavailable; Client host [192.0.2.33] blocked using zen.spamhaus.org
    (in reply to RCPT TO command)

<dee@mail.example.org>: unknown user: \"dee\"

<eve@example.net>: delivery temporarily suspended: connect to
    mx.example.net[203.0.113.20]:25: Connection timed out

<fay@mail.example.org>: Command died with status 1: \"/usr/local/bin/sort-mail\"
";

#[test]
fn text_keeps_codeless_recipients() {
    let expected = [
        Expected {
            recipient: "ana@example.com",
            reason: Reason::UserUnknown,
            status: Some("5.1.1"),
            reply: Some("550"),
            sender_ip: None,
        },
        Expected {
            recipient: "bo@example.net",
            reason: Reason::NetworkError,
            status: None,
            reply: None,
            sender_ip: None,
        },
        Expected {
            recipient: "cy@example.com",
            reason: Reason::Blocked,
            status: Some("5.7.1"),
            reply: Some("554"),
            sender_ip: Some("192.0.2.33"),
        },
        Expected {
            recipient: "dee@mail.example.org",
            reason: Reason::UserUnknown,
            status: None,
            reply: None,
            sender_ip: None,
        },
        Expected {
            recipient: "eve@example.net",
            reason: Reason::Expired,
            status: None,
            reply: None,
            sender_ip: None,
        },
        Expected {
            recipient: "fay@mail.example.org",
            reason: Reason::MailerError,
            // The status Postfix sends with a program's exit status 1.
            status: Some("5.3.0"),
            reply: None,
            sender_ip: None,
        },
    ];
    check("six blocks", &explain(SIX_BLOCKS), &expected);
}

#[test]
fn text_codeless_after_one_coded() {
    let text = "<ivy@example.org>: host mx.example.org[198.51.100.40] said: 452 4.2.2 \
                Mailbox full (in reply to RCPT TO command)\n\n\
                <jo@example.net>: connect to mx.example.net[203.0.113.41]:25: No route to host\n";
    let expected = [
        Expected {
            recipient: "ivy@example.org",
            reason: Reason::MailboxFull,
            status: Some("4.2.2"),
            reply: Some("452"),
            sender_ip: None,
        },
        Expected {
            recipient: "jo@example.net",
            reason: Reason::NetworkError,
            status: None,
            reply: None,
            sender_ip: None,
        },
    ];
    check("one coded", &explain(text), &expected);
}

/// A Postfix bounce email: the text blocks, then one DSN group per
/// recipient as `(address, action, status, diagnostic)`. Postfix writes a
/// Diagnostic-Code for every recipient, typed `X-Postfix` when no server
/// replied (src/bounce/bounce_notify_util.c).
fn postfix_email(blocks: &str, groups: &[(&str, &str, &str, &str)]) -> String {
    let mut dsn = String::from("Reporting-MTA: dns; mail.example.org\n");
    for (recipient, action, status, diagnostic) in groups {
        dsn.push_str(&format!(
            "\nFinal-Recipient: rfc822; {recipient}\nAction: {action}\nStatus: {status}\n\
             Diagnostic-Code: {diagnostic}\n"
        ));
    }
    format!(
        "From: Mail Delivery System <MAILER-DAEMON@mail.example.org>\n\
         To: sender@example.org\n\
         Subject: Undelivered Mail Returned to Sender\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n\
         --B\nContent-Type: text/plain\n\n\
         This is the mail system at host mail.example.org.\n\n{blocks}\n\
         --B\nContent-Type: message/delivery-status\n\n{dsn}\n--B--\n"
    )
}

const PTR_BLOCK: &str =
    "<kit@example.com>: host mx.example.com[198.51.100.50] said: 550 5.7.1\n    \
    Client host rejected: cannot find your reverse hostname, [192.0.2.150]\n    \
    (in reply to RCPT TO command)\n";

const PTR_GROUP: (&str, &str, &str, &str) = (
    "kit@example.com",
    "failed",
    "5.7.1",
    "smtp; 550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.150]",
);

fn kit_refused() -> Expected {
    Expected {
        recipient: "kit@example.com",
        reason: Reason::RequirePtr,
        status: Some("5.7.1"),
        reply: Some("550"),
        sender_ip: Some("192.0.2.150"),
    }
}

/// Builds a bounce for kit, refused with a reply, and lu, whose
/// connection timed out.
fn connect_timeout_email() -> String {
    let blocks = format!(
        "{PTR_BLOCK}\n<lu@example.net>: connect to mx.example.net[203.0.113.60]:25: Connection timed out\n"
    );
    let group = (
        "lu@example.net",
        "failed",
        "5.4.7",
        "X-Postfix; connect to mx.example.net[203.0.113.60]:25: Connection timed out",
    );
    postfix_email(&blocks, &[PTR_GROUP, group])
}

#[test]
fn dsn_connect_timeout_keeps_own_status() {
    let email = connect_timeout_email();
    let lu = Expected {
        recipient: "lu@example.net",
        reason: Reason::Expired,
        status: Some("5.4.7"),
        reply: None,
        sender_ip: None,
    };
    check("connect timeout", &explain(&email), &[kit_refused(), lu]);
}

#[test]
fn dsn_local_unknown_keeps_own_status() {
    let blocks = format!("{PTR_BLOCK}\n<mo@mail.example.org>: unknown user: \"mo\"\n");
    let group = ("mo@mail.example.org", "failed", "5.1.1", "X-Postfix; unknown user: \"mo\"");
    let email = postfix_email(&blocks, &[PTR_GROUP, group]);
    let mo = Expected {
        recipient: "mo@mail.example.org",
        reason: Reason::UserUnknown,
        status: Some("5.1.1"),
        reply: None,
        sender_ip: None,
    };
    check("local unknown", &explain(&email), &[kit_refused(), mo]);
}

#[test]
fn dsn_three_recipients_delayed() {
    let blocks = "<nia@example.com>: host mx.example.com[198.51.100.50] said: 450 4.7.1\n    \
        Client host rejected: cannot find your reverse hostname, [192.0.2.160]\n    \
        (in reply to RCPT TO command)\n\n\
        <oz@example.net>: connect to mx.example.net[203.0.113.61]:25: Connection timed out\n\n\
        <pia@example.org>: host mx.example.org[198.51.100.52] said: 452 4.2.2 Mailbox\n    \
        full (in reply to RCPT TO command)\n";
    let groups = [
        (
            "nia@example.com",
            "delayed",
            "4.7.1",
            "smtp; 450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.160]",
        ),
        (
            "oz@example.net",
            "delayed",
            "4.4.1",
            "X-Postfix; connect to mx.example.net[203.0.113.61]:25: Connection timed out",
        ),
        ("pia@example.org", "delayed", "4.2.2", "smtp; 452 4.2.2 Mailbox full"),
    ];
    let email = postfix_email(blocks, &groups);
    let report = explain(&email);
    let expected = [
        Expected {
            recipient: "nia@example.com",
            reason: Reason::RequirePtr,
            status: Some("4.7.1"),
            reply: Some("450"),
            sender_ip: Some("192.0.2.160"),
        },
        Expected {
            recipient: "oz@example.net",
            reason: Reason::Expired,
            status: Some("4.4.1"),
            reply: None,
            sender_ip: None,
        },
        Expected {
            recipient: "pia@example.org",
            reason: Reason::MailboxFull,
            status: Some("4.2.2"),
            reply: Some("452"),
            sender_ip: None,
        },
    ];
    check("three delayed", &report, &expected);
}

/// Postfix opens a code-less block with the recipient, which the card
/// already shows, so the receiver's message starts after it.
#[test]
fn codeless_diagnostic_drops_own_address() {
    let report = explain(SIX_BLOCKS);
    let diagnostic = |address: &str| {
        let card = report.recipients.iter().find(|r| r.recipient.as_deref() == Some(address));
        card.map(|r| r.diagnostic.clone()).unwrap_or_default()
    };
    let bo = diagnostic("bo@example.net");
    assert!(bo.starts_with("connect to mx.example.net[203.0.113.20]:25"), "{bo}");
    let dee = diagnostic("dee@mail.example.org");
    assert_eq!(dee, "unknown user: \"dee\"");
    let eve = diagnostic("eve@example.net");
    assert!(eve.starts_with("delivery temporarily suspended"), "{eve}");
    // A block with a reply keeps the receiver's reply, which may name the
    // address itself.
    let ana = diagnostic("ana@example.com");
    assert!(ana.contains("<ana@example.com>: Recipient address rejected"), "{ana}");
}

#[test]
fn dsn_codeless_diagnostic_drops_own_address() {
    let report = explain(&connect_timeout_email());
    let lu = report.recipients.iter().find(|r| r.recipient.as_deref() == Some("lu@example.net"));
    let diagnostic = lu.map(|r| r.diagnostic.as_str()).unwrap_or_default();
    assert!(diagnostic.starts_with("connect to mx.example.net"), "{diagnostic}");
}

#[test]
fn expanded_alias_prefix_dropped() {
    let text = "This is the mail system at host mail.example.org.\n\n\
        <ana@example.com>: host mx.example.com[198.51.100.10] said: 550 5.1.1 User unknown\n    \
        (in reply to RCPT TO command)\n\n\
        <gus@mail.example.org> (expanded from <sales@example.org>): unknown user: \"gus\"\n";
    let report = explain(text);
    let gus =
        report.recipients.iter().find(|r| r.recipient.as_deref() == Some("gus@mail.example.org"));
    let gus = gus.expect("gus keeps a card");
    assert_eq!(gus.diagnostic, "unknown user: \"gus\"");
    assert_eq!(gus.original_recipient.as_deref(), Some("sales@example.org"));
}
