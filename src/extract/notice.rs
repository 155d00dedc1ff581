//! Failure statements that carry no reply code. Most say that the sending
//! server could not reach the receiver or found no such domain, so no
//! receiving server replied. The others are a notice's heading pasted
//! without its details. Gmail, Outlook.com and Microsoft 365, Yahoo,
//! Postfix and Exim write them in fixed sentences of their own, which are
//! the only mark of a failure in such a notice.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::blocks::recipient_in;
use super::section::NotRecipients;
use super::Failure;

/// The statements, each matched from the start of a line after
/// indentation, `> ` quoting, a Postfix `<address>: ` or an Exim log's
/// `** address R=router T=transport: ` prefix. Matching from the line's
/// start keeps out prose that only quotes or describes them.
///
/// Texts, with the sources read on 2026-12-05 where one is named:
/// - Gmail: "The recipient server did not accept our requests to connect.
///   Learn more at https://support.google.com/mail/answer/7720 [host ip:
///   timed out]", "DNS Error: ... lookup of example.net responded with
///   code NXDOMAIN Domain name not found", "Your message couldn't be
///   delivered to example.net because the domain example.net couldn't be
///   found", "Your message to ... has been blocked"
///   (<https://www.karlo.org/2011/03/fixing-bounced-mail-issues-between-google-apps-and-gmail.html>
///   quotes the first).
/// - Outlook.com and Microsoft 365 NDR headings: "Delivery has failed to
///   these recipients or groups", "Your message to ... couldn't be
///   delivered".
/// - Yahoo: "Sorry, we were unable to deliver your message to the
///   following address."
/// - Postfix: "connect to mx.example.net[203.0.113.20]:25: Connection
///   refused", "Host or domain name not found. Name service error for
///   name=example.net type=MX".
/// - Exim: "all hosts for 'example.net' have been failing for a long
///   time", "retry timeout exceeded"
///   (<https://github.com/Exim/exim/blob/c3f2eb9a7d99f12fb5b20d88e9bc18a0aa016d64/test/log/0461>).
static STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    let statements = [
        r"the recipient server did not accept our requests to connect\b",
        r"dns error: ",
        r"your message (?:couldn't|could not|wasn't|was not) (?:be )?delivered to \S+ because the domain \S+ (?:couldn't|could not) be found",
        r"your message to \S+ has been blocked\b",
        r"delivery has failed to these recipients or groups\b",
        r"your message to \S+ (?:couldn't|could not) be delivered\b",
        r"sorry, we were unable to deliver your message to the following address",
        r"(?:host \S+ said: )?connect to \S+(?:\[[^\]\s]*\])?(?::\d+)?: (?:connection refused|connection timed out|no route to host|network is unreachable)\b",
        r"host or domain name not found\. name service error for name=",
        r"all hosts for '?\S+?'? have been failing\b",
        r"retry timeout exceeded\b",
        r"retry time not reached for any host after a long failure period\b",
    ];
    let prefix = r"^[ \t>]*(?:<[^<>\s]+@[^<>\s]+>:?\s*|\*\* \S+@\S+(?: [A-Z]=\S+)*:\s*)?";
    Regex::new(&format!(r"(?im){prefix}(?:{})", statements.join("|"))).expect("statement pattern is valid")
});

/// Lines that end a statement's paragraph even without a blank line
/// before them: Gmail's lead-ins to the receiver's words.
const PARAGRAPH_ENDS: &[&str] = &["the response was:", "the response from the remote server was:"];

/// Maximum number of lines after a statement's line that join its
/// paragraph as details.
const MAX_DETAIL_LINES: usize = 6;

/// Returns the paragraph of the first code-less failure statement in
/// `section`, so Gmail's `[mx.example.net. 203.0.113.7: timed out]` line
/// stays with its statement.
fn statement(section: &str) -> Option<String> {
    let found = STATEMENT.find(section)?;
    let start = section[..found.start()].rfind('\n').map_or(0, |at| at + 1);
    let mut paragraph = String::new();
    for line in section[start..].lines().take(MAX_DETAIL_LINES + 1) {
        let line = line.trim().trim_start_matches('>').trim();
        // A heading that ends in a colon ("Delivery has failed to these
        // recipients or groups:") goes on in the paragraph below it.
        if line.is_empty() && paragraph.ends_with(':') {
            continue;
        }
        if line.is_empty() || PARAGRAPH_ENDS.contains(&line.to_ascii_lowercase().as_str()) {
            break;
        }
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(line);
    }
    Some(paragraph)
}

/// Finds a code-less failure statement in `section` and makes one failure
/// of it per recipient the text names, or one without a recipient when it
/// names none.
pub(super) fn scan(section: &str, filter: &NotRecipients) -> Vec<Failure> {
    let Some(diagnostic) = statement(section) else {
        return Vec::new();
    };
    let mut recipients: Vec<String> = Vec::new();
    for line in section.lines() {
        if let Some(address) = recipient_in(line, filter) {
            if !recipients.iter().any(|r| r.eq_ignore_ascii_case(&address)) {
                recipients.push(address);
            }
        }
    }
    if recipients.is_empty() {
        return vec![Failure { diagnostic, ..Default::default() }];
    }
    recipients
        .into_iter()
        .map(|recipient| Failure { recipient: Some(recipient), diagnostic: diagnostic.clone(), ..Default::default() })
        .collect()
}

/// Adds the code-less statement to failures whose own text names no
/// cause. A bounce email's recipient block may hold only the sentence
/// that names the recipient ("There was a problem delivering your message
/// to ana@example.net"), while the statement sits in a paragraph below.
pub(super) fn add_statement(section: &str, failures: &mut [Failure]) {
    let Some(paragraph) = statement(section) else {
        return;
    };
    for failure in failures.iter_mut() {
        let text = crate::classify::normalise(&failure.diagnostic);
        if failure.diagnostic.contains(&paragraph) || crate::classify::names_any_reason(&text) {
            continue;
        }
        if !failure.diagnostic.is_empty() {
            failure.diagnostic.push(' ');
        }
        failure.diagnostic.push_str(&paragraph);
    }
}

#[cfg(test)]
mod tests {
    use super::STATEMENT;

    #[test]
    fn statement_opens_line() {
        let texts = [
            "The recipient server did not accept our requests to connect. Learn more",
            "> DNS Error: Domain name not found",
            "<a@example.net>: connect to mx.example.net[203.0.113.20]:25: Connection refused",
            "  all hosts for 'example.net' have been failing for a long time",
            "** a@example.net R=dnslookup T=remote_smtp: retry timeout exceeded",
        ];
        for text in texts {
            assert!(STATEMENT.is_match(text), "{text}");
        }
    }

    #[test]
    fn statement_inside_prose_ignored() {
        let texts = [
            "my ssh says connection refused again",
            "Gmail shows \"The recipient server did not accept our requests to connect\"",
            "We saw DNS Error: lines last week",
        ];
        for text in texts {
            assert!(!STATEMENT.is_match(text), "{text}");
        }
    }
}
