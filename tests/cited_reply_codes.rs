//! A sentence of the writer's that cites a reply by its codes, perhaps
//! with the provider's tag (`our mails bounce with 550 5.7.1 S3150 and
//! mention 203.0.113.45`), and then goes on in the writer's own words,
//! recounts a reply rather than copying one. It gets the mention note and
//! no card, whatever the verb before the codes. A reply whose own text
//! follows its codes stays a failure with the IP to quote, whether it is
//! pasted alone or copied whole into a question.

use crate::mentions;

use bounce_explainer::Recipient;
use mentions::mention_note;

/// Sentences and questions that cite a reply's codes and tag, with the
/// codes their note must name.
const CITED: &[(&str, &str)] = &[
    (
        "Our customers on Outlook say our mails bounce with 550 5.7.1 S3150 and mention \
         203.0.113.45. Is that our IP? How do we get it delisted?",
        "550 5.7.1",
    ),
    (
        "Mails to Outlook fail with 550 5.7.1 (S3140) since Monday. Is 203.0.113.45 blocked?",
        "550 5.7.1",
    ),
    ("How do I fix 550 5.7.1 S3150?", "550 5.7.1"),
    ("Our newsletters to Yahoo bounce with 421 4.7.0 [TSS04] since Monday.", "421 4.7.0"),
    ("Mail to AOL users comes back with 421 4.7.0 [TS01] every morning.", "421 4.7.0"),
    ("Our mails to aol.com come back with 554 5.7.1 RLY:B1 every morning.", "554 5.7.1"),
    ("Our messages bounce back with 554 5.7.1 BL000000. Is 203.0.113.45 listed?", "554 5.7.1"),
    (
        "Comcast subscribers tell us our mail fails with 421 4.1.0 RL000001 at peak times.",
        "421 4.1.0",
    ),
    ("Why do our mails to Gmail bounce with 550 5.7.26 - gsmtp?", "550 5.7.26"),
    (
        "Our mails to verizon.net come back with 421 4.7.0 [IPTS04] and mention 198.51.100.23.",
        "421 4.7.0",
    ),
];

/// Explains `text` and checks that it gets no card and a mention note
/// that names `codes` and quotes no IP address. Returns the note.
fn note_only(text: &str, codes: &str) -> String {
    let report = bounce_explainer::explain(&format!("{text}\n"));
    let cards: Vec<_> =
        report.recipients.iter().map(|r| (&r.reply, &r.status, &r.reason)).collect();
    assert!(cards.is_empty(), "{text}: {cards:#?}");
    let note = mention_note(&report)
        .unwrap_or_else(|| panic!("{text}: no mention note: {:#?}", report.notes));
    assert!(note.contains(&format!("mentions the reply {codes} within")), "{text}: {note}");
    for ip in ["203.0.113.45", "198.51.100.23"] {
        assert!(!note.contains(ip), "{text}: {note}");
    }
    note.to_string()
}

#[test]
fn cited_codes_get_note_only() {
    for (text, codes) in CITED {
        note_only(text, codes);
    }
}

/// Replies with a provider's tag, pasted alone or copied whole into a
/// question, with the IP their card must quote.
const REPLIES: &[(&str, &str)] = &[
    (
        "550 5.7.1 Unfortunately, messages from [203.0.113.45] weren't sent. Please contact your \
         Internet service provider since part of their network is on our block list (S3150). You \
         can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
        "203.0.113.45",
    ),
    (
        "421 4.7.0 [TSS04] Messages from 203.0.113.45 temporarily deferred due to unexpected volume \
         or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
        "203.0.113.45",
    ),
    (
        "Why does our mail bounce with 550 5.7.1 Unfortunately, messages from [198.51.100.23] \
         weren't sent. Please contact your Internet service provider since part of their network \
         is on our block list (S3150)?",
        "198.51.100.23",
    ),
];

#[test]
fn tagged_replies_keep_card() {
    for (text, ip) in REPLIES {
        let report = bounce_explainer::explain(&format!("{text}\n"));
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
        assert_eq!(report.recipients[0].sender_ip.as_deref(), Some(*ip), "{text}");
        assert!(mention_note(&report).is_none(), "{text}: {:#?}", report.notes);
    }
}

