//! A sending service's refusal of a message at submission, before any
//! receiver saw it: Amazon SES's sending quotas and paused accounts,
//! SendGrid's sender identities, Mailgun's sandbox domains, Postmark's
//! sender signatures and SparkPost's sending domains. The sender's own account settings are at fault, so
//! the account's administrator acts; no receiving server or blocklist is
//! involved.

use crate::knowledge::Entry;
use crate::reason::Reason;
use crate::report::Actor;

const CHECKED: &str = "2026-12-04";
const SES_QUOTAS: &str =
    "https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html";

/// SES: "454 Throttling failure: Maximum sending rate exceeded".
pub static SES_RATE: Entry = Entry {
    id: "amazon/sending-rate",
    reason: Reason::Speeding,
    what: "Amazon SES refused the message because the account sent more \
           messages per second than its sending rate allows.",
    why: "Every SES account has a maximum number of messages per second. SES \
          drops a message over that rate and does not try it again itself.",
    steps: &[
        "Send it again after a short pause; a mail server relaying through \
         SES does this on its own for a 454 reply, a script may not.",
        "Slow the sending program down to the account's rate.",
        "If you need more, whoever runs the SES account asks for a higher \
         sending rate in the Service Quotas console.",
    ],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[],
    source: SES_QUOTAS,
    checked: CHECKED,
};

/// SES: "Throttling failure: Daily message quota exceeded".
pub static SES_DAILY_QUOTA: Entry = Entry {
    id: "amazon/daily-quota",
    reason: Reason::Speeding,
    what: "Amazon SES refused the message because the account has sent its \
           daily quota of messages.",
    why: "An SES account may send only so many messages in any 24 hours. SES \
          drops a message over the quota and does not try it again itself; \
          the recipient's mailbox is not involved.",
    steps: &[
        "Send the message again once the oldest messages of the last 24 \
         hours have left the window.",
        "If the quota is too small for your mail, whoever runs the SES \
         account asks for a higher daily quota in the Service Quotas \
         console.",
    ],
    who: Actor::Admin,
    temporary: Some(true),
    links: &[],
    source: SES_QUOTAS,
    checked: CHECKED,
};

/// SES: "554 Message rejected: Sending paused for this account".
pub static SES_PAUSED: Entry = Entry {
    id: "amazon/sending-paused",
    reason: Reason::Rejected,
    what: "Amazon SES refused the message because sending is paused for the \
           whole account.",
    why: "The account's owner can pause sending, and AWS pauses accounts \
          whose bounce or complaint rates stay too high. Until it is \
          resumed, SES sends nothing from the account.",
    steps: &[
        "Whoever runs the SES account checks the account's status and the \
         messages from AWS about it in the SES console.",
        "If AWS paused it for bounces or complaints, fix the list or the \
         sending practice behind them, then ask AWS to review the pause.",
        "Send the message again once sending is enabled.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://docs.aws.amazon.com/botocore/latest/reference/services/ses/client/exceptions/AccountSendingPausedException.html",
    checked: CHECKED,
};

/// SES: "554 Message rejected: Sending suspended for this account". AWS
/// shuts an account's sending down after a review, unlike the pause above
/// that the owner or an alarm can set and lift.
pub static SES_SUSPENDED: Entry = Entry {
    id: "amazon/sending-suspended",
    reason: Reason::Rejected,
    what: "Amazon SES refused the message because AWS suspended sending for \
           the whole account.",
    why: "AWS stops an account's sending when mail from it caused a problem, \
          usually bounce or complaint rates that stayed too high. SES sends \
          nothing from the account until AWS resumes it.",
    steps: &[
        "Whoever owns the AWS account reads the message AWS sent to the \
         account's email address, and the SES reputation dashboard, for the \
         cause.",
        "They fix that cause, such as a stale list or a missing unsubscribe \
         step, then ask AWS to resume sending as that message describes.",
        "Send the message again once sending is resumed.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://docs.aws.amazon.com/sdk-for-sap-abap/v1/api/latest/se2/model/_AWS1_CL_SE2GETACCOUNTRESPONSE.html",
    checked: "2026-12-06",
};

/// SendGrid: "550 The from address does not match a verified Sender
/// Identity".
pub static SENDGRID_IDENTITY: Entry = Entry {
    id: "sendgrid/sender-identity",
    reason: Reason::Rejected,
    what: "SendGrid refused the message because its From address is not a \
           verified sender identity of the account.",
    why: "SendGrid sends only from addresses the account has verified, one \
          by one or through an authenticated domain.",
    steps: &[
        "Check the From address the program uses for typing errors.",
        "Whoever runs the SendGrid account verifies that address as a \
         single sender, or authenticates its domain.",
        "Send the message again.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/sender-identity",
    checked: CHECKED,
};

/// Mailgun: "Domain example.com is not allowed to send: Free accounts are
/// for test purposes only".
pub static MAILGUN_SANDBOX: Entry = Entry {
    id: "mailgun/sandbox",
    reason: Reason::Rejected,
    what: "Mailgun refused the message because the sending domain is a test \
           (sandbox) domain and the recipient is not one of its authorized \
           recipients.",
    why: "A Mailgun sandbox domain sends only to addresses that agreed to \
          receive its test mail.",
    steps: &[
        "For a test, add the recipient as an authorized recipient and have \
         them confirm it.",
        "For real mail, whoever runs the Mailgun account adds and verifies \
         your own sending domain, and upgrades the plan if it asks for it.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://documentation.mailgun.com/docs/mailgun/quickstart/",
    checked: CHECKED,
};

/// Postmark: "Sender signature not defined for From address".
pub static POSTMARK_SIGNATURE: Entry = Entry {
    id: "postmark/sender-signature",
    reason: Reason::Rejected,
    what: "Postmark refused the message because its From address has no \
           confirmed sender signature in the account.",
    why: "Postmark sends only from addresses, or domains, that the account \
          has added and confirmed.",
    steps: &[
        "Check the From address the program uses.",
        "Whoever runs the Postmark account adds it as a sender signature \
         (the address then gets a confirmation link), or verifies its \
         domain.",
        "Send the message again.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://github.com/activecampaign/postmark-php/wiki/Managing-Your-Sender-Signatures",
    checked: CHECKED,
};

/// SparkPost: "550 5.7.1 Unconfigured Sending Domain <example.com>", the
/// reply of its SMTP relay and the error of its API when the domain of
/// the From address is not a sending domain of the account. SparkPost's
/// help page gives the fix: use a From address in a configured sending
/// domain, or add that domain.
pub static SPARKPOST_UNCONFIGURED_DOMAIN: Entry = Entry {
    id: "sparkpost/unconfigured-sending-domain",
    reason: Reason::Rejected,
    what: "SparkPost refused to send the message because the domain of its \
           From address is not a sending domain of the SparkPost account. \
           No receiving server was contacted.",
    why: "SparkPost sends only from domains the account has added as \
          sending domains, so a From address in any other domain, even a \
          parent of a configured one, is refused. The domain in angle \
          brackets is the one it did not find.",
    steps: &[
        "Check the From address the program or mail server uses for typing \
         errors.",
        "Whoever runs the SparkPost account adds that domain as a sending \
         domain and verifies it with the DNS records SparkPost shows, or \
         switches the From address to a domain that is already set up.",
        "Send the message again once the sending domain is configured and \
         verified.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://support.sparkpost.com/docs/user-guide/unconfigured-sending-domain",
    checked: "2026-12-06",
};
