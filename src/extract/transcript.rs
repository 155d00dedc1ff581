//! The receiver's replies in a session transcript: Sendmail's, and the
//! stamped records of MDaemon's (see [`arrow_reply`]).
//!
//! Sendmail quotes the whole multi-line reply only in its transcript
//! (`<<< 550-5.7.26 ...` lines after `... while talking to host:`), while
//! the per-recipient reason keeps the first line. A transcript can cover
//! several recipients and several receiving hosts, so replies are
//! attributed with care:
//!
//! ```text
//! ... while talking to mx.example.org.:
//! >>> MAIL From:<sender@example.com>
//! <<< 501 ... no access from mail server [192.0.2.55] ...
//! 554 <alice@example.org>... Remote protocol error
//! 554 <bob@example.org>... 550 Host unknown
//! ```
//!
//! The `<<<` lines right before a recipient's own line belong to that
//! recipient (alice here, not bob). A block that names no recipient, such
//! as a reply to DATA, belongs to every recipient that no other block
//! names, except one whose DSN names another Remote-MTA: a session's
//! refusal concerns only the recipients sent to its host.

/// Returns the first 4xx or 5xx reply of a session transcript that
/// stamps each record and opens `lines` with a receive arrow (MDaemon's
/// `Mon 2026-12-01 10:12:46.400: <-- 550 ...`), without the stamps and
/// arrows, with the arrow lines that continue a multi-line reply. The
/// records before it (`<-- 250 Ok`, `--> RCPT To:<...>`) respond to or
/// send other commands, and the next record after it (`--> QUIT`) is the
/// sending server's, so neither is part of the reply. Returns `None`
/// when the first line has no receive arrow or no failed reply follows.
pub fn arrow_reply(lines: &[&str]) -> Option<String> {
    received(lines.first()?)?;
    let start = failed_arrow_reply(lines)?;
    let mut reply = Vec::new();
    for rest in lines[start..].iter().map_while(|l| received(l)) {
        reply.push(rest);
        // `550-` continues the reply on the next line, `550 ` ends it.
        if rest.as_bytes().get(3) != Some(&b'-') {
            break;
        }
    }
    Some(reply.join("\n"))
}

/// Returns the SMTP command that the first failed reply after a receive
/// arrow responded to: the last command sent before it (`--> RCPT
/// To:<bob@example.org>` gives `RCPT`, and the lone `.` that ends the
/// message gives `DATA`).
pub fn arrow_command(lines: &[&str]) -> Option<String> {
    let start = failed_arrow_reply(lines)?;
    let sent = lines[..start].iter().rev().find_map(|l| after_send_arrow(l.trim()))?;
    let word = sent.split([' ', ':']).next()?.to_ascii_uppercase();
    let command = match word.as_str() {
        "." => "DATA",
        "RCPT" | "MAIL" | "DATA" | "HELO" | "EHLO" | "STARTTLS" | "AUTH" | "BDAT" => &word,
        _ => return None,
    };
    Some(command.to_string())
}

/// Returns the index of the first line with a 4xx or 5xx reply after a
/// receive arrow.
fn failed_arrow_reply(lines: &[&str]) -> Option<usize> {
    lines.iter().position(|l| received(l).is_some_and(|r| r.starts_with(['4', '5'])))
}

/// Returns the reply after a receive arrow (`<-- `, `<<< `) on `line`.
fn received(line: &str) -> Option<&str> {
    let line = line.trim();
    let rest = super::recounted::after_receive_arrow(line);
    (rest.len() < line.len()).then_some(rest)
}

/// Returns the command after a send arrow (MDaemon's `-->`, Sendmail's
/// `>>>`) that opens the line or follows a stamp ending in a colon.
fn after_send_arrow(line: &str) -> Option<&str> {
    ["--> ", ">>> "].iter().find_map(|arrow| {
        let at = line.find(arrow)?;
        let lead = line[..at].trim_end();
        (lead.is_empty() || lead.ends_with(':')).then(|| line[at + arrow.len()..].trim())
    })
}

