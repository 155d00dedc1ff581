//! A recipient's address on a line of its own next to a pasted SMTP reply,
//! as a user notes which address got which reply when the reply does not
//! name it: `bob@example.net`, `To: bob@example.net`, `<bob@example.net>:`.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::paste_marks;
use super::section::{clean_address, NotRecipients};

/// A line with only a recipient's address, as a user writes it next to a
/// pasted reply: `bob@example.net`, `<bob@example.net>:`, `To:
/// bob@example.net`, `for bob@example.net`, after a bullet or not.
static ADDRESS_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:to|for|recipient|rcpt to|address|e-?mail)\s*:?\s+)?(<?[^<>\s@:]+@[^<>\s@:]+>?):?$",
    )
    .expect("address alone pattern is valid")
});

/// An address on a line of its own among pasted replies.
#[derive(Debug)]
pub(super) struct AddressLine {
    pub address: String,
    /// How many replies are above the line.
    pub replies_above: usize,
    /// True when the last line above that is not blank is a reply's.
    pub reply_above: bool,
    /// True when the next line that is not blank opens a reply.
    pub reply_below: bool,
}

impl AddressLine {
    pub fn new(address: String, replies_above: usize, reply_above: bool) -> Self {
        AddressLine { address, replies_above, reply_above, reply_below: false }
    }
}

/// Returns the recipient that address lines name for each reply, given
/// which replies name their own, and the address lines next to a reply
/// that neither reply next to them can take, because such a line still
/// names a recipient. An address goes to the reply right below
/// it, or to the reply right above it when the paste puts each address
/// below its reply: the first address line follows a reply and the last
/// comes after the last reply. A reply that names its own recipient or has
/// an address already takes none, so the address goes to the reply on its
/// other side. Blank lines count as next to a reply, and notes do not, so
/// that a signature's address below the last reply names no recipient.
pub(super) fn name_replies(
    named_by_own_lines: &[bool],
    address_lines: Vec<AddressLine>,
) -> (Vec<Option<String>>, Vec<AddressLine>) {
    let count = named_by_own_lines.len();
    let mut named: Vec<Option<String>> = vec![None; count];
    let mut lone = Vec::new();
    let below_replies = address_lines.first().is_some_and(|a| a.reply_above)
        && address_lines.last().is_some_and(|a| a.replies_above == count && a.reply_above);
    for line in address_lines {
        let above = line.replies_above.checked_sub(1).filter(|_| line.reply_above);
        let below = Some(line.replies_above).filter(|&i| i < count && line.reply_below);
        let (first, second) = if below_replies { (above, below) } else { (below, above) };
        let free = |i: &usize| !named_by_own_lines[*i] && named[*i].is_none();
        if let Some(i) = first.filter(free).or(second.filter(free)) {
            named[i] = Some(line.address);
        } else if line.reply_above || line.reply_below {
            lone.push(line);
        }
    }
    (named, lone)
}

/// True when `line` names an address and nothing more (see
/// [`ADDRESS_ALONE`]).
pub(super) fn is_address_alone(line: &str) -> bool {
    address_alone(line).is_some()
}

/// Returns the address on a line that names a recipient and nothing more,
/// unless `filter` marks it as the sender's or a system mailbox.
pub(super) fn address_line(line: &str, filter: &NotRecipients) -> Option<String> {
    let address = clean_address(address_alone(line)?);
    filter.allows(&address).then_some(address)
}

/// Returns the address, as written, on a line that names it and nothing
/// more.
fn address_alone(line: &str) -> Option<&str> {
    let line = paste_marks::strip_line_marks(line).trim_end();
    Some(ADDRESS_ALONE.captures(line)?.get(1)?.as_str())
}
