//! A bounce forwarded inline keeps the header block that a mail program
//! writes above it. Outlook writes `-----Original Message-----` or an
//! underscore rule, Thunderbird and Android mail programs an `Original
//! message` or `Forwarded Message` rule, Gmail a `Forwarded message`
//! rule and Apple Mail `Begin forwarded message:`. A reply may quote the
//! header lines with "> " and no rule at all. The last header line may be
//! a bounce subject that ends in "sender" (Postfix's "Undelivered Mail
//! Returned to Sender", Exim's "Mail delivery failed: returning message
//! to sender"), right above the recipient's block when the forward starts
//! below the MTA's own prose. The card must name the recipient in every
//! layout, as it does for the block pasted alone.

use crate::quoting;

use bounce_explainer::{explain, Actor, Reason, Report};
use quoting::quoted;

/// One MTA's bounce: its header values, its prose above the recipient's
/// block, and the block.
struct Bounce {
    name: &'static str,
    from: &'static str,
    subject: &'static str,
    prose: &'static str,
    block: &'static str,
}

const BOUNCES: &[Bounce] = &[
    Bounce {
        name: "postfix",
        from: "Mail Delivery System <MAILER-DAEMON@mail.example.com>",
        subject: "Undelivered Mail Returned to Sender",
        prose: "This is the mail system at host mail.example.com.\n\n\
                I'm sorry to have to inform you that your message could not\n\
                be delivered to one or more recipients. It's attached below.\n\n\
                \x20                  The mail system\n\n",
        block: "<bob@example.net>: host mx.example.net[198.51.100.9] said: 550 5.1.1\n    \
                <bob@example.net>: Recipient address rejected: User unknown in virtual\n    \
                mailbox table (in reply to RCPT TO command)\n",
    },
    Bounce {
        name: "exim",
        from: "Mail Delivery System <Mailer-Daemon@mail.example.com>",
        subject: "Mail delivery failed: returning message to sender",
        prose: "This message was created automatically by mail delivery software.\n\n\
                A message that you sent could not be delivered to one or more of its\n\
                recipients. This is a permanent error. The following address(es) failed:\n\n",
        block: "  bob@example.net\n    \
                host mx.example.net [198.51.100.9]\n    \
                SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n    \
                550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table\n",
    },
    Bounce {
        name: "sendmail",
        from: "Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>",
        subject: "Returned mail: see transcript for details",
        prose: "The original message was received at Sat, 5 Dec 2026 17:00:00 GMT\n\
                from localhost\n\n",
        block: "   ----- The following addresses had permanent fatal errors -----\n\
                <bob@example.net>\n    \
                (reason: 550 5.1.1 <bob@example.net>... User unknown)\n\n   \
                ----- Transcript of session follows -----\n\
                ... while talking to mx.example.net.:\n\
                >>> RCPT To:<bob@example.net>\n\
                <<< 550 5.1.1 <bob@example.net>... User unknown\n\
                550 5.1.1 <bob@example.net>... User unknown\n",
    },
];

/// Returns the header block that each mail program writes above a
/// message it forwards or quotes, in its own field order, for a bounce's
/// sender and subject.
fn header_blocks(from: &str, subject: &str) -> Vec<(&'static str, String)> {
    vec![
        (
            "outlook",
            format!(
                "-----Original Message-----\nFrom: {from}\n\
                 Sent: Saturday, December 5, 2026 5:00 PM\nTo: alice@example.com\n\
                 Subject: {subject}\n"
            ),
        ),
        (
            "outlook web",
            format!(
                "________________________________\nFrom: {from}\n\
                 Sent: Saturday, December 5, 2026 5:00 PM\nTo: alice@example.com\n\
                 Subject: {subject}\n"
            ),
        ),
        (
            "outlook, german",
            format!(
                "-----Ursprüngliche Nachricht-----\nVon: {from}\n\
                 Gesendet: Samstag, 5. Dezember 2026 17:00\nAn: alice@example.com\n\
                 Betreff: {subject}\n"
            ),
        ),
        (
            "outlook web, french",
            format!(
                "________________________________\nDe : {from}\n\
                 Envoyé : samedi 5 décembre 2026 17:00\nÀ : alice@example.com\n\
                 Objet : {subject}\n"
            ),
        ),
        (
            "outlook web, italian",
            format!(
                "________________________________\nDa: {from}\n\
                 Inviato: sabato 5 dicembre 2026 17:00\nA: alice@example.com\n\
                 Oggetto: {subject}\n"
            ),
        ),
        (
            "original message, short",
            format!("-------- Original message --------\nFrom: {from}\nSubject: {subject}\n"),
        ),
        (
            "thunderbird",
            format!(
                "-------- Forwarded Message --------\nSubject: \t{subject}\n\
                 Date: \tSat, 5 Dec 2026 17:00:01 +0000\nFrom: \t{from}\n\
                 To: \talice@example.com\n"
            ),
        ),
        (
            "gmail",
            format!(
                "---------- Forwarded message ---------\nFrom: {from}\n\
                 Date: Sat, Dec 5, 2026 at 5:00 PM\nSubject: {subject}\n\
                 To: <alice@example.com>\n\n"
            ),
        ),
        (
            "gmail, no to",
            format!(
                "---------- Forwarded message ---------\nFrom: {from}\n\
                 Date: Sat, Dec 5, 2026 at 5:00 PM\nSubject: {subject}\n\n"
            ),
        ),
        (
            "apple mail",
            format!(
                "Begin forwarded message:\n\nFrom: {from}\nSubject: {subject}\n\
                 Date: December 5, 2026 at 5:00:01 PM GMT\nTo: alice@example.com\n"
            ),
        ),
        ("fields only", format!("From: {from}\nSubject: {subject}\n")),
        ("subject only", format!("Subject: {subject}\n")),
    ]
}

