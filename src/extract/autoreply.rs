//! Auto-replies (RFC 3834): out-of-office and similar replies are not
//! failures, but people paste them as if they were.

use super::section::{clean_address, ADDRESS};
use super::Failure;
use crate::input::Decoded;
use crate::knowledge::auto_replies;
use crate::reason::Reason;

/// Subject openings of auto-replies, lowercase, in the languages seen.
const SUBJECTS: &[&str] = &[
    "auto reply",
    "auto-reply",
    "autoreply",
    "automatic reply",
    "auto response",
    "autosvar",
    "out of office",
    "out of the office",
    "away until",
    "away from",
    "on vacation",
    "vacation",
    "abwesenheit",
    "automatische antwort",
    "réponse automatique",
    "respuesta automática",
    "自動応答",
    "不在",
];

/// True when one header field marks its email as an auto-reply: the
/// `Auto-Submitted: auto-replied` flag (RFC 3834) or a subject that opens
/// as an out-of-office reply's does.
pub fn is_auto_reply_field(name: &str, value: &str) -> bool {
    let value = value.trim().to_lowercase();
    match name.trim().to_ascii_lowercase().as_str() {
        "auto-submitted" => value.starts_with("auto-replied"),
        "subject" => SUBJECTS.iter().any(|s| value.starts_with(s)),
        _ => false,
    }
}

/// Builds the failure an auto-reply reports for its author, with the id
/// of its writer (`list-manager` for a list's notice, else `vacation`),
/// or `None` when the input is not an auto-reply. An out-of-office reply is a vacation,
/// and a hold or a departed person's reply is a failure. Mail systems
/// that flag their bounces as auto-replied (`Auto-Submitted:
/// auto-replied` from a mailer-daemon) are not auto-replies.
pub fn parse(decoded: &Decoded) -> Option<(&'static str, Failure)> {
    let from = decoded.header("From").unwrap_or("").to_lowercase();
    if from.contains("mailer-daemon") || from.contains("postmaster") || from.is_empty() {
        return None;
    }
    if is_marked_ndr(decoded) {
        return None;
    }
    let subject = decoded.header("Subject").unwrap_or("").trim().to_lowercase();
    let flagged = decoded
        .header("Auto-Submitted")
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("auto-replied"))
        || decoded.header("X-Autoreply").is_some()
        || decoded.header("X-Autorespond").is_some()
        || decoded.header("Precedence").is_some_and(|v| v.eq_ignore_ascii_case("auto_reply"));
    let worded = SUBJECTS.iter().any(|s| subject.starts_with(s));
    let author = ADDRESS.find(&from).map(|m| clean_address(m.as_str()));
    // A reply that holds the message or says nobody reads the mailbox
    // did not deliver it to a person, so it is a failure with its own
    // explanation. Its reason for the hold may come several lines down.
    // The classifier looks the entry up again in the same lines.
    let held_text = first_lines(&decoded.body, HELD_LINES);
    let found = auto_replies::lookup(&held_text.to_lowercase());
    // List managers send hold and refusal notices without Auto-Submitted,
    // or flag them auto-generated. Such a notice counts when it comes from
    // a list's own address or is flagged at all.
    let from_list = author.as_deref().is_some_and(is_list_manager)
        || decoded.header("Auto-Submitted").is_some_and(|v| !v.trim().eq_ignore_ascii_case("no"));
    let about_list =
        |entry| auto_replies::is_list_notice(entry) || auto_replies::is_member_notice(entry);
    let list_notice = (from_list && found.is_some_and(about_list))
        || found.is_some_and(auto_replies::is_own_template);
    if !flagged && !worded && !list_notice {
        return None;
    }
    let Some(entry) = found else {
        let failure = Failure {
            recipient: author,
            action: Some("vacation".into()),
            diagnostic: first_lines(&decoded.body, 3),
            reason: Some(Reason::Vacation),
            ..Default::default()
        };
        return Some((VACATION, failure));
    };
    // A list manager writes from the list's owner or request address,
    // but the message was sent to the list itself. A notice that the
    // list's mail bounced is about the member it is addressed to.
    let (writer, recipient) = if auto_replies::is_member_notice(entry) {
        (LIST_MANAGER, addressee(decoded))
    } else if auto_replies::is_list_notice(entry) {
        (LIST_MANAGER, author.map(|sender| list_recipient(&sender, &decoded.body)))
    } else {
        (VACATION, author)
    };
    let failure = Failure {
        recipient,
        action: Some("failed".into()),
        diagnostic: held_text,
        reason: Some(entry.reason),
        ..Default::default()
    };
    Some((writer, failure))
}

/// Subject openings of Microsoft 365's non-delivery reports, lowercase, as
/// Sisimai's Office365 reader matches them (github.com/sisimai/go-sisimai,
/// `lhost`): English, Dutch and Portuguese.
/// NOTE: the other languages' openings (German "Unzustellbar:", Italian
/// "Non recapitabile:") are not confirmed by a public source, so such
/// reports are recognised by the replies in their body instead.
const NDR_SUBJECTS: &[&str] = &["undeliverable:", "onbestelbaar:", "não entregue:"];

