//! A bounce forwarded inline in a person's email: a help desk receives
//! the user's own email (From, To, Subject, a line of their own), then
//! the mail program's forward header block (Gmail's `---------- Forwarded
//! message ---------`, Outlook's rule of underscores or `-----Original
//! Message-----`, Thunderbird's `-------- Forwarded Message --------`)
//! and the bounce's text. Read with the person's header, the bounce lost
//! what its own header tells: the mail system that sent it, which decides
//! whether its lines are a bounce's or a person's prose. So the forwarded
//! text, from its header block on, is decoded as an email of its own and
//! kept as the nested bounce, as a bounce attached whole is, and the
//! failures are read from it as from the bounce pasted alone. The email's
//! text copied without its header is read the same way.

use super::Decoded;

/// How many inline forwards deep a bounce is still read: a person's
/// forward of a colleague's forward of a bounce, and one more. Each level
/// decodes the text below it once more, so the bound keeps the work small.
pub(super) const MAX_FORWARDS: usize = 3;

/// Keeps the bounce that `decoded`, a person's email or its text, forwards
/// inline as its nested bounce, while `forwards` allows one more level. An email
/// whose own header marks a bounce, or that carries a report part or an
/// attached bounce, keeps its own reading: a forward in a bounce's text is
/// the returned message.
pub(super) fn read(decoded: &mut Decoded, forwards: usize) {
    if forwards == 0
        || decoded.nested.is_some()
        || decoded.dsn.is_some()
        || decoded.feedback.is_some()
        || decoded.headers.iter().any(|(name, value)| crate::extract::is_bounce_field(name, value))
    {
        return;
    }
    // A reply quotes the forward with `>`, which the decoded bounce must not
    // keep: its header block would not read as one.
    let unquoted = crate::extract::strip_quote_marks(&decoded.body);
    let body = unquoted.as_deref().unwrap_or(&decoded.body);
    let quoted;
    let text = match crate::extract::forwarded_text(body) {
        // Apple Mail leaves a blank line between its marker and the fields.
        Some(text) => text.trim_start_matches(['\n', ' ', '\t']),
        None => {
            let Some(text) = quoted_bounce(&decoded.body) else {
                return;
            };
            quoted = text;
            &quoted
        }
    };
    let forwarded = super::decode_within(text.as_bytes(), forwards - 1);
    if crate::extract::has_bounce_marks(&forwarded) {
        decoded.nested = Some(Box::new(forwarded));
        decoded.nested_inline = true;
    }
}

/// Returns the bounce that a reply quotes below an attribution line naming
/// a mail system, such as `On Sat, Dec 5, 2026 at 5:00 PM Mail Delivery
/// System <MAILER-DAEMON@example.net> wrote:`. The result is an email of its
/// own: a `From:` field with the attribution's sender, a blank line, and
/// the quoted lines without one level of quote marks. Such a reply keeps
/// the bounce's sender only in the attribution.
// NOTE: only the English "wrote:" is read; other languages' attributions
// ("a écrit :", "schrieb:") leave the reply read as before.
fn quoted_bounce(body: &str) -> Option<String> {
    let lines: Vec<&str> = body.lines().collect();
    let at = lines.iter().position(|line| {
        let line = line.trim_end();
        line.ends_with("wrote:") && crate::extract::names_mail_system(line)
    })?;
    let sender = attribution_sender(lines[at])?;
    let mut text = format!("From: {sender}\n\n");
    for line in lines[at + 1..].iter().skip_while(|line| line.trim().is_empty()) {
        if !line.starts_with('>') && !line.trim().is_empty() {
            break;
        }
        let line = line.strip_prefix('>').unwrap_or(line);
        text.push_str(line.strip_prefix(' ').unwrap_or(line));
        text.push('\n');
    }
    Some(text)
}

/// Returns the sender an attribution line names: the name and address from
/// the last text after a comma or a time (`PM`, `AM`) up to the `>` that
/// closes the address, or a bare address (`Postmaster@163.com wrote:`).
fn attribution_sender(line: &str) -> Option<&str> {
    let Some((open, close)) =
        line.rfind('>').and_then(|close| Some((line[..close].rfind('<')?, close)))
    else {
        return line.split_whitespace().rev().find(|word| word.contains('@'));
    };
    let head = &line[..open];
    let start = ["PM ", "AM ", ", "]
        .iter()
        .filter_map(|cut| head.rfind(cut).map(|at| at + cut.len()))
        .max()
        .unwrap_or(0);
    Some(line[start..=close].trim())
}