/// Most recipients per input whose transcript replies are read. Each read
/// walks the whole transcript, so a bounce naming thousands of recipients
/// would take time growing with the square of its size.
pub const MAX_READS: usize = 64;

/// True when `text` holds a Sendmail session transcript. Checked once per
/// input, so that bounces without one are not rescanned per recipient.
pub fn has_transcript(text: &str) -> bool {
    transcript_start(text).is_some()
}

fn transcript_start(text: &str) -> Option<usize> {
    text.lines().position(|l| l.to_ascii_lowercase().contains("transcript of session follows"))
}

/// Returns the `<<<` reply lines of `text`'s transcript that belong to
/// `recipient`, joined into one text, or `None` when there are none.
/// `remote_host` is the recipient's Remote-MTA when the DSN names it: a
/// session with another host then gives it none of its replies.
pub fn replies_for(
    text: &str,
    recipient: Option<&str>,
    remote_host: Option<&str>,
) -> Option<String> {
    let start = transcript_start(text)?;
    let lines: Vec<&str> = text.lines().skip(start + 1).collect();
    let sessions = sessions(&lines);
    let recipient = recipient.map(str::to_ascii_lowercase);
    let remote_host = remote_host.and_then(host_name);
    // Which blocks name the recipient, read once: asking each block about
    // every other block would take time growing with the cube of its size.
    let named: Vec<bool> =
        sessions.iter().map(|s| recipient.as_deref().is_some_and(|r| names(&s.lines, r))).collect();
    let named_count = named.iter().filter(|&&n| n).count();
    let named_elsewhere = |index: usize| named_count > usize::from(named[index]);
    let mut replies = Vec::new();
    for (index, session) in sessions.iter().enumerate() {
        let other_host = match (&session.host, &remote_host) {
            (Some(talked), Some(remote)) => talked != remote,
            _ => false,
        };
        if other_host && !named[index] {
            continue;
        }
        replies.extend(block_replies(&session.lines, recipient.as_deref(), named_elsewhere(index)));
    }
    (!replies.is_empty()).then(|| replies.join(" "))
}

/// Returns the local delivery program's report that comes right before
/// `recipient`'s own line, such as `mail.local: unknown user: alice` before
/// `554 <alice@example.org>... Service unavailable`. Sendmail's own line
/// then gives only the generic outcome, and the program's words give the
/// cause.
pub fn local_report_for(text: &str, recipient: &str) -> Option<String> {
    let start = transcript_start(text)?;
    let lines: Vec<&str> = text.lines().skip(start + 1).collect();
    let recipient = recipient.to_ascii_lowercase();
    for session in sessions(&lines) {
        let block = session.lines;
        let Some(own) = block
            .iter()
            .position(|l| is_status_line(l) && l.to_ascii_lowercase().contains(&recipient))
        else {
            continue;
        };
        let first = block[..own].iter().rposition(|l| !is_program_report(l)).map_or(0, |i| i + 1);
        let report = block[first..own].join(" ");
        return (!report.is_empty()).then_some(report);
    }
    None
}

/// True for a line a local delivery program writes, `name: message`
/// (`mail.local: unknown user: alice`, `procmail: Quota exceeded`).
fn is_program_report(line: &str) -> bool {
    let Some((name, message)) = line.split_once(": ") else {
        return false;
    };
    !name.is_empty()
        && name.len() <= 32
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'/'))
        && !message.trim().is_empty()
        && !is_reply(line)
        && !line.starts_with(">>>")
}

/// The lines of one SMTP session in a transcript, and the receiving host
/// its `while talking to` line names.
struct Session<'a> {
    host: Option<String>,
    lines: Vec<&'a str>,
}

