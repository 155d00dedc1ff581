//! A bounce without a delivery-status part, forwarded as an attachment,
//! is read as the bounce. A help desk usually gets the bounce from the
//! user who received it, and qmail, Exim, Postfix without DSN, Sendmail
//! and some providers' HTML notices state the failure in text alone. The
//! attached email counts as a bounce by the same marks as a pasted one:
//! its sender, its Subject or its body's bounce format. An attached
//! ordinary email stays "not a bounce".

use crate::forwards;
use crate::text_bounces;

use bounce_explainer::{explain, Actor, InputKind, Reason, Report};
use forwards::{as_file, as_rfc822};
use text_bounces::{exchange_without_dsn, exim, html_only, postfix_without_dsn, qmail, sendmail};

/// One bounce shape and what its card must show.
struct Case {
    name: &'static str,
    bounce: fn() -> String,
    recipient: &'static str,
    reason: Reason,
    who_acts: Actor,
    sender_ip: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        name: "qmail",
        bounce: qmail,
        recipient: "bob@example.org",
        reason: Reason::UserUnknown,
        who_acts: Actor::You,
        sender_ip: None,
    },
    Case {
        name: "exim",
        bounce: exim,
        recipient: "carol@example.net",
        reason: Reason::Blocked,
        who_acts: Actor::Admin,
        sender_ip: Some("203.0.113.45"),
    },
    Case {
        name: "postfix without DSN",
        bounce: postfix_without_dsn,
        recipient: "carol@example.net",
        reason: Reason::Blocked,
        who_acts: Actor::Admin,
        sender_ip: Some("203.0.113.45"),
    },
    Case {
        name: "sendmail",
        bounce: sendmail,
        recipient: "frank@example.org",
        reason: Reason::UserUnknown,
        who_acts: Actor::You,
        sender_ip: None,
    },
    Case {
        name: "exchange without DSN",
        bounce: exchange_without_dsn,
        recipient: "henry@example.org",
        reason: Reason::UserUnknown,
        who_acts: Actor::You,
        sender_ip: None,
    },
    Case {
        name: "html only",
        bounce: html_only,
        recipient: "grace@example.org",
        reason: Reason::UserUnknown,
        who_acts: Actor::You,
        sender_ip: None,
    },
];

fn check(case: &Case, layout: &str, report: &Report) {
    let at = format!("{} as {layout}", case.name);
    assert_eq!(report.input_kind, InputKind::Email, "{at}: {report:#?}");
    let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, [Some(case.recipient)], "{at}");
    let card = &report.recipients[0];
    assert_eq!(card.reason, case.reason, "{at}");
    assert_eq!(card.explanation.who_acts, case.who_acts, "{at}");
    assert!(card.permanent, "{at}: retry line {:?}", card.explanation.retry);
    assert_eq!(card.sender_ip.as_deref(), case.sender_ip, "{at}");
}

#[test]
fn text_bounce_as_rfc822() {
    for case in CASES {
        check(case, "message/rfc822", &explain(&as_rfc822(&(case.bounce)())));
    }
}

#[test]
fn text_bounce_as_eml_file() {
    for case in CASES {
        for content_type in ["application/octet-stream", "text/plain"] {
            check(case, content_type, &explain(&as_file(content_type, &(case.bounce)())));
        }
    }
}

#[test]
fn text_bounce_same_as_pasted() {
    // The forward explains the bounce as pasting the bounce itself does.
    for case in CASES {
        let bounce = (case.bounce)();
        let pasted = explain(&bounce);
        let forwarded = explain(&as_rfc822(&bounce));
        assert_eq!(forwarded.recipients.len(), pasted.recipients.len(), "{}", case.name);
        for (f, p) in forwarded.recipients.iter().zip(&pasted.recipients) {
            assert_eq!(f.reason, p.reason, "{}", case.name);
            assert_eq!(f.explanation.retry, p.explanation.retry, "{}", case.name);
            assert_eq!(f.sender_ip, p.sender_ip, "{}", case.name);
        }
    }
}

#[test]
fn bounce_marks_read_alone() {
    // Each mark alone makes the attached email a bounce: a mail system's
    // sender address or name, or an MTA's body format under a neutral
    // sender and Subject.
    let body = "<carol@example.net>: host mx.example.net[198.51.100.21] said: 550 5.1.1 \
        <carol@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n";
    let senders = [
        ("MAILER-DAEMON@mail.example.com", "Notice"),
        ("postmaster@mail.example.com", "Notice"),
        ("Mail Delivery System <notices@mail.example.com>", "Notice"),
    ];
    for (from, subject) in senders {
        let bounce = format!(
            "From: {from}\nTo: alice@example.com\nSubject: {subject}\n\
             Date: Wed, 11 Mar 2026 10:00:05 +0000\n\n{body}"
        );
        let report = explain(&as_rfc822(&bounce));
        let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
        assert_eq!(recipients, [Some("carol@example.net")], "{from} / {subject}: {report:#?}");
    }
    let neutral = [
        (
            "qmail",
            qmail(),
            "From: MAILER-DAEMON@mail.example.com",
            "Subject: failure notice",
            "bob@example.org",
        ),
        (
            "exim",
            exim(),
            "From: Mail Delivery System <Mailer-Daemon@mail.example.com>",
            "Subject: Mail delivery failed: returning message to sender",
            "carol@example.net",
        ),
    ];
    for (name, bounce, from, subject, recipient) in neutral {
        assert!(bounce.contains(from), "{name}: {from}");
        assert!(bounce.contains(subject), "{name}: {subject}");
        let bounce = bounce
            .replace(from, "From: bounces@mail.example.com")
            .replace(subject, "Subject: Notice");
        let report = explain(&as_rfc822(&bounce));
        let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
        assert_eq!(recipients, [Some(recipient)], "{name} format alone: {report:#?}");
    }
}