/// Help-desk questions in German, French, Spanish, Italian and Portuguese
/// that cite a reply by its codes and tag, with the codes their note must
/// name. The lead-ins (`kommen mit ... zurück`, `reviennent avec`,
/// `rebotan con`, `tornano indietro con`, `voltam com`) and question forms
/// (`Was bedeutet`, `Que signifie`, `Qué significa`) are the ones such
/// questions use.
const CITED_IN_OTHER_LANGUAGES: &[(&str, &str)] = &[
    (
        "Bonjour, depuis hier nos messages vers Orange reviennent avec le code 550 5.7.1 \
         OFR006_102. Notre IP est 203.0.113.45. Que faut-il faire ?",
        "550 5.7.1",
    ),
    ("Que signifie 550 5.7.1 OFR006_102 ?", "550 5.7.1"),
    ("Nos messages vers Outlook reviennent avec 550 5.7.1 S3150 depuis lundi.", "550 5.7.1"),
    (
        "Unsere Mails an Outlook kommen mit 550 5.7.1 S3150 zurück. Ist 203.0.113.45 gesperrt?",
        "550 5.7.1",
    ),
    ("Unsere Mails an Yahoo kommen seit Montag mit 421 4.7.0 [TSS04] zurück.", "421 4.7.0"),
    ("Unsere Mails kommen mit 550 5.7.1 zurück und wir wissen nicht warum.", "550 5.7.1"),
    ("Was bedeutet 550 5.7.1 S3150?", "550 5.7.1"),
    (
        "Nuestros correos a Outlook rebotan con 550 5.7.1 S3150 desde el lunes. ¿Es 203.0.113.45 \
         nuestra IP?",
        "550 5.7.1",
    ),
    ("¿Qué significa 554 5.7.1 RLY:B1?", "554 5.7.1"),
    ("Le nostre email verso Outlook tornano indietro con 550 5.7.1 S3150 da lunedì.", "550 5.7.1"),
    ("Le email verso Yahoo tornano indietro con 421 4.7.0 [TSS04] ogni mattina.", "421 4.7.0"),
    (
        "Os nossos emails para o Outlook voltam com 550 5.7.1 S3150 desde segunda-feira.",
        "550 5.7.1",
    ),
    ("Os emails voltam com 554 5.7.1 BL000000 e mencionam 203.0.113.45.", "554 5.7.1"),
    ("What does 550 5.7.1 S3150 mean?", "550 5.7.1"),
];

#[test]
fn cited_codes_other_languages() {
    for (text, codes) in CITED_IN_OTHER_LANGUAGES {
        note_only(text, codes);
    }
}

/// Non-English text that reports a reply rather than citing it, with the
/// codes of its card and the IP the card must quote, if any. As in
/// English, these are a reply copied whole in quotation marks into a
/// question, a localised Exchange line that quotes the reply, and a notice
/// about one message in the past passive (`was rejected with 5.7.1`).
const REPORTED_IN_OTHER_LANGUAGES: &[(&str, &str, Option<&str>)] = &[
    (
        "Hallo, unsere Mails an Kunden bei GMX kommen mit \"554 5.7.1 IP address is block listed\" \
         zurück. Ist das unsere IP 203.0.113.45? Wie bekommen wir die gelöscht?",
        "554 5.7.1",
        None,
    ),
    (
        "Nos messages reviennent avec \"550 5.7.1 Votre adresse IP 198.51.100.23 figure sur une \
         liste noire\". Que faire ?",
        "550 5.7.1",
        Some("198.51.100.23"),
    ),
    (
        "Remoteserver hat '554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using \
         zen.spamhaus.org' zurückgegeben",
        "554 5.7.1",
        Some("203.0.113.45"),
    ),
    (
        "El servidor remoto devolvió '550 5.7.1 Su dirección IP 203.0.113.45 está en una lista negra'",
        "550 5.7.1",
        Some("203.0.113.45"),
    ),
    ("Ihre Nachricht an bob@example.net wurde mit 550 5.7.1 abgelehnt.", "550 5.7.1", None),
    ("Votre message à bob@example.net a été refusé avec 550 5.7.1.", "550 5.7.1", None),
    ("Su mensaje a bob@example.net fue rechazado con 550 5.7.1.", "550 5.7.1", None),
    ("Il messaggio per bob@example.net è stato rifiutato con 550 5.7.1.", "550 5.7.1", None),
    ("A mensagem para bob@example.net foi rejeitada com 550 5.7.1.", "550 5.7.1", None),
];

/// Returns a card's reply code and enhanced status code as `550 5.1.1`.
fn card_codes(card: &Recipient) -> String {
    let reply = card.reply.as_deref().unwrap_or("");
    let status = card.status.as_deref().unwrap_or("");
    format!("{reply} {status}")
}

