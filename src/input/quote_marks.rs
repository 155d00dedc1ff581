//! Text quoted with `>` marks, as a mail program quotes a message in a
//! reply: "> " before each line, nested as ">> " or "> > ", or a bare ">"
//! before the first character. A bounce copied from such a reply keeps the
//! marks, and neither its header nor its delivery-status fields nor its
//! reply lines read as such until they are removed.
//!
//! Only the marks at the start of a line are removed, so each unquoted
//! text has the lines of the quoted one, in the same order, and a line
//! number counted in it counts lines of the pasted text too.

/// Returns `raw` without the quote marker that every line carries, or
/// `None` when a line that is not blank lacks it. The marker is the
/// longest run of `>`, each followed by at most one space, that starts
/// every such line, so nested quoting loses all its levels at once. A
/// blank line may carry the marker, part of it or none of it: quote
/// programs write an empty quoted line as `>` alone, or leave it empty.
/// Lines end at LF, so the caller turns lone CRs into line ends first.
pub(super) fn unquote_all(raw: &[u8]) -> Option<Vec<u8>> {
    let mut marker: Option<&[u8]> = None;
    for line in raw.split(|&b| b == b'\n').filter(|line| !is_blank(line)) {
        let prefix = quote_prefix(line);
        let common = match marker {
            None => prefix,
            Some(marker) => &marker[..common_len(marker, prefix)],
        };
        if common.is_empty() {
            return None;
        }
        marker = Some(common);
    }
    let marker = marker?;
    let mut out = Vec::with_capacity(raw.len());
    for (index, line) in raw.split(|&b| b == b'\n').enumerate() {
        if index > 0 {
            out.push(b'\n');
        }
        // A line that is not blank starts with the whole marker, and a
        // blank one loses as much of it as it has.
        out.extend_from_slice(&line[common_len(line, marker)..]);
    }
    Some(out)
}

/// Returns `text` without the quote marker that every line carries, as
/// [`unquote_all`] does for bytes.
pub(super) fn unquote_text(text: &str) -> Option<String> {
    let unquoted = unquote_all(text.as_bytes())?;
    // Only ASCII marks are cut, each at the start of a line, so the rest
    // is still UTF-8.
    String::from_utf8(unquoted).ok()
}

/// Returns the blocks of `body` quoted with `>`: runs of lines that start
/// with `>`, with the blank lines between two such lines. Each block ends
/// with its last quoted line's line end.
pub(super) fn quoted_blocks(body: &str) -> Vec<&str> {
    let mut blocks = Vec::new();
    let mut start = None;
    let mut end = 0;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        if line.starts_with('>') {
            start.get_or_insert(offset);
            end = offset + line.len();
        } else if !line.trim().is_empty() {
            if let Some(from) = start.take() {
                blocks.push(&body[from..end]);
            }
        }
        offset += line.len();
    }
    if let Some(from) = start {
        blocks.push(&body[from..end]);
    }
    blocks
}

/// Returns the lines of `text`, those of each block quoted with `>` (see
/// [`quoted_blocks`]) without the marker the block carries, so that a
/// quoted bounce's fields and statements read as they do unquoted. Other
/// lines, and a line of a block with no common marker, are kept whole.
pub(crate) fn unquoted_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.starts_with('>') || (!block.is_empty() && is_blank(line.as_bytes())) {
            block.push(line);
            continue;
        }
        push_unquoted(&mut lines, &mut block);
        lines.push(line);
    }
    push_unquoted(&mut lines, &mut block);
    lines
}

/// Moves the lines of `block` to `lines` without the block's marker.
/// Blank lines at the end of a block are no part of it, but they lose
/// the marker as the block's blank lines do.
fn push_unquoted<'a>(lines: &mut Vec<&'a str>, block: &mut Vec<&'a str>) {
    let marker = block
        .iter()
        .filter(|line| !is_blank(line.as_bytes()))
        .map(|line| quote_prefix(line.as_bytes()))
        .reduce(|marker, prefix| &marker[..common_len(marker, prefix)])
        .unwrap_or_default();
    // The marker is ASCII, so cutting it leaves each line on a character
    // boundary.
    lines.extend(block.drain(..).map(|line| &line[common_len(line.as_bytes(), marker)..]));
}

