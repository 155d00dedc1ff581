//! Barracuda's cloud filter (Email Gateway Defense, formerly Email
//! Security Service) answers a message for several recipients with one
//! reply that lists each recipient's result in brackets: "550 permanent
//! failure for one or more recipients (alice@example.com:blocked,
//! bob@example.com:550 5.1.1 ... User unknown ...)". A bounce quotes that
//! whole reply for every recipient, so each card must read only the entry
//! of its own recipient. Otherwise a blocked recipient gets another's
//! "user unknown" card and its working address is dropped.
//!
//! NOTE: Barracuda's pages show the same "(host:result)" pattern in the
//! Message Log (<https://campus.barracuda.com/product/essentials/doc/169287426/email-cache-policies>)
//! but do not document the reply's list. The parser assumes the form of
//! reported replies: entries separated by commas, each an address, a
//! colon and a result. A result that itself contains ", address:" is cut
//! there.

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::extract::{Failure, ADDRESS};
use crate::knowledge::providers::BARRACUDA_CLOUD_REFUSAL;
use crate::report::Note;
use crate::smtp;

/// The start of one entry: the list's start or a comma, then an address
/// directly followed by a colon. An address inside a result is written
/// in angle brackets (`<bob@example.com>:`) or after other words, so it
/// starts no entry. The address follows the crate's [`ADDRESS`] rules, so
/// an internationalised one (`bob@例え.jp`, `kim@bücher.example`) starts
/// an entry too.
static ENTRY_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:^|,)\s*({}):", ADDRESS.as_str())).expect("valid entry pattern")
});

/// A failure narrowed to its recipient's own entry in the reply's list.
pub(super) struct OwnResult {
    /// The failure whose text and codes are the recipient's entry alone.
    pub failure: Failure,
    /// The note that names the entry the card reads.
    pub note: Note,
}

/// One recipient's entry in the list.
struct Entry<'a> {
    address: &'a str,
    /// The address, the colon and the result, as the reply writes them.
    text: &'a str,
    /// The result alone: `blocked` or the recipient's server's reply.
    result: &'a str,
}

/// Narrows `failure` to its recipient's entry when its reply is the cloud
/// filter's list of two or more results. `None` when the reply is no
/// such list or does not name the recipient, because then the whole reply
/// is all the bounce states about it.
pub(super) fn own_result(failure: &Failure) -> Option<OwnResult> {
    let recipient = failure.recipient.as_deref()?;
    let text = failure.diagnostic.as_str();
    // ASCII lowercasing keeps every byte offset, so offsets in `lower`
    // index `text` too.
    let lower = text.to_ascii_lowercase();
    let after = lower.find(BARRACUDA_CLOUD_REFUSAL)? + BARRACUDA_CLOUD_REFUSAL.len();
    let open = after + (lower.len() - after - lower[after..].trim_start().len());
    if !lower[open..].starts_with('(') {
        return None;
    }
    let close = closing_bracket(text, open);
    let list = &text[open + 1..close];
    let entries = entries(list);
    if entries.len() < 2 {
        return None;
    }
    // NOTE: the match ignores only ASCII case, so a recipient written in
    // its `xn--` form or with other letter case in its non-ASCII letters
    // finds no entry, and its card reads the whole reply.
    let own = entries.iter().find(|e| e.address.eq_ignore_ascii_case(recipient))?;
    let rest = text.get(close + 1..).unwrap_or("");
    let diagnostic = format!("{}({}){}", &text[..open], own.text, rest);

    // The codes were read from the whole reply, so they may be another
    // recipient's. A code that the reply does not contain came from
    // elsewhere (a DSN's Status field) and stays.
    let codes = smtp::find_codes(&diagnostic);
    let own_code = |code: &Option<String>| {
        code.clone().filter(|c| diagnostic.contains(c.as_str()) || !text.contains(c.as_str()))
    };
    let narrowed = Failure {
        status: codes.status.or_else(|| own_code(&failure.status)),
        reply: codes.reply.or_else(|| own_code(&failure.reply)),
        diagnostic,
        ..failure.clone()
    };
    let note = Note::info(format!(
        "Barracuda's reply lists a result for each recipient of the message ({} in all). This \
         card reads only the result for {}: \"{}\".",
        entries.len(),
        own.address,
        own.result
    ));
    Some(OwnResult { failure: narrowed, note })
}

/// Returns the offset of the bracket that closes the one at `open`, or
/// the text's end when a cut reply leaves it open.
fn closing_bracket(text: &str, open: usize) -> usize {
    let mut depth = 0usize;
    for (offset, byte) in text.bytes().enumerate().skip(open) {
        match byte {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return offset;
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// Splits the list into its entries. Empty when the list does not start
/// with an entry, because then it is no list of results.
fn entries(list: &str) -> Vec<Entry<'_>> {
    let starts: Vec<(usize, &str)> = ENTRY_START
        .captures_iter(list)
        .filter_map(|caps| caps.get(1).map(|address| (address.start(), address.as_str())))
        .collect();
    if starts.first().is_none_or(|(start, _)| !list[..*start].trim().is_empty()) {
        return Vec::new();
    }
    let mut entries = Vec::with_capacity(starts.len());
    for (index, &(start, address)) in starts.iter().enumerate() {
        let end = starts.get(index + 1).map_or(list.len(), |&(next, _)| next);
        let text = list[start..end].trim_end().trim_end_matches(',').trim_end();
        let result = text[address.len() + 1..].trim_start();
        entries.push(Entry { address, text, result });
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_split_at_addresses() {
        let list = "a@example.com:blocked, b@example.com:550 5.1.1 <b@example.com>: no, sorry";
        let found: Vec<(&str, &str)> = entries(list).iter().map(|e| (e.address, e.text)).collect();
        assert_eq!(
            found,
            [
                ("a@example.com", "a@example.com:blocked"),
                ("b@example.com", "b@example.com:550 5.1.1 <b@example.com>: no, sorry"),
            ]
        );
    }

    #[test]
    fn entries_split_at_internationalised_addresses() {
        let list = "a@example.com:blocked, bob@例え.jp:550 5.1.1 no, kim@bücher.example:blocked";
        let found: Vec<&str> = entries(list).iter().map(|e| e.address).collect();
        assert_eq!(found, ["a@example.com", "bob@例え.jp", "kim@bücher.example"]);
    }

    #[test]
    fn entries_need_leading_address() {
        assert!(entries("in reply to RCPT TO, a@example.com:blocked").is_empty());
    }

    #[test]
    fn closing_bracket_skips_nested() {
        let text = "x (a@example.com:550 (inner) text) tail";
        assert_eq!(&text[closing_bracket(text, 2)..], ") tail");
        assert_eq!(closing_bracket("x (open", 2), 7);
    }
}
