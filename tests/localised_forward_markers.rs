//! A bounce forwarded inline under the marker line of a mail program in
//! another language: Gmail's `---------- Weitergeleitete Nachricht
//! ---------`, Thunderbird's `-------- Message transféré --------`, Apple
//! Mail's `Anfang der weitergeleiteten Nachricht:` and Outlook's
//! `-----Ursprüngliche Nachricht-----`, and the Polish, Czech and
//! Russian forms. Each must give the cards of the bounce pasted alone:
//! recipient, cause, who acts and IP. A person's message under such a
//! marker is no bounce.

use crate::inline_bounces;

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
    // Gmail keeps its English rule and `Date`, `Subject` and `To` in
    // these languages, and writes the sender's field in the language.
    (
        "gmail turkish",
        "---------- Forwarded message ---------\nGönderen: {from}\n\
         Date: 5 Ara 2026 Cmt, 17:00\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "gmail hungarian",
        "---------- Forwarded message ---------\nFeladó: {from}\n\
         Date: 2026. dec. 5., Szo, 17:00\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "gmail ukrainian",
        "---------- Forwarded message ---------\nВід: {from}\n\
         Date: сб, 5 груд. 2026 р. о 17:00\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "gmail swedish",
        "---------- Forwarded message ---------\nFrån: {from}\n\
         Date: lör 5 dec. 2026 kl 17:00\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    // The rule and the sender's field in the language. These wordings
    // come from memory, and no public copy of them was found.
    (
        "gmail chinese",
        "---------- 转发的邮件 ---------\n发件人： {from}\n\
         Date: 2026年12月5日周六 17:00\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "gmail chinese traditional",
        "---------- 轉寄的郵件 ---------\n寄件者： {from}\n\
         Date: 2026年12月5日 週六 下午5:00\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "gmail korean",
        "---------- 전달된 메일 ---------\n보낸사람: {from}\n\
         Date: 2026년 12월 5일 (토) 오후 5:00\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "gmail greek",
        "---------- Προωθημένο μήνυμα ---------\nΑπό: {from}\n\
         Date: Σάβ 5 Δεκ 2026 στις 5:00 μ.μ.\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "gmail arabic",
        "---------- رسالة معاد توجيهها ---------\nمن: {from}\n\
         Date: السبت، 5 ديسمبر 2026 في 5:00 م\nSubject: {subject}\nTo: <alice@example.com>\n",
    ),
    (
        "thunderbird hungarian",
        "-------- Továbbított üzenet --------\nTárgy: \t{subject}\n\
         Dátum: \tSat, 5 Dec 2026 17:00:00 +0000\nFeladó: \t{from}\nCímzett: \talice@example.com\n",
    ),
    (
        "thunderbird turkish",
        "-------- İletilen İleti --------\nKonu: \t{subject}\n\
         Tarih: \tSat, 5 Dec 2026 17:00:00 +0000\nKimden: \t{from}\nKime: \talice@example.com\n",
    ),
    (
        "coremail chinese original",
        "-----原始邮件-----\n发件人: {from}\n发送时间: 2026-12-05 17:00:00 (星期六)\n\
         收件人: alice@example.com\n主题: {subject}\n",
    ),
    (
        "apple mail hungarian",
        "Továbbított levél kezdete:\n\nFeladó: {from}\nTárgy: {subject}\n\
         Dátum: 2026. december 5. 17:00:00 CET\nCímzett: alice@example.com\n",
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
