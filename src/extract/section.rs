//! Parts of a bounce's human-readable text: where the report ends and the
//! returned original message begins, and which addresses in it can be
//! failed recipients.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::forward_marker::{
    forwards_bounce, is_forward_marker, is_underscore_rule, opens_bare_forward, opens_forward,
    opens_with_from,
};
use crate::input::Decoded;

/// An email address as bounces write it, bare or in angle brackets. The
/// local part leaves out `/` and `|`, which RFC 5322 allows but which in
/// bounces belong to file paths and pipe commands (`/home/u/.forward`).
///
/// Internationalised addresses (RFC 6531, `müller@bücher.example`) may
/// use Latin letters with diacritics, Greek and Cyrillic in both parts,
/// and end in a Greek or Cyrillic top-level domain (`.рф`) or its
/// `xn--` form, in any case (`XN--P1AI`). A top-level domain may also be
/// written in a script without letter case (`.中国`, `.한국`, `.ไทย`,
/// `.भारत`, `.مصر`). Words written right after a known TLD of Chinese,
/// Japanese, Korean or Thai letters, with no space, stay outside the
/// domain (`kim@example.한국` in `kim@example.한국님께`).
/// Scripts without letter case (Chinese, Japanese, Korean, Arabic, Hebrew,
/// Thai, Devanagari) are read too, but a local part written in them may
/// not also hold Latin letters: their NDRs run words into the address
/// without a space (`収件人user@example.cn`), and taking those words as the
/// local part would name a recipient who does not exist. So `用户@example.net`
/// is read whole and `収件人user@example.cn` as `user@example.cn`.
/// U+FFFD, which a lossy copy puts for a letter it could not decode, counts
/// as a letter: `j\u{FFFD}rgen@example.net` is read whole, not as the
/// different address `rgen@example.net`. So do the combining marks of the
/// Combining Diacritical Marks blocks, which a decomposed (NFD) letter
/// such as `u\u{308}` ends with.
pub static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    let letters = r"A-Za-z0-9\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{300}-\x{36F}\x{370}-\x{3FF}\x{400}-\x{52F}\x{1AB0}-\x{1AFF}\x{1DC0}-\x{1DFF}\x{1E00}-\x{1EFF}\x{20D0}-\x{20FF}\x{FE20}-\x{FE2F}\x{FFFD}";
    // RFC 5321 also allows a quoted local part (`"john doe"@example.com`)
    // and an address literal as the domain (`jane@[192.0.2.4]`,
    // `ops@[IPv6:2001:db8::4]`). Both need the `@` right beside the quote
    // or bracket, so a quoted display name (`"Roe, Jane" <...>`) and a
    // host's bracketed IP (`mx.example.net[192.0.2.10]`) stay outside.
    let caseless = r"\x{590}-\x{5FF}\x{600}-\x{6FF}\x{900}-\x{97F}\x{E00}-\x{E7F}\x{1100}-\x{11FF}\x{3040}-\x{30FF}\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\x{AC00}-\x{D7AF}";
    let local = format!(
        r#"(?:"[^"\\\r\n]{{1,64}}"|[{letters}._%+\-=!#$&'*?^`{{}}~]+|[{caseless}0-9._%+\-]+)"#
    );
    let unspaced = unspaced_tlds::alternation();
    let literal = r"\[(?:IPv6:[0-9A-Fa-f:.]{2,45}|\d{1,3}(?:\.\d{1,3}){3})\]";
    let pattern = format!(
        r"{local}@(?:{literal}|[{letters}{caseless}\-]+(?:\.[{letters}{caseless}\-]+)*\.(?:(?i:xn--)[A-Za-z0-9\-]+|[A-Za-z]{{2,}}|[\x{{370}}-\x{{52F}}]{{2,}}|{unspaced}|[{caseless}]{{2,}}))"
    );
    Regex::new(&pattern).expect("address pattern is valid")
});

