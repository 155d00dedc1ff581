//! A bounce forwarded inline under the marker line of a mail program in
//! another language: Gmail's `---------- Weitergeleitete Nachricht
//! ---------`, Thunderbird's `-------- Message transféré --------`, Apple
//! Mail's `Anfang der weitergeleiteten Nachricht:` and Outlook's
//! `-----Ursprüngliche Nachricht-----`, and the Polish, Czech and
//! Russian forms. Each must give the cards of the bounce pasted alone:
//! recipient, cause, who acts and IP. A person's message under such a
//! marker is no bounce.

mod inline_bounces;

use bounce_explainer::explain;
use inline_bounces::{assert_expected, cards, field, split, BOUNCES};

/// A forward's opening: the marker line and the header block, with the
/// forwarded email's sender and subject in `{from}` and `{subject}`.
const FORWARDS: &[(&str, &str)] = &[
    (
        "gmail german",
        "---------- Weitergeleitete Nachricht ---------\nVon: {from}\n\
         Date: Sa., 5. Dez. 2026 um 17:00 Uhr\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "gmail french",
        "---------- Message transféré ---------\nDe : {from}\n\
         Date : sam. 5 déc. 2026 à 17:00\nObjet : {subject}\nÀ : <alice@example.com>\n",
    ),
    (
        "gmail spanish",
        "---------- Mensaje reenviado ---------\nDe: {from}\n\
         Date: sáb, 5 dic 2026 a las 17:00\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "gmail italian",
        "---------- Messaggio inoltrato ---------\nDa: {from}\n\
         Date: sab 5 dic 2026 alle ore 17:00\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "gmail dutch",
        "---------- Doorgestuurd bericht ---------\nVan: {from}\n\
         Date: za 5 dec 2026 om 17:00\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "thunderbird german",
        "-------- Weitergeleitete Nachricht --------\nBetreff: \t{subject}\n\
         Datum: \tSat, 5 Dec 2026 17:00:00 +0000\nVon: \t{from}\nAn: \talice@example.com\n",
    ),
    (
        "thunderbird french",
        "-------- Message transféré --------\nObjet : \t{subject}\n\
         Date : \tSat, 5 Dec 2026 17:00:00 +0000\nDe : \t{from}\nPour : \talice@example.com\n",
    ),
    (
        "apple mail german",
        "Anfang der weitergeleiteten Nachricht:\n\nVon: {from}\nBetreff: {subject}\n\
         Datum: 5. Dezember 2026 um 17:00:00 MEZ\nAn: alice@example.com\n",
    ),
    (
        "apple mail french",
        "Début du message réexpédié :\n\nDe: {from}\nObjet: {subject}\n\
         Date: 5 décembre 2026 à 17:00:00 UTC+1\nÀ: alice@example.com\n",
    ),
    (
        "apple mail spanish",
        "Inicio del mensaje reenviado:\n\nDe: {from}\nAsunto: {subject}\n\
         Fecha: 5 de diciembre de 2026, 17:00:00 CET\nPara: alice@example.com\n",
    ),
    (
        "gmail polish",
        "---------- Przekazana wiadomość ---------\nOd: {from}\n\
         Date: sob., 5 gru 2026 o 17:00\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "gmail russian",
        "---------- Пересылаемое сообщение ---------\nОт: {from}\n\
         Date: сб, 5 дек. 2026 г. в 17:00\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "thunderbird czech",
        "-------- Přeposlaná zpráva --------\nPředmět: \t{subject}\n\
         Datum: \tSat, 5 Dec 2026 17:00:00 +0000\nOd: \t{from}\nKomu: \talice@example.com\n",
    ),
    (
        "outlook polish original",
        "-----Wiadomość oryginalna-----\nOd: {from}\nWysłano: sobota, 5 grudnia 2026 17:00\n\
         Do: alice@example.com\nTemat: {subject}\n",
    ),
    (
        "outlook german original",
        "-----Ursprüngliche Nachricht-----\nVon: {from}\n\
         Gesendet: Samstag, 5. Dezember 2026 17:00\nAn: alice@example.com\nBetreff: {subject}\n",
    ),
    (
        "outlook french original",
        "-----Message d'origine-----\nDe : {from}\nEnvoyé : samedi 5 décembre 2026 17:00\n\
         À : alice@example.com\nObjet : {subject}\n",
    ),
];

/// Builds the help-desk email: its own header, the person's line, the
/// forward.
fn help_desk_email(forward: &str, subject: &str) -> String {
    format!(
        "From: Alice <alice@example.com>\nTo: helpdesk@example.com\n\
         Subject: WG: {subject}\nDate: Sat, 5 Dec 2026 17:10:00 +0000\n\
         Content-Type: text/plain; charset=utf-8\n\n\
         Hallo, was bedeutet das? Can you help?\n\n{forward}\n"
    )
}

fn opening(template: &str, from: &str, subject: &str) -> String {
    template.replace("{from}", from).replace("{subject}", subject)
}

/// Each bounce under each marker gives the cards it gives alone, as its
/// own email and as the email's text pasted without its header.
#[test]
fn localised_marker_gives_bounce_cards() {
    for bounce in BOUNCES {
        let alone = cards(&explain(bounce.text));
        let (fields, text) = split(bounce.text);
        let (from, subject) = (field(&fields, "From"), field(&fields, "Subject"));
        for (style, template) in FORWARDS {
            let forward = format!("{}\n{text}", opening(template, from, subject));
            let email = help_desk_email(&forward, subject);
            let label = format!("{}, {style}", bounce.name);
            let report = explain(&email);
            assert_expected(&label, &report, bounce);
            assert_eq!(cards(&report), alone, "{label}");

            let (_, body) = email.split_once("\n\n").expect("email header and body");
            assert_expected(&format!("{label}, pasted"), &explain(body), bounce);
        }
    }
}

/// A person's message, which recounts a reply code, forwarded under each
/// marker is no bounce.
#[test]
fn localised_marker_person_message_no_bounce() {
    let message = "Shall we meet at noon on Monday? My mail to carol@example.net\n\
                   came back last week with 550 5.1.1, so I am writing to you.\n";
    for (style, template) in FORWARDS {
        let forward = format!("{}\n{message}", opening(template, "Bob <bob@example.net>", "Lunch"));
        let report = explain(&help_desk_email(&forward, "Lunch"));
        assert!(report.recipients.is_empty(), "{style}: {:#?}", cards(&report));
        assert!(report.summary.contains("not a bounce"), "{style}: {}", report.summary);
    }
}
