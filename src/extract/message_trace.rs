//! Microsoft 365 message trace details and Exchange message tracking
//! entries. Each records a delivery attempt's outcome as
//! `[{LED=<reply>};{MSG=};{FQDN=<host>};{IP=<ip>};{LRT=<time>}]`. `LED`
//! is the last reply the receiving server gave, and `FQDN` and `IP` name
//! that receiving server. `LRT` is the time of the last retry. A trace
//! lists one event to a line (`Defer`, then `Fail`), oldest first.
//!
//! Exchange's message tracking documentation (Microsoft TechNet,
//! "Information Written to the Message Tracking Log", cc539063, and
//! bb124375) lists the `FAIL` and `DEFER` events. NOTE: the field names
//! inside the brackets are read from traces as the admin center and
//! `Get-MessageTrackingLog` show them, not from a documented field list.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::generic;
use super::recipient_line::recipient_in;
use super::section::NotRecipients;
use super::{tracking_list, Failure};

/// The `LED` field opening with a reply code. The reply runs to the
/// field's closing brace.
static LED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\{LED=([2-5]\d\d[ -][^}\n]*)\}").expect("LED field pattern is valid")
});

/// The `FQDN` field, the receiving server's name.
static FQDN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{FQDN=([^}\n]*)\}").expect("FQDN field pattern is valid"));

/// The event a trace line records, as the trace's Event column or the
/// tracking log's EventId names it.
static EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s,;\x22])(fail|failed|defer|deferred)(?:$|[\s,;\x22])")
        .expect("event pattern is valid")
});

/// Returns the receiving server's reply from a field that contains
/// `{LED=<reply>}`, such as a tracking export's `RecipientStatus`.
pub fn led_reply(field: &str) -> Option<&str> {
    LED.captures(field).and_then(|caps| caps.get(1)).map(|m| m.as_str().trim())
}

/// Reads each line that carries an `LED` field as one event, with the
/// reply from `LED`, the recipient the reply names and the action from
/// the line's event name. A trace
/// detail concerns one recipient, so events that name no other recipient
/// collapse into the last one: a `Defer` followed by a `Fail` gives the
/// failure. Returns `None` when no line carries a reply in `LED`.
pub fn scan(text: &str, filter: &NotRecipients) -> Option<Vec<Failure>> {
    if !text.contains("{LED=") {
        return None;
    }
    // Format-List output names the recipients apart from the replies.
    if let Some(failures) = tracking_list::scan(text) {
        return (!failures.is_empty()).then_some(failures);
    }
    let mut failures: Vec<Failure> = Vec::new();
    for line in text.lines() {
        let Some(field) = LED.find(line) else {
            continue;
        };
        let Some(mut failure) = event_failure(&line[field.start()..], &line[..field.start()])
        else {
            continue;
        };
        failure.recipient = led_reply(line).and_then(|reply| recipient_in(reply, filter));
        add_event(&mut failures, failure);
    }
    (!failures.is_empty()).then_some(failures)
}

/// Builds the failure of one delivery attempt from its status, which
/// opens with the `LED` field, and from the text that names the event
/// (`Fail`, `DEFER`). The receiving host is read from the status's `FQDN`
/// field. Returns `None` when `LED` contains no reply code. The recipient is
/// left for the caller to set.
pub(super) fn event_failure(status: &str, event: &str) -> Option<Failure> {
    let caps = LED.captures(status)?;
    let (reply, field) = (caps.get(1)?, caps.get(0)?);
    let mut failure = generic::scan(reply.as_str().trim()).into_iter().next()?;
    failure.action = event_action(event).map(str::to_string);
    let host = FQDN.captures(&status[field.end()..]).and_then(|c| c.get(1));
    let host = host.map(|m| m.as_str().trim()).filter(|h| !h.is_empty());
    if let Some(host) = host {
        failure.remote_mta.get_or_insert_with(|| host.to_string());
    }
    Some(failure)
}

/// Adds a later event: it replaces the event before it for the same
/// recipient, or for no named recipient, keeping a recipient named by
/// the earlier one.
pub(super) fn add_event(failures: &mut Vec<Failure>, mut failure: Failure) {
    let same = failures.iter().position(|earlier| {
        earlier.recipient.is_none()
            || failure.recipient.is_none()
            || earlier.recipient == failure.recipient
    });
    match same {
        Some(at) => {
            if failure.recipient.is_none() {
                failure.recipient = failures[at].recipient.take();
            }
            failures[at] = failure;
        }
        None => failures.push(failure),
    }
}

/// Maps the event name before the `LED` field to an RFC 3464 action.
fn event_action(before: &str) -> Option<&'static str> {
    let event = EVENT.captures_iter(before).last()?.get(1)?.as_str().to_ascii_lowercase();
    Some(if event.starts_with("defer") { "delayed" } else { "failed" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_filter() -> NotRecipients {
        NotRecipients::from_headers(&crate::input::Decoded::default())
    }

    #[test]
    fn led_reply_read_to_brace() {
        let field =
            "[{LRT=};{LED=550 5.1.1 User unknown};{FQDN=mx.example.net};{IP=198.51.100.30}]";
        assert_eq!(led_reply(field), Some("550 5.1.1 User unknown"));
        assert_eq!(led_reply("[{LED=};{FQDN=mx.example.net}]"), None);
    }

    #[test]
    fn fail_after_defer_replaces_it() {
        let text = "10:01\tDefer\t\tReason: [{LED=451 4.7.1 Try later};{MSG=};{FQDN=mx.example.net};{IP=198.51.100.26};{LRT=}]\n\
                    11:31\tFail\t\tReason: [{LED=550 5.1.1 <bob@example.net>: User unknown};{MSG=};{FQDN=mx.example.net};{IP=198.51.100.26};{LRT=}]\n";
        let failures = scan(text, &no_filter()).expect("two events");
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].reply.as_deref(), Some("550"));
        assert_eq!(failures[0].action.as_deref(), Some("failed"));
        assert_eq!(failures[0].recipient.as_deref(), Some("bob@example.net"));
        assert_eq!(failures[0].remote_mta.as_deref(), Some("mx.example.net"));
    }

    #[test]
    fn events_for_two_recipients_kept() {
        let text = "Fail [{LED=550 5.1.1 <bob@example.net>: User unknown}]\n\
                    Defer [{LED=452 4.2.2 <carol@example.org>: Mailbox full}]\n";
        let failures = scan(text, &no_filter()).expect("two events");
        let actions: Vec<_> = failures.iter().map(|f| f.action.as_deref()).collect();
        assert_eq!(actions, [Some("failed"), Some("delayed")]);
    }
}
