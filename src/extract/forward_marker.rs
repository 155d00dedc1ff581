//! The lines with which a mail program opens a message it forwards
//! inline: Gmail's and Thunderbird's rules, Outlook's `-----Original
//! Message-----` and rule of underscores, Apple Mail's `Begin forwarded
//! message:`. The header block below them shows whether the forwarded
//! message is a bounce. The words in other languages are in
//! `mail_program_words`.

/// True for a marker line that opens a mail program's inline forward: a
/// forward marker (see [`is_forward_marker`]) or Outlook's rule of
/// underscores, which `section::split_at_original` takes as a marker only above a
/// forward's header block.
pub(super) fn opens_forward(marker: &str) -> bool {
    is_forward_marker(marker) || is_underscore_rule(marker)
}

/// True for a line of underscores alone, such as the rule of 32 that
/// Outlook writes above the `From:` and `Sent:` lines of a message it
/// forwards or replies to. A shorter run is a blank to fill in.
pub(super) fn is_underscore_rule(line: &str) -> bool {
    let line = line.trim();
    line.len() >= 10 && line.bytes().all(|b| b == b'_')
}

/// True when `text` opens with a forward's header block: its first line
/// that is not blank is a `From:` field, in any language of
/// [`super::mail_program_words::FORWARD_FIELDS`] (`Von:`, `De :`).
pub(super) fn opens_with_from(text: &str) -> bool {
    let first = text.lines().map(str::trim).find(|line| !line.is_empty()).unwrap_or("");
    super::mail_program_words::forward_field(first).is_some_and(|(name, _)| name == "From")
}

/// Field lines read at most at the top of a forward's header block: the
/// sender, the date, the addressees and the subject, and a few others.
const BLOCK_FIELDS: usize = 8;

/// True when `text` opens with a forward's header block that no marker
/// line introduces, as Outlook's plain-text part of an HTML forward and
/// New Outlook write it. Its first line starts with a `From:` field. A
/// date field (`Sent:`, `Date:`) and a `Subject:` field follow with no
/// blank line between, in any language of
/// [`super::mail_program_words::FORWARD_FIELDS`]. Such a block counts only
/// when it names a mail system as sender or has a bounce subject (see
/// [`forwards_bounce`]), because without a marker nothing else tells it
/// from the failed message's own header that a bounce quotes.
pub(super) fn opens_bare_forward(text: &str) -> bool {
    use super::mail_program_words::{forward_field, is_field_line};
    let first = text.lines().next().unwrap_or("");
    if first.starts_with(char::is_whitespace)
        || forward_field(first).is_none_or(|(name, _)| name != "From")
    {
        return false;
    }
    let (mut dated, mut titled) = (false, false);
    for line in text.lines().skip(1).take(BLOCK_FIELDS) {
        match forward_field(line.trim()).map(|(name, _)| name) {
            Some("Sent" | "Date") => dated = true,
            Some("Subject") => titled = true,
            Some(_) => {}
            None if is_field_line(line) => {}
            None => break,
        }
    }
    dated && titled && forwards_bounce(text)
}

/// Sender names that only a mail system uses, lowercased: Postfix's and
/// Exim's "Mail Delivery System", Gmail's "Mail Delivery Subsystem", and
/// Exchange's "Microsoft Outlook" with its `MicrosoftExchange...` address.
const MAIL_SYSTEM_SENDERS: &[&str] =
    &["mailer-daemon", "postmaster", "mail delivery", "microsoft outlook", "microsoftexchange"];

/// True when `text` (any case) names a sender that only a mail system uses.
pub fn names_mail_system(text: &str) -> bool {
    let lower = text.to_lowercase();
    MAIL_SYSTEM_SENDERS.iter().any(|sender| lower.contains(sender))
}

/// True when `text`, the part after a forward marker, opens with the
/// forwarded message's header block (`From:`, `Sent:`, `Subject:` lines,
/// or their translations) and that block names a mail system as sender or
/// has a bounce subject.
pub(super) fn forwards_bounce(text: &str) -> bool {
    let lines = text.lines().map(str::trim).filter(|line| !line.is_empty()).take(BLOCK_FIELDS);
    for line in lines {
        let lower = line.to_lowercase();
        let Some((name, value)) = super::mail_program_words::split_field(&lower) else {
            return false;
        };
        let localised = super::mail_program_words::standard_field(name);
        if name.is_empty() || (name.contains(' ') && localised.is_none()) {
            return false;
        }
        let bounce = match localised {
            Some("From") => MAIL_SYSTEM_SENDERS.iter().any(|sender| value.contains(sender)),
            Some("Subject") => {
                super::bounce_words::BOUNCE_SUBJECTS.iter().any(|w| value.contains(w))
            }
            _ => false,
        };
        if bounce {
            return true;
        }
    }
    false
}

/// True for a line with which a mail program introduces a message it
/// forwards inline: Apple Mail's `Begin forwarded message:`, Gmail's and
/// Thunderbird's `Forwarded message` rules, Outlook's `-----Original
/// Message-----`, or their translations. A bounce's marker for its
/// returned copy is none of these.
pub fn is_forward_marker(line: &str) -> bool {
    use super::mail_program_words::{FORWARD_LEADS, FORWARD_RULE_WORDS};
    let line = line.trim();
    // Every marker is a rule of dashes or ends with a colon, and the check
    // runs on every line of a bounce, so other lines are not lowercased.
    if !(line.starts_with("--") || line.ends_with(':')) {
        return false;
    }
    let lower = line.to_lowercase();
    let words = lower.trim_matches(|c: char| c == '-' || c.is_whitespace());
    // French puts a space before the colon: `Début du message réexpédié :`.
    let lead = FORWARD_LEADS.iter().any(|lead| {
        lower.strip_prefix(lead).is_some_and(|rest| rest.trim_start().starts_with(':'))
    });
    lead || (lower.starts_with("--") && FORWARD_RULE_WORDS.contains(&words))
}
