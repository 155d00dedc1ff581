//! Merging a DSN's fields with the human-readable report of the same
//! bounce, recipient by recipient.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::{has_codes, transcript, wrapper, Failure};
use crate::smtp;

/// Fills what the DSN fields lack from the human-readable report: the
/// diagnostic, the codes and the remote host, matched by recipient. A
/// recipient that the report gives a failure reply for but the DSN lacks
/// is added after the DSN's own, marked `outside_dsn`. A DSN cut short
/// loses its last groups first, and an edited or merged bounce can have a
/// text part that names more failures than its DSN. When the email was
/// `cut_short`, a lost group may also have been a success, so any reply
/// counts.
pub(super) fn merge_text(
    mut failures: Vec<Failure>,
    from_text: &[Failure],
    cut_short: bool,
) -> Vec<Failure> {
    let in_dsn: Vec<String> = failures
        .iter()
        .filter_map(|f| Some(f.recipient.as_deref()?.to_ascii_lowercase()))
        .collect();
    // The DSN's recipients under both forms of their address, so the
    // address the sender wrote to is not taken for another recipient.
    let original: Vec<String> = failures
        .iter()
        .filter_map(|f| Some(f.original_recipient.as_deref()?.to_ascii_lowercase()))
        .collect();
    let by_recipient: HashMap<String, &Failure> = from_text
        .iter()
        .filter_map(|t| Some((t.recipient.as_deref()?.to_ascii_lowercase(), t)))
        .collect();
    // A text failure with the same reply or the same codes as a DSN group
    // is that group's recipient under another form of its address. Such a
    // form may be a source route, a rewritten domain or an alias that the
    // DSN does not record. A group whose own address the text names already
    // has its text failure, so another failure with the same reply is
    // another recipient's.
    let named_in_text = |f: &Failure| {
        f.recipient.as_deref().is_some_and(|r| by_recipient.contains_key(&r.to_ascii_lowercase()))
    };
    let same_reply = |text: &Failure| {
        failures.iter().filter(|f| !named_in_text(f)).any(|f| {
            let same_text =
                !f.diagnostic.is_empty() && text.diagnostic.contains(f.diagnostic.as_str());
            same_text || same_codes(f, text)
        })
    };
    let counts = |t: &Failure| if cut_short { has_codes(t) } else { has_failure_reply(t) };
    let outside_dsn = |t: &Failure| {
        t.recipient
            .as_deref()
            .map(str::to_ascii_lowercase)
            .is_some_and(|r| !in_dsn.contains(&r) && !original.contains(&r))
    };
    // A lone text failure that names no recipient states the cause for
    // every DSN group. One that names an address the DSN lacks is the DSN's
    // only recipient under another form of its address. With two or more
    // groups there is no telling whose it is, and lending it to each would
    // give a recipient another one's reply and IP.
    let single = match from_text {
        [only] => match only.recipient.as_deref() {
            None => Some(only),
            Some(address) => (failures.len() == 1
                && !in_dsn.contains(&address.to_ascii_lowercase()))
            .then_some(only),
        },
        _ => None,
    };
    let missing: Vec<Failure> = from_text
        .iter()
        .filter(|t| counts(t) && outside_dsn(t) && !same_reply(t))
        .filter(|t| single.is_none_or(|lent| !std::ptr::eq(lent, *t)))
        .map(|t| Failure { outside_dsn: true, ..t.clone() })
        .collect();
    for failure in failures.iter_mut() {
        let key = failure.recipient.as_deref().map(str::to_ascii_lowercase);
        let matching = key.and_then(|k| by_recipient.get(&k).copied());
        let Some(text) = matching.or(single) else {
            continue;
        };
        failure.remote_mta = failure.remote_mta.take().or_else(|| text.remote_mta.clone());
        failure.original_recipient =
            failure.original_recipient.take().or_else(|| text.original_recipient.clone());
        // The last attempt got no reply, so a reply in the text is an
        // earlier attempt's (a list of attempts) and its codes and IP are
        // not the final cause.
        if got_no_reply(&failure.diagnostic) {
            continue;
        }
        if wrapper::text_reply_replaces(&failure.diagnostic, &text.diagnostic) {
            failure.diagnostic = text.diagnostic.clone();
            failure.mta_trailer = text.mta_trailer.clone();
        } else if replaces(&failure.diagnostic, &text.diagnostic) {
            // The text's reply is the receiver's own, so its codes come
            // with it.
            failure.diagnostic = text.diagnostic.clone();
            failure.mta_trailer = text.mta_trailer.clone();
            failure.reply = text.reply.clone().or(failure.reply.take());
            failure.status = smtp::prefer_status(text.status.clone(), failure.status.take());
        } else if !text.diagnostic.is_empty() && text.diagnostic != failure.diagnostic {
            failure.text_part_diagnostic = Some(text.diagnostic.clone());
        }
        failure.reply = failure.reply.take().or_else(|| text.reply.clone());
        failure.status = failure.status.take().or_else(|| text.status.clone());
        failure.command = failure.command.take().or_else(|| text.command.clone());
    }
    failures.extend(missing);
    failures
}

