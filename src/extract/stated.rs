//! Reasons that a bounce format states itself, so no phrase matching is
//! needed: a Google Groups bounce always means the post was rejected,
//! and some MTAs write a fixed sentence of their own when a message ran
//! out of queue time.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::Failure;
use crate::reason::Reason;

/// Each MTA's own queue-timeout sentence: Exim `retry timeout exceeded`
/// and `all hosts have been failing for a long time`, OpenSMTPD `Envelope
/// expired`, DragonFly `Could not deliver for the last 432000 seconds`,
/// iMail `Delivery failed 20 attempts`, Sendmail `Cannot send message for
/// 5 days`.
static QUEUE_TIMEOUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:retry timeout exceeded|all hosts have been failing for a long time|envelope expired|could not deliver for the last \d+ seconds|delivery failed \d+ attempts|cannot send message for \d+ days?)",
    )
    .expect("queue timeout pattern is valid")
});

/// Sets the reason on failures whose format decides it. A queue timeout
/// counts only when the MTA gives no cause of its own before it (Exim's
/// `mailbox is full: retry timeout exceeded` is about the mailbox) and
/// the receiver's reply code is absent.
pub fn apply(family: Option<&str>, failures: &mut [Failure]) {
    for failure in failures.iter_mut().filter(|f| f.reason.is_none()) {
        if family == Some("googlegroups") {
            failure.reason = Some(Reason::Rejected);
        } else if failure.reply.is_none() && states_timeout(&failure.diagnostic) {
            failure.reason = Some(Reason::Expired);
        }
    }
}

fn states_timeout(text: &str) -> bool {
    QUEUE_TIMEOUT.find(text).is_some_and(|m| {
        let before = text[..m.start()].trim_end();
        // `user@example.org: Envelope expired` names the recipient, not
        // a cause.
        let named = before.trim_end_matches(':').split_whitespace().last();
        !before.ends_with(':') || named.is_some_and(|word| word.contains('@'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_stated() {
        let cases = [
            ("retry timeout exceeded", true),
            ("kijitora@example.org: Envelope expired", true),
            ("Could not deliver for the last 432000 seconds", true),
            ("Delivery failed 20 attempts: user@example.org", true),
            ("mailbox is full: retry timeout exceeded", false),
            ("550 5.1.1 User unknown", false),
        ];
        for (text, expected) in cases {
            assert_eq!(states_timeout(text), expected, "{text:?}");
        }
    }
}
