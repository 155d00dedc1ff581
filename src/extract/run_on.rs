//! Non-delivery reports whose line breaks were lost, as when a report is
//! pasted into a chat or a one-line ticket field. Each recipient's record
//! then runs on after the one before it, and a reader that cuts the text
//! at lines gives the first recipient the next one's reply. Postfix,
//! Microsoft 365 and Exchange, Exim and Sendmail records are split.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex_lite::Regex;

/// The start of a Postfix record after a space or tab: `<bob@example.net>:
/// host mx.example.net[198.51.100.20] said:` (or `refused to talk to me:`,
/// both from Postfix's src/smtp/smtp_proto.c), with an optional
/// `(expanded from <alias@example.net>)` after the address.
static POSTFIX_RECORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)[ \t]<[^\s<>@]+@[^\s<>]+>(?: \(expanded from <[^\s<>]+>\))?",
        r": host \S+ (?:said|refused to talk to me):",
    ))
    .expect("Postfix record pattern is valid")
});

/// The start of a Microsoft 365 or Exchange record after a space or tab:
/// the address, optionally the receiving host (a word without `@`, so
/// that an address listed before is not taken for it), then `Remote Server
/// returned '`, as in `bob@example.net Remote Server returned '550 5.1.10
/// ...'`.
static EXCHANGE_RECORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)[ \t][^\s<>'"]+@[^\s<>'"]+(?: [^\s'"@]+)? remote server returned '"#)
        .expect("Exchange record pattern is valid")
});

/// The start of an Exim record after a space or tab: the address, then
/// the `host` line and the error line that follow it when the breaks are
/// kept, as in `bob@example.net host mx.example.net [198.51.100.9] SMTP
/// error from remote mail server after RCPT TO:<bob@example.net>: 550
/// ...`. A delay warning puts `Delay reason:` before `SMTP error`.
static EXIM_RECORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r#"(?i)[ \t][^\s<>'"@]+@[^\s<>'"]+[ \t]+host \S+ \[[^\]\s]+\]:?"#,
        r"[ \t]+(?:delay reason: )?smtp error from remote mail server after ",
    ))
    .expect("Exim record pattern is valid")
});

/// The start of a Sendmail record after a space or tab. In the list of
/// failed addresses the address in angle brackets is followed by
/// `(reason: 550 ...)`. In the transcript it is followed by `... `, as in
/// `<bob@example.net>... Deferred: 451 ...`, and there the character
/// before the space must not be a digit, because Sendmail also quotes
/// `550 5.1.1 <bob@example.net>... User unknown` inside one record's
/// reply. That character is part of the match. Sendmail's section rules
/// (`----- Transcript of session follows -----`) also start a line, so
/// that the transcript of one recipient does not run on into the
/// record listed before it.
static SENDMAIL_RECORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)[ \t]<[^\s<>@]+@[^\s<>]+>[ \t]+\(reason: ",
        r"|[^\d\s][ \t]<[^\s<>@]+@[^\s<>]+>\.\.\. ",
        r"|[ \t]-----[ \t]+(?:transcript of session follows|the following addresses had",
        r"|original message follows|message header follows)",
    ))
    .expect("Sendmail record pattern is valid")
});

/// Returns `text` with a line break in place of the space or tab before
/// each recipient's record that starts inside a line (see
/// [`POSTFIX_RECORD`], [`EXCHANGE_RECORD`], [`EXIM_RECORD`] and
/// [`SENDMAIL_RECORD`]). The text keeps its length, so a byte offset
/// found in the result is the same in `text`. A record that already opens
/// its line, after indentation or none, is left alone.
pub(super) fn break_records(text: &str) -> Cow<'_, str> {
    let mut breaks: Vec<usize> =
        [&POSTFIX_RECORD, &EXCHANGE_RECORD, &EXIM_RECORD, &SENDMAIL_RECORD]
            .into_iter()
            .flat_map(|pattern| pattern.find_iter(text))
            .map(|found| found.start() + separator_offset(found.as_str()))
            .filter(|&at| !opens_line(text, at))
            .collect();
    if breaks.is_empty() {
        return Cow::Borrowed(text);
    }
    breaks.sort_unstable();
    let mut bytes = text.as_bytes().to_vec();
    for at in breaks {
        // Each break is at an ASCII space or tab, so swapping it for `\n`
        // keeps the text valid UTF-8.
        bytes[at] = b'\n';
    }
    Cow::Owned(String::from_utf8(bytes).expect("an ASCII byte was swapped for another"))
}

