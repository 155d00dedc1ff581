//! Lines pasted above an email's header that are not part of the email.
//!
//! Selecting a raw message in a mail program's "show original" view and
//! copying it often brings blank lines along, and selecting the whole of
//! Gmail's "Show original" page brings its summary table too. mail-parser
//! reads the header from the first byte, so with either in front the whole
//! email would be read as a body with no header. These lines are skipped
//! when the email is parsed, but they stay in the text that line numbers
//! count, so "found on line" still points into what was pasted.

/// Max lines from Gmail's `Original Message` line to its `Download
/// Original` button row. The table has one row per field (Message ID,
/// Created at, From, To, Cc, Subject, SPF, DKIM, DMARC), and a copy may put
/// each label and its value on lines of their own.
const MAX_SUMMARY_LINES: usize = 40;

/// Returns how many lines of `text` come before the header of the email
/// it contains: blank or whitespace-only lines, and Gmail's "Show
/// original" summary with the blank lines around it. Returns 0 when the
/// text opens with something else; whether a header follows is for the
/// caller to decide.
pub(super) fn lines_before_header(text: &str) -> usize {
    let blank = count_blank(text.split('\n'));
    match gmail_summary_lines(&text[line_start(text, blank)..]) {
        Some(summary) => {
            let after = blank + summary;
            after + count_blank(text.split('\n').skip(after))
        }
        None => blank,
    }
}

/// Returns the byte offset in `text` where line `line` (0-based) starts,
/// or the text's length when it has fewer lines.
pub(super) fn line_start(text: &str, line: usize) -> usize {
    if line == 0 {
        return 0;
    }
    text.match_indices('\n').nth(line - 1).map_or(text.len(), |(at, _)| at + 1)
}

/// Returns `raw` after its first `lines` line ends, counted as
/// [`super::to_text`] makes them: an LF with any CRs before it is one, and
/// each CR not followed by an LF is one. The lines counted in the text
/// are then the ones cut from the bytes.
pub(super) fn skip_lines(raw: &[u8], lines: usize) -> &[u8] {
    let mut left = lines;
    let mut at = 0;
    while left > 0 && at < raw.len() {
        match raw[at] {
            b'\n' => {
                left -= 1;
                at += 1;
            }
            b'\r' => {
                let run = raw[at..].iter().take_while(|&&b| b == b'\r').count();
                if raw.get(at + run) == Some(&b'\n') {
                    at += run;
                } else {
                    // Each lone CR ends a line. The skip stops after the
                    // one that ends the last line to skip.
                    let lone_crs = run.min(left);
                    left -= lone_crs;
                    at += lone_crs;
                }
            }
            _ => at += 1,
        }
    }
    &raw[at..]
}

/// Counts the lines at the start of `lines` that are empty or hold only
/// white space, the no-break space included.
fn count_blank<'a>(lines: impl Iterator<Item = &'a str>) -> usize {
    lines.take_while(|line| line.chars().all(char::is_whitespace)).count()
}

/// Returns how many lines Gmail's "Show original" summary takes at the
/// start of `text`, through its `Download Original` / `Copy to
/// clipboard` button row. The table opens with the heading `Original
/// Message` and the row `Message ID <...>`. Sources (checked 2026-12-06):
/// cloudHQ's guide to Gmail's "Show original" lists the rows,
/// https://support.cloudhq.net/how-to-get-full-email-headers-in-gmail-show-original/,
/// and a page copied whole, with its button row, is at
/// https://pastebin.com/iYuR8Vmp.
/// NOTE: a copy that ends the selection above the button row keeps the
/// summary, so the email is then read as text, and its Message-ID is kept
/// from the recipients by the extract stage.
fn gmail_summary_lines(text: &str) -> Option<usize> {
    let mut rows = text.split('\n').map(str::trim);
    if !rows.next()?.eq_ignore_ascii_case("original message") {
        return None;
    }
    let message_id = rows.find(|row| !row.is_empty())?;
    if !starts_with_ignore_case(message_id, "message id") {
        return None;
    }
    let buttons = text
        .split('\n')
        .take(MAX_SUMMARY_LINES)
        .position(|line| starts_with_ignore_case(line.trim(), "download original"))?;
    Some(buttons + 1)
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_counted() {
        assert_eq!(lines_before_header("From: a\n"), 0);
        assert_eq!(lines_before_header("\nFrom: a\n"), 1);
        assert_eq!(lines_before_header(" \n\t\n\u{a0}\nFrom: a\n"), 3);
        assert_eq!(lines_before_header("  From: a\n"), 0);
    }

    #[test]
    fn gmail_summary_counted() {
        let summary = "Original Message\nMessage ID\t<a@example.org>\nCreated at:\tMon\n\
            SPF:\tPASS with IP 198.51.100.99 Learn more\n\nDownload Original\tCopy to clipboard\t\n";
        let text = format!("\n{summary}\nFrom: b@example.org\nTo: c@example.org\n\nbody\n");
        assert_eq!(lines_before_header(&text), 8);
        assert!(text[line_start(&text, 8)..].starts_with("From: b@example.org"));
        // Without its button row the summary's end is not known.
        let cut = text.replace("Download Original", "");
        assert_eq!(lines_before_header(&cut), 1);
        let no_id = text.replace("Message ID", "Created on");
        assert_eq!(lines_before_header(&no_id), 1);
    }

    #[test]
    fn lines_skipped_in_bytes() {
        assert_eq!(skip_lines(b"\r\n \nFrom: a", 2), b"From: a");
        assert_eq!(skip_lines(b"\r\r\nFrom: a", 1), b"From: a");
        assert_eq!(skip_lines(b"\r\rFrom: a", 2), b"From: a");
        assert_eq!(skip_lines(b"\r\rFrom: a", 1), b"\rFrom: a");
        assert_eq!(skip_lines(b"From: a", 0), b"From: a");
        assert_eq!(skip_lines(b"\n", 3), b"");
    }

    #[test]
    fn line_start_offsets() {
        assert_eq!(line_start("a\nb\nc", 0), 0);
        assert_eq!(line_start("a\nb\nc", 2), 4);
        assert_eq!(line_start("a\n", 5), 2);
    }
}