/// Splits the transcript at `while talking to` lines and ends it at the
/// first blank line after some content or at a MIME boundary.
fn sessions<'a>(lines: &[&'a str]) -> Vec<Session<'a>> {
    let mut out = vec![Session { host: None, lines: Vec::new() }];
    for line in lines {
        let trimmed = line.trim();
        if trimmed.starts_with("--") && !trimmed.contains(' ') && trimmed.len() > 2 {
            break;
        }
        if trimmed.is_empty() {
            if out.iter().any(|s| !s.lines.is_empty()) {
                break;
            }
            continue;
        }
        if is_session_start(trimmed) {
            out.push(Session { host: talked_to(trimmed), lines: Vec::new() });
            continue;
        }
        if let Some(session) = out.last_mut() {
            session.lines.push(trimmed);
        }
    }
    out.retain(|s| !s.lines.is_empty());
    out
}

/// Returns the host named by `... while talking to mx.example.org.:`.
fn talked_to(line: &str) -> Option<String> {
    let lower = line.to_ascii_lowercase();
    let (_, rest) = lower.split_once("while talking to")?;
    host_name(rest)
}

/// Normalises a host name for comparison: lowercase, without brackets or
/// the final dot, so `mx.example.org.:` and `mx.example.org` are equal.
fn host_name(text: &str) -> Option<String> {
    let token = text.split_whitespace().next()?;
    let host = token
        .trim_end_matches(':')
        .trim_end_matches('.')
        .trim_matches(['[', ']'])
        .to_ascii_lowercase();
    host.contains('.').then_some(host)
}

/// True for Sendmail's `... while talking to mx.example.org.:`, which
/// opens the session with one receiving host. What follows it, up to the
/// next such line, concerns only the recipients sent to that host.
pub fn is_session_start(line: &str) -> bool {
    line.to_ascii_lowercase().contains("while talking to")
}

fn is_reply(line: &str) -> bool {
    line.starts_with("<<<")
}

/// True for the MTA's own per-recipient lines (`554 <a@example.org>...`),
/// as opposed to the commands and replies it quotes.
fn is_status_line(line: &str) -> bool {
    !is_reply(line) && !line.starts_with(">>>") && line.contains('@')
}

/// True when a status line of `block` names `recipient` (lowercase).
fn names(block: &[&str], recipient: &str) -> bool {
    block.iter().any(|l| is_status_line(l) && l.to_ascii_lowercase().contains(recipient))
}

/// Selects the reply lines of one block that belong to `recipient`
/// (lowercase). `named_elsewhere` is true when another block names it.
fn block_replies<'a>(
    block: &[&'a str],
    recipient: Option<&str>,
    named_elsewhere: bool,
) -> Vec<&'a str> {
    if !block.iter().any(|l| is_status_line(l)) {
        if named_elsewhere {
            return Vec::new();
        }
        return failed_reply(block);
    }
    let Some(recipient) = recipient else {
        return Vec::new();
    };
    let Some(own) =
        block.iter().position(|l| is_status_line(l) && l.to_ascii_lowercase().contains(recipient))
    else {
        return Vec::new();
    };
    let first = block[..own].iter().rposition(|l| !is_reply(l)).map_or(0, |i| i + 1);
    block[first..own].iter().map(|l| l[3..].trim()).collect()
}