#[test]
fn ordinary_attached_email_not_bounce() {
    // A newsletter about bounces and a colleague's question quoting a
    // reply are no bounce, under any label.
    let newsletter = "From: News <news@example.net>\nTo: alice@example.com\n\
        Date: Wed, 11 Mar 2026 10:00:05 +0000\n\
        Subject: Delivery failed? Here is how to fix it\n\n\
        Most messages that come back with 550 5.1.1 went to a mistyped address.\n\
        Check the address of bob@example.org and try again.\n";
    let question = "From: Dan <dan@example.net>\nTo: alice@example.com\n\
        Date: Wed, 11 Mar 2026 10:00:05 +0000\nSubject: Question\n\n\
        Hi Alice, last week my mail to pat@example.org came back with 550 5.7.1.\n\
        Do you know why?\n";
    for (name, email) in [("newsletter", newsletter), ("question", question)] {
        for (layout, forward) in [
            ("message/rfc822", as_rfc822(email)),
            ("application/octet-stream", as_file("application/octet-stream", email)),
            ("text/plain", as_file("text/plain", email)),
        ] {
            let report = explain(&forward);
            assert_eq!(report.input_kind, InputKind::NotBounce, "{name} as {layout}: {report:#?}");
            assert!(report.recipients.is_empty(), "{name} as {layout}");
        }
    }
}

#[test]
fn text_bounce_beyond_depth_unread() {
    // Forwarded four times, one level more than is read: the bounce is
    // not read, and a note gives the reason.
    let mut email = qmail();
    for _ in 0..4 {
        email = as_rfc822(&email);
    }
    let report = explain(&email);
    assert!(report.recipients.is_empty(), "{report:#?}");
    assert_eq!(report.input_kind, InputKind::Email, "four forwards");
    assert!(
        report.notes.iter().any(|n| n.message.contains("three forwards")),
        "{:?}",
        report.notes
    );
    let mut email = qmail();
    for _ in 0..3 {
        email = as_rfc822(&email);
    }
    let report = explain(&email);
    let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, [Some("bob@example.org")], "three forwards: {report:#?}");
}

#[test]
fn text_bounce_inline_forward() {
    // Gmail's inline forward puts the bounce's From, Date, Subject and To
    // below its marker line and the bounce's body after them.
    for case in CASES.iter().filter(|c| c.name != "html only") {
        let bounce = (case.bounce)();
        let (headers, body) = bounce.split_once("\n\n").expect("header block");
        let field = |name: &str| {
            headers
                .lines()
                .find(|l| l.starts_with(name))
                .unwrap_or_else(|| panic!("{}: no {name}", case.name))
                .to_string()
        };
        let email = format!(
            "From: Alice <alice@example.com>\nTo: helpdesk@example.com\n\
             Date: Wed, 11 Mar 2026 11:00:00 +0000\nSubject: Fwd: bounce\n\
             Content-Type: text/plain; charset=UTF-8\n\n\
             This came back.\n\n---------- Forwarded message ---------\n\
             {}\nDate: Wed, 11 Mar 2026 at 10:00\n{}\nTo: <alice@example.com>\n\n\n{body}",
            field("From:"),
            field("Subject:"),
        );
        check(case, "inline forward", &explain(&email));
    }
}

#[test]
fn mislabelled_body_read_as_text() {
    // A bounce whose own body is labelled binary is read by its raw text,
    // as the same bounce pasted is.
    let bounce = qmail().replace(
        "Subject: failure notice\n",
        "Subject: failure notice\nContent-Type: application/octet-stream\n",
    );
    assert!(bounce.contains("application/octet-stream"), "the label was not added");
    for (layout, email) in [("pasted", bounce.clone()), ("message/rfc822", as_rfc822(&bounce))] {
        let report = explain(&email);
        let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
        assert_eq!(recipients, [Some("bob@example.org")], "{layout}: {report:#?}");
    }
}

#[test]
fn attached_part_charset_decoded() {
    // A UTF-7 text part is decoded from its own bytes, which in an email
    // attached without transfer encoding sit inside the outer email.
    let qmail = qmail();
    let (headers, body) = qmail.split_once("\n\n").expect("header block");
    let bounce = format!(
        "{headers}\nContent-Type: text/plain; charset=utf-7\n\n{}",
        body.replace('@', "+AEA-")
    );
    assert!(!bounce.contains("bob@"), "the address was not encoded");
    for (layout, email) in [("pasted", bounce.clone()), ("message/rfc822", as_rfc822(&bounce))] {
        let report = explain(&email);
        let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
        assert_eq!(recipients, [Some("bob@example.org")], "{layout}: {report:#?}");
    }
}
