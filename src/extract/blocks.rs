//! Human-readable NDR text cut into one block per failed recipient.
//!
//! Nearly every MTA writes its report as a recipient address followed by
//! what went wrong: Postfix `<a@example.org>: host mx[ip] said: 550 ...`,
//! Exim's indented address then `SMTP error from remote mail server`,
//! Sendmail's address then `(reason: 550 ...)`, Exchange 2003's address
//! then `The recipient name is not recognized`. A block runs from a line
//! naming a recipient to the next line naming another one. Lines that name
//! the same recipient again (a transcript, a repeated English version)
//! join its block.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::generic::{command_in, is_cause_line, remote_host_in};
use super::paragraph::{has_words, is_blank, paragraph_from};
use super::reason_line::{opens_bare_reason_line, opens_reason_line, without_own_address};
use super::recipient_line::{
    is_complete_header_line, recipient_in, CONTACT_VERB, NOT_RECIPIENT_BEFORE,
};
use super::section::{NotRecipients, ADDRESS};
use super::signature::{
    has_failure_words, is_signature_fields, is_signature_separator, paragraph_around,
};
use super::Failure;
use crate::knowledge::mail_program;
use crate::smtp;
use diagnostic::{diagnostic_lines, has_worded_reply, LABELLED_REPLY};
use domino_reason::DominoReason;

/// Lines a block may take after its anchor; bounds the work on huge input.
const MAX_BLOCK_LINES: usize = 60;

struct Block<'a> {
    recipient: String,
    /// Index of each line naming the recipient.
    anchors: Vec<usize>,
    lines: Vec<&'a str>,
}

/// Cuts `section` into recipient blocks and makes one failure of each.
pub fn scan(section: &str, filter: &NotRecipients) -> Vec<Failure> {
    let lines: Vec<&str> = section.lines().collect();
    let (blocks, anchors) = cut_blocks(&lines, filter);

    // Some formats give the reply once, above the list of recipients
    // (`Could not be delivered because of` / `550 5.1.1 User unknown` /
    // `The following recipients were affected:`).
    let list_start = blocks.first().map_or(0, |b| b.anchors[0]);
    let above = lines[..list_start].iter().position(|l| smtp::has_reply_code(l));
    // Thunderbird ends its quote of a refused RCPT TO with "Please check
    // the message recipient "bob@example.net" and try again.". That
    // sentence belongs to the reply above, and its address is the
    // recipient.
    let ends_reply = lines
        .get(list_start)
        .is_some_and(|line| mail_program::is_send_failure(&line.to_ascii_lowercase()));
    let list_end = if ends_reply { list_start + 1 } else { list_start };
    let preamble = above.map(|start| paragraph_from(&lines[start..list_end]));
    let mut failures: Vec<Failure> =
        blocks.iter().map(|b| failure_of(b, &lines, &anchors, preamble.as_deref())).collect();
    grouped::share_errors(&blocks, &lines, &mut failures);

    // When some recipients have a reply code, an address without one is
    // only a recipient on a line of its own, or at the start of a line
    // in Postfix's `<address>: reason` form (a failed connection, a
    // local(8) delivery) or OpenSMTPD's `address: reason` with failure
    // words after the colon. In a sentence it is a contact address or a
    // list's request address.
    let coded = |f: &Failure| f.reply.is_some() || f.status.is_some();
    // An address on a line of its own among a name, a title or a
    // greeting, with no failure wording near it, is a signature's or a
    // forward note's, once the bounce names a recipient that did fail.
    let shows: Vec<bool> = failures
        .iter()
        .zip(&blocks)
        .map(|(f, b)| coded(f) || has_failure_words(&paragraph_around(&lines, b.anchors[0])))
        .collect();
    let any_coded = failures.iter().any(coded);
    if !any_coded && !shows.iter().any(|&s| s) {
        return failures;
    }
    failures
        .into_iter()
        .zip(&blocks)
        .zip(shows)
        .filter(|((f, b), shows)| {
            let anchor = b.anchors[0];
            let bare = is_bare_address(lines[anchor]);
            // A report opens a block with the address and gives the
            // reason after it; a signature puts a name above it.
            let below_name = anchor > 0 && !is_blank(lines[anchor - 1]);
            let card = bare
                && below_name
                && !shows
                && has_words(&ADDRESS.replace_all(&paragraph_around(&lines, anchor), ""));
            match any_coded {
                true => {
                    coded(f)
                        || (bare && !card)
                        || opens_reason_line(lines[anchor])
                        || opens_bare_reason_line(lines[anchor], has_failure_words)
                }
                false => !card,
            }
        })
        .map(|((f, _), _)| f)
        .collect()
}

