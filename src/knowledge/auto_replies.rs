//! Auto-replies that report the message as not delivered to a person:
//! a challenge-response filter holding it, a mailing list holding it for
//! its moderator, the mailbox of someone who has left, a mailbox that
//! nobody reads any more, or an absent person's mailbox that deletes it.
//! A list's notice that its mail to the reader bounced is here too,
//! because it comes from the same list addresses as a hold notice.
//! An ordinary out-of-office reply matches none of these, because its
//! message was delivered and is read later.

mod absence;
mod challenge;
mod deleted;
mod departed;
mod discourse;
mod list_bouncing;
mod new_address;
mod sentences;
mod unread;

pub use discourse::REFUSED_BY_DISCOURSE;
pub use list_bouncing::LIST_BOUNCING;
pub(crate) use new_address::introduces_new_address;

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Lowercase fragments of a mailing list's hold notice: Mailman 2.1 and 3
/// ("Is being held until the list moderator can review it for approval")
/// and other list managers' shorter forms.
const MODERATION: &[&str] = &[
    "awaits moderator approval",
    "awaiting moderator approval",
    "held for moderation",
    "held for moderator approval",
    "held until the list moderator",
    "pending moderator approval",
    "awaiting moderation",
    // Sympa 6.2 (delivery_status_notification.tt2): "Your message to the
    // list '%1' has been forwarded to the moderator(s)".
    "has been forwarded to the moderator",
];

/// Lowercase fragments of a list manager's refusal of a post, from the
/// managers' own templates. GNU Mailman 3 writes "has been rejected by the
/// list moderator" for a moderator's rejection and "Your message to the X
/// mailing-list was rejected for the following reasons" for its rules'.
/// Mailman 2.1 rejects a non-member's post automatically. Sympa 6.2 has a
/// moderator's rejection (reject.tt2) and an "Authorization denied"
/// notice (delivery_status_notification.tt2).
const LIST_REFUSAL: &[&str] = &[
    "rejected by the list moderator",
    "mailing-list was rejected for the following reason",
    "you are not allowed to post to this mailing list",
    "has been rejected by the moderator",
    "you are not allowed to send this message for the following reason",
    // LISTSERV. Its help pages quote the refusal as "you are not
    // authorized to post".
    // NOTE: the longer "not authorized to send mail to the <list> list"
    // form was not checked against a LISTSERV template.
    "you are not authorized to post",
    "you are not authorized to send mail to the",
];

/// Every entry of this table.
pub static ENTRIES: [&Entry; 8] = [
    &HELD_FOR_CHALLENGE,
    &HELD_FOR_MODERATION,
    &REFUSED_BY_LIST,
    &REFUSED_BY_DISCOURSE,
    &LIST_BOUNCING,
    &DEPARTED_PERSON,
    &MAILBOX_NOT_READ,
    &DELETED_UNREAD,
];

/// Returns the entry for an auto-reply whose text (`lower`, lowercased)
/// states that the message was held, will not be read or was deleted, or
/// for a list's notice that its mail to the reader bounced. Returns
/// `None` for an ordinary out-of-office reply.
pub fn lookup(lower: &str) -> Option<&'static Entry> {
    // Typographic apostrophes are written as ASCII ones, so one fragment
    // ("n'est plus") matches both.
    let text = lower.split_whitespace().collect::<Vec<_>>().join(" ").replace('\u{2019}', "'");
    let says = |fragments: &[&str]| fragments.iter().any(|f| text.contains(f));
    if discourse::is_rejection(&text) {
        Some(&REFUSED_BY_DISCOURSE)
    } else if says(MODERATION) {
        Some(&HELD_FOR_MODERATION)
    } else if says(LIST_REFUSAL) {
        Some(&REFUSED_BY_LIST)
    } else if list_bouncing::is_member_bouncing(&text) {
        Some(&LIST_BOUNCING)
    } else if challenge::is_challenge(&text) {
        Some(&HELD_FOR_CHALLENGE)
    } else if departed::is_departed(&text) {
        // A departure outranks "this mailbox is no longer read", which a
        // departed person's reply often adds.
        Some(&DEPARTED_PERSON)
    } else if unread::is_not_read(&text) {
        Some(&MAILBOX_NOT_READ)
    } else if deleted::is_deleted(&text) {
        // A mailbox that nobody reads any more outranks a deletion,
        // because a copy sent after any return date is not read either.
        Some(&DELETED_UNREAD)
    } else {
        None
    }
}

/// Returns true when `entry` explains a message that the receiving side
/// holds until someone acts: a challenge, a moderation hold or a filter's
/// hold for review.
pub fn is_hold(entry: &Entry) -> bool {
    entry.id == HELD_FOR_CHALLENGE.id
        || entry.id == HELD_FOR_MODERATION.id
        || entry.id == super::review_holds::HELD_FOR_REVIEW.id
}

