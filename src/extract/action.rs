//! The delivery action that text without DSN fields states for each
//! recipient: a Postfix log line's `status=` field, Postfix's record of a
//! completed local delivery, or a report's own sentence that delivery
//! failed for good.
//!
//! Without one, a temporary (4xx) refusal in pasted text may come from a
//! final bounce or from a delay warning, and the text alone cannot tell
//! whether the sending server is still retrying.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::generic::receiver_text;
use super::section::clean_address;
use super::Failure;
use crate::reason::Reason;
use crate::smtp;

/// A Postfix delivery agent's log line (`postfix/smtp[123]: 5A1B2C3D4E5:
/// to=<bob@example.org>, relay=..., dsn=4.7.0, status=deferred (...)`),
/// with the queue ID when the line shows it, the recipient, the status
/// and the bracketed text after the status captured.
static LOG_STATUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\b([0-9A-Za-z]{5,20}): )?\bto=<([^<>\s]*)>,[^\n]*?\bstatus=(sent|deferred|bounced|expired)\b(?: \(([^\n]*)\))?",
    )
    .expect("Postfix log pattern is valid")
});

/// The qmgr(8) line that ends a queue ID's retries (`postfix/qmgr[999]:
/// 4ABC123: from=<alice@example.org>, status=expired, returned to
/// sender`), with the queue ID captured. Postfix writes it once per
/// message, naming the sender and no recipient, when the message has been
/// queued longer than maximal_queue_lifetime, and returns it to the sender
/// for every recipient still deferred.
static QUEUE_EXPIRED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b([0-9A-Za-z]{5,20}): from=<[^<>\s]*>, status=expired\b")
        .expect("Postfix expiry pattern is valid")
});

/// An Exim main log line's delivery flag after the message id, with the
/// address it concerns (`1vABCD-000123-AB == carol@example.org R=...`).
/// The pattern takes ids of 6, 6 and 2 characters and the longer ones of
/// newer releases (6, 11 and 4).
static EXIM_LOG_FLAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} (\*\*|==|=>|->) (\S+)")
        .expect("Exim log pattern is valid")
});

/// Sentences in which the sending server states that it gave up,
/// lowercase.
const GAVE_UP: &[&str] = &[
    "could not be delivered",
    "couldn't be delivered",
    "could not deliver",
    "wasn't able to deliver",
    "was not able to deliver",
    "was unable to deliver",
    // Yahoo: "Sorry, we were unable to deliver your message to the
    // following address."
    "were unable to deliver",
    "delivery has failed",
    "delivery failed",
    "delivery to the following recipient failed",
    "failed permanently",
    "permanent error",
    "permanent failure",
    "i've given up",
    "i have given up",
    "not going to try again",
    "returned to sender",
    "message not delivered",
    "the following address(es) failed",
    "undeliverable",
    // OpenSMTPD's final notice (`notice_error` in usr.sbin/smtpd/bounce.c);
    // its delay notice opens "A message is delayed for more than".
    "an error has occurred while attempting to deliver a message for the following list",
    // Exchange 2003's and hMailServer's final notices head their list with
    // this line. Their delay notices state that delivery "has been delayed".
    "recipient(s) could not be reached",
];

/// Sets the action of failures that have none from what the text states:
/// each recipient's Postfix log status first, else `failed` for every
/// failure when the report states that delivery failed for good. Run
/// after the delay notice check, because a delay warning also states that
/// a message "could not be delivered" so far.
pub fn apply(section: &str, failures: &mut [Failure]) {
    // Read once for all failures: a bounce can list thousands of them.
    let log_lines = log_lines(section);
    let logged = log_statuses(section, &log_lines);
    let only = (logged.len() == 1).then(|| logged.values().next()).flatten();
    for failure in failures.iter_mut() {
        cut_to_log_text(&log_lines, failure);
    }
    for failure in failures.iter_mut().filter(|f| f.action.is_none()) {
        let recipient = failure.recipient.as_deref().map(|r| clean_address(r).to_ascii_lowercase());
        let status = match &recipient {
            Some(address) => logged.get(address),
            None => only,
        };
        let Some(status) = status else {
            continue;
        };
        let (action, reason) = match status.as_str() {
            "sent" => ("delivered", None),
            "deferred" => ("delayed", None),
            "expired" => ("failed", Some(Reason::Expired)),
            _ => ("failed", None),
        };
        failure.action = Some(action.to_string());
        if failure.reason.is_none() {
            failure.reason = reason;
        }
    }
    if failures.iter().all(|f| f.action.is_some()) {
        return;
    }
    // Reports wrap their sentences anywhere ("could not\nbe delivered").
    let lower = section.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    if GAVE_UP.iter().any(|w| lower.contains(w)) || has_exim_failed_listing(section) {
        for failure in failures.iter_mut().filter(|f| f.action.is_none()) {
            // The sentence is about the other recipients when this one's own
            // line reports a success, as Postfix's `delivery via host[ip]:25:
            // 250 2.0.0 Ok` does in a report that also lists failures.
            let action = if reports_success(failure) { "delivered" } else { "failed" };
            failure.action = Some(action.to_string());
        }
    }
}

