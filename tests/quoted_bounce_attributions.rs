//! A reply that quotes a bounce behind "> " under its mail program's
//! attribution line, in the languages that line is written in. The
//! attribution is the only place the bounce's sender survives, so a
//! sender that is a mail system (MAILER-DAEMON, postmaster, "Mail Delivery
//! System") makes the quoted text a bounce in every language. Under a
//! person's attribution, the quoted text is read as if pasted alone. A
//! reply that quotes an ordinary discussion stays "not a bounce".

use crate::inline_bounces;
use crate::quoting;

use bounce_explainer::explain;
use inline_bounces::{assert_expected, cards, field, split, BOUNCES};
use quoting::quoted;

/// Attribution lines as mail programs write them above a quote, with
/// `{from}` for the quoted message's sender. The forms marked Thunderbird
/// follow its localisations' `reply_header_ondateauthorwrote`, and the
/// others follow the layout of Gmail's English line.
const ATTRIBUTIONS: &[(&str, &str)] = &[
    ("english", "On Sat, Dec 5, 2026 at 5:00 PM {from} wrote:"),
    ("english, thunderbird", "On 05/12/2026 17:00, {from} wrote:"),
    ("french", "Le sam. 5 déc. 2026 à 17:00, {from} a écrit\u{a0}:"),
    ("french, thunderbird", "Le 05/12/2026 à 17:00, {from} a écrit :"),
    ("german", "Am Sa., 5. Dez. 2026 um 17:00 Uhr schrieb {from}:"),
    ("german, thunderbird", "Am 05.12.26 um 17:00 schrieb {from}:"),
    ("spanish", "El sáb, 5 dic 2026 a las 17:00, {from} escribió:"),
    ("italian", "Il giorno sab 5 dic 2026 alle ore 17:00 {from} ha scritto:"),
    ("portuguese", "Em sáb., 5 de dez. de 2026 às 17:00, {from} escreveu:"),
    ("dutch", "Op za 5 dec 2026 om 17:00 schreef {from}:"),
    ("russian", "сб, 5 дек. 2026 г. в 17:00, {from} написал(а):"),
    ("russian, thunderbird", "05.12.2026 17:00, {from} пишет:"),
    ("chinese", "{from} 于2026年12月5日周六 17:00写道："),
    ("chinese, thunderbird", "在 2026/12/5 17:00, {from} 写道:"),
    ("japanese", "2026年12月5日(土) 17:00 {from}のメッセージ:"),
    ("japanese, sama", "{from}さんは書きました:"),
];

/// A person's reply: its own header, a line of its own, the attribution
/// and the quoted text.
fn reply(attribution: &str, text: &str, subject: &str) -> String {
    format!(
        "From: Alice <alice@example.com>\nTo: helpdesk@example.com\n\
         Subject: Re: {subject}\nDate: Sat, 5 Dec 2026 17:10:00 +0000\n\
         Content-Type: text/plain; charset=utf-8\n\n\
         Hi, what does this mean?\n\n{attribution}\n{}",
        quoted(text)
    )
}

/// Under a mail system's attribution, in every language, each bounce gives
/// the cards it gives as the email it is: recipient, cause, who acts, IP.
#[test]
fn mail_system_attribution_any_language() {
    for bounce in BOUNCES {
        let (fields, text) = split(bounce.text);
        let from = field(&fields, "From");
        for (language, attribution) in ATTRIBUTIONS {
            let attribution = attribution.replace("{from}", from);
            let email = reply(&attribution, text, field(&fields, "Subject"));
            assert_expected(&format!("{}, {language}", bounce.name), &explain(&email), bounce);
        }
    }
}

