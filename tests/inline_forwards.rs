//! A person's inline forward of a bounce: the bounce is pasted into the
//! body below Gmail's "---------- Forwarded message ---------" line or
//! Outlook's "-----Original Message-----" header block, sometimes quoted
//! with "> ". The card explains the forwarded bounce, and a reply code in
//! the person's own note above it is no failure, whether it sits in a
//! sentence or on its own line. Outlook's header block of a forward may
//! come with no "-----Original Message-----" line above it.

use crate::quoting;

use bounce_explainer::{explain, Reason, Report};
use quoting::quoted;

const PERSON_HEADER: &str = "From: Alex Doe <alex@example.com>
To: Sam Roe <sam@example.com>
Subject: Fwd: your message could not be sent
Date: Fri, 4 Dec 2026 15:20:00 +0000
Message-ID: <fwd1@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

";

/// Notes a person writes above the forward. Each names another address
/// and reply than the bounce, so a mix-up shows.
const NOTES: &[&str] = &[
    "Sam, this bounced again.\nCan you look at it?\n\nAlex\n",
    "Sam, this bounced again. Last month pat@example.org told me 554 5.7.1 was our fault.\n\
     Can you write to postmaster@example.net about it?\n",
    "Sam, the IT page says this means:\n421 4.7.0 Try again later\nCan you write to pat@example.org?\n",
];

const GMAIL_FORWARD: &str = "---------- Forwarded message ---------
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: Fri, Dec 4, 2026 at 3:12 PM
Subject: Delivery Status Notification (Failure)
To: <alex@example.com>


Address not found

Your message wasn't delivered to dana@example.net because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <dana@example.net>: Recipient address rejected: User unknown in virtual mailbox table
";

const OUTLOOK_FORWARD: &str = "-----Original Message-----
From: Mail Delivery System <MAILER-DAEMON@mail.example.com>
Sent: Friday, December 4, 2026 2:10 PM
To: alex@example.com
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<lee@example.org>: host mx.example.org[203.0.113.25] said: 552 5.2.2
    <lee@example.org>: Mailbox full (in reply to RCPT TO command)
";

const EXCHANGE_FORWARD: &str = "-----Original Message-----
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>
Sent: Friday, December 4, 2026 2:10 PM
To: Alex Doe <alex@example.com>
Subject: Undeliverable: Quarterly report

Delivery has failed to these recipients or groups:

kim@example.org
The email address you entered couldn't be found.

Diagnostic information for administrators:

Generating server: mx.example.com

kim@example.org
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
";

/// A forwarded bounce and what its card must show.
struct Case {
    forward: &'static str,
    recipient: &'static str,
    reply: &'static str,
    status: &'static str,
    reason: Reason,
}

const CASES: &[Case] = &[
    Case {
        forward: GMAIL_FORWARD,
        recipient: "dana@example.net",
        reply: "550",
        status: "5.1.1",
        reason: Reason::UserUnknown,
    },
    Case {
        forward: OUTLOOK_FORWARD,
        recipient: "lee@example.org",
        reply: "552",
        status: "5.2.2",
        reason: Reason::MailboxFull,
    },
    Case {
        forward: EXCHANGE_FORWARD,
        recipient: "kim@example.org",
        reply: "550",
        status: "5.1.10",
        reason: Reason::UserUnknown,
    },
];

/// Builds every layout of one forward: pasted or inside the person's email, and
/// quoted or not, below each note.
fn layouts(forward: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (n, note) in NOTES.iter().enumerate() {
        for (quote_name, body) in [("plain", forward.to_string()), ("quoted", quoted(forward))] {
            let pasted = format!("{note}\n{body}");
            let emailed = format!("{PERSON_HEADER}{pasted}");
            out.push((format!("note {n}, {quote_name}, pasted"), pasted));
            out.push((format!("note {n}, {quote_name}, email"), emailed));
        }
    }
    out
}

fn check(case: &Case, name: &str, report: &Report) {
    assert_eq!(report.recipients.len(), 1, "{name}: {report:#?}");
    let r = &report.recipients[0];
    assert_eq!(r.recipient.as_deref(), Some(case.recipient), "{name}: {r:#?}");
    assert_eq!(r.reply.as_deref(), Some(case.reply), "{name}: {r:#?}");
    assert_eq!(r.status.as_deref(), Some(case.status), "{name}: {r:#?}");
    assert_eq!(r.reason, case.reason, "{name}: {r:#?}");
}

#[test]
fn gmail_inline_forwards() {
    let case = &CASES[0];
    for (name, text) in layouts(case.forward) {
        check(case, &name, &explain(&text));
    }
}

#[test]
fn outlook_inline_forwards() {
    let case = &CASES[1];
    for (name, text) in layouts(case.forward) {
        check(case, &name, &explain(&text));
    }
}

#[test]
fn exchange_ndr_inline_forwards() {
    let case = &CASES[2];
    for (name, text) in layouts(case.forward) {
        check(case, &name, &explain(&text));
    }
}

/// Returns the Postfix text of OUTLOOK_FORWARD from its first body line
/// on, with no header block of its own.
fn postfix_text() -> &'static str {
    OUTLOOK_FORWARD.split_once("\n\n").map_or("", |(_, body)| body)
}

/// Outlook's header block of a forward, in English and in German, with
/// no "-----Original Message-----" line above it: the person's own block
/// or the bounce's.
const OUTLOOK_BLOCKS: &[&str] = &[
    "From: Alex Doe <alex@example.com>\nSent: Friday, December 4, 2026 2:20 PM\n\
     To: Sam Roe <sam@example.com>\nSubject: FW: Undelivered Mail Returned to Sender\n",
    "From: Mail Delivery System <MAILER-DAEMON@mail.example.com>\n\
     Sent: Friday, December 4, 2026 2:10 PM\nTo: alex@example.com\n\
     Subject: Undelivered Mail Returned to Sender\n",
    "Von: Alex Doe <alex@example.com>\nGesendet: Freitag, 4. Dezember 2026 14:20\n\
     An: Sam Roe <sam@example.com>\nBetreff: WG: Undelivered Mail Returned to Sender\n",
    "Von: Mail Delivery System <MAILER-DAEMON@mail.example.com>\n\
     Gesendet: Freitag, 4. Dezember 2026 14:10\nAn: alex@example.com\n\
     Betreff: Undelivered Mail Returned to Sender\n",
];

#[test]
fn outlook_block_without_preamble() {
    let case = &CASES[1];
    let record = "<lee@example.org>: host mx.example.org[203.0.113.25] said: 552 5.2.2\n    \
                  <lee@example.org>: Mailbox full (in reply to RCPT TO command)";
    // Postfix wraps a record at other points too, and a mail program may
    // drop the indentation of its folded lines.
    let before_said = "<lee@example.org>: host mx.example.org[203.0.113.25]\n    \
                       said: 552 5.2.2 <lee@example.org>: Mailbox full (in reply to RCPT TO\n    \
                       command)";
    let records =
        [record.to_string(), before_said.to_string(), before_said.replace("\n    ", "\n")];
    for (b, block) in OUTLOOK_BLOCKS.iter().enumerate() {
        for (w, wrapped) in records.iter().enumerate() {
            let body = postfix_text().replace(record, wrapped);
            assert!(body.contains(wrapped.as_str()), "record {w} not placed");
            let text = format!("{block}\n{body}");
            check(case, &format!("block {b}, record {w}"), &explain(&text));
        }
    }
}
