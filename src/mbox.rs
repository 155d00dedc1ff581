//! Splits an mbox file into its messages, reading as it goes so a large
//! mailbox is never held in memory whole. The library splits a pasted
//! mbox with it, and the command-line tool splits files and standard
//! input, so both find the same messages.
//!
//! Both common variants are read. mboxo writers escape a body line that
//! starts with "From " as ">From "; mboxrd writers add one ">" to every
//! line that matches ">*From ". Reading removes one ">" from any line that
//! matches ">+From ", which restores mboxrd exactly and mboxo in all but
//! one case that format cannot express: a body line that really began
//! with ">From ".
//!
//! A "From " line opens a message after a blank line, as writers put one
//! there, or right after a MIME closing delimiter (`--boundary--`), which
//! ends a message: files joined without a blank line have that layout.

use std::io::{self, BufRead};

/// True when `head`, the first bytes of an input, opens an mbox file.
pub fn starts_as_mbox(head: &[u8]) -> bool {
    head.starts_with(b"From ")
}

/// Counts line ends as [`crate::input::to_text`] makes them: an LF, with any CRs
/// before it, is one, and each CR not followed by an LF is one.
pub fn count_line_ends(bytes: &[u8]) -> usize {
    let mut count = 0;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\n' => {
                count += 1;
                at += 1;
            }
            b'\r' => {
                let run = bytes[at..].iter().take_while(|&&b| b == b'\r').count();
                if bytes.get(at + run) != Some(&b'\n') {
                    count += run;
                }
                at += run;
            }
            _ => at += 1,
        }
    }
    count
}

/// Iterator over the messages of an mbox. Each message keeps its own
/// "From " line, so line numbers in its report count from there, and the
/// explainer can read the envelope sender.
pub struct Messages<R> {
    reader: R,
    line: Vec<u8>,
    /// A line read ahead, to see whether a "From " line opens a message,
    /// and not yet added to one.
    pending: Option<Vec<u8>>,
    /// The "From " line that ended the previous message and opens the next.
    envelope: Vec<u8>,
    started: bool,
    done: bool,
    /// Bytes consumed from `reader` so far, for progress reports.
    pub bytes_read: u64,
    /// Line ends consumed from `reader` so far, counted as
    /// [`count_line_ends`] counts them.
    lines_read: usize,
}

impl<R: BufRead> Messages<R> {
    /// Starts reading an mbox whose first line is a "From " line.
    pub fn new(reader: R) -> Self {
        Messages {
            reader,
            line: Vec::new(),
            pending: None,
            envelope: Vec::new(),
            started: false,
            done: false,
            bytes_read: 0,
            lines_read: 0,
        }
    }

    /// Returns the number of lines of the file before the next message,
    /// counted as [`count_line_ends`] counts them, or `None` when no
    /// message is left. A report's line numbers count from the message's
    /// own "From " line, so adding this makes them count lines of the file.
    pub fn lines_before_next(&self) -> Option<usize> {
        let ahead =
            count_line_ends(&self.envelope) + self.pending.as_deref().map_or(0, count_line_ends);
        (!self.done).then(|| self.lines_read - ahead)
    }

    /// Returns the byte offset at which the next message starts, or `None`
    /// when no message is left.
    pub fn next_offset(&self) -> Option<u64> {
        let ahead = self.envelope.len() + self.pending.as_ref().map_or(0, Vec::len);
        (!self.done).then(|| self.bytes_read - ahead as u64)
    }

    fn read_line(&mut self) -> io::Result<bool> {
        if let Some(line) = self.pending.take() {
            self.line = line;
            return Ok(true);
        }
        self.line.clear();
        let n = self.reader.read_until(b'\n', &mut self.line)?;
        self.bytes_read += n as u64;
        self.lines_read += count_line_ends(&self.line);
        Ok(n > 0)
    }
}

