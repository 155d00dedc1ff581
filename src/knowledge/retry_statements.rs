//! Statements in a reply that retrying cannot succeed.
//!
//! Yahoo replies `421 4.7.1 [TS03] All messages from <IP> permanently
//! deferred` and advises against resending until the sender's practices
//! change. A 4xx code makes the sending server retry, but the receiver's
//! own words rule that out, and other receivers write the same with or
//! without such a tag.
//! Source: <https://help.yahoo.com/mkb/article.php?page=content&y=PROD_MAIL_MOBILE&locale=en_PH&id=SLN3436&impressions=false>
//! (checked 2026-12-04).

/// Lowercase fragments stating that no retry will get through.
pub static FUTILE: &[&str] = &[
    "retrying will not succeed",
    "retrying will not help",
    "retrying will not work",
    "retry will not succeed",
    "retry will not help",
    "retries will not succeed",
    "retries will not help",
    "permanently deferred",
];

/// Lowercase phrases that reject a retry unless a time limit follows.
static DO_NOT_RETRY: &[&str] = &["do not retry", "don't retry", "dont retry"];

/// Words after "do not retry" that limit it in time ("do not retry for 5
/// minutes"), so the reply still expects a later retry.
static TIME_LIMITS: &[&str] =
    &["for", "before", "until", "within", "sooner", "immediately", "now", "yet", "too"];

/// Returns true when `text` states that retrying will not succeed.
pub fn says_futile(text: &str) -> bool {
    let lower = text.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase();
    if FUTILE.iter().any(|fragment| lower.contains(fragment)) {
        return true;
    }
    DO_NOT_RETRY.iter().any(|phrase| {
        lower.match_indices(phrase).any(|(at, _)| {
            let next = lower[at + phrase.len()..]
                .split(|c: char| !c.is_ascii_alphanumeric())
                .find(|word| !word.is_empty());
            !next.is_some_and(|word| TIME_LIMITS.contains(&word))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::says_futile;

    #[test]
    fn futile_statements() {
        assert!(says_futile("Retrying will NOT succeed."));
        assert!(says_futile("blocked;  retrying\nwill not help"));
        assert!(says_futile("refused by policy, do not retry"));
        assert!(says_futile("Don't retry this message."));
    }

    #[test]
    fn timed_retry_limits() {
        assert!(!says_futile("do not retry for 5 minutes"));
        assert!(!says_futile("Please do not retry before 300 seconds"));
        assert!(!says_futile("try again later"));
    }
}
