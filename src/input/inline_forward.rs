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
    let forwarded = match crate::extract::forwarded_text(body) {
        // Apple Mail leaves a blank line between its marker and the fields.
        Some(text) => {
            let text = standard_field_names(text.trim_start_matches(['\n', ' ', '\t']));
            super::decode_within(text.as_bytes(), forwards - 1)
        }
        None => match quoted_bounce(&decoded.body, forwards - 1) {
            Some(quoted) => quoted,
            None => match unattributed_quote(decoded, forwards - 1) {
                Some(quoted) => quoted,
                None => return,
            },
        },
    };
    // A complaint report (RFC 5965) carries no bounce's marks, but its
    // feedback part is read as a pasted one is.
    if crate::extract::has_bounce_marks(&forwarded) || forwarded.feedback.is_some() {
        decoded.nested = Some(Box::new(forwarded));
        decoded.nested_inline = true;
    }
}

/// Decodes the bounce that a reply quotes with `>` below an attribution
/// line (`On ... Mail Delivery System <MAILER-DAEMON@example.net> wrote:`,
/// `Am ... schrieb ...:`). Such a reply keeps the bounce's sender only in
/// the attribution. When the attribution names a mail system, the result
/// is an email from that sender whose text is the quoted lines without
/// their quote marker. Otherwise the quoted lines are read as if pasted
/// alone, and kept only when [`reports_quoted_failure`] holds. The email
/// from a mail system is kept only when a failed recipient is read from
/// it, so that a postmaster's quoted note with no recipient (a rule, a
/// question) leaves the reply "not a bounce".
fn quoted_bounce(body: &str, forwards: usize) -> Option<super::Decoded> {
    let (attribution, text) = quoted_text(body)?;
    if !crate::extract::names_mail_system(&attribution) {
        let pasted = super::decode_within(text.as_bytes(), forwards);
        return reports_quoted_failure(&pasted).then_some(pasted);
    }
    let sender = attribution_sender(&attribution).unwrap_or_else(|| attribution.clone());
    let email = format!("From: {sender}\n\n{text}");
    let decoded = super::decode_as_email(email.as_bytes(), email.clone(), forwards);
    crate::extract::reports_failure(&decoded, false).then_some(decoded)
}

/// How many of a reply's quoted blocks with signs of a failure are read
/// when no attribution line introduces them. A writer who replies to a
/// bounce part by part quotes it in a few blocks, and each block read
/// costs a decode and an extract.
const MAX_QUOTED_BLOCKS: usize = 4;

/// Decodes the bounce that a reply quotes with `>` without an attribution
/// line above it. Each quoted block for which [`shows_failure`] holds is
/// read as if pasted alone, without its quote marker, and the first for
/// which [`reports_quoted_failure`] holds is kept. A block that is no
/// marked report (see [`is_marked_report`]) is kept only when the reply
/// read as it is reports no failed recipient, so that reply lines quoted
/// inside an NDR's own text keep that text's reading. A marked report is
/// kept either way, because the reply's reading of it may be partial.
fn unattributed_quote(decoded: &Decoded, forwards: usize) -> Option<Decoded> {
    let blocks = super::quote_marks::quoted_blocks(&decoded.body);
    let candidates = blocks
        .into_iter()
        .filter_map(super::quote_marks::unquote_text)
        .filter(|text| shows_failure(text))
        .take(MAX_QUOTED_BLOCKS);
    let mut reply_reports = None;
    for text in candidates {
        let pasted = super::decode_within(text.as_bytes(), forwards);
        if !reports_quoted_failure(&pasted) {
            continue;
        }
        let reply_reports =
            *reply_reports.get_or_insert_with(|| crate::extract::reports_failure(decoded, false));
        if is_marked_report(&pasted) || !reply_reports {
            return Some(pasted);
        }
    }
    None
}

/// True when `pasted`, quoted text read as if pasted alone, reports a
/// failed recipient. Unless it is a marked report (see
/// [`is_marked_report`]), the failure must carry a reply code or status:
/// a quoted discussion of a bounce is no bounce.
fn reports_quoted_failure(pasted: &Decoded) -> bool {
    crate::extract::reports_failure(pasted, !is_marked_report(pasted))
}

/// True for an email whose own header marks a bounce, or that has a
/// delivery-status or feedback part.
fn is_marked_report(decoded: &Decoded) -> bool {
    decoded.dsn.is_some()
        || decoded.feedback.is_some()
        || decoded.headers.iter().any(|(name, value)| crate::extract::is_bounce_field(name, value))
}

/// True when `text` has a reply code on a line, bounce wording or
/// delivery-status fields, or opens with an email header that marks a
/// bounce or a report (`Content-Type: multipart/report`).
fn shows_failure(text: &str) -> bool {
    crate::extract::has_failure_signs(text)
        || crate::extract::embedded_dsn(text).is_some()
        || opens_with_report_header(text)
}

/// True when the header block that `text` opens with has a field that
/// marks a bounce, or a report content type.
fn opens_with_report_header(text: &str) -> bool {
    let header = text.lines().take_while(|line| !line.trim().is_empty());
    header.filter_map(|line| line.split_once(':')).any(|(name, value)| {
        let report = name.eq_ignore_ascii_case("content-type")
            && value.to_ascii_lowercase().contains("multipart/report");
        report || crate::extract::is_bounce_field(name, value)
    })
}