/// Lines that MTAs write just before the returned original message or its
/// headers, lowercased and trimmed. Everything after one is the original,
/// which is never the failure.
const ORIGINAL_MARKERS: &[&str] = &[
    "------ this is a copy of the message",
    "--- below this line is a copy of the message",
    "----- original message",
    "------ original message",
    "--- original message",
    "original message follows",
    "-------- original message",
    "original message headers:",
    "ursprüngliche nachrichtenkopfzeilen",
    "en-têtes de message d'origine",
    "encabezados del mensaje original",
    "intestazioni messaggio originale",
    "заголовки исходного сообщения",
    "元のメッセージ ヘッダー",
    "原始邮件头",
    "原始郵件標頭",
    "message headers follow",
    "------- returned message",
    "----- unsent message follows",
    "-----unsent message follows",
    "--- the header of the original message is following",
    "------ the header of the original message is following",
    "----- the following is a copy of the message",
    "--- enclosed are the original headers",
    "------ original message header",
    "original message header follows",
    "----- original headers",
    "--- original headers",
    "content-type: message/rfc822",
    "content-type: text/rfc822-headers",
    "-------- original message header",
    "--------original message---------",
    "------ failed message header",
    "----- this is a copy",
    "--- message header follows",
    "---- original message ----",
    "the header of the original message is",
    "the original message headers are",
    "--- the original message",
    "included is a copy of the message header",
    "below is a copy of the original message",
    "original message:",
    "以下に、元のメッセージのヘッダを添付します",
    "--- исходное сообщение",
    // Mail programs' inline forwards: Apple Mail, Gmail and Thunderbird.
    "begin forwarded message:",
    "---------- forwarded message",
    "-------- forwarded message",
];

/// Header fields that open a copied message header and never start a
/// line of report prose.
const ORIGINAL_FIELDS: &[&str] =
    &["received: ", "return-path: ", "x-received: ", "dkim-signature: ", "arc-seal: "];

/// Returns the report part of a text: everything before the returned
/// original, whether a marker line announces it or it starts with its
/// header.
///
/// A bounce forwarded inline sits below a note and a marker line
/// (`-----Original Message-----`, `Begin forwarded message:`). The report
/// is the forwarded bounce, not the note, when the text above the marker
/// carries no sign of a failure and the text below does. It is also the
/// forwarded bounce when the forwarded header block names a mail system
/// as sender or has a bounce subject, because the person's note above
/// then only talks about the bounce, even when it quotes a reply code.
pub fn error_section(body: &str) -> &str {
    let mut rest = body;
    // Bounded: a forward of a forward of a forward is as deep as it gets.
    for _ in 0..4 {
        let (report, after) = split_at_original(rest);
        match after {
            // A returned copy's marker (qmail's `--- Below this line is a
            // copy of the message.`) follows the bounce's own failure, so a
            // bounce forwarded in the copy is the failed message's text.
            Some((forward, after))
                if has_failure_signs(after)
                    && ((forward && forwards_bounce(after)) || !has_failure_signs(report)) =>
            {
                rest = after
            }
            _ => return report,
        }
    }
    split_at_original(rest).0
}

/// Returns the bounce that `body` forwards inline, from the line after the
/// mail program's forward marker to the end (from the `From:` line of a
/// header block that no marker introduces), when `error_section` reads
/// it as the report: it states a failure, and either its header block
/// names a mail system or a bounce subject, or the text above states none.
/// A forward inside a returned copy is the failed message's text, so only
/// a marker before any returned copy counts.
pub fn forwarded_text(body: &str) -> Option<&str> {
    // A person may forward the bounce without a line of their own, so that
    // the forward's header block opens the text.
    let opening = body.trim_start_matches('\n');
    if opens_bare_forward(opening) && has_failure_signs(opening) {
        return Some(opening);
    }
    let (report, Some((forward, after))) = split_at_original(body) else {
        return None;
    };
    let chosen = forward
        && has_failure_signs(after)
        && (forwards_bounce(after) || !has_failure_signs(report));
    chosen.then_some(after)
}