/// Builds every layout of one bounce: each header block, with and without
/// the MTA's prose, quoted or not, pasted alone or below a person's note.
fn layouts(bounce: &Bounce) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (program, header) in header_blocks(bounce.from, bounce.subject) {
        for (prose_name, prose) in [("prose", bounce.prose), ("no prose", "")] {
            let forward = format!("{header}\n{prose}{}", bounce.block);
            for (quote_name, body) in [("plain", forward.clone()), ("quoted", quoted(&forward))] {
                let name = format!("{}, {program}, {prose_name}, {quote_name}", bounce.name);
                let note = "Hi support,\n\nThis came back when I wrote to Bob. Can you help?\n\n\
                            Thanks, Alice\n\n";
                out.push((format!("{name}, alone"), body.clone()));
                out.push((format!("{name}, below a note"), format!("{note}{body}")));
            }
        }
    }
    out
}

fn check_unknown_user(name: &str, report: &Report) {
    assert_eq!(report.recipients.len(), 1, "{name}: {report:#?}");
    let r = &report.recipients[0];
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"), "{name}: {r:#?}");
    assert_eq!(r.reply.as_deref(), Some("550"), "{name}: {r:#?}");
    assert_eq!(r.status.as_deref(), Some("5.1.1"), "{name}: {r:#?}");
    assert_eq!(r.reason, Reason::UserUnknown, "{name}: {r:#?}");
    assert_eq!(r.explanation.who_acts, Actor::You, "{name}: {r:#?}");
}

#[test]
fn postfix_block_forwarded() {
    for (name, text) in layouts(&BOUNCES[0]) {
        check_unknown_user(&name, &explain(&text));
    }
}

#[test]
fn exim_block_forwarded() {
    for (name, text) in layouts(&BOUNCES[1]) {
        check_unknown_user(&name, &explain(&text));
    }
}

#[test]
fn sendmail_block_forwarded() {
    for (name, text) in layouts(&BOUNCES[2]) {
        check_unknown_user(&name, &explain(&text));
    }
}

/// A person who trims a forward may delete the blank line below the
/// header block, so the bounce subject's "Sender" ends the line right
/// above the recipient's record, under an English field name or a
/// localised one (`Betreff:`, `Objet :`, `Oggetto:`).
#[test]
fn record_right_below_subject() {
    let bounce = &BOUNCES[0];
    for (program, header) in header_blocks(bounce.from, bounce.subject) {
        let forward = format!("{}\n{}", header.trim_end(), bounce.block);
        for (quote_name, body) in [("plain", forward.clone()), ("quoted", quoted(&forward))] {
            let text = format!("Can you help with this?\n\n{body}");
            check_unknown_user(&format!("{program}, {quote_name}"), &explain(&text));
        }
    }
}

/// A SpamCop refusal forwarded in a help-desk ticket below the person's
/// question, which names the address, another reply and other IPs: the
/// card names the forwarded block's recipient and quotes its IP.
#[test]
fn blocklisted_ip_in_ticket() {
    let ticket = "Hi support,\n\n\
        I keep getting the error below when I email bob@example.net. My IT guy said\n\
        a 550 5.1.1 means the address is wrong, but I checked and it's right. Last\n\
        week we also had \"421 4.7.0 too many connections from 203.0.113.9\" from our\n\
        old server, is that related? Our new server is 192.0.2.120.\n\n\
        Thanks, Alice\n\n\
        -------- Original message --------\n\
        From: Mail Delivery System <MAILER-DAEMON@mail.example.com>\n\
        Subject: Undelivered Mail Returned to Sender\n\n\
        <bob@example.net>: host mx.example.net[198.51.100.9] said: 554 5.7.1\n    \
        Service unavailable; Client host [192.0.2.120] blocked using\n    \
        bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.120\n    \
        (in reply to RCPT TO command)\n";
    let report = explain(ticket);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let r = &report.recipients[0];
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"), "{r:#?}");
    assert_eq!(r.status.as_deref(), Some("5.7.1"), "{r:#?}");
    assert_eq!(r.reason, Reason::Blocked, "{r:#?}");
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.120"), "{r:#?}");
    assert_eq!(r.explanation.who_acts, Actor::Admin, "{r:#?}");
}