/// The Libero bounce names no mail system in its text, so only the
/// attribution's sender (`MAILER-DAEMON@libero.it`) makes it a bounce.
/// The 163.com bounce is no such case: its reply follows a label's
/// full-width colon (`对方服务器返回错误：550 ...`), which reads as a
/// reply pasted alone too.
#[test]
fn sender_alone_marks_the_bounce() {
    for name in ["libero"] {
        let bounce = BOUNCES.iter().find(|b| b.name == name).expect("fixture");
        let (fields, text) = split(bounce.text);
        let person = reply("On Sat, Dec 5, 2026 at 5:00 PM Bob <bob@example.org> wrote:", text, "");
        assert!(explain(&person).recipients.is_empty(), "{name}, a person's attribution");
        let from = field(&fields, "From");
        let system = reply(&format!("On Sat, Dec 5, 2026 at 5:00 PM {from} wrote:"), text, "");
        assert_expected(name, &explain(&system), bounce);
    }
}

/// Under a person's attribution, in every language, the quoted text gives
/// the cards it gives pasted alone without quote marks, and the person
/// who wrote the attribution is no recipient. A bounce whose failures
/// carry no reply code is left out: a person's quoted text without one
/// may discuss a failure rather than report it, so it gives no card.
#[test]
fn person_attribution_reads_quote_alone() {
    let from = "Bob IT <it@example.org>";
    for bounce in BOUNCES {
        let (fields, text) = split(bounce.text);
        let report = explain(text);
        let codeless = report.recipients.iter().all(|r| r.reply.is_none());
        if codeless && !report.recipients.is_empty() {
            continue;
        }
        let alone = cards(&report);
        for (language, attribution) in ATTRIBUTIONS {
            let label = format!("{}, {language}", bounce.name);
            let attribution = attribution.replace("{from}", from);
            let report = explain(&reply(&attribution, text, field(&fields, "Subject")));
            assert_eq!(cards(&report), alone, "{label}");
            let named =
                report.recipients.iter().any(|r| r.recipient.as_deref() == Some("it@example.org"));
            assert!(!named, "{label}: the attribution's sender is a recipient");
        }
    }
}

/// Gmail wraps a long attribution line inside the sender's address. The
/// two lines are read as one.
#[test]
fn wrapped_attribution_line() {
    let bounce = BOUNCES.iter().find(|b| b.name == "libero").expect("fixture");
    let (fields, text) = split(bounce.text);
    let from = field(&fields, "From");
    let (name, address) = from.split_once('<').expect("a name and an address");
    let attribution = format!("On Sat, Dec 5, 2026 at 5:00 PM {name}<\n{address} wrote:");
    assert_expected("wrapped", &explain(&reply(&attribution, text, "")), bounce);
}

/// Quoted discussions that are no bounce: a lunch plan, a list of reply
/// codes, and an account of a failure in the writer's words, with the
/// senders whose attributions must leave each "not a bounce". A mail
/// system's sender reads the account as its report, as it does when the
/// same text is pasted as an email from that sender, so the account is
/// tried under a person's attribution only.
const DISCUSSIONS: &[(&str, &[&str])] = &[
    (
        "Shall we meet at noon on Monday?\nThe room is booked until two.\n",
        &["Bob <bob@example.org>", "Carol Postmaster <postmaster@example.org>"],
    ),
    (
        "For the record, our filter answers 550 5.7.1 when SPF fails and\n\
         451 4.7.1 while a sender is greylisted.\n",
        &["Bob <bob@example.org>", "Carol Postmaster <postmaster@example.org>"],
    ),
    (
        "My message to bob@example.net came back last week with 550 5.1.1 user\n\
         unknown, so I wrote to him at his new address. Is that one right?\n",
        &["Bob <bob@example.org>"],
    ),
];

/// A reply that quotes an ordinary discussion stays "not a bounce" in every
/// language.
#[test]
fn quoted_discussion_is_no_bounce() {
    for (n, (discussion, senders)) in DISCUSSIONS.iter().enumerate() {
        for (language, attribution) in ATTRIBUTIONS {
            for from in senders.iter() {
                let attribution = attribution.replace("{from}", from);
                let report = explain(&reply(&attribution, discussion, "Monday"));
                let label = format!("discussion {n}, {language}, {from}");
                assert!(report.recipients.is_empty(), "{label}: {:#?}", cards(&report));
                assert!(report.summary.contains("not a bounce"), "{label}: {}", report.summary);
            }
        }
    }
}
