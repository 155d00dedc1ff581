//! Cutting the scanned text at [`super::SCAN_LIMIT`] without leaving half
//! an entry behind.
//!
//! A failure cut in the middle would be read as a failure of its own: the
//! cut-off "554 5.7.1 Service u" of a Spamhaus block would give its
//! recipient a second card with a vaguer cause. So the cut moves back to
//! the start of the entry it went through.

/// Max bytes to move back in search of the first line of the entry that
/// the cut went through. A Postfix or Exim entry folds over a few lines of
/// about 80 bytes, so this spans any of them. When no first line is found
/// within it, only the line the cut went through is dropped.
const MAX_ENTRY_BYTES: usize = 16 * 1024;

/// Cuts `text` to at most `limit` bytes, at a character boundary, and
/// returns whether anything was cut.
pub fn truncate_at_char(text: &mut String, limit: usize) -> bool {
    if text.len() <= limit {
        return false;
    }
    text.truncate(char_boundary_before(text, limit));
    true
}

/// Returns the first `limit` bytes of `text` at most, ending at a
/// character boundary.
pub fn head(text: &str, limit: usize) -> &str {
    &text[..char_boundary_before(text, limit.min(text.len()))]
}

/// Cuts `text` to at most `limit` bytes, ending before the entry that
/// straddles the limit, and returns whether anything was cut.
///
/// An entry is a line and the indented lines that continue it, as Postfix
/// and Exim fold a long reply. A text with no line break before the limit
/// is cut at a character boundary instead, so something is always kept.
pub fn truncate_at_entry(text: &mut String, limit: usize) -> bool {
    if text.len() <= limit {
        return false;
    }
    let end = char_boundary_before(text, limit);
    let Some(last_break) = text[..end].rfind('\n') else {
        text.truncate(end);
        return true;
    };
    // The line after the last break is the one the cut went through, or,
    // when the cut fell on a line end, the first line left out. Either way
    // it is not kept, and when it continues an entry, that entry is not
    // kept either.
    let cut_line = last_break + 1;
    text.truncate(entry_start(text, cut_line));
    true
}

/// Returns where the entry that contains the line starting at `line` begins:
/// the nearest line before it that is indented less, unless a blank line,
/// the start of the text or [`MAX_ENTRY_BYTES`] comes first, in which case
/// `line` itself.
fn entry_start(text: &str, line: usize) -> usize {
    let depth = indentation(&text[line..]);
    if depth == 0 {
        return line;
    }
    let mut start = line;
    while start > 0 && line - start <= MAX_ENTRY_BYTES {
        let previous = text[..start - 1].rfind('\n').map_or(0, |i| i + 1);
        let previous_line = &text[previous..start - 1];
        if previous_line.trim().is_empty() {
            return line;
        }
        if indentation(previous_line) < depth {
            return previous;
        }
        start = previous;
    }
    line
}

/// Counts the spaces and tabs a line starts with.
fn indentation(line: &str) -> usize {
    line.bytes().take_while(|b| matches!(b, b' ' | b'\t')).count()
}

fn char_boundary_before(text: &str, limit: usize) -> usize {
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_ends_at_a_character() {
        assert_eq!(head("abc", 10), "abc");
        assert_eq!(head("abc", 2), "ab");
        // "é" is two bytes, so a limit inside it keeps the byte before.
        assert_eq!(head("aé", 2), "a");
        assert_eq!(head("aé", 3), "aé");
    }

    const ENTRY: &str =
        "<bob@example.org>: host mx.example.org[198.51.100.9] said: 554 5.7.1\n    \
                         Service unavailable; Client host [203.0.113.45] blocked\n    \
                         using zen.spamhaus.org (in reply to RCPT TO command)\n";

    #[test]
    fn cut_keeps_whole_entries_only() {
        let text = ENTRY.repeat(100);
        // Every limit inside the 10th entry keeps exactly nine entries.
        for limit in 9 * ENTRY.len()..10 * ENTRY.len() {
            let mut cut = text.clone();
            assert!(truncate_at_entry(&mut cut, limit), "limit {limit}");
            assert_eq!(cut, ENTRY.repeat(9), "limit {limit}");
        }
        // A limit on the 10th entry's end keeps it.
        let mut cut = text.clone();
        assert!(truncate_at_entry(&mut cut, 10 * ENTRY.len()));
        assert_eq!(cut, ENTRY.repeat(10));
    }

    #[test]
    fn cut_stops_at_blank_line() {
        // An indented paragraph has no less-indented first line before its
        // blank line, so only the line the cut went through is dropped.
        let text = "  a\n  b\n\n  c\n  d\n";
        let mut cut = text.to_string();
        assert!(truncate_at_entry(&mut cut, text.len() - 2));
        assert_eq!(cut, "  a\n  b\n\n  c\n");
    }

    #[test]
    fn cut_within_single_line() {
        let mut cut = "x".repeat(100);
        assert!(truncate_at_entry(&mut cut, 40));
        assert_eq!(cut.len(), 40);
        let mut cut = "é".repeat(100);
        assert!(truncate_at_entry(&mut cut, 41));
        assert_eq!(cut.len(), 40);
    }

    #[test]
    fn cut_far_into_indented_block() {
        // No less-indented line within reach: only the cut line goes.
        let text = format!("head\n{}", "    more of the same\n".repeat(10_000));
        let mut cut = text.clone();
        assert!(truncate_at_entry(&mut cut, text.len() - 5));
        assert_eq!(cut.len(), text.len() - "    more of the same\n".len());
    }

    #[test]
    fn short_text_is_not_cut() {
        let mut text = ENTRY.to_string();
        assert!(!truncate_at_entry(&mut text, ENTRY.len()));
        assert_eq!(text, ENTRY);
    }
}
