//! A mail library's exception as a program prints it: the message that
//! quotes the SMTP reply, and the stack trace after it. A frame is the
//! program's, never the receiver's, so no reader may take one as a line
//! of the reply. The frame layouts are each runtime's own:
//!
//! - Node.js and .NET: `    at SMTPConnection._formatError (/app/...
//!   index.js:790:19)`, `   at System.Net.Mail.SmtpClient.Send(MailMessage
//!   message)`, and .NET's `--- End of stack trace from previous location
//!   ---`.
//! - Java: `\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:
//!   2064)` and `\t... 5 more`.
//! - Python: `Traceback (most recent call last):`, then per frame `  File
//!   "/usr/lib/python3.11/smtplib.py", line 901, in sendmail` and the
//!   source line under it, with Python 3.11's `^^^^` markers.
//! - PHP: `Stack trace:`, `#0 /var/www/.../SmtpTransport.php(208):
//!   ...->assertResponseCode()`, `#1 {main}` and `  thrown in ... on line
//!   342`.
//!
//! Python's smtplib also gives each refused reply as a tuple of the code
//! and the reply's bytes (`(550, b'5.1.1 User unknown')`), which is
//! rewritten to the reply line it came from. Symfony Mailer's exception
//! (SmtpTransport::assertResponseCode, which Laravel's logs show too)
//! quotes the whole reply: `Expected response code "250/251/252" but got
//! code "550", with message "550 5.1.1 ...".`, and PHP adds ` in
//! FILE:LINE` when it is uncaught. The reply is put on lines of its own.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex_lite::Regex;

/// One line of a stack trace in any of the layouts above. A Python
/// frame's source line is not matched here, because only its place under
/// a `File` line marks it.
static FRAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^\s*(?:at\s+(?:(?:async\s+|new\s+)?\S+\s+\((?:.*:\d+:\d+|<anonymous>|native|index \d+)\)|\S+:\d+:\d+|\S+\.\S+?\(.*\)(?:\s+in\s+\S.*:line\s+\d+)?)(?:\s*\{)?|\.\.\. \d+ (?:more|common frames omitted)|--- End of .*stack trace.*---|Traceback \(most recent call last\):|File ".+", line \d+(?:, in .+)?|[~^]+|Stack trace:|#\d+ (?:\S.*\(\d+\): .+|\{main\}|\[internal function\]: .+)|thrown in .+ on line \d+)\s*$"#,
    )
    .expect("stack frame pattern is valid")
});

/// A Python tuple of a reply code and the reply's text, as bytes or as a
/// string, in either quote: SMTPResponseException's arguments, or an
/// entry of SMTPRecipientsRefused's dict (`{'bob@example.net': (550,
/// b'...')}`) with the refused address.
static PYTHON_REPLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?:[{,] ?'([^'\s]+@[^'\s]+)': )?\(([245]\d\d), b?(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)")\)\}?"#,
    )
    .expect("Python reply tuple pattern is valid")
});

/// Symfony Mailer's sentence around an unexpected reply, up to the end of
/// the quoted reply and PHP's ` in FILE:LINE`. A reply of several lines
/// keeps its line ends inside the quotes.
static SYMFONY_REPLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?s)Expected response code "[\d/]+" but got code "\d{3}", with message "(.*?)"\.(?: in \S+:\d+)?"#,
    )
    .expect("Symfony reply pattern is valid")
});

/// Returns `text` with stack traces made blank, and Python's reply tuples
/// and Symfony's quoted replies rewritten as reply lines.
pub fn clean(text: &str) -> Cow<'_, str> {
    let blanked = blank(text);
    let blanked = if blanked.contains("with message \"") {
        match SYMFONY_REPLY.replace_all(&blanked, "\n$1\n") {
            Cow::Borrowed(_) => blanked,
            Cow::Owned(rewritten) => Cow::Owned(rewritten),
        }
    } else {
        blanked
    };
    if !blanked.contains(", b'") && !blanked.contains(", b\"") && !blanked.contains(", '") {
        return blanked;
    }
    match PYTHON_REPLY.replace_all(&blanked, |caps: &regex_lite::Captures| {
        let reply = caps.get(3).or_else(|| caps.get(4)).map_or("", |m| m.as_str());
        match caps.get(1) {
            // Each refused address gets a line of its own, as in a bounce.
            Some(address) => format!("\n{}: {} {reply}\n", address.as_str(), &caps[2]),
            None => format!("{} {reply}", &caps[2]),
        }
    }) {
        Cow::Borrowed(_) => blanked,
        Cow::Owned(rewritten) => Cow::Owned(rewritten),
    }
}