/// True when the text failure quotes a receiver's reply of the 4 or 5
/// class, a failed or delayed delivery (RFC 5321). A bare status code is
/// not enough, because prose around a reply, such as advice to check an
/// address, cites status codes too.
fn has_failure_reply(text: &Failure) -> bool {
    text.reply.as_deref().is_some_and(|c| c.starts_with(['4', '5']))
}

/// Postfix's statements that an attempt ended before the receiver replied:
/// "connect to %s[%s]:%d: %m" in src/smtp/smtp_connect.c, and "lost
/// connection with %s while %s" and "conversation with %s timed out while
/// %s" in smtp_stream_except() (src/smtp/smtp_trouble.c). Postfix puts
/// "delivery temporarily suspended: " before them when it has marked the
/// destination as down.
static NO_REPLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:delivery temporarily suspended: )?(?:connect to \S+: (?:connection refused|connection timed out|no route to host|network is unreachable)|lost connection with \S+ while |conversation with \S+ timed out while )",
    )
    .expect("no-reply pattern is valid")
});

/// True when a DSN's diagnostic states that its attempt got no reply.
fn got_no_reply(dsn: &str) -> bool {
    NO_REPLY.is_match(dsn.trim())
}

/// True when a DSN group and a text failure state the same status code
/// and no different reply code.
fn same_codes(group: &Failure, text: &Failure) -> bool {
    let replies_agree = match (&group.reply, &text.reply) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    group.status.is_some() && group.status == text.status && replies_agree
}

/// True when the text's diagnostic should replace the DSN's: the DSN has
/// none, or only a cut-off start of the same reply. Text that goes on
/// into another Sendmail session (`... while talking to HOST:`) carries
/// another host's reply, and the recipient's own field wins.
fn replaces(dsn: &str, text: &str) -> bool {
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let (dsn, text) = (squash(dsn), squash(text));
    if dsn.is_empty() {
        return !text.is_empty();
    }
    let has_code = |s: &str| s.bytes().take(3).all(|b| b.is_ascii_digit()) && s.len() > 3;
    if text.len() <= dsn.len() {
        return false;
    }
    let Some(at) = text.find(&dsn) else {
        return !has_code(&dsn) && has_code(&text);
    };
    !transcript::is_session_start(&text[at + dsn.len()..])
}

#[cfg(test)]
mod tests {
    use super::{merge_text, replaces, Failure};

    fn group(recipient: &str) -> Failure {
        Failure {
            recipient: Some(recipient.to_string()),
            status: Some("5.0.0".to_string()),
            ..Default::default()
        }
    }

    #[test]
    fn lone_block_lent_to_lone_group() {
        let text = Failure {
            recipient: Some("info@example.org".to_string()),
            reply: Some("550".to_string()),
            diagnostic: "550 5.1.1 User unknown".to_string(),
            ..Default::default()
        };
        let one = merge_text(vec![group("ana@example.org")], std::slice::from_ref(&text), false);
        assert_eq!(one[0].reply.as_deref(), Some("550"));
        let two =
            merge_text(vec![group("ana@example.org"), group("bo@example.org")], &[text], false);
        assert_eq!(two[0].reply, None, "first of two groups");
        assert_eq!(two[1].reply, None, "second of two groups");
    }

    #[test]
    fn text_widens_same_reply() {
        assert!(replaces(
            "550 5.7.1 Blocked",
            "550 5.7.1 Blocked 550 5.7.1 see https://example.net/why"
        ));
        assert!(replaces("", "550 5.1.1 User unknown"));
        assert!(replaces("Mailbox unavailable", "550 5.1.1 Mailbox unavailable"));
    }

    #[test]
    fn text_from_other_session_kept_out() {
        let dsn = "550 5.1.1 <dan@example.net>... User unknown";
        let text = "550 5.1.1 <dan@example.net>... User unknown ... while talking to \
            mx.example.org.: >>> DATA <<< 554 5.7.1 Client host [203.0.113.9] blocked";
        assert!(!replaces(dsn, text));
    }
}
