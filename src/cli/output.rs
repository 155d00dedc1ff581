//! Writes reports as JSON Lines or as readable text.

use std::io::{self, Write};

use bounce_explainer::knowledge::auto_replies;
use bounce_explainer::report::{DecodedPart, SenderIpSource};
use bounce_explainer::{Actor, InputKind, Reason, Report};
use serde::Serialize;

use super::terminal::{escape, SafeFormatter};

/// Where a message came from, as the output names it.
pub struct Origin<'a> {
    /// The path as given (or as found in a folder); `-` for standard input.
    pub file: &'a str,
    /// The message's 0-based position when it came from an mbox.
    pub index: Option<usize>,
}

/// Writes one JSON object on its own line: `file`, `index` for a message
/// from an mbox, then the report's fields. Hidden characters from the
/// bounce are written as `\uXXXX` escapes (see [`SafeFormatter`]).
///
/// The report is serialised into `buffer` (reused across calls) and
/// spliced after the leading fields, which avoids building a
/// `serde_json::Value` tree for every message.
pub fn write_json(
    out: &mut impl Write,
    buffer: &mut Vec<u8>,
    origin: &Origin,
    report: &Report,
) -> io::Result<()> {
    buffer.clear();
    write_json_value(&mut *buffer, report)?;
    // A struct always serialises as a non-empty object, so the report's
    // fields start after its opening brace.
    debug_assert!(buffer.starts_with(b"{\"") && buffer.ends_with(b"}"));
    out.write_all(b"{\"file\":")?;
    write_json_value(&mut *out, origin.file)?;
    if let Some(index) = origin.index {
        write!(out, ",\"index\":{index}")?;
    }
    out.write_all(b",")?;
    out.write_all(&buffer[1..])?;
    out.write_all(b"\n")
}

fn write_json_value(out: &mut impl Write, value: &(impl Serialize + ?Sized)) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(out, SafeFormatter);
    value.serialize(&mut serializer).map_err(io::Error::other)
}

/// Writes a report as indented text. `heading` puts the message's origin
/// on a line of its own first, for runs over more than one message. Every
/// field goes through [`escape`], because any of them can carry text from
/// the bounce, and control characters from it would act on the terminal.
pub fn write_text(
    out: &mut impl Write,
    origin: &Origin,
    report: &Report,
    heading: bool,
) -> io::Result<()> {
    if heading {
        match origin.index {
            Some(index) => writeln!(out, "== {} (message {})", escape(origin.file), index + 1)?,
            None => writeln!(out, "== {}", escape(origin.file))?,
        }
    }
    writeln!(out, "{}", escape(&report.summary))?;
    if let Some(mta) = &report.mta {
        if report.input_kind == InputKind::JsonRecord {
            let name = report.mta_name.as_deref().unwrap_or(mta);
            writeln!(out, "Read as: {}'s JSON event record", escape(name))?;
        } else {
            writeln!(out, "Written by: {}", escape(mta))?;
        }
    } else if report.input_kind == InputKind::JsonRecord {
        writeln!(out, "Read as: a JSON event record of an unknown sending service")?;
    }
    for note in &report.notes {
        writeln!(out, "Note: {}", escape(&note.message))?;
    }
    for (i, r) in report.recipients.iter().enumerate() {
        writeln!(out)?;
        let address = r.recipient.as_deref().unwrap_or("(recipient not named)");
        writeln!(out, "{}. {}", i + 1, escape(address))?;
        if let Some(original) = &r.original_recipient {
            writeln!(out, "   Sent to: {}, forwarded to {}", escape(original), escape(address))?;
        }
        writeln!(out, "   What happened: {}", escape(&r.explanation.what))?;
        writeln!(out, "   Why: {}", escape(&r.explanation.why))?;
        writeln!(out, "   Who acts: {}", actor_text(r.explanation.who_acts, &r.explanation.entry))?;
        // A held message is permanent for retries, but it has not failed
        // for good, so it gets its own state line.
        if r.held {
            writeln!(out, "   State: held, waits for someone to release it")?;
        }
        writeln!(out, "   Retry: {}", escape(&r.explanation.retry))?;
        if !r.explanation.steps.is_empty() {
            writeln!(out, "   What to do:")?;
        }
        for (n, step) in r.explanation.steps.iter().enumerate() {
            writeln!(out, "     {}. {}", n + 1, escape(step))?;
        }
        if let Some(ip) = &r.sender_ip {
            let ip = escape(ip);
            let source = &r.sender_ip_source;
            // A complaint or authentication-failure report names the server
            // that sent the message, and no removal request follows from it.
            let label =
                if r.reason == Reason::Feedback { "IP named in the report" } else { "IP to quote" };
            match source.line {
                Some(line) if source.decoded => writeln!(
                    out,
                    "   {label}: {ip} (found on line {line} of {})",
                    decoded_text_name(source)
                )?,
                Some(line) => writeln!(out, "   {label}: {ip} (found on line {line})")?,
                None => writeln!(out, "   {label}: {ip}")?,
            }
        } else if let Some(hint) = &r.sender_ip_source.hint {
            writeln!(out, "   IP to quote: not stated. {}", escape(hint))?;
        }
        for link in &r.links {
            writeln!(out, "   {}: {}", escape(&link.label), escape(&link.url))?;
        }
        let codes = distinct_codes(r);
        if !codes.is_empty() {
            writeln!(out, "   Codes: {}", escape(&codes.join(" ")))?;
        }
        writeln!(out, "   Reason: {}", r.reason.name())?;
        if let Some(host) = &r.remote_host {
            writeln!(out, "   Receiving host: {}", escape(host))?;
        }
        // Not "the receiver's message": a sending service's drop or a log
        // line of the sending server fills this field too. The page uses
        // the same label.
        if !r.diagnostic.is_empty() {
            writeln!(out, "   Diagnostic text: {}", escape(&r.diagnostic))?;
        }
        for note in &r.notes {
            writeln!(out, "   Note: {}", escape(&note.message))?;
        }
        // The page gives the same warning for the same names.
        for name in &r.lookalike_hosts {
            writeln!(out, "   Warning: {}", escape(&lookalike_warning(name)))?;
        }
    }
    Ok(())
}