/// True for a line with nothing but quote marks and whitespace.
fn is_blank(line: &[u8]) -> bool {
    line.iter().all(|&b| b == b'>' || b.is_ascii_whitespace())
}

/// Returns the run of `>` marks, each with at most one space after it,
/// that `line` starts with.
fn quote_prefix(line: &[u8]) -> &[u8] {
    let mut at = 0;
    while line.get(at) == Some(&b'>') {
        at += 1;
        if line.get(at) == Some(&b' ') {
            at += 1;
        }
    }
    &line[..at]
}

/// Returns how many bytes `a` and `b` share at their start.
fn common_len(a: &[u8], b: &[u8]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unquoted(text: &str) -> Option<String> {
        unquote_text(text)
    }

    #[test]
    fn one_level_with_space() {
        let text = "> From: a@example.com\n>\n> 550 5.1.1 unknown\n";
        assert_eq!(unquoted(text).as_deref(), Some("From: a@example.com\n\n550 5.1.1 unknown\n"));
    }

    #[test]
    fn nested_levels_go_at_once() {
        for text in [">> a\n>>\n>> b", "> > a\n> >\n> > b", ">>a\n>>\n>>b"] {
            assert_eq!(unquoted(text).as_deref(), Some("a\n\nb"), "{text:?}");
        }
    }

    #[test]
    fn bare_marker_keeps_folding() {
        let text = ">Received: from mx.example.net\n> by mx.example.org\n>\tid 4A1B2\n";
        let expected = "Received: from mx.example.net\n by mx.example.org\n\tid 4A1B2\n";
        assert_eq!(unquoted(text).as_deref(), Some(expected));
    }

    #[test]
    fn continuation_after_spaced_marker() {
        let text = "> Received: from mx.example.net\n>  by mx.example.org\n";
        let expected = "Received: from mx.example.net\n by mx.example.org\n";
        assert_eq!(unquoted(text).as_deref(), Some(expected));
    }

    #[test]
    fn deeper_lines_keep_their_marks() {
        let text = "> Transcript:\n> >>> RCPT TO:<b@example.net>\n> <<< 550 unknown\n";
        let expected = "Transcript:\n>>> RCPT TO:<b@example.net>\n<<< 550 unknown\n";
        assert_eq!(unquoted(text).as_deref(), Some(expected));
    }

    #[test]
    fn blank_lines_empty_or_marked() {
        let text = "\n> a\n\n>\n> >\n  \n> b\r\n";
        assert_eq!(unquoted(text).as_deref(), Some("\na\n\n\n>\n  \nb\r\n"));
    }

    #[test]
    fn unquoted_line_keeps_text() {
        assert_eq!(unquoted("> a\nb\n> c\n"), None);
        assert_eq!(unquoted("a\n> b\n"), None);
        assert_eq!(unquoted(">>> RCPT TO:<b@example.net>\n<<< 550 unknown\n"), None);
        assert_eq!(unquoted(">\n> \n\n"), None);
        assert_eq!(unquoted(""), None);
    }

    #[test]
    fn line_count_kept() {
        let text = "> a\n>\n> b\n\n>> c\n";
        let out = unquoted(text).expect("every line quoted");
        assert_eq!(out.lines().count(), text.lines().count());
    }

    #[test]
    fn lines_of_each_block_unquoted() {
        let text = "Hi,\n\n> Status: 5.1.1\n>\n\n>  folded\nprose\n>> a\n>>b\n";
        let expected = ["Hi,", "", "Status: 5.1.1", "", "", " folded", "prose", " a", "b"];
        assert_eq!(unquoted_lines(text), expected);
        assert_eq!(unquoted_lines(">\n>"), [">", ">"]);
    }

    #[test]
    fn blocks_between_prose() {
        let body = "Hi,\n\n> a\n>\n\n> b\nprose\n> c\n";
        assert_eq!(quoted_blocks(body), ["> a\n>\n\n> b\n", "> c\n"]);
        assert!(quoted_blocks("no quotes\n").is_empty());
    }
}
