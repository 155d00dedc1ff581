//! Replies whose wording names a cause more precisely than their status
//! code: a missing domain behind Microsoft's 5.4.310, an access rule
//! behind Postfix's 5.7.1, a quota behind Exchange's 5.2.0, a mail loop,
//! a spam verdict, and a public blocklist that any receiver can query.

use bounce_explainer::report::Actor;
use bounce_explainer::{explain, Reason};

fn only(text: &str) -> bounce_explainer::report::Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    report.recipients.into_iter().next().unwrap()
}

#[test]
fn microsoft_dns_domain_missing_is_hostunknown() {
    for text in [
        "550 5.4.310 DNS domain example.net does not exist [Message=InfoDomainNonexistent] \
         [LastAttemptedServerName=example.net]",
        "Remote Server returned '550 5.4.310 DNS domain mail.example.org does not exist \
         [Message=InfoDomainNonexistent] [LastAttemptedServerName=mail.example.org] \
         [AM0EUR02FT012.eop-EUR02.prod.protection.outlook.com]'",
        // An Outlook NDR forwarded inline to a help desk.
        "Subject: Fwd: Undeliverable: Report\n\nCan you look at this?\n\n\
         Delivery has failed to these recipients or groups:\n\ncarol@example.org\n\
         Your message couldn't be delivered. The Domain Name System (DNS) reported that the \
         recipient's domain does not exist.\n\nDiagnostic information for administrators:\n\n\
         Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com\n\ncarol@example.org\n\
         Remote Server returned '550 5.4.310 DNS domain example.org does not exist \
         [Message=InfoDomainNonexistent] [LastAttemptedServerName=example.org]'\n",
    ] {
        let r = only(text);
        assert_eq!(r.reason, Reason::HostUnknown, "{text}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
        assert!(r.hard, "{text}");
    }
}

#[test]
fn postfix_access_rule_on_recipient_is_not_unknown_user() {
    for text in [
        "554 5.7.1 <bob@example.net>: Recipient address rejected: Access denied",
        "<bob@example.net>: host mx.example.net[198.51.100.7] said: 554 5.7.1 <bob@example.net>: \
         Recipient address rejected: Access denied (in reply to RCPT TO command)",
        "550 5.7.1 <list@example.org>: Recipient address rejected: Access denied",
    ] {
        let r = only(text);
        assert_ne!(r.reason, Reason::UserUnknown, "{text}");
        assert!(!r.hard, "{text}");
        // The 5.7.1 decides the reason, pasted or in a bounce, and the
        // access rule's own entry explains it.
        assert_eq!(r.explanation.entry, "wording/recipient-access-rule", "{text}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
        let all = format!("{} {} {:?}", r.explanation.what, r.explanation.why, r.explanation.steps);
        assert!(!all.to_lowercase().contains("remove the address"), "{all}");
        assert!(!all.contains("does not exist"), "{all}");
    }
}

#[test]
fn microsoft_access_denied_with_5_4_1_stays_unknown_user() {
    for text in [
        "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) \
         [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]",
        "<bob@example.com>: host example-com.mail.protection.outlook.com[203.0.113.9] said: \
         550 5.4.1 Recipient address rejected: Access denied. (in reply to RCPT TO command)",
    ] {
        let r = only(text);
        assert_eq!(r.reason, Reason::UserUnknown, "{text}");
    }
}

#[test]
fn yandex_spam_suspicion_is_spamdetected() {
    for text in [
        "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1234-abcd",
        "<bob@yandex.ru>: host mx.yandex.ru[203.0.113.8] said: 554 5.7.1 [1] Message rejected \
         under suspicion of SPAM; https://ya.cc/1IrBc 1700000000-AbCdEf (in reply to end of \
         DATA command)",
    ] {
        assert_eq!(only(text).reason, Reason::SpamDetected, "{text}");
    }
}

#[test]
fn exchange_shutoff_quota_is_mailboxfull() {
    for text in [
        "554 5.2.0 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; \
         Failed to process message due to a permanent exception with message \
         [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]",
        "554 5.2.0 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded; \
         Failed to process message due to a permanent exception",
    ] {
        assert_eq!(only(text).reason, Reason::MailboxFull, "{text}");
    }
}

#[test]
fn qmail_delivered_to_loop_is_networkerror() {
    let text = "Hi. This is the qmail-send program at mail.example.com.\n\
                I'm afraid I wasn't able to deliver your message to the following addresses.\n\
                This is a permanent error; I've given up. Sorry it didn't work out.\n\n\
                <erin@example.org>:\n\
                This message is looping: it already has my Delivered-To line. (#5.4.6)\n";
    let r = only(text);
    assert_eq!(r.reason, Reason::NetworkError);
    assert!(r.explanation.what.to_lowercase().contains("loop"), "{}", r.explanation.what);
}

#[test]
fn barracuda_dnsbl_is_a_blocklist_not_a_filter() {
    for text in [
        "550 5.7.1 Message rejected: your IP 203.0.113.5 is listed at b.barracudacentral.org",
        "<bob@example.net>: host mx.example.net[198.51.100.7] said: 554 5.7.1 Service \
         unavailable; Client host [203.0.113.6] blocked using b.barracudacentral.org; \
         http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.6 (in reply to RCPT TO command)",
    ] {
        let r = only(text);
        assert_eq!(r.reason, Reason::Blocked, "{text}");
        let what = r.explanation.what.to_lowercase();
        assert!(!what.contains("filter"), "{what}");
        assert!(what.contains("block list") || what.contains("blocklist"), "{what}");
        assert!(
            r.links.iter().any(|l| l.url.contains("barracudacentral.org/rbl/removal-request")),
            "{:?}",
            r.links
        );
    }
}

#[test]
fn removal_wording_reads_as_a_block() {
    // A receiver's own block of the sending IP, named by how to get off
    // it rather than by a blocklist.
    for text in [
        "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked. To request removal, \
         mail delist@example.org",
        "550 5.7.1 Mail from 203.0.113.5 refused. Email postmaster@example.net to be unblocked.",
        "550 5.7.1 Mail from 203.0.113.5 refused; for removal mail abuse@example.net",
        "554 5.7.1 Client host [203.0.113.5] blocked",
    ] {
        let r = only(text);
        assert_eq!(r.reason, Reason::Blocked, "{text}");
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"), "{text}");
    }
    // Without the address, the wording still names a block of the client.
    assert_eq!(only("554 5.7.1 Client host {unknown} blocked").reason, Reason::Blocked);
    // A sender address refused is not an IP block.
    let r = only("550 5.7.1 Mail from alice@example.com refused. Contact postmaster@example.net");
    assert_ne!(r.reason, Reason::Blocked);
}
