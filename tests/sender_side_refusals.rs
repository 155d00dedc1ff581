//! Rejections caused by the sending side. A receiver could not verify the
//! sender's own address, a provider stopped the sender's account (sending
//! limit, disabled account, outbound spam), a sending service rejected an
//! unverified identity, or a new sending IP was throttled. None of these
//! is the recipient's fault, so no explanation may blame the recipient.

use crate::cards::only;
use bounce_explainer::{Actor, Reason, Recipient};

/// Checks the reason and who acts, and that no step blames the recipient.
fn check(text: &str, reason: Reason, who: Actor) -> Recipient {
    let r = only(text);
    assert_eq!(r.reason, reason, "{text}\n{r:#?}");
    assert_eq!(r.explanation.who_acts, who, "{text}\n{r:#?}");
    for step in &r.explanation.steps {
        let lower = step.to_lowercase();
        assert!(!lower.contains("contacts"), "{step}");
        assert!(!lower.contains("password"), "{step}");
    }
    r
}

#[test]
fn exim_sender_callout_is_the_senders_address() {
    let postfix = "<bob@example.net>: host mx.example.net[198.51.100.20] said: \
        550-Verification failed for <alice@example.com> 550-Called: 192.0.2.9 \
        550-Sent: RCPT TO:<alice@example.com> 550-Response: 550 No such user \
        550 Sender verify failed (in reply to RCPT TO command)";
    let r = check(postfix, Reason::Rejected, Actor::Admin);
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(r.explanation.entry, "wording/sender-callout");

    let unrouteable = "<carol@example.org>: host mx.example.org[203.0.113.7] said: \
        550-Verification failed for <news@example.com> 550-Unrouteable address \
        550 Sender verify failed (in reply to RCPT TO command)";
    check(unrouteable, Reason::Rejected, Actor::Admin);

    let cached = "<carol@example.org>: host mx.example.org[203.0.113.7] said: \
        550-Verification failed for <news@example.com> 550-Previous (cached) \
        callout verification failure 550 Invalid sender <news@example.com> \
        (in reply to MAIL FROM command)";
    check(cached, Reason::Rejected, Actor::Admin);
}

#[test]
fn exim_sender_callout_in_an_exim_bounce() {
    let bounce = "From: Mail Delivery System <Mailer-Daemon@mail.example.com>\n\
        To: alice@example.com\n\
        Subject: Mail delivery failed: returning message to sender\n\
        X-Failed-Recipients: dave@example.net\n\n\
        This message was created automatically by mail delivery software.\n\n\
        A message that you sent could not be delivered to one or more of its\n\
        recipients. This is a permanent error. The following address(es) failed:\n\n\
        \x20 dave@example.net\n\
        \x20   host mx.example.net [198.51.100.20]\n\
        \x20   SMTP error from remote mail server after RCPT TO:<dave@example.net>:\n\
        \x20   550-Verification failed for <alice@example.com>\n\
        \x20   550-Called:   192.0.2.9\n\
        \x20   550-Sent:     RCPT TO:<alice@example.com>\n\
        \x20   550-Response: 550 5.1.1 Unknown user\n\
        \x20   550 Sender verify failed\n";
    let r = check(bounce, Reason::Rejected, Actor::Admin);
    assert_eq!(r.recipient.as_deref(), Some("dave@example.net"));
}

#[test]
fn sending_limits_of_the_senders_own_account() {
    for text in [
        "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail \
         sending limits go to https://support.google.com/a/answer/166852 - gsmtp",
        "550 5.4.5 Daily sending quota exceeded. Learn more at \
         https://support.google.com/a/answer/166852 d2e1a72fcca58-7 - gsmtp",
    ] {
        let r = check(text, Reason::Speeding, Actor::You);
        assert!(!r.permanent, "{r:#?}");
        assert!(r.explanation.retry.contains("again later can work"), "{}", r.explanation.retry);
    }
}

#[test]
fn disabled_sending_account_is_the_senders() {
    let text = "550 5.7.0 Mail Sending denied. This error occurs if the sender account is \
        disabled or not registered within your Google Workspace domain. - gsmtp";
    let r = check(text, Reason::Rejected, Actor::Admin);
    assert!(r.explanation.entry.starts_with("google/"), "{r:#?}");
    let apps = "550 5.7.0 Mail Sending denied. This error occurs if the sender account is \
        disabled or not registered within your Google Apps domain.";
    check(apps, Reason::Rejected, Actor::Admin);
}

