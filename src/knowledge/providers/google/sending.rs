//! Bounces Gmail, Google Workspace and Google Groups write themselves as
//! the sending side: a group that refused a post, a "Send mail as"
//! address that is set up wrongly, a recipient server Gmail could not
//! reach, and a message Gmail would not send.
//!
//! Google Groups writes its bounce in the sender's language, so a post it
//! refused is recognised by the link to the Groups help centre that every
//! version carries.
//!
//! NOTE: the Google Groups help pages could not be opened here; the Groups
//! entries follow the text of the Groups bounces themselves.

use super::CHECKED;
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const GROUPS_HELP: LinkRef =
    LinkRef { label: "Google Groups help", url: "https://support.google.com/groups/" };

pub(super) static GROUP_POST_REJECTED: Entry = Entry {
    id: "google/group-post-rejected",
    reason: Reason::Rejected,
    what: "Google Groups did not accept your post: the group does not exist, \
           or you are not allowed to post to it.",
    why: "The group's name may be misspelled or the group deleted, or its \
          owner lets only members (or nobody from outside) post.",
    steps: &[
        "Check the group's address.",
        "Ask the group's owner to let you post, or join the group first.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[GROUPS_HELP],
    source: GROUPS_HELP.url,
    checked: CHECKED,
};

/// A group that takes posts only from its organization or an allowed
/// senders list. Its owner or moderator sets that, so the recipient's
/// side acts, not the sender's administrator that 5.7.1 alone names.
pub(super) static GROUP_RESTRICTED: Entry = Entry {
    id: "google/group-restricted",
    reason: Reason::SecurityError,
    what: "The Google group you wrote to accepts posts only from people in \
           its organization or on its allowed senders list, and your \
           address is not one of them.",
    why: "The group's owner restricted who may post to it. Your own mail \
          server and address work.",
    steps: &[
        "Ask the group's owner or moderator to add your address to the \
         allowed senders, or to let people outside the organization post.",
        "Or send to a member of the group directly.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[GROUPS_HELP],
    source: GROUPS_HELP.url,
    checked: CHECKED,
};

pub(super) static GROUP_SPAM: Entry = Entry {
    id: "google/group-spam",
    reason: Reason::SpamDetected,
    what: "Google Groups rejected your message to the group as spam.",
    why: "Google classified the message as spam; the group's settings \
          bounce such messages instead of holding them for moderation.",
    steps: &[
        "Ask the group's owner to turn on moderation so such messages are \
         held instead of bounced.",
        "Have your domain administrator check SPF and DKIM for your domain.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: "https://support.google.com/groups/",
    checked: CHECKED,
};

pub(super) static SEND_MAIL_AS: Entry = Entry {
    id: "google/send-mail-as",
    reason: Reason::Rejected,
    what: "Gmail could not send the message from the other address you chose \
           with \"Send mail as\".",
    why: "The outgoing server settings saved for that address are wrong or \
          out of date (changed password, server or port).",
    steps: &[
        "In Gmail's settings, under Accounts, edit the \"Send mail as\" \
         address and update its SMTP server, user name and password.",
        "Send the message again.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[LinkRef {
        label: "Gmail: send emails from a different address",
        url: "https://support.google.com/mail/answer/22370",
    }],
    source: "https://support.google.com/mail/answer/22370",
    checked: CHECKED,
};

pub(super) static CONNECT_FAILED: Entry = Entry {
    id: "google/connect-failed",
    reason: Reason::Expired,
    what: "Gmail kept trying to reach the recipient's mail server and gave \
           up: the server did not accept its connections.",
    why: "The recipient's mail server was down, refused connections, or \
          timed out for as long as Gmail retried. The problem is on the \
          recipient's side.",
    steps: &[
        "Check the recipient's address for a misspelled domain.",
        "Tell the recipient by another channel that their mail server is \
         not reachable, then send again later.",
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[LinkRef {
        label: "Gmail: fix bounced or rejected emails",
        url: "https://support.google.com/mail/answer/6596",
    }],
    source: "https://support.google.com/mail/answer/6596",
    checked: CHECKED,
};

/// Google Workspace's own cap on what one account sends in a rolling 24
/// hours. Sisimai has no reason for a sender's quota, so this uses
/// `speeding` (too much mail too fast). Its `exceedlimit` is about
/// message size.
pub(super) static SENDING_LIMIT: Entry = Entry {
    id: "google/sending-limit",
    reason: Reason::Speeding,
    what: "Your Google account has sent as much mail as Google allows in one \
           day, so Gmail stopped sending from it for now.",
    why: "Gmail and Google Workspace cap the messages and recipients one \
          account may send in a rolling 24 hours. The recipient's side is \
          not involved.",
    steps: &[
        "Wait until the limit resets, at most 24 hours after it was reached, \
         then send the message again.",
        "If you reach the limit often, ask your Google Workspace \
         administrator about the limits, or send bulk mail through a \
         service made for it.",
    ],
    who: Actor::You,
    temporary: Some(true),
    links: &[LinkRef {
        label: "Gmail sending limits in Google Workspace",
        url: "https://support.google.com/a/answer/166852",
    }],
    source: "https://support.google.com/a/answer/166852",
    checked: CHECKED,
};

/// Google's list of its SMTP errors gives this 5.7.0 text for a sending
/// account that is disabled or not part of the Workspace domain.
pub(super) static SENDER_DISABLED: Entry = Entry {
    id: "google/sender-disabled",
    reason: Reason::Rejected,
    what: "Google refused to send the message because your own account is \
           disabled or not registered in your Google Workspace domain.",
    why: "The sending account was suspended or deleted by an administrator, \
          or the address you send as is not a user of the domain.",
    steps: &[
        "Ask your Google Workspace administrator to check the account in \
         the Admin console and restore it, or to add the address you send \
         as to the domain.",
        "Send the message again once the account is active.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://support.google.com/a/answer/3726730",
    checked: CHECKED,
};

/// Gmail's own refusal to send a message, which its web view shows as
/// "Message blocked" with "The response was: Message rejected. For more
/// information, go to https://support.google.com/mail/?p=UnsolicitedRateLimitError".
/// Gmail's help on bounces reads such a refusal as mail flagged as spam
/// or temporarily rejected, for the sender to change.
/// NOTE: no public copy of the "Message rejected" notice was found. Its
/// rule keys on the help link, which Gmail's replies to other servers'
/// unusual rate of mail also carry, and their "unusual rate" wording
/// matches an earlier rule.
pub(super) static OUTGOING_REJECTED: Entry = Entry {
    id: "google/outgoing-rejected",
    reason: Reason::SpamDetected,
    what: "Gmail itself would not send your message, because it looked \
           like spam or came in a burst of mail from your account.",
    why: "Gmail checks outgoing mail too. Links or text that ask for \
          personal information, very many recipients in To, Cc or Bcc, or \
          many messages sent in a short time make it reject a message.",
    steps: &[
        "Remove links to sites that ask for personal information, and \
         send to fewer recipients at once (a Google Group suits mail to \
         many people).",
        "Wait a while, then send the changed message again.",
    ],
    who: Actor::You,
    temporary: None,
    links: &[LinkRef {
        label: "Gmail: fix bounced or rejected emails",
        url: "https://support.google.com/mail/answer/6596",
    }],
    source: "https://support.google.com/mail/answer/6596",
    checked: CHECKED,
};
