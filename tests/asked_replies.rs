//! A question that quotes a whole reply in its own sentence (`Why do we
//! get "554 5.7.1 ..." on every mail?`) asks about the reply and reports
//! none, so it gets the mention note and no card in every language the
//! tool reads. A bounce that contains a question elsewhere (`Fragen?
//! Wenden Sie sich an ...`) still gets its card, because only the
//! sentence that quotes the reply counts.

use crate::mentions;

use bounce_explainer::Actor;
use mentions::mention_note;

const REPLY: &str =
    "554 5.7.1 Service unavailable; Client host [192.0.2.5] blocked using zen.spamhaus.org";

/// The same help-desk question in English, German, French, Spanish,
/// Dutch, Italian and Portuguese, with `{}` for the quoted reply.
const QUESTIONS: &[&str] = &[
    "Why do we get \"{}\" on every mail?",
    "Warum bekommen wir \"{}\" bei jeder Mail?",
    "Wieso kommt bei jeder Mail \"{}\" zurück?",
    "Pourquoi recevons-nous « {} » pour chaque mail ?",
    "¿Por qué recibimos \"{}\" con cada correo?",
    "Waarom krijgen we \"{}\" bij elke mail?",
    "Perché riceviamo \"{}\" con ogni mail?",
    "Por que recebemos \"{}\" em cada email?",
];

#[test]
fn quoted_question_gets_note() {
    for question in QUESTIONS {
        let text = format!("{}\n", question.replace("{}", REPLY));
        let report = bounce_explainer::explain(&text);
        assert!(report.recipients.is_empty(), "{text}: {:#?}", report.recipients);
        let note = mention_note(&report)
            .unwrap_or_else(|| panic!("{text}: no mention note: {:#?}", report.notes));
        assert!(note.contains("mentions the reply 554 5.7.1 within"), "{text}: {note}");
        assert!(!note.contains("192.0.2.5"), "{text}: {note}");
    }
}

/// German bounce text with a question outside the sentence that quotes
/// the reply. NOTE: the German wording follows the localised Exchange
/// line the other tests use (`Vom Remoteserver wurde '...'
/// zurückgegeben`). No copy of a German bounce was at hand to check the
/// sentences around it.
const GERMAN_BOUNCES: &[&str] = &[
    "Ihre Nachricht konnte nicht zugestellt werden.\n\
     Warum ist das passiert? Vom Remoteserver wurde '{}' zurückgegeben.\n\
     Fragen? Wenden Sie sich an Ihren E-Mail-Administrator.",
    "<bob@example.net>: host mx.example.net[198.51.100.20] said: {} (in reply to RCPT TO \
     command)\n\nWas nun? Wenden Sie sich an Ihren E-Mail-Administrator.",
    "Zustellung fehlgeschlagen. Wer ist betroffen? bob@example.net\n\
     Vom Remoteserver wurde '{}' zurückgegeben.",
];

#[test]
fn german_bounce_question_keeps_card() {
    for bounce in GERMAN_BOUNCES {
        let text = format!("{}\n", bounce.replace("{}", REPLY));
        let report = bounce_explainer::explain(&text);
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
        let card = &report.recipients[0];
        assert_eq!(card.reply.as_deref(), Some("554"), "{text}");
        assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.5"), "{text}");
        assert!(mention_note(&report).is_none(), "{text}: {:#?}", report.notes);
    }
}

/// Quotation marks around a reply quoted in prose, as (opening, closing):
/// straight and curly quotes, German low quotes and inward guillemets, and
/// single marks. French guillemets come with a space, a no-break space or
/// a narrow no-break space inside them, and Swiss ones without.
const QUOTE_STYLES: &[(&str, &str)] = &[
    ("\"", "\""),
    ("'", "'"),
    ("“", "”"),
    ("‘", "’"),
    ("„", "“"),
    ("‚", "‘"),
    ("« ", " »"),
    ("«\u{a0}", "\u{a0}»"),
    ("«\u{202f}", "\u{202f}»"),
    ("«", "»"),
    ("»", "«"),
    ("‹", "›"),
];

/// Replies a help-desk user quotes, with the card's cause entry, who acts
/// and the IP it must quote.
const QUOTED_REPLIES: &[(&str, &str, Actor, Option<&str>)] = &[
    (REPLY, "spamhaus/zen", Actor::Admin, Some("192.0.2.5")),
    (
        "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual \
         mailbox table",
        "status/X.1.1",
        Actor::You,
        None,
    ),
];

/// Statements that quote the reply after a colon, followed by a question
/// of their own, in English, French, German and Spanish.
const STATEMENTS: &[&str] = &[
    "Hi, when I send to bob@example.net I always get this message: {}. What do I do?",
    "Bonjour, quand j'écris à bob@example.net je reçois : {}. Que faire ?",
    "Bonjour, quand j'écris à bob@example.net je reçois ce message : {}. Que faire ?",
    "Hallo, ich bekomme beim Senden an bob@example.net immer diese Meldung: {}. Was muss ich tun?",
    "Hola, al enviar a bob@example.net recibo este error: {}. ¿Qué hago?",
];

#[test]
fn quoted_statement_card_any_quotes() {
    for statement in STATEMENTS {
        for (reply, entry, who, ip) in QUOTED_REPLIES {
            for (open, close) in QUOTE_STYLES {
                let text =
                    format!("{}\n", statement.replace("{}", &format!("{open}{reply}{close}")));
                let report = bounce_explainer::explain(&text);
                assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
                let card = &report.recipients[0];
                assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{text}");
                assert_eq!(card.explanation.entry, *entry, "{text}");
                assert_eq!(card.explanation.who_acts, *who, "{text}");
                assert_eq!(card.sender_ip.as_deref(), *ip, "{text}");
                assert!(!card.diagnostic.contains(close.trim()), "{text}: {}", card.diagnostic);
                assert!(mention_note(&report).is_none(), "{text}: {:#?}", report.notes);
            }
        }
    }
}

#[test]
fn quoted_question_note_any_quotes() {
    for question in QUESTIONS {
        for (reply, ..) in QUOTED_REPLIES {
            for (open, close) in QUOTE_STYLES {
                let quoted = format!("{open}{reply}{close}");
                let text =
                    format!("{}\n", question.replace("\"{}\"", &quoted).replace("« {} »", &quoted));
                let report = bounce_explainer::explain(&text);
                assert!(report.recipients.is_empty(), "{text}: {:#?}", report.recipients);
                assert!(mention_note(&report).is_some(), "{text}: {:#?}", report.notes);
            }
        }
    }
}
