//! Splits an mbox file into its messages, reading as it goes so a large
//! mailbox is never held in memory whole.
//!
//! Both common variants are read. mboxo writers escape a body line that
//! starts with "From " as ">From "; mboxrd writers add one ">" to every
//! line that matches ">*From ". Reading removes one ">" from any line that
//! matches ">+From ", which restores mboxrd exactly and mboxo in all but
//! one case that format cannot express: a body line that really began
//! with ">From ".

use std::io::{self, BufRead};

/// True when `head`, the first bytes of an input, opens an mbox file.
pub fn starts_as_mbox(head: &[u8]) -> bool {
    head.starts_with(b"From ")
}

/// Iterator over the messages of an mbox. Each message keeps its own
/// "From " line, so line numbers in its report count from there, and the
/// explainer can read the envelope sender.
pub struct Messages<R> {
    reader: R,
    line: Vec<u8>,
    /// The "From " line that ended the previous message and opens the next.
    envelope: Vec<u8>,
    done: bool,
    /// Bytes consumed from `reader` so far, for progress reports.
    pub bytes_read: u64,
}

impl<R: BufRead> Messages<R> {
    /// Starts reading an mbox whose first line is a "From " line.
    pub fn new(reader: R) -> Self {
        Messages { reader, line: Vec::new(), envelope: Vec::new(), done: false, bytes_read: 0 }
    }

    fn read_line(&mut self) -> io::Result<bool> {
        self.line.clear();
        let n = self.reader.read_until(b'\n', &mut self.line)?;
        self.bytes_read += n as u64;
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
        if self.bytes_read == 0 {
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
        loop {
            match self.read_line() {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    return Some(Ok(message));
                }
                Err(e) => return Some(Err(self.fail(e))),
            }
            let line = &self.line;
            if held_blank.is_some() && is_separator(line) {
                self.envelope = line.clone();
                return Some(Ok(message));
            }
            if let Some(blank) = held_blank.take() {
                message.extend_from_slice(&blank);
            }
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

fn is_escaped_from(line: &[u8]) -> bool {
    let quotes = line.iter().take_while(|&&b| b == b'>').count();
    quotes > 0 && line[quotes..].starts_with(b"From ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(mbox: &str) -> Vec<String> {
        Messages::new(mbox.as_bytes())
            .map(|m| String::from_utf8(m.unwrap()).unwrap())
            .collect()
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
        let mbox = format!("{FROM_A}A: 1\n\n\n\n{FROM_B}");
        assert_eq!(split(&mbox), [format!("{FROM_A}A: 1\n\n\n"), FROM_B.to_string()]);
    }

    #[test]
    fn empty_input_has_no_messages() {
        assert!(split("").is_empty());
    }
}
