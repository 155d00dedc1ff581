//! The returned original message's addressees, for a bounce whose text
//! names no failed recipient. The original comes as a message/rfc822 or
//! text/rfc822-headers part, or as a header block below the report's
//! "Original message" line.

use super::{section, Failure};
use crate::input::Decoded;

/// Maximum number of lines read for the returned message's header block.
const MAX_HEADER_LINES: usize = 200;

/// Returns the To and Cc addresses of the returned message, without
/// repeats. `report` is the part of `decoded.body` that contains the
/// bounce's own report, so the text after it may be the returned message.
/// The returned message's sender is left out when others remain, because
/// a sender that copied itself is not the recipient that failed.
pub(super) fn addressees(decoded: &Decoded, report: &str) -> Vec<String> {
    let header = decoded.original.as_deref().unwrap_or("");
    let after = text_after(&decoded.body, report);
    let Some(block) =
        [header, after].into_iter().find(|text| !header_addresses(text, &["to", "cc"]).is_empty())
    else {
        return Vec::new();
    };
    let mut found = header_addresses(block, &["to", "cc"]);
    let senders = header_addresses(block, &["from"]);
    if found.iter().any(|a| !is_in(&senders, a)) {
        found.retain(|a| !is_in(&senders, a));
    }
    found
}

/// Gives failures that name no recipient the returned message's addressee
/// when there is one, or records the several addressees, none of which
/// the bounce picks out. Does nothing when any failure names a recipient.
pub(super) fn assign(failures: &mut [Failure], addressees: Vec<String>) {
    if failures.iter().any(|f| f.recipient.is_some()) {
        return;
    }
    match addressees.as_slice() {
        [] => {}
        [only] => failures.iter_mut().for_each(|f| f.recipient = Some(only.clone())),
        _ => failures.iter_mut().for_each(|f| f.addressees = addressees.clone()),
    }
}

/// Returns the text of `body` after `report`, which is a slice of it.
fn text_after<'a>(body: &'a str, report: &str) -> &'a str {
    let start = (report.as_ptr() as usize).saturating_sub(body.as_ptr() as usize);
    body.get(start + report.len()..).unwrap_or("")
}

fn is_in(addresses: &[String], address: &str) -> bool {
    addresses.iter().any(|a| a.eq_ignore_ascii_case(address))
}

/// Returns the addresses of the named header fields in the first header
/// block of `text` that has one, following folded lines. The block ends at
/// the first blank line after a field is found.
fn header_addresses(text: &str, names: &[&str]) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut in_field = false;
    let mut started = false;
    for line in text.lines().take(MAX_HEADER_LINES) {
        if line.trim().is_empty() {
            if started {
                break;
            }
            in_field = false;
            continue;
        }
        let value = if line.starts_with([' ', '\t']) && in_field {
            line
        } else {
            let Some((name, value)) = line.split_once(':') else {
                in_field = false;
                continue;
            };
            let name = name.trim().to_ascii_lowercase();
            in_field = names.contains(&name.as_str());
            if !in_field {
                continue;
            }
            started = true;
            value
        };
        for address in section::ADDRESS.find_iter(value).map(|m| section::clean_address(m.as_str()))
        {
            if !is_in(&found, &address) {
                found.push(address);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::header_addresses;

    #[test]
    fn folded_to_read_whole() {
        let text = "From: a@example.com\nTo: b@example.org,\n c@example.net\nSubject: x\n\nTo: d@example.org\n";
        assert_eq!(header_addresses(text, &["to"]), ["b@example.org", "c@example.net"]);
    }

    #[test]
    fn cc_joins_to() {
        let text = "To: b@example.org\nCc: C <c@example.net>, b@example.org\n";
        assert_eq!(header_addresses(text, &["to", "cc"]), ["b@example.org", "c@example.net"]);
    }
}