/// Returns `text` with every stack trace line made blank, so that the
/// paragraph holding the exception's message ends before the trace, and
/// text after the trace (Node.js's fields of the error object) starts a
/// paragraph of its own. Line count and offsets of other lines are kept.
fn blank(text: &str) -> Cow<'_, str> {
    if !text.lines().any(|line| FRAME.is_match(line)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    // The indentation of the last Python `File` line. Its source lines
    // follow indented deeper, a statement over several lines included.
    let mut python_frame: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let indent = content.len() - content.trim_start().len();
        let source_line = python_frame.is_some_and(|frame| indent > frame);
        if !source_line {
            python_frame = None;
        }
        if FRAME.is_match(content) || source_line {
            if content.trim_start().starts_with("File \"") {
                python_frame = Some(indent);
            }
            out.push_str(&line[content.len()..]);
        } else {
            out.push_str(line);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_of_each_runtime() {
        let frames = [
            "    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)",
            "    at addChunk (node:internal/streams/readable:368:12) {",
            "    at /app/send.js:12:5",
            "    at async Promise.all (index 0)",
            "   at System.Net.Mail.SmtpClient.Send(MailMessage message)",
            "   at Program.Main() in C:\\src\\Program.cs:line 12",
            "--- End of stack trace from previous location ---",
            "\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)",
            "\t... 5 more",
            "Traceback (most recent call last):",
            "  File \"/usr/lib/python3.11/smtplib.py\", line 901, in sendmail",
            "    ^^^^^^^^^^^^^^^^^^^^^^",
            "Stack trace:",
            "#0 /var/www/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(208): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->assertResponseCode()",
            "#1 {main}",
            "  thrown in /var/www/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php on line 342",
        ];
        for frame in frames {
            assert!(FRAME.is_match(frame), "{frame:?}");
        }
    }

    #[test]
    fn symfony_reply_on_own_lines() {
        let logged = "[2026-12-05T10:00:00+00:00] app.ERROR: Expected response code \"250\" but got \
                      code \"554\", with message \"554-5.7.1 Service unavailable\r\n554 5.7.1 Client \
                      host [192.0.2.5] blocked\". {\"exception\":\"[object] (x)\"} []";
        let cleaned = clean(logged);
        let lines: Vec<&str> = cleaned.lines().map(str::trim_end).collect();
        assert_eq!(lines[1], "554-5.7.1 Service unavailable");
        assert_eq!(lines[2], "554 5.7.1 Client host [192.0.2.5] blocked");
        assert!(!cleaned.contains("Expected response code"), "{cleaned}");
    }

    #[test]
    fn symfony_empty_code_kept() {
        let text = "Expected response code \"220\" but got empty code.";
        assert_eq!(clean(text), text);
    }

    #[test]
    fn reply_lines_are_no_frames() {
        let lines = [
            "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown",
            "    at the time of delivery the mailbox was full",
            "  at mx.example.net (198.51.100.7)",
            "#< #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found> #SMTP#",
            "Reporting-MTA: dns; mx.example.com",
            "Caused by: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 User unknown",
        ];
        for line in lines {
            assert!(!FRAME.is_match(line), "{line:?}");
        }
    }

    #[test]
    fn python_source_lines_blank() {
        let text = "Traceback (most recent call last):\n  File \"/app/send.py\", line 12, in <module>\n    server.sendmail(sender, [to], body)\nsmtplib.SMTPRecipientsRefused: {'bob@example.net': (550, b'5.1.1 User unknown')}\n";
        let blanked = blank(text);
        assert_eq!(
            blanked,
            "\n\n\nsmtplib.SMTPRecipientsRefused: {'bob@example.net': (550, b'5.1.1 User unknown')}\n"
        );
    }

    #[test]
    fn python_reply_tuples_rewritten() {
        let cases = [
            (
                "Refused: {'bob@example.net': (550, b'5.1.1 User unknown'), 'carol@example.org': (452, b'4.2.2 Full')}",
                "Refused: \nbob@example.net: 550 5.1.1 User unknown\n\ncarol@example.org: 452 4.2.2 Full\n",
            ),
            ("SMTPDataError: (554, b\"5.7.1 Message rejected: it's spam\")", "SMTPDataError: 554 5.7.1 Message rejected: it's spam"),
            ("(421, '4.7.0 Try again later')", "421 4.7.0 Try again later"),
        ];
        for (input, expected) in cases {
            assert_eq!(clean(input), expected, "{input:?}");
        }
    }

    #[test]
    fn text_without_frames_borrowed() {
        assert!(matches!(blank("550 5.1.1 User unknown\n"), Cow::Borrowed(_)));
    }
}