/// Returns the lines of the first 4xx or 5xx reply in a block: from its
/// first line to its last, the one with a space after the code. The
/// replies after it (`503 5.0.0 Need RCPT`, `221 Bye`) respond to the
/// commands Sendmail sent once the failed one was over, and the 2xx and
/// 3xx replies before it (`354 Enter mail`) are not failures.
fn failed_reply<'a>(block: &[&'a str]) -> Vec<&'a str> {
    let mut lines = Vec::new();
    for line in block.iter().filter(|l| is_reply(l)) {
        let reply = line[3..].trim();
        if !reply.starts_with(['4', '5']) {
            continue;
        }
        lines.push(reply);
        if !reply.get(3..4).is_some_and(|separator| separator == "-") {
            break;
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "   ----- Transcript of session follows -----\n\
        ... while talking to mx.example.org.:\n\
        >>> MAIL From:<sender@example.com>\n\
        <<< 501 <sender@example.com>... no access from mail server [192.0.2.55]\n\
        554 <alice@example.org>... Remote protocol error\n\
        554 <bob@example.org>... 550 Host unknown\n\
        ... while talking to smtp.example.net.:\n\
        >>> DATA\n\
        <<< 550-5.7.26 fails to pass SPF checks with the ip:\n\
        <<< 550 5.7.26 [203.0.113.22]. To best protect our users\n\
        554 5.0.0 Service unavailable\n\
        \n\
        ----- Unsent message follows -----\n\
        <<< 550 not a reply\n";

    #[test]
    fn reply_before_own_line() {
        let alice = replies_for(TEXT, Some("alice@example.org"), None).expect("alice has replies");
        assert!(alice.contains("192.0.2.55"), "{alice}");
        assert!(!alice.contains("203.0.113.22"), "{alice}");
    }

    #[test]
    fn reply_not_shared_in_block() {
        assert_eq!(replies_for(TEXT, Some("bob@example.org"), None), None);
    }

    #[test]
    fn unnamed_block_for_unnamed_recipient() {
        let carol =
            replies_for(TEXT, Some("carol@example.net"), None).expect("carol has the DATA block");
        assert!(carol.contains("203.0.113.22"), "{carol}");
        assert!(!carol.contains("192.0.2.55"), "{carol}");
    }

    #[test]
    fn unnamed_block_not_shared() {
        let text = "   ----- Transcript of session follows -----\n\
            ... while talking to mx.example.org.:\n\
            >>> MAIL From:<sender@example.com>\n\
            <<< 550 5.7.1 Rejected: 192.0.2.44 listed at zen.spamhaus.org\n\
            554 5.0.0 Service unavailable\n\
            ... while talking to mx.example.net.:\n\
            >>> RCPT To:<dora@example.net>\n\
            <<< 550 5.1.1 <dora@example.net>... User unknown\n\
            550 5.1.1 <dora@example.net>... User unknown\n";
        let carl =
            replies_for(text, Some("carl@example.org"), None).expect("carl has the first block");
        assert!(carl.contains("192.0.2.44"), "{carl}");
        let dora =
            replies_for(text, Some("dora@example.net"), None).expect("dora has her own block");
        assert!(!dora.contains("192.0.2.44"), "{dora}");
    }

    #[test]
    fn unnamed_block_only_for_its_host() {
        let text = "   ----- Transcript of session follows -----\n\
            ... while talking to mx1.example.org.:\n\
            >>> MAIL From:<sender@example.com>\n\
            <<< 554 5.7.1 Client host [192.0.2.44] blocked\n\
            554 5.0.0 Service unavailable\n\
            ... while talking to MX2.example.net.:\n\
            >>> DATA\n\
            <<< 452 4.3.1 Insufficient system storage\n\
            452 4.3.1 Try again later\n";
        let gus = replies_for(text, Some("gus@example.net"), Some("mx2.example.net"))
            .expect("gus has his host's block");
        assert!(gus.contains("storage"), "{gus}");
        assert!(!gus.contains("192.0.2.44"), "{gus}");
        let hal = replies_for(text, Some("hal@example.org"), Some("mx1.example.org."))
            .expect("hal has his host's block");
        assert!(hal.contains("192.0.2.44"), "{hal}");
        assert!(!hal.contains("storage"), "{hal}");
        let ida =
            replies_for(text, Some("ida@example.com"), None).expect("no Remote-MTA: both blocks");
        assert!(ida.contains("192.0.2.44"), "{ida}");
        assert!(ida.contains("storage"), "{ida}");
    }

    #[test]
    fn local_program_report() {
        let text = "   ----- Transcript of session follows -----\n\
            mail.local: unknown user: alice\n\
            554 <alice@example.org>... Service unavailable\n\
            550 5.1.1 <bob@example.org>... User unknown\n";
        assert_eq!(
            local_report_for(text, "alice@example.org").as_deref(),
            Some("mail.local: unknown user: alice")
        );
        assert_eq!(local_report_for(text, "bob@example.org"), None);
        assert_eq!(local_report_for(TEXT, "alice@example.org"), None);
    }

    #[test]
    fn text_without_transcript() {
        assert_eq!(replies_for("550 5.1.1 unknown", Some("a@example.org"), None), None);
    }
}