/// Groups the lines into one block per recipient, in the order the
/// recipients first appear, and returns the blocks with the index of
/// every line that names a recipient.
fn cut_blocks<'a>(lines: &[&'a str], filter: &NotRecipients) -> (Vec<Block<'a>>, Vec<usize>) {
    let mut blocks: Vec<Block> = Vec::new();
    // A map keeps this linear in a report with thousands of recipients.
    let mut by_address: HashMap<String, usize> = HashMap::new();
    let mut anchors: Vec<usize> = Vec::new();
    let mut current: Option<usize> = None;
    let mut previous = "";
    let mut in_signature = false;
    // The indentation of the Postfix `<address>: reason` line that opened
    // the record still running, if any.
    let mut record_indent: Option<usize> = None;
    let mut domino = DominoReason::default();
    for (i, &line) in lines.iter().enumerate() {
        let in_domino_reason = domino.is_reason_line(line);
        // A signature runs from its `-- ` separator to a forwarded
        // message's marker; its addresses are the writer's own.
        if is_signature_separator(line) {
            in_signature = true;
            current = None;
        } else if in_signature && super::section::is_original_marker(line) {
            in_signature = false;
        }
        if in_signature || is_signature_fields(line) {
            continue;
        }
        // A new SMTP session in a transcript. Its replies belong to the
        // recipients it names, not to the block open before it.
        if super::transcript::is_session_start(line) {
            current = None;
        }
        // The bare-address test comes first because it is cheap on the
        // many lines without an `@`, and the regex is only needed when
        // the line contains an address.
        // A sentence that names a contact can also wrap just before the
        // address, leaving it at the start of the next line.
        // A header field above (a forwarded bounce's `Subject: ...
        // Returned to Sender`) ends on its own line, so it is no lead-in.
        let wrapped = i > 0
            && opens_with_address(line)
            && !is_complete_header_line(lines[i - 1])
            && (NOT_RECIPIENT_BEFORE.is_match(lines[i - 1])
                || CONTACT_VERB.is_match(lines[i - 1].trim_end()));
        let after_sender = wrapped
            || (is_bare_address(line)
                && !is_complete_header_line(previous)
                && NOT_RECIPIENT_BEFORE.is_match(previous));
        if !line.trim().is_empty() {
            previous = line;
        }
        if after_sender {
            continue;
        }

        // Postfix indents the lines that continue a record, so an address
        // or a code on one (a sender's address or a `#550` link in the
        // receiver's reply) belongs to that record's recipient.
        // That holds for a line in the `<address>: reason` form too, as
        // when the reply wraps before `<alice@example.com>: Sender address
        // rejected`.
        let indent = line.len() - line.trim_start().len();
        let continues =
            !line.trim().is_empty() && record_indent.is_some_and(|record| indent > record);
        if continues {
            if let Some(index) = current {
                if blocks[index].lines.len() < MAX_BLOCK_LINES {
                    blocks[index].lines.push(line);
                }
                continue;
            }
        }
        record_indent = opens_reason_line(line).then_some(indent);

        // Microsoft 365 names the recipient above the receiver's reply and
        // quotes the reply on a labelled line of its own. A reply may name
        // the address the recipient was rewritten to (`Error: 550 5.1.1
        // <bob.smith@example.org>: ... User unknown in virtual alias
        // table`), which is the open block's recipient, not another one.
        // Once the block has a reply, a further labelled reply with an
        // address opens that address's block as before.
        if let Some(index) = current.filter(|&index| !has_worded_reply(&blocks[index].lines)) {
            if LABELLED_REPLY.is_match(line) {
                if blocks[index].lines.len() < MAX_BLOCK_LINES {
                    blocks[index].lines.push(line);
                }
                continue;
            }
        }

        // Domino's `because:` paragraph may name the listed recipient or
        // another address. Either way it is the open block's reason.
        let in_reason = in_domino_reason && current.is_some();
        if let Some(address) = recipient_in(line, filter).filter(|_| !in_reason) {
            anchors.push(i);
            let key = address.to_ascii_lowercase();
            let index = *by_address.entry(key).or_insert_with(|| {
                blocks.push(Block { recipient: address, anchors: Vec::new(), lines: Vec::new() });
                blocks.len() - 1
            });
            // Lines that name the recipient again after another's block
            // (a transcript further down) start a paragraph of their own,
            // so the reason read from the first does not run on into them.
            let reentered = !blocks[index].anchors.is_empty() && current != Some(index);
            if reentered && blocks[index].lines.len() < MAX_BLOCK_LINES {
                blocks[index].lines.push("");
            }
            blocks[index].anchors.push(i);
            current = Some(index);
        }
        if let Some(index) = current {
            if blocks[index].lines.len() < MAX_BLOCK_LINES {
                blocks[index].lines.push(line);
            }
        }
    }
    (blocks, anchors)
}

