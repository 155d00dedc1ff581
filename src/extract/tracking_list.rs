//! Exchange message tracking log entries as `Get-MessageTrackingLog |
//! Format-List` prints them: one `Name : value` property to a line, and a
//! blank line between entries. An entry for several recipients lists them
//! in `Recipients` (`{orders@example.net, sales@example.net}`) and gives
//! one status per recipient, in the same order, in `RecipientStatus`
//! (`{[{LED=550 5.1.1 ...};...], [{LED=552 5.2.2 ...};...]}`). Exchange
//! 2003's WMI tracking class documents the same pairing: each
//! RecipientStatus element belongs to the RecipientAddress element at the
//! same index
//! (<https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2003/aa144789(v=exchg.65)>).
//! NOTE: the `Get-MessageTrackingLog` property names and layout are read
//! from its output, not from a documented format.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::message_trace::{add_event, event_failure};
use super::section::{clean_address, ADDRESS};
use super::Failure;

/// A property line of Format-List output: the name, padded with spaces,
/// a colon, and the value.
static PROPERTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Za-z][A-Za-z0-9]*)\s*:(?:\s(.*))?$").expect("property pattern is valid")
});

/// Reads the entries whose `RecipientStatus` carries `LED` replies and
/// whose `Recipients` names the addresses, one failure per status with a
/// reply code. Returns `None` when no entry has both properties, so that
/// the caller reads the text line by line.
pub(super) fn scan(text: &str) -> Option<Vec<Failure>> {
    let mut failures: Vec<Failure> = Vec::new();
    let mut found = false;
    for entry in entries(text) {
        let property = |name: &str| {
            entry.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
        };
        let (Some(recipients), Some(statuses)) =
            (property("Recipients"), property("RecipientStatus"))
        else {
            continue;
        };
        if !statuses.contains("{LED=") {
            continue;
        }
        found = true;
        let recipients = addresses(recipients);
        let statuses = split_statuses(statuses);
        // NOTE: when the counts differ, which status is whose is unknown,
        // so no status is given a recipient.
        let paired = recipients.len() == statuses.len();
        let event = property("EventId").unwrap_or("");
        for (index, status) in statuses.iter().enumerate() {
            let Some(mut failure) = event_failure(status, event) else {
                continue;
            };
            if paired {
                failure.recipient = Some(recipients[index].clone());
            }
            add_event(&mut failures, failure);
        }
    }
    found.then_some(failures)
}

/// Splits the text into entries at blank lines, each a list of its
/// properties. A line that opens with white space and is no property
/// carries on the value above it: Format-List wraps a long value onto
/// lines indented to the value's column.
// NOTE: the wrapped parts are joined with no space, as for a value cut at
// the console's width. A value wrapped at a space loses that space.
fn entries(text: &str) -> Vec<Vec<(String, String)>> {
    let mut out: Vec<Vec<(String, String)>> = vec![Vec::new()];
    for line in text.lines() {
        let current = out.last_mut().expect("the list starts with one entry");
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(Vec::new());
            }
            continue;
        }
        if let Some(caps) = PROPERTY.captures(line) {
            let name = caps.get(1).map_or("", |m| m.as_str()).to_string();
            let value = caps.get(2).map_or("", |m| m.as_str()).trim().to_string();
            current.push((name, value));
        } else if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = current.last_mut() {
                value.push_str(line.trim());
            }
        }
    }
    out
}

/// Returns the addresses of a `Recipients` value, in order.
fn addresses(value: &str) -> Vec<String> {
    ADDRESS.find_iter(value).map(|m| clean_address(m.as_str())).collect()
}

/// Cuts a `RecipientStatus` value into one status per recipient, each
/// from one `{LED=` to the next. Counting `{LED=` rather than brackets
/// keeps the order when a reply contains brackets (`Client host
/// [203.0.113.9] blocked`), and an empty `{LED=}` still takes its place.
fn split_statuses(value: &str) -> Vec<&str> {
    let starts: Vec<usize> = value.match_indices("{LED=").map(|(at, _)| at).collect();
    let ends = starts.iter().skip(1).copied().chain([value.len()]);
    starts.iter().zip(ends).map(|(&start, end)| &value[start..end]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_split_at_led() {
        let value = "{[{LED=550 5.7.1 Client host [203.0.113.9] blocked};{MSG=}], \
                     [{LED=};{MSG=}], [{LED=552 5.2.2 Mailbox full};{MSG=}]}";
        let statuses = split_statuses(value);
        assert_eq!(statuses.len(), 3);
        assert!(statuses[0].contains("[203.0.113.9] blocked"));
        assert!(statuses[1].starts_with("{LED=}"));
        assert!(statuses[2].contains("552 5.2.2"));
    }

    #[test]
    fn wrapped_value_joined() {
        let text = "EventId    : FAIL\nRecipients : {orders@example.net, sales@exam\n\
                    \x20            ple.net}\n\nEventId    : DEFER\n";
        let entries = entries(text);
        assert_eq!(entries.len(), 2);
        let recipients = &entries[0][1].1;
        assert_eq!(addresses(recipients), ["orders@example.net", "sales@example.net"]);
    }
}