/// Returns true when `entry` explains an auto-reply from a mailbox that
/// nobody reads: a departed person's or one that is no longer read.
pub fn is_unread(entry: &Entry) -> bool {
    entry.id == DEPARTED_PERSON.id || entry.id == MAILBOX_NOT_READ.id
}

/// Returns true when `entry` explains an auto-reply that deleted the
/// message unread during an absence.
pub fn is_deleted(entry: &Entry) -> bool {
    entry.id == DELETED_UNREAD.id
}

/// Returns true when `entry` explains a mailing list's notice about a
/// post: a hold for its moderator or a refusal.
pub fn is_list_notice(entry: &Entry) -> bool {
    entry.id == HELD_FOR_MODERATION.id
        || entry.id == REFUSED_BY_LIST.id
        || entry.id == REFUSED_BY_DISCOURSE.id
}

/// Returns true when `entry` explains a list's notice to the reader as a
/// member: the list's mail to the reader's address bounced.
pub fn is_member_notice(entry: &Entry) -> bool {
    entry.id == LIST_BOUNCING.id
}

/// Returns true when the text that matched `entry` is one list manager's
/// own template, so the notice needs no Auto-Submitted field or list
/// address to count as that manager's.
pub fn is_own_template(entry: &Entry) -> bool {
    entry.id == REFUSED_BY_DISCOURSE.id
}

/// Returns the list refusal entry for Sympa's own delivery status
/// notification. Sympa 6.2 (delivery_status_notification.tt2) reports a
/// post that the list's rules refuse with status 5.7.1 and a diagnostic
/// of type X-Sympa, whose code alone names no cause.
pub fn sympa_refusal(
    diagnostic_type: Option<&str>,
    status: Option<&str>,
) -> Option<&'static Entry> {
    let sympa = diagnostic_type.is_some_and(|t| t.eq_ignore_ascii_case("x-sympa"));
    (sympa && status == Some("5.7.1")).then_some(&REFUSED_BY_LIST)
}

/// Returns the list's own address for the owner, request or bounce
/// address a list manager sends its notices from: Mailman's
/// `<list>-owner`, `<list>-request` and `<list>-bounces`, and
/// Majordomo's `owner-<list>`. Other addresses are returned unchanged.
pub fn list_address(sender: &str) -> String {
    let Some((local, domain)) = sender.rsplit_once('@') else {
        return sender.to_string();
    };
    let local = local.split('+').next().unwrap_or(local);
    let list = ["-owner", "-request", "-bounces", "-admin"]
        .iter()
        .find_map(|suffix| local.strip_suffix(suffix))
        .or_else(|| local.strip_prefix("owner-"))
        .filter(|list| !list.is_empty());
    match list {
        Some(list) => format!("{list}@{domain}"),
        None => sender.to_string(),
    }
}

/// A challenge-response filter's reply. Filtered is Sisimai's reason for a
/// recipient-side filter that keeps the message from the mailbox.
pub static HELD_FOR_CHALLENGE: Entry = Entry {
    id: "auto-reply/challenge",
    reason: Reason::Filtered,
    what: "The recipient's spam filter is holding your message until you \
           confirm that you sent it. It has not reached the recipient.",
    why: "A challenge-response filter holds mail from senders it does not \
          know yet and releases it only after the sender answers the \
          challenge, by replying or by opening a link.",
    steps: &[
        "Check that the challenge is about a message you sent, by its \
         subject or recipient.",
        "If it is, answer it as it asks. The filter then releases the held \
         message, so there is no need to send it again.",
        "If you did not send that message, ignore the challenge. Someone \
         used your address, and answering would release their mail.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..Entry::sourced(
        "https://en.wikipedia.org/wiki/Challenge%E2%80%93response_spam_filtering",
        "2026-12-05",
    )
};

/// A mailing list's hold notice. Rejected is the reason this project's
/// phrase tables give a list's refusal of a non-member's post. Exchange
/// sends its generated messages from the Microsoft Exchange recipient,
/// `MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@<accepted domain>`
/// (<http://www.1ask2.com/ex2007/Postmaster.html>, read 2026-12-05).
// NOTE: that Microsoft 365 sends moderation notices from this mailbox
// rests on a sample notice, not on Microsoft's documentation.
pub static HELD_FOR_MODERATION: Entry = Entry {
    id: "auto-reply/moderation",
    reason: Reason::Rejected,
    what: "The mailing list is holding your message for its moderator. It \
           has not reached the list's members yet.",
    why: "The list holds posts that its rules do not accept at once, most \
          often posts from an address that is not subscribed to the list. \
          The moderator then approves, rejects or discards each one.",
    steps: &[
        "Wait for the moderator's decision: the list either posts the \
         message or tells you that it was rejected.",
        "If the hold notice says you are not a member, subscribe with the \
         address you sent from, or send from your subscribed address.",
        "If the matter is urgent, write to the list's owner. A list \
         manager such as Mailman usually sends the notice from the owner's \
         address (list-owner@...). Microsoft 365 and Exchange send it from \
         a system mailbox whose address starts with MicrosoftExchange, not \
         from the owner, so reach the group's owner another way.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    ..Entry::sourced(
        "https://docs.mailman3.org/projects/mailman/en/latest/src/mailman/rules/docs/moderation.html",
        "2026-12-05",
    )
};

