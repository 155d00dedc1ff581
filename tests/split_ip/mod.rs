//! Inputs that put one character inside an IP or an address, shared by
//! the tests that check the card quotes the whole IP or none of it.

use bounce_explainer::{Recipient, Report};

/// Returns the report's one card, failing the test when there are more or
/// none.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn only(report: &Report) -> &Recipient {
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    &report.recipients[0]
}

/// Puts `c` after the first `at` bytes of `value`.
pub fn insert_at(value: &str, at: usize, c: char) -> String {
    let (head, tail) = value.split_at(at);
    format!("{head}{c}{tail}")
}

/// A bare Spamhaus refusal of the client host written as `ip`.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn spamhaus_reply(ip: &str) -> String {
    format!("554 5.7.1 Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org\n")
}

/// The same refusal in a Postfix bounce line for bob@example.net.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn postfix_spamhaus_record(ip: &str) -> String {
    format!(
        "<bob@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.1 Service \
         unavailable; Client host [{ip}] blocked using zen.spamhaus.org (in reply to RCPT TO \
         command)\n"
    )
}
