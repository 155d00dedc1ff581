//! The paragraphs of a text that may hold an address: the only ones the
//! sender and receiver rules are run over.

/// Number of bytes of one line that the rules read. A receiver's reply
/// line is at most 512 bytes (RFC 5321, section 4.5.3.1.5). The page's
/// regex-lite pays for every byte with each of dozens of rules, and a
/// pasted line of half a megabyte took seconds there. The rest of a
/// longer line is not read for an address.
pub(super) const MAX_LINE: usize = 16 * 1024;

/// Splits `text` into paragraphs (runs of lines between blank lines) and
/// keeps, with its byte offset, each one that holds something shaped like
/// an address: four dotted numbers, or a run of hex digits with two or more
/// colons. Every rule captures an address, so a paragraph without one
/// cannot match, and skipping it saves running dozens of patterns over
/// prose and returned messages; regex-lite, which the page uses, pays for
/// every byte it scans. A line longer than [`MAX_LINE`] is a paragraph of
/// its own, cut to its first `MAX_LINE` bytes.
pub(super) fn address_segments(text: &str) -> Vec<(usize, &str)> {
    let mut segments = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        if line.len() > MAX_LINE {
            push_if_address(&mut segments, text, start, line_start);
            let end = line_start + crate::input::head(line, MAX_LINE).len();
            push_if_address(&mut segments, text, line_start, end);
            start = offset;
        } else if line.trim().is_empty() {
            push_if_address(&mut segments, text, start, offset);
            start = offset;
        }
    }
    push_if_address(&mut segments, text, start, text.len());
    segments
}

fn push_if_address<'t>(
    segments: &mut Vec<(usize, &'t str)>,
    text: &'t str,
    start: usize,
    end: usize,
) {
    let segment = &text[start..end];
    if may_hold_address(segment) {
        segments.push((start, segment));
    }
}

/// True when `text` has a run of hex digits, dots and colons with three
/// dots and a decimal digit after them, or with two colons: the shape of
/// an IPv4 or IPv6 address. A non-ASCII character after the third dot also
/// counts, because an invisible one may split the address's last number.
fn may_hold_address(text: &str) -> bool {
    let (mut dots, mut colons) = (0, 0);
    for b in text.bytes() {
        if dots >= 3 && (b.is_ascii_digit() || !b.is_ascii()) {
            return true;
        }
        match b {
            b'.' => dots += 1,
            b':' => colons += 1,
            b if b.is_ascii_hexdigit() => {}
            _ => {
                dots = 0;
                colons = 0;
                continue;
            }
        }
        if colons >= 2 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_shapes_kept() {
        for text in [
            "Client host [192.0.2.1] blocked",
            "from 2001:db8::25 refused",
            "203.0.113.\u{200B}45 listed",
            "5.2.0.192.zen.spamhaus.org",
        ] {
            assert!(may_hold_address(text), "{text}");
        }
    }

    #[test]
    fn long_line_cut() {
        let long = format!("550 5.7.1 {} Client host [192.0.2.1] blocked", "x".repeat(MAX_LINE));
        let text =
            format!("Reporting-MTA: dns; mx.example.net\n{long}\n\nClient host [198.51.100.2]\n");
        let segments = address_segments(&text);
        // The long line's address lies past its first MAX_LINE bytes.
        assert_eq!(segments.len(), 1, "{segments:?}");
        assert!(segments[0].1.contains("198.51.100.2"));
        let early = format!("Client host [192.0.2.1] blocked {}\n", "x".repeat(MAX_LINE));
        let segments = address_segments(&early);
        assert_eq!(segments, vec![(0, &early[..MAX_LINE])]);
    }

    #[test]
    fn dotted_runs_without_address_skipped() {
        let repeated = "554 5.7.1 ".to_string() + &"[192.0.2.".repeat(1000);
        let labelled =
            "554 5.7.1 ".to_string() + &"Error: 554 5.7.1 Client host [192.0.2.".repeat(100);
        for text in [
            repeated.as_str(),
            labelled.as_str(),
            "version 1.2.3. released",
            "mx.example.net. said",
        ] {
            assert!(!may_hold_address(text), "{text}");
        }
    }
}