/// A mailing list's refusal of a post. Rejected is the reason this
/// project's phrase tables give a list's refusal of a non-member's post.
pub static REFUSED_BY_LIST: Entry = Entry {
    id: "auto-reply/list-refusal",
    reason: Reason::Rejected,
    what: "The mailing list refused your message, so its members did not \
           receive it.",
    why: "A list accepts posts only from the senders its rules allow, most \
          often its subscribers, and only from the exact address they \
          subscribed with. Its moderator can also reject a post. The notice \
          gives the list's reason.",
    steps: &[
        "Read the reason in the notice.",
        "If you are not a member, subscribe to the list, or send from the \
         address you subscribed with, then send the message again.",
        "If you think the refusal is wrong, write to the list's owner at the \
         address the notice gives.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..Entry::sourced(
        "https://github.com/sympa-community/sympa/blob/84e4d6becfc4fe181e990d4487784b3eb95b64dd/default/mail_tt2/delivery_status_notification.tt2",
        "2026-12-05",
    )
};

/// An auto-reply saying the person has left and the mailbox is not read.
/// HasMoved is Sisimai's reason for an address whose owner moved on.
pub static DEPARTED_PERSON: Entry = Entry {
    id: "auto-reply/departed",
    reason: Reason::HasMoved,
    what: "The recipient no longer works there, so nobody reads your \
           message in this mailbox.",
    why: "The organisation keeps the address answering automatically after \
          the person left, but the mailbox is not read. The reply says \
          whether the message was forwarded.",
    steps: &[
        "Send the message again to the address the reply gives, such as a \
         colleague or a shared address.",
        "If the reply gives none, ask the organisation by another channel \
         who now handles the matter.",
        "Replace the old address in your contacts and lists.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..Entry::sourced("https://www.rfc-editor.org/rfc/rfc3834", "2026-12-05")
};

/// An auto-reply saying that nobody reads the mailbox: the address has
/// changed, is no longer read, or takes no incoming mail. HasMoved is
/// Sisimai's reason for a mailbox that has moved and is not forwarded.
pub static MAILBOX_NOT_READ: Entry = Entry {
    id: "auto-reply/not-read",
    reason: Reason::HasMoved,
    what: "Nobody reads this mailbox any more, so your message will not \
           reach the recipient there.",
    why: "The reply says that the address has changed, is no longer read, \
          or does not accept incoming mail. The mailbox still answers \
          automatically, but the message stays unread. The reply usually \
          says where to write instead: a new address, another mailbox or a \
          contact form.",
    steps: &[
        "Send the message again where the reply points: the new address, \
         the other mailbox or the contact form it names.",
        "If the reply names no other way, ask the recipient for their \
         current address by another channel.",
        "Replace the old address in your contacts and lists.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..Entry::sourced("https://metacpan.org/pod/Sisimai::Reason::HasMoved", "2026-12-06")
};

/// An out-of-office reply saying that the message is deleted unread, or
/// is not read and must be sent again after the return. Filtered is
/// Sisimai's reason for a recipient-side rule that keeps the message from
/// the person, and the address stays valid.
pub static DELETED_UNREAD: Entry = Entry {
    id: "auto-reply/deleted",
    reason: Reason::Filtered,
    what: "The recipient is away, and the reply says that your message is \
           deleted or left unread. It reached the mailbox, but nobody will \
           read it.",
    why: "Some people and organisations set the out-of-office reply to \
          delete the mail that arrives during an absence, or to leave it \
          unread, so that none piles up, and ask senders to write again \
          after the return. The reply gives the return date and often \
          another contact.",
    steps: &[
        "Send the message again after the return date the reply gives.",
        "If the matter cannot wait, write now to the other contact the \
         reply names.",
        "Keep the address: it works again once the recipient is back.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..Entry::sourced("https://www.bbc.co.uk/news/magazine-28786117", "2026-12-06")
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_address_from_sender() {
        let cases = [
            ("sales-owner@lists.example.org", "sales@lists.example.org"),
            ("sales-request@lists.example.org", "sales@lists.example.org"),
            ("sales-bounces+alice=example.com@lists.example.org", "sales@lists.example.org"),
            ("owner-sales@lists.example.org", "sales@lists.example.org"),
            ("bob@example.org", "bob@example.org"),
            ("-owner@example.org", "-owner@example.org"),
        ];
        for (sender, expected) in cases {
            assert_eq!(list_address(sender), expected, "{sender}");
        }
    }

    #[test]
    fn out_of_office_has_no_entry() {
        let text = "I am out of the office until Monday. Your message will not be forwarded.";
        assert!(lookup(&text.to_lowercase()).is_none());
    }
}
