//! The receiving host and the SMTP command that an MTA names around the
//! reply it quotes: `host mx.example.net [198.51.100.2] said: 554 ...`,
//! `(in reply to RCPT TO command)`.

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::smtp;

static HOST_SAID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        // The name runs to the space or bracket around it, whatever its
        // letters. An internationalised or lookalike name (`mx.gооgle.com`
        // with Cyrillic `о`) must come out whole, because its ASCII tail
        // names a different host. The last label starts with a non-digit,
        // so an IP address before `[...]` is not read as a name. Newer
        // Exim releases put `host mx.example.org [192.0.2.1]` on the line
        // before `SMTP error from remote mail server after ...`.
        r#"(?i)(?:host\s+)?([^\s\[\]()<>,;:"'@/=]+\.[^\s\[\]()<>,;:"'@/=.0-9][^\s\[\]()<>,;:"'@/=.]+)\.?\s*\[[0-9A-Fa-f.:]+\][:\s]*(?:said|refused|did not like|\d{3}\s|smtp error from remote mail|$)"#,
    )
    .expect("host pattern is valid")
});

/// The receiving host in the one-line error form of Exim bounces:
/// `SMTP error from remote server for RCPT TO command, host:
/// mx.example.org (198.51.100.10) reason: 550 ...`. The name pattern is
/// HOST_SAID's.
static COMMAND_HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)\bcommand,\s+host:\s+([^\s\[\]()<>,;:"'@/=]+\.[^\s\[\]()<>,;:"'@/=.0-9][^\s\[\]()<>,;:"'@/=.]+)\.?\s+\([0-9A-Fa-f.:]+\)\s+reason:"#,
    )
    .expect("command host pattern is valid")
});

static COMMAND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:in reply to|after|while sending|response to|did not like our|>>>|smtp command\s*:?|\bsmtp:)\s*(?:the\s+)?(RCPT TO|MAIL FROM|end of DATA|final DATA|DATA|RCPT|MAIL|HELO|EHLO|CONNECT|STARTTLS)\b",
    )
    .expect("command pattern is valid")
});

/// Returns the receiving host that an MTA names before quoting its reply.
pub fn remote_host_in(text: &str) -> Option<String> {
    // HOST_SAID needs the bracketed address (`[192.0.2.1]`) and
    // COMMAND_HOST needs `host:`, so other text need not be scanned.
    let found =
        if text.contains('[') { HOST_SAID.captures(text).and_then(|c| c.get(1)) } else { None };
    let found = found.or_else(|| {
        let may_match = text.to_ascii_lowercase().contains("host:");
        may_match.then(|| COMMAND_HOST.captures(text).and_then(|c| c.get(1))).flatten()
    })?;
    // A host named inside the receiver's reply is one the receiver itself
    // talked to, such as the sender's own server that a sender
    // verification probe reached (`550 5.1.0 <a@example.com>: Sender
    // address rejected: undeliverable address: host mail.example.com[...]
    // said: ...`), not the receiver.
    if smtp::reply_start(text).is_some_and(|start| start < found.start()) {
        return None;
    }
    Some(found)
        .map(|m| m.as_str().trim_start_matches(|c: char| !c.is_alphanumeric()))
        .map(|host| host.trim_end_matches('.').to_string())
        .filter(|host| host.contains('.'))
}

/// Returns the SMTP command that the reply responds to, uppercase (`RCPT`,
/// `DATA`).
pub fn command_in(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    if let Some((_, command)) = QMAIL_STAGES.iter().find(|(phrase, _)| lower.contains(phrase)) {
        return Some(command.to_string());
    }
    if let Some(command) = exim_one_line_command(&lower) {
        return Some(command.to_string());
    }
    if !may_name_command(text) {
        return None;
    }
    COMMAND.captures(text).and_then(|c| c.get(1)).map(|m| {
        let word = m.as_str().to_ascii_uppercase();
        match word.as_str() {
            "RCPT TO" => "RCPT",
            "MAIL FROM" => "MAIL",
            "END OF DATA" | "FINAL DATA" => "DATA",
            other => other,
        }
        .to_string()
    })
}

/// Returns the command named by the one-line error form of Exim bounces,
/// `SMTP error from remote server for RCPT TO command, host: ...`, read
/// from lowercase text.
fn exim_one_line_command(lower: &str) -> Option<&'static str> {
    const LEAD: &str = "smtp error from remote server for ";
    let start = lower.find(LEAD)? + LEAD.len();
    let named = lower[start..].split(" command").next()?;
    match named.trim() {
        "rcpt to" | "rcpt" => Some("RCPT"),
        "mail from" | "mail" => Some("MAIL"),
        // TEXT is the message text sent after DATA, so a refusal of it is
        // a reply to the end of DATA.
        "text" | "data" | "end of data" => Some("DATA"),
        "helo" => Some("HELO"),
        "ehlo" => Some("EHLO"),
        "starttls" => Some("STARTTLS"),
        _ => None,
    }
}

/// qmail-remote names the failed stage in prose rather than by command:
/// `Connected to 192.0.2.1 but sender was rejected.` (its messages for the
/// greeting, HELO and MAIL FROM).
const QMAIL_STAGES: &[(&str, &str)] = &[
    ("but greeting failed", "CONN"),
    ("but my name was rejected", "HELO"),
    ("but sender was rejected", "MAIL"),
];

/// Lowercase fragments of which every command COMMAND captures contains
/// one. They avoid `s` and `k`, because the full regex crate, which native
/// builds use, folds those case-insensitively with `ſ` and the Kelvin sign.
const COMMAND_FRAGMENTS: &[&str] = &["rcpt", "mail", "data", "helo", "ehlo", "connect", "tarttl"];

/// Lowercase fragments of which every lead-in before COMMAND's command
/// contains one (`pon` for `response to`, `mtp` for both `smtp` forms),
/// again without `s` or `k`.
const LEAD_IN_FRAGMENTS: &[&str] =
    &["in reply to", "after", "while", "pon", "did not li", ">>>", "mtp"];

/// Cheap test run before COMMAND: false when `text` lacks a lead-in or an
/// SMTP command name, so the regex cannot match.
fn may_name_command(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    LEAD_IN_FRAGMENTS.iter().any(|fragment| lower.contains(fragment))
        && COMMAND_FRAGMENTS.iter().any(|fragment| lower.contains(fragment))
}
