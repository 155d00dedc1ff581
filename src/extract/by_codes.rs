//! Checks on a failure that depend only on its reply and status codes and
//! on the text it was found in, such as whether every place those codes
//! occur sits in a sentence of prose. Each such check scans the whole
//! text, so running it once per recipient made a paste of many recipient
//! blocks with the same codes quadratic. Caching the result per code pair
//! makes it one scan per distinct pair, and a bound on the distinct pairs
//! keeps a crafted text with a new pair in every block linear too.

use std::collections::HashMap;

use super::Failure;

/// Distinct code pairs checked in one text. A bounce lists a few different
/// replies, and a person's prose fewer still.
const MAX_CHECKED_PAIRS: usize = 64;

/// The reply code and enhanced status code a cached result belongs to.
type CodePair = (Option<String>, Option<String>);

/// Wraps `check` so that it runs once per distinct reply and status pair
/// and returns the cached result for later failures with the same pair.
/// Past [`MAX_CHECKED_PAIRS`] pairs, a new pair gets `unchecked` without
/// a scan. `check` must not read any other field of the failure.
/// NOTE: `unchecked` is a guess about a text that lists more than 64
/// different replies: such a text is a log or a report rather than prose.
pub(super) fn cached_by_codes(
    check: impl Fn(&Failure) -> bool,
    unchecked: bool,
) -> impl FnMut(&Failure) -> bool {
    let mut results: HashMap<CodePair, bool> = HashMap::new();
    move |failure| {
        let pair = (failure.reply.clone(), failure.status.clone());
        if let Some(&result) = results.get(&pair) {
            return result;
        }
        if results.len() >= MAX_CHECKED_PAIRS {
            return unchecked;
        }
        let result = check(failure);
        results.insert(pair, result);
        result
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    fn failure(reply: &str, status: &str, recipient: &str) -> Failure {
        Failure {
            reply: Some(reply.to_string()),
            status: Some(status.to_string()),
            recipient: Some(recipient.to_string()),
            ..Default::default()
        }
    }

    #[test]
    fn same_codes_checked_once() {
        let calls = Cell::new(0);
        let mut check = cached_by_codes(
            |f: &Failure| {
                calls.set(calls.get() + 1);
                f.reply.as_deref() == Some("550")
            },
            false,
        );
        for i in 0..100 {
            assert!(check(&failure("550", "5.1.1", &format!("u{i}@example.net"))));
        }
        assert!(!check(&failure("452", "4.2.2", "a@example.net")));
        assert!(check(&failure("550", "5.1.2", "b@example.net")));
        assert_eq!(calls.get(), 3);
    }

    #[test]
    fn pairs_past_bound_unchecked() {
        let calls = Cell::new(0);
        let mut check = cached_by_codes(
            |_: &Failure| {
                calls.set(calls.get() + 1);
                false
            },
            true,
        );
        for i in 0..MAX_CHECKED_PAIRS {
            assert!(!check(&failure("550", &format!("5.1.{i}"), "a@example.net")));
        }
        assert!(check(&failure("550", "5.7.1", "a@example.net")));
        assert!(!check(&failure("550", "5.1.0", "b@example.net")));
        assert_eq!(calls.get(), MAX_CHECKED_PAIRS);
    }
}