#[test]
fn microsoft_outbound_restrictions_are_the_senders() {
    let quota = "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to \
        process message due to a permanent exception with message WASCL UserAction verdict \
        is not None. Actual verdict is RefuseQuota, ShowTierUpgrade. \
        [Hostname=DM4PR02MB1234.namprd02.prod.outlook.com]";
    let r = check(quota, Reason::Speeding, Actor::Admin);
    assert!(r.explanation.entry.starts_with("microsoft/"), "{r:#?}");
    // Without the quota verdict, the mailbox is held for outbound spam.
    let spam = "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to \
        process message due to a permanent exception with message [BeginDiagnosticData]";
    check(spam, Reason::Rejected, Actor::Admin);

    let restricted = "550 5.1.8 Access denied, bad outbound sender. AS(42) \
        [AM0PR04MB1234.eurprd04.prod.outlook.com]";
    let r = check(restricted, Reason::Rejected, Actor::Admin);
    assert_eq!(r.explanation.entry, "microsoft/restricted-sender");
    assert!(r.explanation.steps.iter().any(|s| s.contains("Restricted entities")), "{r:#?}");
}

#[test]
fn ses_unverified_identity() {
    for text in [
        "554 Message rejected: Email address is not verified. The following identities \
         failed the check in region US-WEST-2: bob@example.net",
        "550 5.7.1 Message rejected: Email address is not verified. The following \
         identities failed the check in region EU-CENTRAL-1: alice@example.com, \
         Alice <alice@example.com>",
    ] {
        let r = check(text, Reason::NoRelaying, Actor::Admin);
        assert_eq!(r.explanation.entry, "amazon/unverified-identity", "{r:#?}");
        assert!(!r.explanation.steps.iter().any(|s| s.contains("authentication")), "{r:#?}");
    }
}

#[test]
fn delivery_time_expired_by_code_alone() {
    for text in [
        "554 5.4.7 exceeded max time without successful delivery",
        "550 5.4.7 delivery attempts stopped after 72 hours",
    ] {
        let r = only(text);
        assert_eq!(r.reason, Reason::Expired, "{r:#?}");
        assert!(r.explanation.retry.contains("again later can work"), "{}", r.explanation.retry);
    }
}

#[test]
fn microsoft_new_ip_throttle() {
    for text in [
        "451 4.7.500 Server busy. Please try again later from [198.51.100.42]. (AS761) \
         [DM6NAM11FT012.eop-nam11.prod.protection.outlook.com]",
        "451 4.7.650 The mail server [203.0.113.9] has been temporarily rate limited due \
         to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)",
        "451 4.7.621 Server busy. Please try again later from [2001:db8::25]. (AS3112) \
         [BN8NAM12FT055.eop-nam12.prod.protection.outlook.com]",
    ] {
        let r = only(text);
        assert_eq!(r.reason, Reason::BadReputation, "{r:#?}");
        assert_eq!(r.explanation.who_acts, Actor::Wait, "{r:#?}");
        assert!(r.explanation.entry.starts_with("microsoft/"), "{r:#?}");
        assert!(!r.explanation.steps.iter().any(|s| s.contains("password")), "{r:#?}");
    }
}

#[test]
fn microsoft_send_as_denied() {
    for text in [
        "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; \
         Failed to process message due to a permanent exception with message Cannot submit message. \
         [Hostname=BY5PR02MB1234.namprd02.prod.outlook.com]",
        "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; \
         Failed to process message due to a permanent exception with message Cannot submit message.",
        // Exchange's SMTP wording, pasted with no host name.
        "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
        "550 5.7.1 Client does not have permission to send as this sender",
    ] {
        let r = check(text, Reason::SecurityError, Actor::Admin);
        assert!(!r.explanation.steps.iter().any(|s| s.contains("password")), "{r:#?}");
        assert_eq!(r.explanation.entry, "microsoft/send-as-denied", "{r:#?}");
        assert!(r.explanation.steps.iter().any(|s| s.contains("Send As")), "{r:#?}");
    }
}

#[test]
fn sender_rejected_after_address_verification() {
    // The receiver checked the sender's address and refused it; the
    // status (5.1.0, 5.1.7) says only that an address is at fault.
    for text in [
        "550 5.1.0 <carol@example.org> sender rejected : Address Verification Failed\n",
        "553 5.1.7 <carol@example.org>: Sender address rejected: address verification failed\n",
        "550 5.1.0 Sender rejected - address verification failed for <carol@example.org>\n",
    ] {
        let r = check(text, Reason::Rejected, Actor::Admin);
        let first = r.explanation.steps[0].to_lowercase();
        assert!(!first.contains("recipient"), "{text}\n{first}");
    }
}

#[test]
fn recipient_verification_failure_stays_the_recipients() {
    // The same words about the recipient: the recipient's address is wrong.
    let text = "550 5.1.1 <dave@example.net>: Recipient address rejected: \
                undeliverable address: address verification failed\n";
    assert_eq!(only(text).reason, Reason::UserUnknown);
}