impl<R: BufRead> Iterator for Messages<R> {
    type Item = io::Result<Vec<u8>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        // The first call reads the file's opening "From " line; later
        // calls start with the separator that ended the previous message.
        if !self.started {
            self.started = true;
            match self.read_line() {
                Ok(true) => self.envelope = std::mem::take(&mut self.line),
                Ok(false) => {
                    self.done = true;
                    return None;
                }
                Err(e) => return Some(Err(self.fail(e))),
            }
        }
        let mut message = std::mem::take(&mut self.envelope);
        // A blank line is held back until the next line shows whether it
        // is the blank line writers put before the next "From " line.
        let mut held_blank: Option<Vec<u8>> = None;
        // Set when the last line added to the message closes a multipart.
        let mut after_close = false;
        loop {
            match self.read_line() {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    return Some(Ok(message));
                }
                Err(e) => return Some(Err(self.fail(e))),
            }
            if (held_blank.is_some() || after_close) && is_separator(&self.line) {
                // A "From " line opens a message only when a header field
                // follows it, so a body line such as "From the desk, 10:30"
                // that a writer left unescaped stays in its message.
                let candidate = std::mem::take(&mut self.line);
                match self.read_line() {
                    Ok(true) if is_header_line(&self.line) => {
                        self.pending = Some(std::mem::take(&mut self.line));
                        self.envelope = candidate;
                        return Some(Ok(message));
                    }
                    Ok(true) => self.pending = Some(std::mem::take(&mut self.line)),
                    Ok(false) => self.done = true,
                    Err(e) => return Some(Err(self.fail(e))),
                }
                message.extend_from_slice(&held_blank.take().unwrap_or_default());
                message.extend_from_slice(&candidate);
                after_close = false;
                if self.done {
                    return Some(Ok(message));
                }
                continue;
            }
            let line = &self.line;
            if let Some(blank) = held_blank.take() {
                message.extend_from_slice(&blank);
            }
            after_close = is_closing_delimiter(line);
            if is_blank(line) {
                held_blank = Some(line.clone());
            } else if is_escaped_from(line) {
                message.extend_from_slice(&line[1..]);
            } else {
                message.extend_from_slice(line);
            }
        }
    }
}

impl<R> Messages<R> {
    fn fail(&mut self, e: io::Error) -> io::Error {
        self.done = true;
        e
    }
}

fn is_blank(line: &[u8]) -> bool {
    line == b"\n" || line == b"\r\n"
}

/// True for a line that starts a new message: "From ", a sender, then a
/// date with a time of day, as in "From MAILER-DAEMON Thu Apr 29 23:34:45
/// 2015". Only a line after a blank line is tested, so together with the
/// time check an unescaped "From " in a body paragraph rarely splits.
fn is_separator(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"From ") else {
        return false;
    };
    rest.windows(4).any(|w| {
        w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    })
}

/// True for a `Name: value` header line, with a field name of letters,
/// digits, `-`, `_` and `.` as in [`crate::input::is_header_line`].
fn is_header_line(line: &[u8]) -> bool {
    match line.iter().position(|&b| b == b':') {
        Some(colon) if colon > 0 => line[..colon]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')),
        _ => false,
    }
}

/// True for a MIME closing delimiter line: `--`, a boundary, `--` (RFC
/// 2046, section 5.1.1). The boundary must contain a letter or digit and
/// no space, so a dashed rule such as `----- Original message -----` is
/// not taken for one.
fn is_closing_delimiter(line: &[u8]) -> bool {
    let line = line.trim_ascii_end();
    let Some(boundary) = line.strip_prefix(b"--").and_then(|rest| rest.strip_suffix(b"--")) else {
        return false;
    };
    boundary.iter().any(u8::is_ascii_alphanumeric) && !boundary.iter().any(u8::is_ascii_whitespace)
}