/// Returns the offset in `found` of the space or tab before the record.
/// Each pattern's match contains one, and only a Sendmail transcript
/// match has a character before it.
fn separator_offset(found: &str) -> usize {
    found.find([' ', '\t']).unwrap_or(0)
}

/// True when only spaces and tabs stand between the start of the line and
/// the separator at `at`. The scan stops at the first other byte, so the
/// work stays linear in the text.
fn opens_line(text: &str, at: usize) -> bool {
    let before = text.as_bytes()[..at].iter().rev();
    let last = before.skip_while(|&&byte| byte == b' ' || byte == b'\t').next();
    matches!(last, None | Some(b'\n' | b'\r'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postfix_records_split() {
        let text = "could not be delivered. <bob@example.net>: host mx.example.net[198.51.100.20] \
                    said: 550 5.1.1 <bob@example.net>: User unknown (in reply to RCPT TO command) \
                    <carol@example.org>: host mx.example.org[198.51.100.21] said: 552 5.2.2 \
                    Mailbox full (in reply to RCPT TO command)";
        let broken = break_records(text);
        let lines: Vec<&str> = broken.lines().collect();
        assert_eq!(lines.len(), 3, "{broken}");
        assert!(lines[1].starts_with("<bob@example.net>: host"), "{broken}");
        assert!(lines[2].starts_with("<carol@example.org>: host"), "{broken}");
        assert_eq!(broken.len(), text.len());
    }

    #[test]
    fn exchange_records_split() {
        let text = "Generating server: mail.example.com bob@example.net Remote Server returned \
                    '550 5.1.10 Recipient bob@example.net not found' carol@example.net \
                    mx.example.net Remote Server returned '554 5.2.2 mailbox full'";
        let broken = break_records(text);
        let lines: Vec<&str> = broken.lines().collect();
        assert_eq!(lines.len(), 3, "{broken}");
        assert!(lines[1].starts_with("bob@example.net Remote"), "{broken}");
        assert!(lines[2].starts_with("carol@example.net mx.example.net Remote"), "{broken}");
    }

    #[test]
    fn exim_records_split() {
        let text = "The following address(es) failed: bob@example.net host mx.example.net \
                    [198.51.100.20] SMTP error from remote mail server after RCPT \
                    TO:<bob@example.net>: 550 5.1.1 User unknown carol@example.org host \
                    mx.example.org [198.51.100.21] SMTP error from remote mail server after \
                    RCPT TO:<carol@example.org>: 552 5.2.2 Mailbox full";
        let broken = break_records(text);
        let lines: Vec<&str> = broken.lines().collect();
        assert_eq!(lines.len(), 3, "{broken}");
        assert!(lines[1].starts_with("bob@example.net host"), "{broken}");
        assert!(lines[2].starts_with("carol@example.org host"), "{broken}");
    }

    #[test]
    fn sendmail_records_split() {
        let text = "----- The following addresses had permanent fatal errors ----- \
                    <bob@example.net> (reason: 550 5.1.1 <bob@example.net>... User unknown) \
                    <carol@example.org> (reason: 552 5.2.2 Mailbox full) ----- Transcript of \
                    session follows ----- Connection refused <dave@example.org>... Deferred";
        let broken = break_records(text);
        let lines: Vec<&str> = broken.lines().collect();
        assert_eq!(lines.len(), 5, "{broken}");
        assert!(lines[1].ends_with("<bob@example.net>... User unknown)"), "{broken}");
        assert!(lines[2].starts_with("<carol@example.org> (reason:"), "{broken}");
        assert!(lines[3].starts_with("----- Transcript of session follows"), "{broken}");
        assert!(lines[4].starts_with("<dave@example.org>... Deferred"), "{broken}");
    }

    #[test]
    fn indented_records_unchanged() {
        let text = "The following address(es) failed:\n\n  bob@example.net host mx.example.net \
                    [198.51.100.20] SMTP error from remote mail server after RCPT \
                    TO:<bob@example.net>: 550 5.1.1 User unknown\n \
                    <carol@example.org> (reason: 552 5.2.2 Mailbox full)\n";
        assert!(matches!(break_records(text), Cow::Borrowed(_)));
    }

    #[test]
    fn records_on_own_lines_unchanged() {
        let text = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.1.1 \
                    <bob@example.net>: User unknown (in reply to RCPT TO command)\n";
        assert!(matches!(break_records(text), Cow::Borrowed(_)));
    }
}