/// True when the header marks a non-delivery report that its writer flagged
/// `Auto-Submitted: auto-replied`, as Microsoft 365 does: the
/// `X-MS-Exchange-Message-Is-Ndr` field (Sisimai's mark of Microsoft 365's
/// reports), an NDR subject, or a bounce subject of any other mail system.
pub fn is_marked_ndr(decoded: &Decoded) -> bool {
    let subject = decoded.header("Subject").unwrap_or("").trim().to_lowercase();
    decoded.header("X-MS-Exchange-Message-Is-Ndr").is_some()
        || NDR_SUBJECTS.iter().any(|s| subject.starts_with(s))
        || super::is_bounce_field("Subject", &subject)
}

/// The writer id of an auto-reply from a person's mailbox, after the Unix
/// `vacation` program.
pub const VACATION: &str = "vacation";

/// The writer id of a mailing list manager's or forum's notice about a
/// post, so the report does not call it a vacation responder.
pub const LIST_MANAGER: &str = "list-manager";

/// Local parts of the robot addresses list managers send notices from.
const LIST_ROBOTS: &[&str] = &["sympa", "listserv", "mailman", "majordomo"];

/// True when `address` (lowercase) is a list's owner, request or bounce
/// address, or a list manager's robot address.
fn is_list_manager(address: &str) -> bool {
    let local = address.rsplit_once('@').map_or(address, |(local, _)| local);
    auto_replies::list_address(address) != address || LIST_ROBOTS.contains(&local)
}

/// Returns the list a notice from `sender` is about. A robot address
/// (`sympa@`, `listserv@`) serves every list on its host, so the list is
/// the first other address on that host that the notice names, such as
/// `foo-request@lists.example.org` for `foo@lists.example.org`. A sender
/// that is no list's own address is a system mailbox, such as the one
/// Exchange and Microsoft 365 send generated messages from. Then the list
/// is the address that the notice says the message went to.
fn list_recipient(sender: &str, body: &str) -> String {
    let Some((local, host)) = sender.rsplit_once('@') else {
        return sender.to_string();
    };
    if !LIST_ROBOTS.contains(&local) {
        let list = auto_replies::list_address(sender);
        if list != sender {
            return list;
        }
        return addressed_group(body, sender).unwrap_or(list);
    }
    let lower = body.to_lowercase();
    let named = ADDRESS
        .find_iter(&lower)
        .map(|m| clean_address(m.as_str()))
        .find(|a| a.ends_with(&format!("@{host}")) && a != sender);
    match named {
        Some(address) => auto_replies::list_address(&address),
        None => sender.to_string(),
    }
}

/// Returns the first address of the notice's To field, the member a
/// list's notice is about.
fn addressee(decoded: &Decoded) -> Option<String> {
    let to = decoded.header("To")?.to_lowercase();
    ADDRESS.find(&to).map(|m| clean_address(m.as_str()))
}

/// Returns the address after "message to" in a notice's text, as in
/// "Your message to Sales (sales@example.net) is awaiting moderator
/// approval", unless it is `sender`'s.
fn addressed_group(body: &str, sender: &str) -> Option<String> {
    let lower = body.to_ascii_lowercase();
    let at = lower.find("message to ")?;
    // The group's name may stand between the phrase and its address.
    let rest = &body[at..];
    let window = rest.char_indices().nth(120).map_or(rest, |(end, _)| &rest[..end]);
    let address = ADDRESS.find(window).map(|m| clean_address(m.as_str()))?;
    (!address.eq_ignore_ascii_case(sender)).then_some(address)
}

/// Non-blank lines kept from a hold notice, enough for Mailman's notice
/// to reach the line that gives the reason for the hold.
const HELD_LINES: usize = 8;

/// Joins the first `count` non-blank lines of the reply.
fn first_lines(body: &str, count: usize) -> String {
    body.lines().map(str::trim).filter(|l| !l.is_empty()).take(count).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(headers: &[(&str, &str)]) -> Decoded {
        Decoded {
            headers: headers.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect(),
            body: "I am away.\n".into(),
            ..Default::default()
        }
    }

    #[test]
    fn auto_replies_recognised() {
        let cases = [
            (vec![("From", "a@example.org"), ("Subject", "Automatic reply: hello")], true),
            (vec![("From", "a@example.org"), ("Auto-Submitted", "auto-replied")], true),
            (
                vec![("From", "mailer-daemon@example.org"), ("Auto-Submitted", "auto-replied")],
                false,
            ),
            (vec![("From", "a@example.org"), ("Subject", "hello")], false),
        ];
        for (headers, expected) in cases {
            assert_eq!(parse(&decoded(&headers)).is_some(), expected, "{headers:?}");
        }
    }
}
