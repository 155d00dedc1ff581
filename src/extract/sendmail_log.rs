//! Sendmail's log lines for a delivery attempt (`sm-mta[1234]:
//! 401A0000012345: to=<bob@example.net>, delay=00:00:01, ..., relay=mx.example.net.
//! [198.51.100.20], dsn=4.7.1, stat=Deferred: 451 4.7.1 Please try again
//! later`) and for the return of a message (`401A0000012345:
//! 401A0000012346: DSN: Cannot send message for 5 days`). Each line is a
//! syslog record that ends at its newline, but the readers of replies take
//! text up to a blank line, so the `stat=` text of one line would run on
//! into the next record.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::action::LOG_DSN;
use super::generic;
use super::section::clean_address;
use super::Failure;
use crate::reason::Reason;
use crate::smtp;

/// A delivery attempt's line: the queue ID, the `to=` list and the rest of
/// the line from the first field after it, which contains `relay=`, `dsn=`
/// and, last, `stat=`. Sendmail logs as `sendmail` or, as the Debian and
/// Ubuntu packages run it, as `sm-mta`.
static ATTEMPT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)\b(?:sm-mta|sendmail)(?:\[\d+\])?: ([0-9A-Za-z]{8,20}): to=(.*?), ((?:[a-z]+=[^\n]*?, )*stat=(.*))$")
        .expect("Sendmail log line pattern is valid")
});

/// The line Sendmail writes when it returns a message it could no longer
/// keep queued (queue ID, then the DSN's own queue ID). A delay warning's
/// `DSN: Warning: could not send message for past 4 hours` is no return.
static RETURNED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)\b([0-9A-Za-z]{8,20}): [0-9A-Za-z]{8,20}: DSN: Cannot send message for ([^\n]*?)\s*$",
    )
    .expect("Sendmail return line pattern is valid")
});

/// The `relay=` host, without the root's trailing dot.
static RELAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\brelay=([^\s,\[]+)").expect("relay field pattern is valid"));

/// Builds a failure from each recipient of each attempt line, replacing
/// what another reader made of the same recipient from text that ran on
/// into the next records. Of several lines for one address, the last is
/// the latest attempt and wins. A deferred attempt whose queue ID a later
/// `DSN: Cannot send message for ...` line returned reads as failed and
/// expired, because Sendmail stopped retrying it.
pub fn apply(section: &str, failures: &mut Vec<Failure>) {
    if !section.contains("stat=") {
        return;
    }
    let returns: Vec<(&str, usize, &str)> = RETURNED_LINE
        .captures_iter(section)
        .filter_map(|c| Some((c.get(1)?.as_str(), c.get(0)?.start(), c.get(2)?.as_str())))
        .collect();
    for caps in ATTEMPT_LINE.captures_iter(section) {
        let (Some(whole), Some(queue_id), Some(to), Some(fields), Some(stat)) =
            (caps.get(0), caps.get(1), caps.get(2), caps.get(3), caps.get(4))
        else {
            continue;
        };
        let Some(mut own) = attempt_failure(fields.as_str(), stat.as_str()) else {
            continue;
        };
        let returned =
            returns.iter().find(|&&(id, at, _)| id == queue_id.as_str() && at > whole.end());
        if let (Some(&(_, _, period)), Some("delayed")) = (returned, own.action.as_deref()) {
            own.action = Some("failed".to_string());
            own.reason = Some(Reason::Expired);
            own.tried_for = Some(period.to_string());
        }
        for address in to.as_str().split(',') {
            let address = clean_address(address).to_ascii_lowercase();
            if address.contains('@') {
                replace(failures, Failure { recipient: Some(address), ..own.clone() });
            }
        }
    }
}

/// Reads one attempt line's fields and `stat=` text. Returns `None` for
/// `stat=queued`, which records no attempt.
fn attempt_failure(fields: &str, stat: &str) -> Option<Failure> {
    let stat = stat.trim();
    let lower = stat.to_ascii_lowercase();
    let (action, text) = if lower.starts_with("sent") {
        ("delivered", stat)
    } else if lower.starts_with("deferred") {
        ("delayed", stat["deferred".len()..].trim_start_matches(':').trim())
    } else if lower == "queued" || lower.starts_with("queued ") {
        return None;
    } else {
        ("failed", stat)
    };
    let mut failure = generic::scan(text)
        .into_iter()
        .next()
        .unwrap_or_else(|| Failure { diagnostic: text.to_string(), ..Default::default() });
    let codes = smtp::find_codes(&failure.diagnostic);
    let dsn = LOG_DSN.captures(fields).and_then(|c| c.get(1)).map(|m| m.as_str().to_string());
    failure.status = dsn.or(codes.status);
    failure.reply = codes.reply;
    let relay = RELAY.captures(fields).and_then(|c| c.get(1));
    if let Some(relay) = relay.map(|m| m.as_str().trim_end_matches('.')).filter(|r| r.contains('.'))
    {
        failure.remote_mta = Some(relay.to_string());
    }
    failure.action = Some(action.to_string());
    Some(failure)
}

/// Puts `own` in place of the failure for the same recipient, keeping the
/// address the sender wrote to when another reader found one, or adds it.
fn replace(failures: &mut Vec<Failure>, own: Failure) {
    let recipient = own.recipient.as_deref().unwrap_or("");
    let found = failures.iter_mut().find(|f| {
        f.recipient.as_deref().is_some_and(|r| clean_address(r).eq_ignore_ascii_case(recipient))
    });
    match found {
        Some(found) => {
            let original_recipient = found.original_recipient.take();
            *found = Failure { original_recipient, ..own };
        }
        None => failures.push(own),
    }
}