/// True when the failure's own reply is a success: a 2.x.x status (RFC
/// 3463's success class), with a 2xx reply code (RFC 5321's positive
/// completion) when one is given. A 2xx reply without a status is not
/// enough, because reports quote such a reply beside a failure.
fn reports_success(failure: &Failure) -> bool {
    let status_success = failure.status.as_deref().is_some_and(|s| s.starts_with("2."));
    let reply_success = failure.reply.as_deref().is_none_or(|r| r.starts_with('2'));
    status_success && reply_success
}

/// Marks as `delivered` each failure whose text is Postfix's record of a
/// completed local delivery. Run before the delay notice check and
/// [`apply`], whose report-wide sentences concern the other recipients.
pub fn mark_local_deliveries(failures: &mut [Failure]) {
    for failure in failures.iter_mut().filter(|f| f.action.is_none()) {
        if is_postfix_local_delivery(&failure.diagnostic) {
            failure.action = Some("delivered".to_string());
        }
    }
}

/// Postfix's sentence for a delivery that its local, virtual or pipe
/// agent completed, after the `delivery via <relay>: ` that its trace
/// record puts first: `delivered to mailbox`, `delivered to maildir`,
/// `delivered to command: <command>`, `delivered to file: <path>`
/// (local(8) and virtual(8)) and `delivered via <service> service`
/// (pipe(8)). Postfix writes these with status 2.0.0 and never for a
/// failure. A trace record of a failure quotes the receiver's reply or a
/// failure sentence after the same `delivery via`, so only the sentence
/// decides. Source: Postfix's src/global/trace.c (`delivery via %s: `),
/// src/local/command.c and src/pipe/pipe.c.
/// NOTE: the mailbox, maildir and file sentences are taken from Postfix
/// logs, not from its source.
static POSTFIX_LOCAL_DELIVERY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:delivery via \S+: )?delivered (?:to (?:mailbox|maildir|command: |file: )|via \S+ service\b)",
    )
    .expect("Postfix local delivery pattern is valid")
});

/// True when `diagnostic` is Postfix's record of a completed local
/// delivery, which carries no reply or status code of its own.
fn is_postfix_local_delivery(diagnostic: &str) -> bool {
    let text = diagnostic.split_whitespace().collect::<Vec<_>>().join(" ");
    POSTFIX_LOCAL_DELIVERY.is_match(&text)
}

