//! A bounce forwarded inline under a localised Outlook's header block: a
//! rule of underscores or no separator line, then `Von:`/`Gesendet:`/
//! `An:`/`Betreff:` in German, or the names of another language.
//! Each must give the cards of the English block: recipient, cause, who
//! acts and IP. A localised block that forwards a person's message is no
//! bounce.

use crate::inline_bounces;
use crate::quoting;

use bounce_explainer::explain;
use inline_bounces::{assert_expected, cards, field, split, BOUNCES};
use quoting::quoted;

/// Outlook's field names in each language, in its order: sender, date,
/// addressee, subject. French puts a space before each colon.
const LANGUAGES: &[(&str, [&str; 4])] = &[
    ("english", ["From:", "Sent:", "To:", "Subject:"]),
    ("german", ["Von:", "Gesendet:", "An:", "Betreff:"]),
    ("french", ["De :", "Envoyé :", "À :", "Objet :"]),
    ("spanish", ["De:", "Enviado el:", "Para:", "Asunto:"]),
    ("portuguese", ["De:", "Enviado:", "Para:", "Assunto:"]),
    ("italian", ["Da:", "Inviato:", "A:", "Oggetto:"]),
    ("dutch", ["Van:", "Verzonden:", "Aan:", "Onderwerp:"]),
    ("polish", ["Od:", "Wysłane:", "Do:", "Temat:"]),
    ("czech", ["Od:", "Odesláno:", "Komu:", "Předmět:"]),
    ("swedish", ["Från:", "Skickat:", "Till:", "Ämne:"]),
    ("turkish", ["Kimden:", "Gönderildi:", "Kime:", "Konu:"]),
    ("hungarian", ["Feladó:", "Elküldve:", "Címzett:", "Tárgy:"]),
    ("russian", ["От:", "Отправлено:", "Кому:", "Тема:"]),
    ("ukrainian", ["Від:", "Надіслано:", "Кому:", "Тема:"]),
    ("japanese", ["差出人:", "送信日時:", "宛先:", "件名:"]),
    ("chinese", ["发件人:", "发送时间:", "收件人:", "主题:"]),
    ("chinese full-width", ["发件人：", "发送时间：", "收件人：", "主题："]),
    ("korean", ["보낸 사람:", "보낸 날짜:", "받는 사람:", "제목:"]),
    ("greek", ["Από:", "Στάλθηκε:", "Προς:", "Θέμα:"]),
    ("arabic", ["من:", "تاريخ الإرسال:", "إلى:", "الموضوع:"]),
];

/// Outlook's header block under its rule of underscores.
fn outlook_block(names: &[&str; 4], from: &str, subject: &str) -> String {
    format!("________________________________\n{}", bare_block(names, from, subject))
}

/// Outlook's header block with no separator line above it, as its
/// plain-text part of an HTML forward has it.
fn bare_block(names: &[&str; 4], from: &str, subject: &str) -> String {
    let [from_name, sent, to, subject_name] = names;
    format!(
        "{from_name} {from}\n{sent} Saturday, 5 December 2026 17:00\n\
         {to} alice@example.com\n{subject_name} {subject}\n"
    )
}

/// Builds the help-desk email: its own header, the person's line, the
/// forward.
fn help_desk_email(forward: &str, subject: &str) -> String {
    format!(
        "From: Alice <alice@example.com>\nTo: helpdesk@example.com\n\
         Subject: WG: {subject}\nDate: Sat, 5 Dec 2026 17:10:00 +0000\n\
         Content-Type: text/plain; charset=utf-8\n\n\
         Hi, I keep getting this when I write to Bob. Can you help?\n\n{forward}\n"
    )
}

/// Each bounce forwarded under each language's block gives the cards it
/// gives alone, as its own email.
#[test]
fn localised_block_gives_bounce_cards() {
    for bounce in BOUNCES {
        let alone = cards(&explain(bounce.text));
        let (fields, text) = split(bounce.text);
        let (from, subject) = (field(&fields, "From"), field(&fields, "Subject"));
        for (language, names) in LANGUAGES {
            let label = format!("{}, {language}", bounce.name);
            let forward = format!("{}\n{text}", outlook_block(names, from, subject));
            let report = explain(&help_desk_email(&forward, subject));
            assert_expected(&label, &report, bounce);
            assert_eq!(cards(&report), alone, "{label}");
        }
    }
}

/// Each bounce under each language's block without a separator line
/// gives the cards it gives alone.
#[test]
fn localised_bare_block_gives_cards() {
    for bounce in BOUNCES {
        let alone = cards(&explain(bounce.text));
        let (fields, text) = split(bounce.text);
        let (from, subject) = (field(&fields, "From"), field(&fields, "Subject"));
        for (language, names) in LANGUAGES {
            let label = format!("{}, {language}, no separator", bounce.name);
            let forward = format!("{}\n{text}", bare_block(names, from, subject));
            let report = explain(&help_desk_email(&forward, subject));
            assert_expected(&label, &report, bounce);
            assert_eq!(cards(&report), alone, "{label}");
        }
    }
}

/// The same forward quoted with "> " in a reply, or pasted without the
/// help-desk email's own header, gives the bounce's cards too.
#[test]
fn localised_block_quoted_or_pasted() {
    for bounce in BOUNCES {
        let (fields, text) = split(bounce.text);
        let (from, subject) = (field(&fields, "From"), field(&fields, "Subject"));
        for (language, names) in LANGUAGES {
            let forward = format!("{}\n{text}", outlook_block(names, from, subject));
            let email = help_desk_email(&quoted(&forward), subject);
            let label = format!("{}, {language}, quoted", bounce.name);
            assert_expected(&label, &explain(&email), bounce);
            let email = help_desk_email(&forward, subject);
            let (_, body) = email.split_once("\n\n").expect("email header and body");
            let label = format!("{}, {language}, pasted", bounce.name);
            assert_expected(&label, &explain(body), bounce);
        }
    }
}

/// A localised block that forwards a person's message, which recounts a
/// reply code, is no bounce.
#[test]
fn localised_person_forward_no_bounce() {
    let message = "Shall we meet at noon on Monday? My mail to carol@example.net\n\
                   came back last week with 550 5.1.1, so I am writing to you.\n";
    for (language, names) in LANGUAGES {
        for block in [
            outlook_block(names, "Bob <bob@example.net>", "Lunch"),
            bare_block(names, "Bob <bob@example.net>", "Lunch"),
        ] {
            let report = explain(&help_desk_email(&format!("{block}\n{message}"), "Lunch"));
            assert!(report.recipients.is_empty(), "{language}: {:#?}", cards(&report));
            assert!(report.summary.contains("not a bounce"), "{language}: {}", report.summary);
        }
    }
}
