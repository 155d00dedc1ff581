//! How long the sending server tried before it gave up, when a bounce
//! states it: SES `unable to deliver in 840 minutes`, Sendmail `Cannot
//! send message for 5 days`, DragonFly `Could not deliver for the last
//! 432000 seconds`, `delivery failed after 48 hours`.

use std::sync::LazyLock;

use regex_lite::Regex;

/// A verb of delivery or retrying, then within the same sentence a
/// period after `in`, `for`, `after` or `within`. A bare `retry in 5
/// minutes` is left out, because it requests the next attempt and is not
/// a period already spent.
static TRIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:deliver(?:ed|y|ing)?|send|sent|tried|trying|retried|retrying|attempted|attempts|suspended|deferred|queued|expired|undeliverable|gave up|giving up|failing|failed)\b[^.\n<>;]{0,60}?\b(?:in|for|after|within)\s+(?:(?:the\s+)?(?:last|past)\s+|more than\s+|over\s+)?(\d{1,7})\s*(second|sec|minute|min|hour|hr|day|week)s?\b(?:\(s\))?",
    )
    .expect("tried period pattern is valid")
});

/// Sendmail's `message is 5 days old`.
static AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bmessage (?:is|was) (\d{1,7}) (second|minute|hour|day|week)s?(?:\(s\))? old")
        .expect("message age pattern is valid")
});

/// Number of bytes at the start of a text that are read for the period.
/// Bounces state it in their opening lines or beside the reply. The
/// page's regex-lite pays for every byte it scans, and half a megabyte of
/// one pasted reply took over a second here.
const MAX_SCAN: usize = 16 * 1024;

/// Finds the period `text` states the sending server tried for, and
/// writes it readably: `840 minutes (14 hours)`. Only the first
/// [`MAX_SCAN`] bytes of `text` are read.
pub fn tried_for(text: &str) -> Option<String> {
    let text = crate::input::head(text, MAX_SCAN);
    let captures = TRIED.captures(text).or_else(|| AGE.captures(text))?;
    let amount: u64 = captures.get(1)?.as_str().parse().ok()?;
    let unit = captures.get(2)?.as_str().to_ascii_lowercase();
    readable(amount, &unit)
}

/// Writes `amount` of `unit` in full, and adds the amount in a larger
/// unit when it reads more easily: 840 minutes are 14 hours, 432000
/// seconds are 5 days. Returns `None` for a unit it does not know.
pub fn readable(amount: u64, unit: &str) -> Option<String> {
    let (name, seconds) = match unit {
        "second" | "sec" => ("second", 1),
        "minute" | "min" => ("minute", 60),
        "hour" | "hr" => ("hour", 3_600),
        "day" => ("day", 86_400),
        "week" => ("week", 604_800),
        _ => return None,
    };
    let stated = plural(amount as f64, name);
    let total = amount.saturating_mul(seconds);
    // Two of the larger unit at least, so that 90 minutes stay as written.
    let larger = [("day", 86_400u64), ("hour", 3_600), ("minute", 60)]
        .into_iter()
        .find(|(_, size)| *size > seconds && total >= 2 * size);
    Some(match larger {
        Some((larger, size)) => {
            let value = total as f64 / size as f64;
            // Halves read well, other fractions are rounded.
            let halves = (value * 2.0).round() / 2.0;
            let about = if (halves - value).abs() > 0.01 { "about " } else { "" };
            format!("{stated} ({about}{})", plural(halves, larger))
        }
        None => stated,
    })
}

fn plural(value: f64, name: &str) -> String {
    let s = if value == 1.0 { "" } else { "s" };
    if value.fract() == 0.0 {
        format!("{value:.0} {name}{s}")
    } else {
        format!("{value:.1} {name}{s}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_found() {
        let cases = [
            (
                "554 4.4.7 Message expired: unable to deliver in 840 minutes.",
                Some("840 minutes (14 hours)"),
            ),
            ("Returned mail: Cannot send message for 5 days", Some("5 days")),
            (
                "Could not deliver for the last 432000 seconds. Giving up.",
                Some("432000 seconds (5 days)"),
            ),
            ("Delivery failed after 60 hours", Some("60 hours (2.5 days)")),
            ("Delivery failed after 36 hours", Some("36 hours")),
            ("Warning: could not send message for past 4 hours", Some("4 hours")),
            ("Will keep trying until message is 5 days old", Some("5 days")),
            ("unable to deliver in 100 minutes", Some("100 minutes")),
            ("unable to deliver in 1 day", Some("1 day")),
            ("unable to deliver in 50 hours", Some("50 hours (about 2 days)")),
            ("451 4.7.1 Greylisted, please retry in 5 minutes", None),
            ("550 5.1.1 user unknown", None),
        ];
        for (text, expected) in cases {
            assert_eq!(tried_for(text).as_deref(), expected, "{text:?}");
        }
    }

    #[test]
    fn period_past_the_scanned_start_not_read() {
        let stated = "Cannot send message for 5 days";
        let early = format!("{stated}\n{}", "é".repeat(MAX_SCAN));
        assert_eq!(tried_for(&early).as_deref(), Some("5 days"));
        let late = format!("{}\n{stated}", "é".repeat(MAX_SCAN / 2));
        assert_eq!(tried_for(&late), None);
    }
}