/// Returns a reply's first attribution line above lines quoted with `>`,
/// and those lines without the quote marker they all carry. A mail
/// program may wrap a long attribution inside the sender's address (`... Mail Delivery
/// Subsystem <` / `MAILER-DAEMON@example.net> wrote:`), so a line that
/// closes an address it does not open is joined to the line above.
fn quoted_text(body: &str) -> Option<(String, String)> {
    let lines: Vec<&str> = body.lines().collect();
    let at = (0..lines.len()).find(|&i| {
        let next = lines[i + 1..].iter().find(|line| !line.trim().is_empty());
        is_attribution(lines[i]) && next.is_some_and(|line| line.starts_with('>'))
    })?;
    let line = lines[at].trim();
    let opens_mid_address = line.find('>').is_some_and(|close| !line[..close].contains('<'));
    let above = at.checked_sub(1).map(|i| lines[i].trim()).unwrap_or("");
    let attribution = match opens_mid_address && !above.is_empty() && !above.starts_with('>') {
        true if above.ends_with('<') => format!("{above}{line}"),
        true => format!("{above} {line}"),
        false => line.to_string(),
    };
    let mut block = String::new();
    for line in lines[at + 1..].iter().skip_while(|line| line.trim().is_empty()) {
        if !line.starts_with('>') && !line.trim().is_empty() {
            break;
        }
        block.push_str(line);
        block.push('\n');
    }
    // A reply to a reply quotes the bounce two levels deep (`>> `), and
    // every level is removed.
    let text = super::quote_marks::unquote_text(&block)?;
    Some((attribution, text))
}

/// True for a mail program's attribution line: it ends with a colon (`:`
/// or the full-width `：`) and names one of the verbs in
/// [`crate::extract::ATTRIBUTION_VERBS`], in any language listed there.
pub(crate) fn is_attribution(line: &str) -> bool {
    let line = line.trim();
    let Some(head) = line.strip_suffix(':').or_else(|| line.strip_suffix('：')) else {
        return false;
    };
    // An attribution names a date and a sender, so a whole paragraph
    // ending in "wrote:" is prose.
    if line.starts_with('>') || head.chars().count() > 300 {
        return false;
    }
    let lower = head.to_lowercase();
    crate::extract::ATTRIBUTION_VERBS.iter().any(|verb| lower.contains(verb))
}

/// Returns the sender an attribution line names: the name and address up
/// to the `>` that closes the address, or a bare address
/// (`Postmaster@163.com wrote:`). The name starts after the last comma,
/// time (`17:00`, `PM`, `AM`) or verb before it (German `schrieb`).
fn attribution_sender(line: &str) -> Option<String> {
    let Some((open, close)) =
        line.rfind('>').and_then(|close| Some((line[..close].rfind('<')?, close)))
    else {
        let bare = line.split_whitespace().rev().find(|word| word.contains('@'))?;
        return Some(bare.to_string());
    };
    let head = &line[..open];
    let marks = ["PM ", "AM ", ", "].iter().filter_map(|cut| Some(head.rfind(cut)? + cut.len()));
    let verbs = crate::extract::ATTRIBUTION_VERBS
        .iter()
        .filter_map(|verb| Some(head.rfind(&format!("{verb} "))? + verb.len() + 1));
    let start = marks.chain(verbs).chain(after_last_time(head)).max().unwrap_or(0);
    // Spanish attributions put the address in brackets: `Bob (<bob@...>)`.
    let name = head.get(start..).unwrap_or("").trim().trim_end_matches('(').trim();
    Some(format!("{name} {}", &line[open..=close]).trim().to_string())
}

/// Returns the offset after the last time of day (`17:00 `) in `text`.
fn after_last_time(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (2..bytes.len().saturating_sub(2)).rev().find_map(|colon| {
        let time = bytes[colon] == b':'
            && bytes[colon - 1].is_ascii_digit()
            && bytes[colon + 1].is_ascii_digit()
            && bytes[colon + 2].is_ascii_digit()
            && bytes.get(colon + 3) == Some(&b' ');
        time.then_some(colon + 4)
    })
}

/// Returns a forward's text with the field names of its header block in
/// RFC 5322's English (`Von:` as `From:`, `Objet :` as `Subject:`). A
/// localised Outlook's block is then decoded as the email's header, and
/// its sender and subject mark the bounce as the English ones do. Other
/// fields, and every line from the first blank one on, are kept as they
/// are. New Outlook runs the forwarded text on right after the `Subject:`
/// line, so a blank line is put before the first line that is neither a
/// field nor a field's folded continuation.
fn standard_field_names(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    let mut in_header = true;
    for line in text.split_inclusive('\n') {
        in_header = in_header && !line.trim().is_empty();
        let field = crate::extract::forward_field(line.trim_start()).filter(|_| in_header);
        if in_header && field.is_none() && !crate::extract::is_field_line(line) {
            out.push('\n');
            in_header = false;
        }
        match field {
            Some((name, value)) => {
                out.push_str(name);
                out.push(':');
                out.push_str(value);
            }
            None => out.push_str(line),
        }
    }
    out
}
