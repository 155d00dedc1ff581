//! Addresses written inside the receiver's reply that are not the failed
//! recipient: a mailbox the reply asks the sender to write to, an address
//! inside a link, and the sender's own address when the receiver rejected
//! it.

use bounce_explainer::{explain, Reason, Report};

fn recipients(report: &Report) -> Vec<Option<String>> {
    report.recipients.iter().map(|r| r.recipient.clone()).collect()
}

#[test]
fn contact_imperative_not_recipient() {
    let replies = [
        "550 5.7.1 Mail from 203.0.113.7 refused. Email postmaster@example.net to be unblocked.",
        "550 5.7.1 Mail from 203.0.113.7 refused; for removal mail abuse@example.net",
        "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked. To request removal, mail delist@example.org",
        "554 5.7.1 Rejected: 203.0.113.7 is listed here. E-mail unblock@example.net with this text.",
        "550 5.7.1 Your IP 203.0.113.7 is blocked. For delisting, e-mail rbl@example.org",
    ];
    for reply in replies {
        let report = explain(reply);
        assert_eq!(recipients(&report), vec![None], "{reply}");
        assert_eq!(report.recipients[0].sender_ip.as_deref(), Some("203.0.113.7"), "{reply}");
    }
}

#[test]
fn contact_imperative_beside_recipient() {
    let text = "<bob@example.net>: host mx.example.net[198.51.100.2] said: 554 5.7.1 Client host\n    \
        [203.0.113.7] blocked. To request removal, mail delist@example.net (in reply to RCPT TO command)\n";
    let report = explain(text);
    assert_eq!(recipients(&report), vec![Some("bob@example.net".to_string())], "{text}");
}

#[test]
fn email_label_stays_recipient() {
    let text = "Delivery failed.\nE-mail: bob@example.org\n550 5.1.1 User unknown\n";
    let report = explain(text);
    assert_eq!(recipients(&report), vec![Some("bob@example.org".to_string())], "{text}");
}

#[test]
fn address_in_link_not_recipient() {
    let replies = [
        "550 5.7.23 Message rejected due to: SPF fail - not authorized. Please see \
         http://www.openspf.net/Why?s=mfrom;id=alice@example.com;ip=203.0.113.7;r=<UNKNOWN>",
        "550 5.7.1 Message refused. Details: https://help.example.net/lookup?sender=alice@example.com&code=77",
        "550 5.7.1 Message refused, see www.example.net/why?from=alice@example.com",
    ];
    for reply in replies {
        let report = explain(reply);
        assert_eq!(recipients(&report), vec![None], "{reply}");
    }
    let report = explain(replies[0]);
    assert_eq!(report.recipients[0].reason, Reason::AuthFailure, "{}", replies[0]);
}

#[test]
fn rejected_sender_not_recipient() {
    let replies = [
        "450 4.1.8 <alice@example.com>: Sender address rejected: Domain not found",
        "554 5.7.1 <alice@example.com>: Sender address rejected: Access denied",
        "504 5.5.2 <alice>: Sender address rejected: need fully-qualified address",
        "553 5.1.8 <alice@example.com>... Domain of sender address alice@example.com does not exist",
        "553 5.7.1 <alice@example.com>: Sender address rejected: not owned by user carl@example.com",
    ];
    for reply in replies {
        let report = explain(reply);
        assert_eq!(recipients(&report), vec![None], "{reply}");
        assert_eq!(report.recipients[0].reason, Reason::Rejected, "{reply}");
    }
    // The domain's own status code keeps its more precise explanation.
    let report = explain(replies[0]);
    assert_eq!(report.recipients[0].explanation.entry, "status/X.1.8", "{}", replies[0]);
}

#[test]
fn unverified_sender_is_sender_problem() {
    let reply = "550 5.1.0 <alice@example.com>: Sender address rejected: undeliverable address: \
        host mail.example.com[192.0.2.10] said: 550 5.1.1 <alice@example.com>: Recipient address \
        rejected: User unknown in virtual mailbox table";
    let report = explain(reply);
    assert_eq!(recipients(&report), vec![None], "{reply}");
    let card = &report.recipients[0];
    assert_eq!(card.reason, Reason::Rejected, "{card:#?}");
    // The host the receiver's callout reached is the sender's own server.
    assert_eq!(card.remote_host, None, "{card:#?}");
    assert!(!card.explanation.what.contains("recipient"), "{}", card.explanation.what);
}

#[test]
fn rejected_sender_beside_recipient() {
    let text = "<bob@example.net>: host mx.example.net[198.51.100.2] said: 450 4.1.8\n    \
        <alice@example.com>: Sender address rejected: Domain not found (in reply to RCPT TO\n    command)\n";
    let report = explain(text);
    assert_eq!(recipients(&report), vec![Some("bob@example.net".to_string())], "{text}");
    assert_eq!(report.recipients[0].reason, Reason::Rejected, "{text}");
    assert_eq!(report.recipients[0].remote_host.as_deref(), Some("mx.example.net"), "{text}");
}
