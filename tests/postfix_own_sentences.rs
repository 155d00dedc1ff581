//! Postfix's own per-recipient sentences, which carry no reply code: a
//! null MX, the receiver's size limit, a time-out or lost connection, a
//! local mailbox that cannot grow, a delivery program that failed. Pasted
//! alone, each must give the cause and permanence that the whole bounce
//! gives from its Status: field, also for a recipient that an alias
//! expanded to (`<bob@example.net> (expanded from <support@example.com>):`).

use crate::bounces;

use bounce_explainer::{explain, Actor, Reason, Report};

struct Case {
    name: &'static str,
    /// The sentence as Postfix prints it above the attachments.
    text: &'static str,
    recipient: &'static str,
    /// The status Postfix writes in the delivery-status part.
    status: &'static str,
    reason: Reason,
    permanent: bool,
}

const CASES: &[Case] = &[
    Case {
        name: "null mx",
        text: "<bob@example.net>: Domain example.net does not accept mail (nullMX)\n",
        recipient: "bob@example.net",
        status: "5.1.10",
        reason: Reason::NotAccept,
        permanent: true,
    },
    Case {
        name: "size limit of server",
        text: "<bob@example.net>: message size 52428800 exceeds size limit 10240000 of\n    \
               server mx.example.net[198.51.100.20]\n",
        recipient: "bob@example.net",
        status: "5.3.4",
        reason: Reason::MesgTooBig,
        permanent: true,
    },
    Case {
        name: "greeting timed out",
        text: "<bob@example.net>: conversation with mx.example.net[198.51.100.20] timed out\n    \
               while receiving the initial server greeting\n",
        recipient: "bob@example.net",
        status: "4.4.2",
        reason: Reason::NetworkError,
        permanent: false,
    },
    Case {
        name: "lost connection end of data",
        text: "<bob@example.net>: lost connection with mx.example.net[198.51.100.20] while\n    \
               sending end of data -- message may be sent more than once\n",
        recipient: "bob@example.net",
        status: "4.4.2",
        reason: Reason::NetworkError,
        permanent: false,
    },
    Case {
        name: "local mailbox file too large",
        text: "<bob@mail.example.com>: cannot update mailbox /var/mail/bob for user bob.\n    \
               error writing message: File too large\n",
        recipient: "bob@mail.example.com",
        status: "5.2.2",
        reason: Reason::MailboxFull,
        permanent: true,
    },
    Case {
        name: "local mailbox disk quota",
        text: "<bob@mail.example.com>: cannot update mailbox /var/mail/bob for user bob.\n    \
               error writing message: Disk quota exceeded\n",
        recipient: "bob@mail.example.com",
        status: "5.2.2",
        reason: Reason::MailboxFull,
        permanent: true,
    },
    Case {
        name: "local command died with status",
        text: "<bob@mail.example.com>: Command died with status 1: \"/usr/bin/procmail\". Command\n    \
               output: procmail: Couldn't create \"/var/mail/bob\"\n",
        recipient: "bob@mail.example.com",
        status: "5.3.0",
        reason: Reason::MailerError,
        permanent: true,
    },
    Case {
        name: "local command died with tempfail status",
        text: "<bob@mail.example.com>: Command died with status 75: \"/usr/bin/procmail\"\n",
        recipient: "bob@mail.example.com",
        status: "4.3.0",
        reason: Reason::MailerError,
        permanent: false,
    },
    Case {
        name: "local command died with signal",
        text: "<bob@mail.example.com>: Command died with signal 9: \"/usr/bin/procmail\"\n",
        recipient: "bob@mail.example.com",
        status: "4.3.0",
        reason: Reason::MailerError,
        permanent: false,
    },
    Case {
        name: "local command time limit exceeded",
        text: "<bob@mail.example.com>: Command time limit exceeded: \"/usr/bin/procmail\"\n",
        recipient: "bob@mail.example.com",
        status: "5.3.0",
        reason: Reason::MailerError,
        permanent: true,
    },
];

/// Wraps the sentence in a whole Postfix bounce with its delivery-status
/// part.
fn whole_bounce(case: &Case) -> String {
    let diagnostic = case.text.split_once(">: ").map_or("", |(_, rest)| rest);
    let diagnostic = diagnostic.split_whitespace().collect::<Vec<_>>().join(" ");
    bounces::postfix_report(case.text, case.recipient, case.status, &diagnostic)
}

fn check(case: &Case, form: &str, report: &Report) {
    let label = format!("{} ({form})", case.name);
    assert_eq!(report.recipients.len(), 1, "{label}: {}", report.summary);
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some(case.recipient), "{label}");
    assert_eq!(card.reason, case.reason, "{label}: {}", card.diagnostic);
    assert_eq!(card.permanent, case.permanent, "{label}: permanent");
    assert_ne!(card.explanation.entry, "reason/onhold", "{label}");
}

#[test]
fn postfix_sentence_pasted_alone() {
    for case in CASES {
        let report = explain(case.text);
        check(case, "pasted", &report);
        let card = &report.recipients[0];
        // Pasted alone, the sentence states no delay, and a returned
        // message lists it the same way, so it reads as final: nobody
        // waits for retries, and a note states the assumption.
        assert_ne!(card.explanation.who_acts, Actor::Wait, "{}", case.name);
        assert!(!card.retrying, "{}", case.name);
        if !case.permanent {
            let noted = card.notes.iter().any(|n| n.message.contains("does not say whether"));
            assert!(noted, "{}: {:?}", case.name, card.notes);
        }
    }
}

#[test]
fn postfix_sentence_in_whole_bounce() {
    for case in CASES {
        let report = explain(&whole_bounce(case));
        check(case, "bounce", &report);
        assert_ne!(report.recipients[0].explanation.who_acts, Actor::Wait, "{}", case.name);
    }
}

#[test]
fn postfix_sentence_same_entry_both_forms() {
    for case in CASES {
        let pasted = explain(case.text);
        let whole = explain(&whole_bounce(case));
        let pasted = &pasted.recipients[0].explanation;
        let whole = &whole.recipients[0].explanation;
        assert_eq!(pasted.entry, whole.entry, "{}", case.name);
    }
}

/// Puts Postfix's `(expanded from <alias>)` after the recipient of a
/// case's sentence, on the recipient's line or wrapped to the next one as
/// Postfix wraps a long line.
fn expanded_from(case: &Case, wrapped: bool) -> String {
    let (opening, rest) = case.text.split_once(">: ").expect("case opens with <address>: ");
    let alias = match wrapped {
        true => "(expanded from\n    <support@example.com>)",
        false => "(expanded from <support@example.com>)",
    };
    format!("{opening}> {alias}: {rest}")
}

#[test]
fn postfix_sentence_expanded_from_alias() {
    for case in CASES {
        let plain = explain(case.text);
        for wrapped in [false, true] {
            let text = expanded_from(case, wrapped);
            let form = match wrapped {
                true => "expanded, wrapped",
                false => "expanded",
            };
            let report = explain(&text);
            check(case, form, &report);
            let card = &report.recipients[0];
            let alias = card.original_recipient.as_deref();
            assert_eq!(alias, Some("support@example.com"), "{} ({form})", case.name);
            let plain = &plain.recipients[0].explanation;
            assert_eq!(card.explanation.entry, plain.entry, "{} ({form})", case.name);
        }
    }
}
