//! Fits a knowledge entry's steps to the retry outcome: a delay notice
//! drops the steps that resend, and a final or permanent failure drops
//! those that wait for the sending server's retries.

/// Steps for a delay notice whose cause is only that delivery has not
/// succeeded yet.
pub(super) const DELAY_STEPS: &[&str] = &[
    "Wait: the sending server keeps retrying, and most delays clear within hours.",
    "Check the recipient's address for typing errors in the meantime.",
    "If a final failure notice arrives, paste that one here for its cause.",
];

pub(super) fn owned(steps: &[&str]) -> Vec<String> {
    steps.iter().map(|s| s.to_string()).collect()
}

/// Keeps an entry's diagnostic steps for a delay notice but drops those
/// that tell the sender to resend, because the message is still queued
/// and a resent copy would arrive twice.
pub(super) fn delay_steps(steps: &[&str]) -> Vec<String> {
    let mut kept: Vec<String> =
        steps.iter().filter(|s| !tells_to_resend(s)).map(|s| s.to_string()).collect();
    if kept.is_empty() {
        return owned(DELAY_STEPS);
    }
    kept.push(DELAY_STEPS[DELAY_STEPS.len() - 1].to_string());
    kept
}

/// Steps for a final bounce whose entry only told the sender to wait.
pub(super) const GAVE_UP_STEPS: &[&str] = &[
    "Send the message again: the sending server has stopped retrying and nothing is queued.",
    "If it fails again, send the bounce to your mail administrator.",
];

/// Steps for a permanent refusal whose entry had only steps that wait.
pub(super) const PERMANENT_STEPS: &[&str] = &[
    "Send the bounce to your mail administrator: no retry gets through until the cause is fixed.",
    "Send the message again once it is.",
];

/// Drops the steps that expect the sending server to retry, or returns
/// `fallback` when no other step is left. The server of a final bounce has
/// stopped. The retry advice of a permanent refusal, or of a 4xx reply the
/// text calls permanent, states that no retry will succeed. A step saying
/// "wait" or "do not resend" would contradict either.
pub(super) fn steps_without_retry(steps: &[&str], fallback: &[&str]) -> Vec<String> {
    let kept: Vec<String> =
        steps.iter().filter(|s| !expects_retry(s)).map(|s| s.to_string()).collect();
    if kept.is_empty() {
        return owned(fallback);
    }
    kept
}

/// True when a step tells the sender to wait for the sending server's own
/// retries, or not to resend.
fn expects_retry(step: &str) -> bool {
    const PHRASES: &[&str] = &[
        "do not resend it",
        "don't resend it",
        "retries by itself",
        "retries on its own",
        "retry on its own",
        "keeps retrying",
        "keep retrying",
        "server retries",
        "server retry",
    ];
    let lower = step.to_ascii_lowercase();
    PHRASES.iter().any(|phrase| lower.contains(phrase))
}

/// True when a step tells the sender to send the message again.
pub(super) fn tells_to_resend(step: &str) -> bool {
    let lower = step.to_ascii_lowercase();
    let negated = lower.contains("do not resend") || lower.contains("don't resend");
    !negated
        && (lower.contains("send the message again")
            || lower.contains("send it again")
            || lower.contains("resend"))
}
