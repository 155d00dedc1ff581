//! Sending services that write bounces of their own: Amazon SES and
//! WorkMail, SendGrid, Mailgun, Postmark and SparkPost. Their bounces usually relay
//! another receiver's reply, so only their own messages get entries. One
//! kind is a send the service suppressed because the address bounced or
//! complained before. The other is a refusal at submission (an unverified
//! identity, a sending quota, a paused account), in `esp_submission.rs`.

use super::esp_submission::{
    MAILGUN_SANDBOX, POSTMARK_SIGNATURE, SENDGRID_IDENTITY, SES_DAILY_QUOTA, SES_PAUSED, SES_RATE,
    SES_SUSPENDED, SPARKPOST_UNCONFIGURED_DOMAIN,
};
use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SES_SOURCE: &str =
    "https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SuppressionAttributes.html";
const SENDGRID_SOURCE: &str =
    "https://twilio.com/docs/sendgrid/v2-api/customer_subuser_api/subuser_bounces";
const CHECKED: &str = "2026-12-04";

#[rustfmt::skip]
pub static AMAZON: Provider = Provider {
    id: "amazon",
    name: "Amazon SES / WorkMail",
    hosts: &["amazonses.com", "awsapps.com"],
    mail_domains: &[],
    // SES's own wording when it refuses an unverified identity, which its
    // API and SMTP interface give without naming a host.
    tokens: &[
        "the following identities failed the check",
        "throttling failure: maximum sending rate exceeded",
        "throttling failure: daily message quota exceeded",
        "sending paused for this account",
        "sending suspended for this account",
    ],
    rules: &[
        Rule { code: "", status: &[], phrases: &["maximum sending rate exceeded"], entry: &SES_RATE },
        Rule { code: "", status: &[], phrases: &["daily message quota exceeded"], entry: &SES_DAILY_QUOTA },
        Rule { code: "", status: &[], phrases: &["sending paused for this account"], entry: &SES_PAUSED },
        Rule { code: "", status: &[], phrases: &["sending suspended for this account"], entry: &SES_SUSPENDED },
        Rule { code: "", status: &[], phrases: &["amazon ses has suppressed sending", "suppression list"], entry: &SES_SUPPRESSED },
        Rule { code: "", status: &[], phrases: &["the following identities failed the check", "email address is not verified"], entry: &SES_UNVERIFIED },
    ],
    codes: None,
};

#[rustfmt::skip]
pub static SENDGRID: Provider = Provider {
    id: "sendgrid",
    name: "SendGrid",
    hosts: &["sendgrid.net", "sendgrid.com"],
    mail_domains: &[],
    tokens: &["verified sender identity"],
    rules: &[
        Rule { code: "", status: &[], phrases: &["bounced address"], entry: &SENDGRID_SUPPRESSED },
        Rule { code: "", status: &[], phrases: &["verified sender identity"], entry: &SENDGRID_IDENTITY },
    ],
    codes: None,
};

#[rustfmt::skip]
pub static MAILGUN: Provider = Provider {
    id: "mailgun",
    name: "Mailgun",
    hosts: &["mailgun.org", "mailgun.net", "mailgun.com"],
    mail_domains: &[],
    // "Sandbox subdomains are for test purposes only" is the refusal of
    // its SMTP service and API for a sandbox domain's unauthorized recipient.
    tokens: &["free accounts are for test purposes only", "sandbox subdomains are for test purposes only"],
    rules: &[
        Rule { code: "", status: &[], phrases: &["free accounts are for test purposes only", "sandbox subdomains are for test purposes only", "authorized recipients"], entry: &MAILGUN_SANDBOX },
    ],
    codes: None,
};

#[rustfmt::skip]
pub static SPARKPOST: Provider = Provider {
    id: "sparkpost",
    name: "SparkPost",
    hosts: &["sparkpostmail.com", "sparkpost.com"],
    mail_domains: &[],
    // The reply of its SMTP relay and its API for a From domain that is
    // not a sending domain of the account.
    tokens: &["unconfigured sending domain"],
    rules: &[
        Rule { code: "", status: &[], phrases: &["unconfigured sending domain"], entry: &SPARKPOST_UNCONFIGURED_DOMAIN },
    ],
    codes: None,
};

#[rustfmt::skip]
pub static POSTMARK: Provider = Provider {
    id: "postmark",
    name: "Postmark",
    hosts: &["postmarkapp.com", "mtasv.net"],
    mail_domains: &[],
    tokens: &["sender signature not defined"],
    rules: &[
        Rule { code: "", status: &[], phrases: &["sender signature not defined"], entry: &POSTMARK_SIGNATURE },
    ],
    codes: None,
};

static SES_SUPPRESSED: Entry = Entry {
    id: "amazon/suppressed",
    reason: Reason::Suppressed,
    what: "Amazon SES did not send the message, because this address is on \
           the sending account's suppression list.",
    why: "SES adds an address to the list after a hard bounce or a spam \
          complaint, and then stops sending to it. The recipient's server \
          was not contacted.",
    steps: &[
        "Check whether the address is still valid and wanted.",
        "If it is, whoever runs the SES account removes it from the \
         suppression list, then the message can be sent again.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SES_SOURCE,
    checked: CHECKED,
};

/// SES sends only from verified addresses or domains, and while the
/// account is in the sandbox only to verified ones too. Sisimai reads
/// this refusal as `norelaying` (SES will not relay the message), so the
/// reason stays that, and this entry replaces the generic relaying advice.
static SES_UNVERIFIED: Entry = Entry {
    id: "amazon/unverified-identity",
    reason: Reason::NoRelaying,
    what: "Amazon SES refused to send the message because an address it \
           lists is not verified in the SES account for that region.",
    why: "SES sends only from addresses or domains verified in the same \
          region. An account still in the SES sandbox may also send only \
          to verified addresses, so a recipient can be the one listed.",
    steps: &[
        "Whoever runs the SES account verifies the listed sender address \
         or its domain under Verified identities, in the region the \
         bounce names.",
        "If the listed address is a recipient, the account is in the \
         sandbox: they request production access in the SES console.",
        "Send the message again once the identity is verified.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[
        LinkRef {
            label: "Amazon SES: verified identities",
            url: "https://docs.aws.amazon.com/ses/latest/dg/verify-addresses-and-domains.html",
        },
        LinkRef {
            label: "Amazon SES: request production access",
            url: "https://docs.aws.amazon.com/ses/latest/dg/request-production-access.html",
        },
    ],
    source: "https://docs.aws.amazon.com/ses/latest/dg/verify-addresses-and-domains.html",
    checked: CHECKED,
};

static SENDGRID_SUPPRESSED: Entry = Entry {
    id: "sendgrid/suppressed",
    reason: Reason::Suppressed,
    what: "SendGrid did not send the message, because this address bounced \
           before and is on the account's bounce list.",
    why: "SendGrid suppresses mail to addresses that bounced, so the \
          recipient's server was not contacted.",
    steps: &[
        "Check whether the address is still valid.",
        "If it is, whoever runs the SendGrid account removes it from the \
         bounce suppression list.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: SENDGRID_SOURCE,
    checked: CHECKED,
};
