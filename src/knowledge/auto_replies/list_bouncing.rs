//! A mailing list's notice to a member whose mailbox bounced the list's
//! mail. The reader sent nothing that failed. Mail to the reader did.

use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Lowercase fragments of a list manager's notice to a bouncing member.
/// GNU Mailman 2.1 (templates/en/disabled.txt) writes "Your membership in
/// the mailing list X has been disabled due to excessive bounces", which
/// the sentence rule of [`is_member_bouncing`] matches. Sympa 6.2
/// (user_notification.tt2, `auto_notify_bouncers`) writes "Messages from
/// list X that were sent to your address Y have generated non-delivery
/// reports", and its older removal notice (removed.us.tpl) "probably
/// because we received non-delivery reports for your address".
// NOTE: the probe's wording ("has received a number of bounces from
// you") was checked only against a third-party copy of Mailman's
// templates. Google Groups' notice to a bouncing member is not covered,
// because no public copy of its wording was found.
const MEMBER_BOUNCING: &[&str] = &[
    "has received a number of bounces from you",
    "have generated non-delivery reports",
    "because we received non-delivery reports for your address",
];

/// True when `text` (lowercase, spaces collapsed) is a list manager's
/// notice that the list's mail to the reader bounced: one of
/// [`MEMBER_BOUNCING`], or a sentence that states "your membership" or
/// "your subscription" was disabled over bounces. The owner's report
/// about a member ("bob@example.net's subscription has been disabled")
/// has no "your".
// NOTE: Mailman 3's own template for the disabled notice was not
// checked. The sentence rule is meant to cover a rewording of Mailman
// 2.1's.
pub(super) fn is_member_bouncing(text: &str) -> bool {
    if MEMBER_BOUNCING.iter().any(|fragment| text.contains(fragment)) {
        return true;
    }
    super::sentences::sentences(text).into_iter().any(|sentence| {
        let yours = sentence.contains("your membership") || sentence.contains("your subscription");
        yours && sentence.contains("disabled") && sentence.contains("bounce")
    })
}

/// A list manager's notice that the list's mail to the reader bounced, so
/// the list disabled the membership or warns that it will remove it.
/// Undefined is Sisimai's reason for a failure whose cause is unknown:
/// the notice counts bounces without giving their cause.
pub static LIST_BOUNCING: Entry = Entry {
    id: "auto-reply/list-bouncing",
    reason: Reason::Undefined,
    what: "The mailing list's messages to your address bounced, so the list has stopped \
           sending them to you, or will stop soon.",
    why: "A list manager such as Mailman or Sympa counts the bounces that the list's \
          mail to each member causes. After too many, it disables delivery to that \
          member or removes the member, and it may warn first. Common causes are a full \
          mailbox, a spam filter at your provider that rejects the list's mail, or a \
          forward from your address to one that no longer works.",
    steps: &[
        "Find out why your mailbox rejected the list's mail: check that it is not full, \
         look for a filter or blocked-sender rule that matches the list, and ask your \
         mail provider if its filter refuses mail from the list's server.",
        "Once that is fixed, re-enable your membership: reply to the notice if it says \
         that works, or sign in on the list's web page. Type the page's address \
         yourself rather than trusting a link. If the notice says you were removed, \
         subscribe again.",
        "If you cannot find the cause, ask the list's owner, at the address the notice \
         gives, for the bounce the list received: it names the refusal.",
    ],
    who: Actor::You,
    temporary: Some(false),
    ..Entry::sourced(
        "https://github.com/sympa-community/sympa/blob/main/default/mail_tt2/user_notification.tt2",
        "2026-12-06",
    )
};