/// Splits `body` before the first line that opens the returned original
/// or a forwarded message: a marker line, Outlook's rule of underscores
/// above a `From:` line, a forward's header block with no marker above it
/// (see [`opens_bare_forward`]), or the original's first header field.
/// Unless it split at a header field, it also returns the text after the
/// marker (from the block's `From:` line on, for a block without one),
/// and whether a mail program's forward opens there.
fn split_at_original(body: &str) -> (&str, Option<(bool, &str)>) {
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let rest = &body[offset..];
        if offset > 0 && opens_bare_forward(rest) && has_failure_signs(rest) {
            return (&body[..offset], Some((true, rest)));
        }
        let after = &body[offset + line.len()..];
        let forward_rule = is_underscore_rule(line) && opens_with_from(after);
        let marker = is_original_marker(line) || is_forward_marker(line);
        if offset > 0 && (marker || forward_rule) {
            return (&body[..offset], Some((opens_forward(line), after)));
        }
        if offset > 0 && starts_original_header(line) {
            return (&body[..offset], None);
        }
        offset += line.len();
    }
    (body, None)
}

/// True when `text` has a reply code on a line or bounce wording, with
/// line breaks read as spaces (`could not` / `be delivered`).
pub fn has_failure_signs(text: &str) -> bool {
    if text.lines().any(crate::smtp::has_reply_code) {
        return true;
    }
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    super::bounce_words::has_bounce_words(&words)
}

fn starts_original_header(line: &str) -> bool {
    let head = line.get(..16).unwrap_or(line).to_ascii_lowercase();
    ORIGINAL_FIELDS.iter().any(|f| head.starts_with(f))
}

/// Removes one level of `>` quoting from a bounce that was forwarded
/// inline, when most of its lines carry it. Sendmail transcripts' `>>>`
/// and `<<<` lines in an unquoted text are left alone.
pub fn unquote(section: &str) -> Cow<'_, str> {
    match strip_quote_marks(section) {
        Some(out) => Cow::Owned(error_section(&out).to_string()),
        None => Cow::Borrowed(section),
    }
}

/// Returns `text` with one level of `>` quoting removed, or `None` when
/// no more than half of its lines that are not blank carry it.
pub fn strip_quote_marks(text: &str) -> Option<String> {
    let lines = text.lines().filter(|l| !l.trim().is_empty());
    let (mut quoted, mut total) = (0, 0);
    for line in lines {
        total += 1;
        if line.starts_with('>') {
            quoted += 1;
        }
    }
    if total == 0 || quoted * 2 <= total {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line =
            line.strip_prefix('>').map_or(line, |rest| rest.strip_prefix(' ').unwrap_or(rest));
        out.push_str(line);
        out.push('\n');
    }
    Some(out)
}

/// Finds RFC 3464 delivery-status fields written into the text itself.
/// Old Sendmail writes them without a MIME part of their own, and a part
/// cannot be split off when the boundary in the header does not match the
/// one in the body. The fields run from the first
/// `Reporting-MTA:` or `Final-Recipient:` line to the next MIME boundary
/// or Content-Type line.
pub fn embedded_dsn(body: &str) -> Option<&str> {
    let mut start = None;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let lower = line.get(..16).unwrap_or(line).to_ascii_lowercase();
        match start {
            None if lower.starts_with("reporting-mta:")
                || lower.starts_with("final-recipient:") =>
            {
                start = Some(offset);
            }
            Some(from) if line.starts_with("--") || lower.starts_with("content-type:") => {
                return Some(&body[from..offset]);
            }
            _ => {}
        }
        offset += line.len();
    }
    start.map(|from| &body[from..])
}

/// True for a line that introduces the returned original message.
pub fn is_original_marker(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    if lower.len() < 3 {
        return false;
    }
    ORIGINAL_MARKERS.iter().any(|m| lower.starts_with(m))
        || (lower.starts_with("--") && lower.contains("original message"))
}