fn is_escaped_from(line: &[u8]) -> bool {
    let quotes = line.iter().take_while(|&&b| b == b'>').count();
    quotes > 0 && line[quotes..].starts_with(b"From ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(mbox: &str) -> Vec<String> {
        Messages::new(mbox.as_bytes()).map(|m| String::from_utf8(m.unwrap()).unwrap()).collect()
    }

    const FROM_A: &str = "From a@example.com Thu Apr 29 23:34:45 2015\n";
    const FROM_B: &str = "From b@example.com Fri Apr 30 01:02:03 2015\n";

    #[test]
    fn splits_on_from_lines() {
        let mbox = format!("{FROM_A}Subject: one\n\nbody 1\n\n{FROM_B}Subject: two\n\nbody 2\n\n");
        let one = format!("{FROM_A}Subject: one\n\nbody 1\n");
        let two = format!("{FROM_B}Subject: two\n\nbody 2\n");
        assert_eq!(split(&mbox), [one, two]);
    }

    #[test]
    fn unescapes_one_quote_level() {
        let mbox = format!("{FROM_A}\n>From here\n>>From there\n> From not\n");
        assert_eq!(split(&mbox), [format!("{FROM_A}\nFrom here\n>From there\n> From not\n")]);
    }

    #[test]
    fn body_from_without_time_does_not_split() {
        let mbox = format!("{FROM_A}Subject: x\n\nFrom the desk of Jo\n");
        assert_eq!(split(&mbox), [mbox.clone()]);
    }

    #[test]
    fn from_line_without_blank_line_does_not_split() {
        let mbox = format!("{FROM_A}Subject: x\n{FROM_B}");
        assert_eq!(split(&mbox), [mbox.clone()]);
    }

    #[test]
    fn crlf_separators() {
        let a = "From a Thu Apr 29 23:34:45 2015\r\nA: 1\r\n";
        let b = "From b Thu Apr 29 23:34:46 2015\r\nB: 2\r\n";
        assert_eq!(split(&format!("{a}\r\n{b}")), [a, b]);
    }

    #[test]
    fn keeps_extra_blank_lines() {
        let mbox = format!("{FROM_A}A: 1\n\n\n\n{FROM_B}B: 2\n");
        assert_eq!(split(&mbox), [format!("{FROM_A}A: 1\n\n\n"), format!("{FROM_B}B: 2\n")]);
    }

    #[test]
    fn body_from_with_time_stays_in_message() {
        let body = "\nFrom the desk of Jo, 10:30 Monday\nplease call back\n";
        let mbox = format!("{FROM_A}Subject: one\n\nbody\n\n{FROM_B}Subject: two\n{body}");
        let two = format!("{FROM_B}Subject: two\n{body}");
        assert_eq!(split(&mbox), [format!("{FROM_A}Subject: one\n\nbody\n"), two]);
    }

    #[test]
    fn body_from_with_time_at_end_stays() {
        let mbox = format!("{FROM_A}Subject: one\n\nbody\n\nFrom Jo at 10:30\n");
        assert_eq!(split(&mbox), [mbox.clone()]);
    }

    #[test]
    fn next_offset_points_at_separator() {
        let first = format!("{FROM_A}Subject: one\n\nbody 1\n\n");
        let mbox = format!("{first}{FROM_B}Subject: two\n\nbody 2\n");
        let mut messages = Messages::new(mbox.as_bytes());
        assert_eq!(messages.next_offset(), Some(0));
        messages.next();
        assert_eq!(messages.next_offset(), Some(first.len() as u64));
        messages.next();
        assert_eq!(messages.next_offset(), None);
    }

    #[test]
    fn splits_after_closing_delimiter() {
        let one =
            format!("{FROM_A}Content-Type: multipart/mixed; boundary=b1\n\n--b1\n\nx\n--b1--\n");
        let two = format!("{FROM_B}Subject: two\n\nbody 2\n");
        assert_eq!(split(&format!("{one}{two}")), [one, two]);
    }

    #[test]
    fn dashed_rule_is_no_closing_delimiter() {
        let mbox = format!("{FROM_A}Subject: x\n\n----- Original message -----\n{FROM_B}A: 1\n");
        assert_eq!(split(&mbox), [mbox.clone()]);
        assert!(!is_closing_delimiter(b"------\n"));
        assert!(is_closing_delimiter(b"--=_Part_1.2--\r\n"));
    }

    #[test]
    fn empty_input_has_no_messages() {
        assert!(split("").is_empty());
    }
}
