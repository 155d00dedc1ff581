//! Google Groups rejections of a sender the group does not allow. The
//! group's owner sets who may post, so the recipient's side acts, not
//! the sender's administrator. Documentation addresses only.

use crate::cards;

use bounce_explainer::Actor;
use cards::only;

const ORGANIZATION_ONLY: &str = "550 5.7.1 This group only accepts messages from people in its \
    organization or on its allowed senders list, and your email address isn't allowed to post \
    to this group. If you believe this is an error, please contact the owner or moderator of \
    this group.";

fn assert_group_owner_acts(text: &str) {
    let card = only(text);
    assert_eq!(card.explanation.entry, "google/group-restricted", "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Recipient, "{card:#?}");
    assert!(card.permanent, "{card:#?}");
    let what = &card.explanation.what;
    assert!(what.contains("group"), "{what}");
    let steps = card.explanation.steps.join(" ");
    assert!(steps.contains("owner"), "{steps}");
}

#[test]
fn organization_only_ndr_names_owner() {
    let ndr = format!(
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\
         To: alice@example.com\n\
         Subject: Delivery Status Notification (Failure)\n\
         \n\
         ** Message blocked **\n\
         \n\
         Your message to sales-team@example.org has been blocked. See technical details below for more information.\n\
         \n\
         The response from the remote server was:\n\
         {ORGANIZATION_ONLY}\n"
    );
    assert_group_owner_acts(&ndr);
}

#[test]
fn organization_only_reply_names_owner() {
    assert_group_owner_acts(&format!("{ORGANIZATION_ONLY} - gsmtp\n"));
}

#[test]
fn not_allowed_to_post_names_owner() {
    assert_group_owner_acts(
        "550 5.7.1 Your email address isn't allowed to post to this group. - gsmtp\n",
    );
}

/// Google Groups' refusal of a sender without permission to post, as a
/// Gmail "Message blocked" notice gives it.
// NOTE: this wording was not found in a public Google sample. It belongs
// to the "permission to post" family of the Groups refusals above.
#[test]
fn no_permission_ndr_names_owner() {
    let ndr = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\
         To: alice@example.com\n\
         Subject: Delivery Status Notification (Failure)\n\
         Auto-Submitted: auto-replied\n\
         \n\
         ** Message blocked **\n\
         \n\
         Your message to foo@googlegroups.com has been blocked. See technical details below for more information.\n\
         \n\
         The response was:\n\
         You do not have permission to post to this group. Please contact the group's owner for more information.\n";
    let card = only(ndr);
    assert_eq!(card.recipient.as_deref(), Some("foo@googlegroups.com"));
    assert_eq!(card.explanation.entry, "google/group-post-rejected", "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Recipient);
    assert!(card.permanent);
}

/// Google Groups' refusals that come with a status code Gmail also gives
/// alone for another cause (5.1.1 for a missing account, 5.2.2 for a full
/// mailbox). The group's wording decides the card, not the code.
#[test]
fn group_wording_wins_over_code() {
    let replies = [
        "550 5.1.1 The group you tried to contact (team) may not exist, or you may not have \
         permission to post messages to the group. For more information, go to \
         https://support.google.com/mail/answer/6596",
        "550 5.1.1 Group team@example.org does not exist or you don't have permission to post. - gsmtp",
        "550 5.2.2 The group you tried to contact (team) may not exist, or you may not have \
         permission to post messages to the group. - gsmtp",
    ];
    for reply in replies {
        let text = format!(
            "<team@example.org>: host aspmx.l.google.com[198.51.100.20] said: {reply} \
             (in reply to RCPT TO command)\n"
        );
        let card = only(&text);
        assert_eq!(card.explanation.entry, "google/group-post-rejected", "{reply}");
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{reply}");
        assert!(card.permanent, "{reply}");
    }
}

/// The same refusal inside Gmail's "Message not delivered" notice.
// NOTE: this notice's wording was not found in a public Google sample.
#[test]
fn group_refusal_ndr_with_511() {
    let ndr = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\
         To: alice@example.com\n\
         Subject: Delivery Status Notification (Failure)\n\
         \n\
         ** Message not delivered **\n\
         \n\
         You're not allowed to post messages to the group team@example.org.\n\
         \n\
         The response from the remote server was:\n\
         550 5.1.1 Group team@example.org does not exist or you don't have permission to post. - gsmtp\n";
    let card = only(ndr);
    assert_eq!(card.recipient.as_deref(), Some("team@example.org"));
    assert_eq!(card.explanation.entry, "google/group-post-rejected", "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Recipient);
}

/// A 5.1.1 reply without the group's wording is still a missing account.
#[test]
fn plain_511_still_no_such_user() {
    let card = only(
        "550-5.1.1 The email account that you tried to reach does not exist. Please try\n\
         550 5.1.1 double-checking the recipient's email address for typos. - gsmtp\n",
    );
    assert_eq!(card.explanation.entry, "google/no-such-user", "{card:#?}");
}