/// Addresses that are never a failed recipient in this bounce: the
/// bounce's own sender and addressee (the original sender), and mailbox
/// names that only stand for a mail system.
pub struct NotRecipients {
    own: Vec<String>,
    /// When false, mail-system mailboxes such as `postmaster` may be
    /// recipients: a message sent to one can bounce too.
    pub skip_system: bool,
}

impl NotRecipients {
    /// Collects the addresses from the bounce's From, To, Sender, Reply-To
    /// and Return-Path headers, and the message identifiers of its
    /// Message-ID, In-Reply-To and References headers, which have an
    /// address's form but name a message.
    pub fn from_headers(decoded: &Decoded) -> Self {
        let mut own = Vec::new();
        for (name, value) in &decoded.headers {
            let name = name.to_ascii_lowercase();
            if matches!(
                name.as_str(),
                "from"
                    | "to"
                    | "sender"
                    | "reply-to"
                    | "return-path"
                    | "message-id"
                    | "in-reply-to"
                    | "references"
            ) {
                for m in ADDRESS.find_iter(value) {
                    own.push(m.as_str().to_ascii_lowercase());
                }
            }
        }
        NotRecipients { own, skip_system: true }
    }

    /// Adds the addresses that `text` marks as the envelope sender
    /// (`<alice@example.com>: Sender address rejected`, `The message from
    /// (<alice@example.com>)`). A reply pasted without the bounce's header
    /// names the sender only there, and the failure concerns the sender,
    /// not a recipient.
    pub fn add_marked_senders(&mut self, text: &str) {
        for address in super::sender_marks::senders_in(text) {
            if !self.own.contains(&address) {
                self.own.push(address);
            }
        }
    }

    /// Adds the addresses of the paste's own participants (see
    /// [`super::participants`]): the writer's signature below a closing
    /// and a help-desk ticket's participants.
    pub fn add_participants(&mut self, text: &str) {
        for address in super::participants::participants_in(text) {
            if !self.own.contains(&address) {
                self.own.push(address);
            }
        }
    }

    /// True when `address` can be a failed recipient.
    pub fn allows(&self, address: &str) -> bool {
        let lower = address.to_ascii_lowercase();
        let local = lower.split('@').next().unwrap_or("");
        let system = matches!(
            local,
            "postmaster"
                | "mailer-daemon"
                | "mailer_daemon"
                | "root"
                | "abuse"
                | "noreply"
                | "no-reply"
                | "post_master"
        );
        !(system && self.skip_system) && !self.own.contains(&lower)
    }
}

/// Trims the brackets, quotes and punctuation that surround an address.
/// A quoted local part (`"john doe"@example.com`) keeps its opening quote.
/// Braces, square brackets and quotes are letters an address may contain
/// (RFC 5322's atext), but before an address they are a program's: a
/// Python dict (`{'bob@example.net': ...}`), a list (`['bob@...']`) or a
/// bytes literal (`b'bob@example.net'`).
pub fn clean_address(address: &str) -> String {
    let opened = address.trim().trim_start_matches(['<', '"', '\'', '(', '{', '[']);
    let opened = match opened.strip_prefix("b'").or_else(|| opened.strip_prefix("b\"")) {
        Some(rest) => rest.trim_start_matches('<'),
        None => opened,
    };
    let mut cleaned = opened.trim_end_matches(['>', '"', '\'', '.', ',', ';', ':', ')', '}']);
    // A closing bracket ends an address literal (`jane@[192.0.2.4]`) or a
    // list around the address.
    let literal = cleaned.rsplit_once('@').is_some_and(|(_, domain)| domain.starts_with('['));
    if !literal {
        cleaned = cleaned.trim_end_matches([']', '\'', '"']);
    }
    match cleaned.find("\"@") {
        Some(close) if !cleaned[..close].contains('"') => format!("\"{cleaned}"),
        _ => cleaned.to_string(),
    }
}

#[cfg(test)]
mod tests;
mod unspaced_tlds;
