//! A sending service's refusal at submission: the sender's own account
//! (quota, paused sending, unverified sender) is at fault, never the
//! recipient, and the account's administrator acts.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

#[test]
fn ses_quotas_are_the_accounts_limits() {
    for (text, what) in [
        ("454 Throttling failure: Maximum sending rate exceeded.", "messages per second"),
        ("454 Throttling failure: Daily message quota exceeded.", "daily quota"),
        ("554 Throttling failure: Daily message quota exceeded.", "daily quota"),
        // Relayed through SES by the sender's own Postfix.
        (
            "<bob@example.net>: host email-smtp.us-east-1.amazonaws.com[198.51.100.8] said: \
             454 Throttling failure: Daily message quota exceeded. (in reply to end of DATA command)",
            "daily quota",
        ),
    ] {
        let r = only(text);
        assert_eq!(r.reason, Reason::Speeding, "{text}");
        assert_ne!(r.reason, Reason::MailboxFull, "{text}");
        assert!(r.explanation.what.contains(what), "{text}: {}", r.explanation.what);
        assert!(!r.permanent, "{text}");
        assert!(r.links.is_empty(), "{text}");
    }
}

#[test]
fn refusals_of_the_senders_account_name_its_administrator() {
    for (text, service) in [
        (
            "554 Message rejected: Sending paused for this account. For more information, please \
             check the AWS Management Console.",
            "Amazon SES",
        ),
        (
            "550 The from address does not match a verified Sender Identity. Mail cannot be sent \
             until this error is resolved.",
            "SendGrid",
        ),
        ("550 5.7.1 Sender signature not defined for From address", "Postmark"),
        (
            "421 Domain example.com is not allowed to send: Free accounts are for test purposes \
             only. Please upgrade or add the address to authorized recipients in Account Settings.",
            "Mailgun",
        ),
        (
            "554 Sandbox subdomains are for test purposes only. Please add your own domain or \
             add the address to authorized recipients in domain settings.",
            "Mailgun",
        ),
        ("550 5.7.1 Unconfigured Sending Domain <example.com>", "SparkPost"),
    ] {
        let r = only(text);
        assert_eq!(r.reason, Reason::Rejected, "{text}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{text}");
        assert!(r.explanation.what.starts_with(service), "{text}: {}", r.explanation.what);
        assert!(r.sender_ip.is_none(), "{text}");
    }
}

#[test]
fn ses_suspended_account_names_its_owner() {
    let text = "554 Message rejected: Sending suspended for this account. For more information, \
                please check the inbox of the email address associated with your AWS account.";
    let r = only(text);
    assert_eq!(r.explanation.entry, "amazon/sending-suspended", "{r:#?}");
    assert_eq!(r.reason, Reason::Rejected);
    assert_eq!(r.explanation.who_acts, Actor::Admin);
    assert!(r.permanent);
    let steps = r.explanation.steps.join(" ");
    assert!(steps.contains("AWS account"), "{steps}");
    assert!(steps.contains("reputation dashboard"), "{steps}");
}

#[test]
fn sparkpost_unconfigured_domain_names_account() {
    // SparkPost's relay sends this reply to the user's own server or
    // program when the From domain is not a sending domain of the account.
    for text in [
        "550 5.7.1 Unconfigured Sending Domain <example.com>",
        "Net::SMTPFatalError: 550 5.7.1 Unconfigured Sending Domain <example.com>",
        "<bob@example.net>: host smtp.sparkpostmail.com[198.51.100.40] said: 550 5.7.1 \
         Unconfigured Sending Domain <example.com> (in reply to end of DATA command)",
    ] {
        let r = only(text);
        let explanation = &r.explanation;
        assert_eq!(explanation.entry, "sparkpost/unconfigured-sending-domain", "{text}");
        assert_eq!(explanation.who_acts, Actor::Admin, "{text}");
        assert!(r.permanent, "{text}");
        assert!(!explanation.what.contains("receiving server refused"), "{text}");
        let steps = explanation.steps.join(" ");
        assert!(steps.contains("sending domain"), "{text}: {steps}");
        assert!(!steps.contains("blocklist"), "{text}: {steps}");
        assert!(!steps.contains("ask the recipient"), "{text}: {steps}");
        assert!(r.blocklists.is_empty(), "{text}");
    }
}

#[test]
fn mailgun_sandbox_subdomain_names_account() {
    let r = only(
        "554 Sandbox subdomains are for test purposes only. Please add your own domain or add \
         the address to authorized recipients in domain settings.",
    );
    assert_eq!(r.explanation.entry, "mailgun/sandbox");
    assert_ne!(r.reason, Reason::OnHold);
    assert!(r.permanent);
}