fn failure_of(block: &Block, all: &[&str], anchors: &[usize], preamble: Option<&str>) -> Failure {
    // The lines between the previous recipient's anchor and this one.
    let first = block.anchors[0];
    let previous =
        anchors.partition_point(|&a| a < first).checked_sub(1).map_or(0, |p| anchors[p] + 1);
    let text = match own_wrapper(block) {
        true => transcript_reply(&all[previous..first])
            .unwrap_or_else(|| diagnostic_lines(block, all, preamble)),
        false => diagnostic_lines(block, all, preamble),
    };
    let text = match reply_caused_above(&text, all, previous, first) {
        Some(above) => format!("{above}\n{text}"),
        None => text,
    };
    let joined = smtp::join_multiline(&text);
    let codes = smtp::find_codes(&joined);
    let whole = block.lines.iter().flat_map(|l| l.split_whitespace()).collect::<Vec<_>>().join(" ");
    let (diagnostic, mta_trailer) = if codes.reply.is_some() || codes.status.is_some() {
        // The reply's text starts at its own line, but Postfix may have
        // stated the cause on the record's line above it.
        let (diagnostic, trailer) = super::wrapper::reply_and_trailer(&text);
        let cause = super::wrapper::cause_before_reply(&whole);
        (diagnostic, super::wrapper::with_cause(cause, trailer))
    } else {
        (without_own_address(&tidy(&joined), &block.recipient), String::new())
    };
    Failure {
        recipient: Some(block.recipient.clone()),
        original_recipient: super::expanded::original_in(&block.lines),
        status: codes.status,
        reply: codes.reply,
        remote_mta: remote_host_in(&whole),
        command: command_in(&whole).or_else(|| super::transcript::arrow_command(&block.lines)),
        diagnostic,
        mta_trailer,
        ..Default::default()
    }
}

/// Returns the reply line right above a block whose text opens with a
/// `Caused by:` reply (`550 5.4.300 Message expired` over `Caused by: 450
/// 4.1.1 <bob@example.net>: ...`). The two are one delivery's, and the
/// line above is the sending server's verdict. A line that belongs to
/// the previous recipient's block is never taken.
fn reply_caused_above<'a>(
    text: &str,
    all: &[&'a str],
    previous: usize,
    first: usize,
) -> Option<&'a str> {
    let opening = text.lines().next()?;
    if !is_cause_line(opening) || first == 0 || first - 1 < previous {
        return None;
    }
    let above = all[first - 1];
    (smtp::reply_start(above.trim()) == Some(0)).then_some(above)
}

/// Sendmail's own line for a recipient, `554 <a@example.org>... Remote
/// protocol error`, which carries no reply of the receiver's.
static OWN_WRAPPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[45]\d\d <[^>]+>\.\.\. [^0-9]*$").expect("wrapper pattern is valid")
});

/// True when the block's first reply is Sendmail's own wrapper line.
fn own_wrapper(block: &Block) -> bool {
    let first = block.lines.iter().find(|l| smtp::has_reply_code(l));
    first.is_some_and(|l| OWN_WRAPPER.is_match(l))
}

/// Returns the receiver's reply from the last `<<<` line of a Sendmail
/// transcript, with the `<<<` lines that continue it.
fn transcript_reply(lines: &[&str]) -> Option<String> {
    let start = lines.iter().rposition(|l| l.trim_start().starts_with("<<< "))?;
    let reply: Vec<&str> =
        lines[start..].iter().map_while(|l| l.trim_start().strip_prefix("<<< ")).collect();
    Some(reply.join("\n"))
}

/// True for a line that starts with an address, after spaces or a `<`.
fn opens_with_address(line: &str) -> bool {
    // ADDRESS needs an `@`: without one the line contains no address.
    if !line.contains('@') {
        return false;
    }
    ADDRESS
        .find(line)
        .is_some_and(|m| line[..m.start()].trim_start().trim_start_matches('<').is_empty())
}

/// True for a line holding an address and nothing else but punctuation.
fn is_bare_address(line: &str) -> bool {
    // ADDRESS needs an `@`: without one the line contains no address.
    if !line.contains('@') {
        return false;
    }
    let rest = ADDRESS.replace_all(line, "");
    ADDRESS.is_match(line) && !rest.chars().any(char::is_alphanumeric)
}

/// Drops list bullets and brackets left around a reason without codes.
fn tidy(text: &str) -> String {
    let text = text.trim().trim_start_matches(['-', '*', ':', ' ']);
    // Only a bracket pair around the whole reason goes: `day(s)` keeps its
    // own.
    let text = match text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        Some(inner) => inner,
        None => text,
    };
    text.trim().to_string()
}

#[path = "block_diagnostic.rs"]
mod diagnostic;
#[path = "domino_reason.rs"]
mod domino_reason;
#[path = "grouped.rs"]
mod grouped;

#[cfg(test)]
#[path = "blocks_tests.rs"]
mod tests;
