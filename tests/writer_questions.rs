//! A person asking about a bounce cites its codes in a sentence of their
//! own: they write "our", "we" or "I" in that sentence, or ask a question in
//! the same paragraph. Such a text is about a reply and contains none, so
//! it gets the mention note and no card. That holds even where a past
//! participle (`bounced with`, `rejetés avec`) or `from <provider>` follows
//! the codes, and the IP address the writer gives as their own is never
//! quoted. A notice that names the recipient keeps its card.

use crate::mentions;

use mentions::mention_note;

/// Questions and accounts in English, German, French, Spanish, Italian and
/// Portuguese, with the codes their note must name.
const QUESTIONS: &[(&str, &str)] = &[
    ("Our newsletter bounced with 550 5.7.1 from Outlook. What does it mean?", "550 5.7.1"),
    (
        "Hi support, a customer says our newsletter bounced with 550 5.7.1 from Outlook and that \
         we're on a blocklist. What does 550 5.7.1 mean and do we need to do anything? Our sending \
         IP is 192.0.2.150.",
        "550 5.7.1",
    ),
    ("Our mail to Outlook was rejected with 550 5.7.1. Why?", "550 5.7.1"),
    ("I was rejected with 554 5.7.1 by Yahoo yesterday, and my IP is 192.0.2.150.", "554 5.7.1"),
    ("We got bounced with 421 4.7.0 from Yahoo. Is that a block?", "421 4.7.0"),
    (
        "Hallo, wir bekommen seit gestern den Fehler 554 5.7.1 von T-Online zurück. Was bedeutet \
         das und müssen wir etwas tun?",
        "554 5.7.1",
    ),
    ("Unsere Newsletter wurden mit 550 5.7.1 von GMX abgelehnt. Unsere IP ist 192.0.2.150.", "550 5.7.1"),
    ("Bonjour, nos mails sont rejetés avec 550 5.7.1 par Orange depuis lundi. Que faire ?", "550 5.7.1"),
    (
        "Nos messages ont été refusés avec 554 5.7.1 par Free. Notre IP est 192.0.2.150. Que faire ?",
        "554 5.7.1",
    ),
    ("Hola, nuestros correos rebotan con 550 5.7.1 desde Hotmail. ¿Qué significa?", "550 5.7.1"),
    ("Nuestros correos fueron rechazados con 550 5.7.1 de Gmail. Nuestra IP es 192.0.2.150.", "550 5.7.1"),
    (
        "Buongiorno, le nostre email tornano indietro con il codice 550 5.7.1 da Libero. Cosa \
         significa? Il nostro IP è 192.0.2.151.",
        "550 5.7.1",
    ),
    ("Le nostre email sono state rifiutate con 554 5.7.1 da Libero. Perché?", "554 5.7.1"),
    ("Os nossos emails foram rejeitados com 550 5.7.1 pelo Gmail. O que significa?", "550 5.7.1"),
    ("Nossos emails voltam com 554 5.7.1 do Outlook. Nosso IP é 192.0.2.150.", "554 5.7.1"),
];

#[test]
fn questions_get_note_only() {
    for (text, codes) in QUESTIONS {
        let report = bounce_explainer::explain(&format!("{text}\n"));
        let cards: Vec<_> =
            report.recipients.iter().map(|r| (&r.reply, &r.status, &r.sender_ip)).collect();
        assert!(cards.is_empty(), "{text}: {cards:#?}");
        let note = mention_note(&report)
            .unwrap_or_else(|| panic!("{text}: no mention note: {:#?}", report.notes));
        assert!(note.contains(&format!("mentions the reply {codes} within")), "{text}: {note}");
        assert!(!note.contains("192.0.2.15"), "{text}: {note}");
    }
}

/// Notices that name the recipient, and replies copied whole, keep their
/// card, even beside a question or the writer's own words.
const NOTICES: &[(&str, &str)] = &[
    ("Your message to bob@example.net was rejected with 550 5.7.1. Questions? Ask your administrator.", "5.7.1"),
    ("We could not deliver your message to bob@example.net. It was rejected with 550 5.1.1.", "5.1.1"),
    ("Why does our mail bounce with 550 5.7.1 Access denied?", "5.7.1"),
];

#[test]
fn notices_keep_card() {
    for (text, status) in NOTICES {
        let report = bounce_explainer::explain(&format!("{text}\n"));
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
        assert_eq!(report.recipients[0].status.as_deref(), Some(*status), "{text}");
        assert!(mention_note(&report).is_none(), "{text}: {:#?}", report.notes);
    }
}

/// A reply copied whole into a question keeps its card, but the address
/// the writer gives as their own is not the IP to quote: only the
/// receiver's words name that.
#[test]
fn own_ip_never_quoted() {
    for (text, ip) in [
        (
            "Why does our mail bounce with 550 5.7.1 Access denied? Our sending IP is 192.0.2.150.",
            None,
        ),
        (
            "Why does our mail bounce with 550 5.7.1 Unfortunately, messages from [198.51.100.23] \
             weren't sent (S3150)? My sending IP is 192.0.2.150.",
            Some("198.51.100.23"),
        ),
    ] {
        let report = bounce_explainer::explain(&format!("{text}\n"));
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
        assert_eq!(report.recipients[0].sender_ip.as_deref(), ip, "{text}");
    }
}
