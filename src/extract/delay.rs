//! Delay notices: the message is still queued and the sending server
//! keeps retrying. They are warnings, not failures, and often state for
//! how long the retries go on.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::Failure;
use crate::input::Decoded;

/// Sentences that state the retry window, with the window captured:
/// Postfix `It will be retried until it is 5 day(s) old`, Sendmail `Will
/// keep trying until message is 5 days old`, Exim `Delivery attempts will
/// continue for 4 days`, Gmail `will keep trying for another 46 hours`,
/// Messaging Server `will continue to try to deliver your message for an
/// additional 3 days`, OpenSMTPD `is kept in the queue for up to 7 days`.
static WINDOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:will be retried|will keep trying|will continue to (?:try|retry)|attempts will continue|will retry|keep trying|retrying|kept in the queue)\s+(?:to deliver(?: your message)?\s+)?(?:(?:for|until)\s+(?:another|the next|up to|an additional)?\s*)?((?:it is|message is|the message is)?\s*\d+(?:\.\d+)?\s*(?:more\s+)?(?:day|hour|minute)(?:\(s\)|s)?(?:\s+old)?)",
    )
    .expect("retry window pattern is valid")
});

/// Phrases of a delay notice, lowercase.
const DELAY_WORDS: &[&str] = &[
    "has not yet been delivered",
    "not yet been delivered",
    "will keep trying",
    "will be retried",
    "delivery attempts will continue",
    "no action is required on your part",
    "delivery has been delayed",
    "message delayed",
    "delivery delayed",
    "this is only a warning",
    "you will not be notified again",
    "will retry",
    // Exim's delay warning puts this before the error under each address.
    "delay reason:",
    // Exchange 2003's and Windows SMTP's delay notice, as public copies
    // of it and Sisimai's text for a delayed recipient write it. Its
    // subject ends in "(Delay)", but a bounce quoted in a reply keeps
    // only the text.
    "following recipients has been delayed",
    "this is a warning message only",
    // OpenSMTPD's delay notice (`notice_warning` in usr.sbin/smtpd/bounce.c).
    "a message is delayed for more than",
    "you do not need to re-send the message",
];

/// Headlines and retry statements of localised delay notices, lowercase:
/// Exchange's in Russian and Chinese (simplified and traditional),
/// "delivery is delayed", "delayed delivery" and "delivery will continue
/// to be attempted", and Gmail's in Portuguese, German, French and
/// Spanish. The Subject is read for them too, as it is for "delay" in
/// English, because Exchange's English subject is "Delivery delayed:".
// NOTE: no public copy of these localised notices was found. The entries
// are stems of the translated headlines, so a notice worded otherwise
// still reads as a failure.
const LOCALISED_DELAY_WORDS: &[&str] = &[
    "доставка задерживается",
    "задержка доставки",
    "попытки доставки будут продолжены",
    "传递延迟",
    "延迟传递",
    "将继续尝试传递",
    "傳遞延遲",
    "延遲傳遞",
    "將繼續嘗試傳遞",
    // Gmail's Portuguese delay notice: "Mensagem ainda não entregue"
    // ("message not delivered yet") and "Houve um problema temporário ao
    // entregar sua mensagem a ..." ("there was a temporary problem
    // delivering your message to ...").
    // NOTE: written from the English notice's structure, and no public
    // copy of the Portuguese one was found.
    "mensagem ainda não entregue",
    "problema temporário ao entregar sua mensagem",
    // Gmail's delay sentences in German ("Gmail versucht noch weitere 46
    // Stunden", from a public copy of the notice), French ("un problème
    // temporaire est survenu lors de la distribution de votre message")
    // and Spanish ("se ha producido un problema temporal al entregar tu
    // mensaje"), which a notice pasted without its label still has.
    // NOTE: the French and Spanish sentences follow the English one's
    // structure, and no public copy of them was found.
    "gmail versucht",
    "problème temporaire est survenu lors de la distribution de votre message",
    "problema temporal al entregar tu mensaje",
];

/// Marks text-derived failures of a delay notice as `delayed` and puts the
/// retry window on every delayed failure when the text states one.
pub fn mark(decoded: &Decoded, section: &str, failures: &mut [Failure]) {
    let subject = decoded.header("Subject").unwrap_or("").to_lowercase();
    let delay_notice = subject.contains("delay")
        || subject.starts_with("warning:")
        || LOCALISED_DELAY_WORDS.iter().any(|w| subject.contains(w))
        || is_delay_text(section);
    // The window regex scans the whole section, so it runs only once a
    // failure is known to be delayed, and at most once.
    let mut window: Option<Option<String>> = None;
    for failure in failures.iter_mut() {
        if failure.action.is_none()
            && delay_notice
            && failure.reply.as_deref().map_or(true, |r| r.starts_with('4'))
            && !failure.status.as_deref().is_some_and(|s| s.starts_with('5'))
        {
            failure.action = Some("delayed".into());
        }
        if failure.action.as_deref() == Some("delayed") && failure.retry_window.is_none() {
            let stated =
                || retry_window(section).or_else(|| super::gmail_notice::retry_window(section));
            failure.retry_window = window.get_or_insert_with(stated).clone();
        }
    }
}

/// True when `text` has a delay notice's words or is a Gmail delay notice.
pub fn is_delay_text(text: &str) -> bool {
    let lower = text.to_lowercase();
    DELAY_WORDS.iter().chain(LOCALISED_DELAY_WORDS).any(|w| lower.contains(w))
        || super::gmail_notice::is_delay(text)
}

/// Finds the retry window a delay notice states, in its own words. A
/// plain period in small units also gets a larger one: `2880 minutes (2
/// days)`.
pub fn retry_window(text: &str) -> Option<String> {
    let window = WINDOW
        .captures(text)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().split_whitespace().collect::<Vec<_>>().join(" "))?;
    let plain = match window.split_once(' ') {
        Some((amount, unit)) => amount
            .parse::<u64>()
            .ok()
            .and_then(|amount| super::period::readable(amount, unit.trim_end_matches('s'))),
        None => None,
    };
    Some(plain.unwrap_or(window))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_found() {
        let cases = [
            ("It will be retried until it is 5 day(s) old.", Some("it is 5 day(s) old")),
            ("Will keep trying until message is 5 days old", Some("message is 5 days old")),
            ("Delivery attempts will continue for 4 days.", Some("4 days")),
            ("The server will retry for 46 more hours.", Some("46 more hours")),
            (
                "will continue to try to deliver your message\nfor an additional 3 days.",
                Some("3 days"),
            ),
            ("The message is kept in the queue for up to 7 days.", Some("7 days")),
            ("The server will retry for 2880 minutes.", Some("2880 minutes (2 days)")),
            ("Gmail will keep trying for another 46 hours.", Some("46 hours")),
            ("No retry window here.", None),
        ];
        for (text, expected) in cases {
            assert_eq!(retry_window(text).as_deref(), expected, "{text:?}");
        }
    }
}
