//! The failed recipient's address on one line of a report. A line may
//! also name the envelope sender ("mail from", "Anti-Spoofing policy:"),
//! a mailbox to contact for removal, or a header copied from the original
//! message, and those addresses are skipped.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::section::{clean_address, NotRecipients, ADDRESS};

/// Lines copied from the original message's header, which name its
/// sender and recipients but are not the failure.
static HEADER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:to|from|cc|bcc|subject|sent|date|reply-to|return-path|received|message-id|sender|envelope-to|envelope-from|delivered-to|x-[a-z0-9\-]+|in-reply-to|references|list-[a-z\-]+)\s*:",
    )
    .expect("header line pattern is valid")
});

/// True for a header field line with its value on the line itself
/// (`Subject: Undelivered Mail Returned to Sender`, a localised forward's
/// `Betreff: ...`), quoted with `>` or not. The value ends with the line,
/// so its last words ("to Sender") say nothing about an address on the
/// next line. A field with no value on its line (`Return-Path:`) is
/// folded, and its value is the next line.
pub(super) fn is_complete_header_line(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
    if let Some(field) = HEADER_LINE.find(line) {
        return !line[field.end()..].trim().is_empty();
    }
    super::mail_program_words::forward_field(line)
        .is_some_and(|(_, value)| !value.trim().is_empty())
}

/// A sentence that names a mailbox to contact a few words later: "contact
/// the Example Corp helpdesk at", "please contact your administrator or".
macro_rules! contact_sentence {
    () => {
        r"\bcontact (?:the|our|your|us|an?|their) [^.@;:]{0,60}?\b(?:at|via|on|or)"
    };
}

/// Text just before an address that marks it as the envelope sender or
/// a mailbox to contact, not a failed recipient.
static SENDER_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:mail from|from|sender|envelope-from|contact|send mail to|mailto",
        // A receiver's instructions name its own mailbox for requests:
        // "forward this message to delist@...", "e-mail us at ...".
        r"|forward(?: this| the)?(?: message| email| e-mail| bounce| ndr| error| reply)? to",
        // "report details to abuse@...", "please email support@...", "if
        // this is in error, email unblock@...". A bare "E-mail:" label
        // stays a recipient's.
        r"|report(?: details| this| it| the \w+)? to|(?:please|or|and) e-?mail|,\s*e-?mail",
        r"|send(?: an| a| your)?(?: e-?mail| message| request| note)s? to",
        r"|e-?mail us(?: at)?|write to|reach us at|contact us at|",
        // Where replies go, which a note or a notice names as an
        // instruction: "Please don't reply to karl@...", "send replies to".
        r"repl(?:y|ies)(?: directly)? to|",
        // An anti-spoofing policy judges the sender's header address
        // (Mimecast's "Rejected by header based Anti-Spoofing policy:").
        // Only this line's address is skipped: a spoofed message may name
        // the recipient's own address as its sender.
        r"anti-spoofing policy|",
        // A Blocked Senders policy names the sender it blocked (Mimecast's
        // "Rejected by header based manually Blocked Senders:").
        r"blocked senders|",
        contact_sentence!(),
        r")\s*[:=]?\s*<?$"
    ))
    .expect("sender context pattern is valid")
});

/// A label before a message identifier (RFC 5322's `msg-id`, which looks
/// like an address in angle brackets): the `Message-ID:` field, Gmail's
/// "Show original" row `Message ID <...>`, a log's `message_id=`, and the
/// `In-Reply-To:` and `References:` fields that repeat such identifiers.
static MESSAGE_ID_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:message[-_ ]?id|in-reply-to|references)\s*[:=]?\s*<?$")
        .expect("message id label pattern is valid")
});

/// A reply's instruction to write to a mailbox, the verb alone before the
/// address: "Email postmaster@... to be unblocked", "for removal mail
/// abuse@...", "To request removal, mail delist@...". It must open a
/// sentence or a clause, or follow a word about removal or help, so that
/// an "E-mail:" label before a recipient is not read as one.
pub(super) static CONTACT_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[.;!?,(]|\b(?:removal|delisting|unblocking|assistance|questions|please))\s*(?:e-?)?mail\s*<?$",
    )
    .expect("contact verb pattern is valid")
});

/// The end of a line that puts the address on the next line in another
/// role: the original sender (`A message sent by`), or a contact.
pub(super) static NOT_RECIPIENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:sent by|message from|sender|to the address|contact|send mail to|send a message to|repl(?:y|ies) to|",
        contact_sentence!(),
        r")\s*:?\s*$"
    ))
    .expect("previous line pattern is valid")
});

/// Finds the first address on a line that can be a failed recipient.
pub(super) fn recipient_in(line: &str, filter: &NotRecipients) -> Option<String> {
    // ADDRESS needs an `@`, so a line without one names no recipient and
    // the two regexes below need not scan it.
    if !line.contains('@') || HEADER_LINE.is_match(line) {
        return None;
    }
    for m in ADDRESS.find_iter(line) {
        let before = &line[..m.start()];
        if before.ends_with(['=', '/'])
            || MESSAGE_ID_LABEL.is_match(before)
            || SENDER_CONTEXT.is_match(before)
            || CONTACT_VERB.is_match(before)
        {
            continue;
        }
        if super::suggested::is_suggested(before) {
            continue;
        }
        // Exim names the address a redirection started from under the
        // failed one (`generated by sales@example.org`).
        if super::expanded::is_generated_by(before) {
            continue;
        }
        // After "Sender address rejected" a reply names only the sender
        // and what it failed: `not owned by user bob@example.net` is the
        // login the sender used.
        if before.to_ascii_lowercase().contains("sender address rejected") {
            continue;
        }
        // A link's parameter (`Why?s=mfrom;id=alice@example.com`) names
        // whatever the linked page looks up, most often the sender.
        if crate::sender_ip::in_url(line, m.start()) {
            continue;
        }
        let address = clean_address(m.as_str());
        if filter.allows(&address) {
            return Some(address);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Decoded;

    #[test]
    fn message_id_not_recipient() {
        let filter = NotRecipients::from_headers(&Decoded::default());
        let lines = [
            "Message ID\t<abc@mail.example.org>",
            "Message-ID: <abc@mail.example.org>",
            "message_id=<abc@mail.example.org> 550 5.1.1 unknown",
            "In-Reply-To: <abc@mail.example.org>",
        ];
        for line in lines {
            assert_eq!(recipient_in(line, &filter), None, "{line:?}");
        }
        let line = "Recipient: <bob@example.net>";
        assert_eq!(recipient_in(line, &filter).as_deref(), Some("bob@example.net"));
    }
}
