//! Exchange's delay notices in Russian and Chinese, without a
//! delivery-status part: the headline states that delivery is delayed and
//! that Exchange keeps trying, so the card reads a delay that clears by itself
//! while the server retries, not a final failure. Documentation addresses
//! only.

use crate::delay_fixtures;

use bounce_explainer::{explain, Actor};
use delay_fixtures::only_card;

/// A temporary reply that Exchange retries.
const REPLY: &str =
    "451 4.4.0 Primary target IP address responded with: \"421 4.2.1 Service not available.\"";

/// Builds a localised Exchange delay notice with `subject` and the
/// notice's `headline` and `retry_line` above the diagnostic part.
fn exchange_delay(subject: &str, headline: &str, retry_line: &str) -> String {
    format!(
        "From: Microsoft Outlook <postmaster@example.org>\n\
         To: alex@example.org\n\
         Subject: {subject}\n\
         Date: Sat, 5 Dec 2026 15:12:00 +0000\n\
         Message-ID: <delay-localised@example.org>\n\
         MIME-Version: 1.0\n\
         Content-Type: text/plain; charset=UTF-8\n\n\
         {headline}\n\n\
         ann@example.net\n\n\
         {retry_line}\n\n\
         Generating server: MAIL01.example.org\n\n\
         ann@example.net\n\
         Remote Server at mx1.example.net (198.51.100.25) returned '{REPLY}'\n"
    )
}

/// Russian, simplified Chinese and traditional Chinese notices.
fn notices() -> [String; 3] {
    [
        exchange_delay(
            "Доставка задерживается: Счёт 42",
            "Доставка задерживается для следующих получателей или групп:",
            "Это сообщение ещё не доставлено. Попытки доставки будут продолжены.",
        ),
        exchange_delay(
            "传递延迟: 发票 42",
            "传递到以下收件人或组的邮件延迟:",
            "此邮件尚未传递。将继续尝试传递。",
        ),
        exchange_delay(
            "傳遞延遲: 發票 42",
            "傳遞到以下收件者或群組的郵件延遲:",
            "此郵件尚未傳遞。將繼續嘗試傳遞。",
        ),
    ]
}

#[test]
fn localised_delay_reads_as_delay() {
    for text in notices() {
        let card = only_card(&text);
        assert_eq!(card.action, "delayed", "{text}");
        assert!(card.retrying, "{text}");
        assert!(!card.permanent, "{text}");
        assert_eq!(card.explanation.who_acts, Actor::Wait, "{text}");
    }
}

#[test]
fn localised_delay_notes_still_trying() {
    for text in notices() {
        let card = only_card(&text);
        let noted = card.notes.iter().any(|n| n.message.contains("still trying"));
        assert!(noted, "{text}: {:?}", card.notes);
    }
}

#[test]
fn localised_headline_without_subject() {
    // The notice's text pasted without its header.
    for text in notices() {
        let body = text.split_once("\n\n").map_or("", |(_, body)| body);
        let report = explain(body);
        assert_eq!(report.recipients.len(), 1, "{body}: {report:?}");
        assert_eq!(report.recipients[0].action, "delayed", "{body}");
    }
}

#[test]
fn localised_final_failure_stays_failed() {
    // A Russian final NDR states that delivery failed, not that it is
    // delayed, so its 4xx reply after the last attempt is no delay.
    let text = exchange_delay(
        "Недоставляемое: Счёт 42",
        "Не удалось доставить сообщение следующим получателям или группам:",
        "Сервер прекратил попытки доставки.",
    );
    let card = only_card(&text);
    assert_ne!(card.action, "delayed", "{text}");
}