/// Lists the reply code, the status code and the provider's code, each
/// once, should two of them be equal.
fn distinct_codes(recipient: &bounce_explainer::Recipient) -> Vec<&str> {
    let all = [recipient.reply.as_deref(), recipient.status.as_deref(), recipient.code.as_deref()];
    let mut codes: Vec<&str> = Vec::new();
    for code in all.into_iter().flatten() {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

/// Names who acts. On a list's notice that its mail to the reader
/// bounced, the reader acts as the list's member, not as a sender.
fn actor_text(actor: Actor, entry: &str) -> &'static str {
    match actor {
        Actor::You if entry == auto_replies::LIST_BOUNCING.id => "you, the list member",
        Actor::You => "you, the sender",
        Actor::Admin => "your mail administrator or provider",
        Actor::Recipient => "the recipient or the recipient's mail administrator",
        Actor::Service => "the sending service: contact its support",
        Actor::Wait => "nobody yet: the sending server retries on its own",
        Actor::Nobody => "nobody: this is not a delivery failure",
    }
}

/// Returns the warning for one lookalike host name, in the page's words.
fn lookalike_warning(name: &str) -> String {
    format!(
        "\u{201c}{name}\u{201d} contains characters outside plain ASCII that can look like \
         ordinary letters or dots. Check the name before you trust it."
    )
}

/// Names the text a decoded line of the sender IP counts lines of, so
/// that the reader knows to look inside the attached bounce, or in its
/// delivery-status part, when the address was found there.
fn decoded_text_name(source: &SenderIpSource) -> String {
    let depth = source.forward_depth;
    if source.part == DecodedPart::DeliveryStatus {
        let part = match depth {
            0 => "the delivery-status part".to_string(),
            1 => "the attached bounce's delivery-status part".to_string(),
            depth => format!("the delivery-status part of the bounce attached {depth} levels deep"),
        };
        return match &source.field {
            Some(field) => format!("{part}, in its {} field", escape(field)),
            None => part,
        };
    }
    match depth {
        0 => "the decoded text".to_string(),
        1 => "the attached bounce's decoded text".to_string(),
        depth => format!("the decoded text of the bounce attached {depth} levels deep"),
    }
}