/// True when a line starts with Exim's `SMTP error from remote mail server
/// after ...` (`remote mailer` in older releases). Exim writes that line
/// as it is in the list of failed addresses of a bounce, but prefixes it
/// with `Delay reason:` in a delay warning, so the bare line shows that
/// Exim gave up on the address.
fn has_exim_failed_listing(section: &str) -> bool {
    section.lines().any(|line| {
        let start = line.trim_start().as_bytes();
        EXIM_ERROR_LINES.iter().any(|prefix| {
            start.len() >= prefix.len()
                && start[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
        })
    })
}

/// Starts of the error line under an address in Exim's bounce.
const EXIM_ERROR_LINES: &[&str] =
    &["SMTP error from remote mail server after", "SMTP error from remote mailer after"];

/// Replaces the diagnostic of a recipient that a Postfix log line names
/// with the bracketed text after that line's `status=`, cut to the
/// receiver's reply when it quotes one. A log line is a record of its own
/// that ends at its newline, so another reader's text may have run on into
/// the next lines, or taken in the line's own fields (`4.4.1,
/// status=deferred (connect to ...)`). The codes then come from the same
/// line: the reply's, and the line's `dsn=` for the status. A failure that
/// names no recipient takes the last logged line only when its text took
/// in a line's fields.
fn cut_to_log_text(log_lines: &[LogLine<'_>], failure: &mut Failure) {
    if log_lines.is_empty() {
        return;
    }
    let recipient = failure.recipient.as_deref().map(|r| clean_address(r).to_ascii_lowercase());
    if recipient.is_none() && !failure.diagnostic.contains("status=") {
        return;
    }
    let mine = log_lines
        .iter()
        .filter(|l| l.text.is_some() && recipient.as_deref().is_none_or(|r| r == l.to));
    let Some(&LogLine { line, text: Some(text), .. }) = mine.last() else {
        return;
    };
    failure.diagnostic = receiver_text(text).to_string();
    let codes = smtp::find_codes(&failure.diagnostic);
    let dsn = LOG_DSN.captures(line).and_then(|c| c.get(1)).map(|m| m.as_str().to_string());
    failure.reply = codes.reply;
    failure.status = dsn.or(codes.status);
}

/// A Postfix log line that names a recipient and its `status=`.
struct LogLine<'s> {
    /// The queue ID before `to=`, when the line shows it.
    queue_id: Option<&'s str>,
    /// The byte offset of the line's end in the section.
    end: usize,
    /// The recipient, cleaned and lowercase.
    to: String,
    /// The status, lowercase: `sent`, `deferred`, `bounced` or `expired`.
    status: String,
    /// The whole match, from `to=` to the text's closing bracket.
    line: &'s str,
    /// The bracketed text after `status=`, trimmed, when there is any.
    text: Option<&'s str>,
}

/// Lists the Postfix log lines of `section`, in order.
fn log_lines(section: &str) -> Vec<LogLine<'_>> {
    if !section.contains("status=") {
        return Vec::new();
    }
    LOG_STATUS
        .captures_iter(section)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let queue_id = c.get(1).map(|q| q.as_str());
            let to = clean_address(c.get(2)?.as_str()).to_ascii_lowercase();
            let status = c.get(3)?.as_str().to_ascii_lowercase();
            let text = c.get(4).map(|t| t.as_str().trim()).filter(|t| !t.is_empty());
            Some(LogLine { queue_id, end: whole.end(), to, status, line: whole.as_str(), text })
        })
        .collect()
}

/// The `dsn=` field of a Postfix or Sendmail log line: the enhanced status
/// code the MTA gave the attempt.
pub(super) static LOG_DSN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bdsn=(\d\.\d{1,3}\.\d{1,3})\b").expect("dsn field pattern is valid")
});

/// Returns each recipient of Exim's log flags in `section` and of the
/// Postfix `log_lines` (cleaned, lowercase) with its lowercase status. A
/// recipient logged more than once keeps its last status, the newest. A
/// deferral that its queue ID's later qmgr expiry line ends reads as
/// `expired`, because Postfix returned the message instead of retrying.
fn log_statuses(section: &str, log_lines: &[LogLine<'_>]) -> HashMap<String, String> {
    let mut statuses = exim_statuses(section);
    let expiries = queue_expiries(section);
    for line in log_lines {
        let expired_later = line.status == "deferred"
            && line.queue_id.is_some_and(|id| {
                expiries.iter().any(|&(expired, at)| expired == id && at > line.end)
            });
        let status = if expired_later { "expired" } else { line.status.as_str() };
        statuses.insert(line.to.clone(), status.to_string());
    }
    statuses
}

/// Lists each qmgr expiry line of `section` as its queue ID and the byte
/// offset where the line starts.
fn queue_expiries(section: &str) -> Vec<(&str, usize)> {
    if !section.contains("status=expired") {
        return Vec::new();
    }
    QUEUE_EXPIRED
        .captures_iter(section)
        .filter_map(|c| Some((c.get(1)?.as_str(), c.get(0)?.start())))
        .collect()
}

/// Reads Exim's main log flags as Postfix's statuses. The Exim
/// specification's table of flags reads `** delivery failed; address
/// bounced` and `== delivery deferred; temporary problem`, and `=>` and
/// `->` mark deliveries.
fn exim_statuses(section: &str) -> HashMap<String, String> {
    if !section.contains(" == ") && !section.contains(" ** ") {
        return HashMap::new();
    }
    EXIM_LOG_FLAG
        .captures_iter(section)
        .filter_map(|c| {
            let status = match c.get(1)?.as_str() {
                "**" => "bounced",
                "==" => "deferred",
                _ => "sent",
            };
            let to = clean_address(c.get(2)?.as_str()).to_ascii_lowercase();
            to.contains('@').then(|| (to, status.to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests;