#[test]
fn reported_replies_other_languages() {
    for (text, codes, ip) in REPORTED_IN_OTHER_LANGUAGES {
        let report = bounce_explainer::explain(&format!("{text}\n"));
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
        let card = &report.recipients[0];
        assert_eq!(card_codes(card), *codes, "{text}");
        assert_eq!(card.sender_ip.as_deref(), *ip, "{text}");
        assert!(mention_note(&report).is_none(), "{text}: {:#?}", report.notes);
    }
}

/// A reply code that a question cites gets the mention note rather than
/// nothing, with its words after `get` (`Why do we get 550 No such user
/// here?`) or with only a provider's tag (AOL's `DYN:T1`).
#[test]
fn cited_reply_never_vanishes() {
    for (text, codes) in [
        ("Why do we get 550 No such user here?", "550"),
        ("Why do I get 550 User unknown?", "550"),
        ("Our mails to aol.com come back with 421 DYN:T1 every morning.", "421"),
        ("Unsere Mails an AOL kommen mit 421 DYN:T1 zurück.", "421"),
    ] {
        let note = note_only(text, codes);
        // Words too vague to tell give way to the code's general meaning.
        assert!(!note.contains("does not carry enough information"), "{text}: {note}");
    }
}

/// A writer's account that gives the reply's codes alone in brackets at
/// the end of a clause (`listed on Spamhaus (554 5.7.1)`), in English,
/// German, French and Spanish. The codes cite the reply that the writer
/// sums up, as codes after a comma do, so each gets the note and no card
/// and the writer's own IP is never quoted as the block's.
const BRACKETED_CITATIONS: &[&str] = &[
    "Hello, our mails to example.org are bouncing since yesterday. The bounce says our IP \
     203.0.113.45 is listed on Spamhaus (554 5.7.1). Our server's IP is 203.0.113.45 and the \
     receiving server is mx.example.org [198.51.100.23]. What do we do?",
    "The bounce says our IP 203.0.113.45 is listed on Spamhaus (554 5.7.1).",
    "Our mails to example.org bounce because we are on Spamhaus (554 5.7.1).",
    "We get a Spamhaus block (554 5.7.1) on every mail to example.org.",
    "Our IP 203.0.113.45 is blocked (code 554 5.7.1). How do we get it delisted?",
    "Outlook blocks us (554 5.7.1 S3150) since Monday.",
    "Laut Bounce steht unsere IP 203.0.113.45 auf der Spamhaus-Liste (554 5.7.1). Was tun?",
    "Notre IP 203.0.113.45 est listée chez Spamhaus (554 5.7.1). Que faire ?",
    "Nuestra IP 203.0.113.45 está en Spamhaus (554 5.7.1). ¿Qué hacemos?",
];

#[test]
fn bracketed_codes_get_note_only() {
    for text in BRACKETED_CITATIONS {
        note_only(text, "554 5.7.1");
    }
}

/// Codes in brackets that a notice, not a person, writes after its
/// sentence, and a reply copied whole into brackets, with the card's
/// codes, recipient and IP.
const BRACKETED_REPLIES: &[(&str, &str, Option<&str>, Option<&str>)] = &[
    (
        "Your message to bob@example.net was rejected (550 5.1.1).",
        "550 5.1.1",
        Some("bob@example.net"),
        None,
    ),
    ("Message rejected: user unknown (550 5.1.1)", "550 5.1.1", None, None),
    ("Mail delivery failed: user unknown (550 5.1.1)", "550 5.1.1", None, None),
    (
        "Our mails to example.org are refused (554 5.7.1 Service unavailable; Client host \
         [198.51.100.23] blocked using zen.spamhaus.org). What do we do?",
        "554 5.7.1",
        None,
        Some("198.51.100.23"),
    ),
];

#[test]
fn bracketed_replies_keep_card() {
    for (text, codes, recipient, ip) in BRACKETED_REPLIES {
        let report = bounce_explainer::explain(&format!("{text}\n"));
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
        let card = &report.recipients[0];
        assert_eq!(card_codes(card), *codes, "{text}");
        assert_eq!(card.recipient.as_deref(), *recipient, "{text}");
        assert_eq!(card.sender_ip.as_deref(), *ip, "{text}");
        assert!(mention_note(&report).is_none(), "{text}: {:#?}", report.notes);
    }
}
