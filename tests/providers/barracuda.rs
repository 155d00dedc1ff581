//! Barracuda's cloud filter and appliance, and the Barracuda Reputation
//! Block List they consult.

use super::{one, postfix};
use bounce_explainer::{Actor, Reason};

const CLOUD_MX: &str = "d123456a.ess.barracudanetworks.com";

#[test]
fn cloud_block_gets_barracuda_entry() {
    let r = one(&postfix(
        "user@example.com",
        CLOUD_MX,
        "550 permanent failure for one or more recipients (user@example.com:blocked)",
    ));
    assert_eq!(r.provider.as_deref(), Some("barracuda"));
    assert_eq!(r.explanation.entry, "barracuda/blocked");
    assert_eq!(r.reason, Reason::Blocked);
    assert!(r.permanent);
    let urls: Vec<&str> = r.links.iter().map(|l| l.url.as_str()).collect();
    assert!(
        urls.contains(&"https://www.barracudacentral.org/lookups/lookup-reputation"),
        "{urls:?}"
    );
}

#[test]
fn cloud_block_named_without_host() {
    let r = one("550 permanent failure for one or more recipients (user@example.com:blocked)\n");
    assert_eq!(r.provider.as_deref(), Some("barracuda"));
    assert_eq!(r.explanation.entry, "barracuda/blocked");
}

#[test]
fn relayed_reply_read_from_inner_reply() {
    let r = one(&postfix(
        "user@example.com",
        CLOUD_MX,
        "550 permanent failure for one or more recipients (user@example.com:550 5.1.1 \
         <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table)",
    ));
    assert_eq!(r.reason, Reason::UserUnknown);
    assert!(!r.explanation.entry.starts_with("barracuda/"), "{}", r.explanation.entry);
}

#[test]
fn appliance_block_quotes_rated_ip() {
    // The appliance names the host in brackets and the rated IP only in
    // its lookup link. The removal links come from the table.
    let r = one(&postfix(
        "user@example.com",
        "mx.example.com",
        "554 Service unavailable; Client host [mail.example.net] blocked using Barracuda \
         Reputation; http://bbl.barracudacentral.com/q.cgi?ip=192.0.2.61",
    ));
    assert_eq!(r.explanation.entry, "barracuda/listed");
    assert_eq!(r.blocklists, ["barracuda"]);
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.61"));
    let urls: Vec<&str> = r.links.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://www.barracudacentral.org/lookups/lookup-reputation",
            "https://www.barracudacentral.org/rbl/removal-request",
        ]
    );
    assert!(r.explanation.steps[0].starts_with("Quote the IP address the reply names"));
}

#[test]
fn appliance_reputation_link_names_barracuda() {
    let r = one(&postfix(
        "user@example.com",
        "mx.example.com",
        "554 Service unavailable; Client host [192.0.2.62] blocked using Barracuda Reputation; \
         http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.62",
    ));
    assert_eq!(r.explanation.entry, "barracuda/listed");
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.62"));
    assert_eq!(r.reason, Reason::Blocked);
}

#[test]
fn cloud_rate_control_is_temporary() {
    // Barracuda documents the feature, not its reply, so this wording
    // only needs to name the feature.
    let r = one(&postfix(
        "user@example.com",
        CLOUD_MX,
        "421 4.7.0 Rate control: too many messages from 192.0.2.63, try again later",
    ));
    assert_eq!(r.provider.as_deref(), Some("barracuda"));
    assert_eq!(r.explanation.entry, "barracuda/rate-control");
    assert_eq!(r.reason, Reason::Speeding);
    assert!(!r.permanent);
}

/// Builds Postfix's report of the cloud filter's one reply to a message
/// for alice and bob, which lists each recipient's own result.
fn two_results(first: &str, second: &str) -> String {
    let reply = format!("550 permanent failure for one or more recipients ({first}, {second})");
    let line = |rcpt: &str| format!("<{rcpt}>: host {CLOUD_MX}[198.51.100.25] said: {reply}\n");
    format!("The mail system\n\n{}{}", line("alice@example.com"), line("bob@example.com"))
}

const ALICE_BLOCKED: &str = "alice@example.com:blocked";
const BOB_UNKNOWN: &str = "bob@example.com:550 5.1.1 <bob@example.com>: Recipient address \
                           rejected: User unknown in virtual mailbox table";

#[test]
fn listed_results_go_to_own_recipient() {
    for text in [two_results(ALICE_BLOCKED, BOB_UNKNOWN), two_results(BOB_UNKNOWN, ALICE_BLOCKED)] {
        let report = bounce_explainer::explain(&text);
        assert_eq!(report.recipients.len(), 2, "{text}");
        let card = |rcpt: &str| {
            let found = report.recipients.iter().find(|r| r.recipient.as_deref() == Some(rcpt));
            found.unwrap_or_else(|| panic!("no card for {rcpt} in {text}"))
        };

        let alice = card("alice@example.com");
        assert_eq!(alice.explanation.entry, "barracuda/blocked", "{text}");
        assert_eq!(alice.reason, Reason::Blocked, "{text}");
        assert_eq!(alice.explanation.who_acts, Actor::Recipient, "{text}");
        assert_eq!(alice.status, None, "bob's 5.1.1 is not alice's: {text}");
        assert_eq!(alice.reply.as_deref(), Some("550"), "{text}");
        assert!(!alice.hard, "{text}");

        let bob = card("bob@example.com");
        assert_eq!(bob.reason, Reason::UserUnknown, "{text}");
        assert_eq!(bob.status.as_deref(), Some("5.1.1"), "{text}");
        assert!(bob.hard, "{text}");

        // The card quotes the whole reply and names the entry it read.
        for (r, entry) in [(alice, ALICE_BLOCKED), (bob, BOB_UNKNOWN)] {
            assert!(r.diagnostic.contains(ALICE_BLOCKED), "{}", r.diagnostic);
            assert!(r.diagnostic.contains("bob@example.com:550"), "{}", r.diagnostic);
            let (address, result) = entry.split_once(':').unwrap();
            let notes: Vec<&str> = r.notes.iter().map(|n| n.message.as_str()).collect();
            let names_entry = |n: &&str| n.contains(address) && n.contains(result);
            assert!(notes.iter().any(names_entry), "{notes:?}");
        }
    }
}

#[test]
fn listed_result_with_commas_kept_whole() {
    // A comma inside a recipient's result does not start a new entry.
    let text = two_results(
        "alice@example.com:550 5.2.2 Sorry, mailbox full, try later",
        "bob@example.com:blocked",
    );
    let report = bounce_explainer::explain(&text);
    let alice = &report.recipients[0];
    assert_eq!(alice.recipient.as_deref(), Some("alice@example.com"));
    assert_eq!(alice.status.as_deref(), Some("5.2.2"));
    assert_eq!(alice.reason, Reason::MailboxFull);
    let bob = &report.recipients[1];
    assert_eq!(bob.explanation.entry, "barracuda/blocked");
    assert_eq!(bob.status, None);
}

#[test]
fn unlisted_recipient_keeps_whole_reply() {
    // A list without this recipient's entry states nothing about its own
    // result, so the card reads the whole reply.
    let r = one(&postfix(
        "carol@example.com",
        CLOUD_MX,
        &format!(
            "550 permanent failure for one or more recipients ({ALICE_BLOCKED}, {BOB_UNKNOWN})"
        ),
    ));
    assert_eq!(r.status.as_deref(), Some("5.1.1"));
    assert!(r.notes.iter().all(|n| !n.message.contains("for each recipient")), "{:?}", r.notes);
}

#[test]
fn listed_results_in_dsn_fields() {
    // Postfix copies the first status code of the shared reply into each
    // recipient's Status field, so alice's field contains bob's 5.1.1.
    let reply = format!(
        "550 permanent failure for one or more recipients ({ALICE_BLOCKED}, {BOB_UNKNOWN})"
    );
    let field = |rcpt: &str| {
        format!(
            "Final-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: 5.1.1\r\n\
             Remote-MTA: dns; {CLOUD_MX}\r\nDiagnostic-Code: smtp; {reply}\r\n"
        )
    };

    let raw = format!(
        "From: MAILER-DAEMON@mail.example.net\r\nTo: sender@example.net\r\n\
         Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n\
         --b1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n\r\n\
         --b1\r\nContent-Type: message/delivery-status\r\n\r\n\
         Reporting-MTA: dns; mail.example.net\r\n\r\n{}\r\n{}\r\n--b1--\r\n",
        field("alice@example.com"),
        field("bob@example.com")
    );

    let report = bounce_explainer::explain(&raw);
    assert_eq!(report.recipients.len(), 2);

    let alice = &report.recipients[0];
    assert_eq!(alice.recipient.as_deref(), Some("alice@example.com"));
    assert_eq!(alice.explanation.entry, "barracuda/blocked");
    assert_eq!(alice.status, None);

    let bob = &report.recipients[1];
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert_eq!(bob.status.as_deref(), Some("5.1.1"));
}

/// Internationalised recipients (RFC 6531) in the cloud filter's list
/// each get their own result, as ASCII ones do.
#[test]
fn listed_results_for_internationalised_recipients() {
    let entries = [
        ALICE_BLOCKED,
        "bob@例え.jp:550 5.1.1 <bob@例え.jp>: Recipient address rejected: User unknown",
        "kim@bücher.example:552 5.2.2 <kim@bücher.example>: Mailbox full",
    ];
    let reply =
        format!("550 permanent failure for one or more recipients ({})", entries.join(", "));
    let mut text = String::from("The mail system\n\n");
    for rcpt in ["alice@example.com", "bob@例え.jp", "kim@bücher.example"] {
        text.push_str(&format!("<{rcpt}>: host {CLOUD_MX}[198.51.100.25] said: {reply}\n"));
    }
    let report = bounce_explainer::explain(&text);
    assert_eq!(report.recipients.len(), 3, "{text}");
    let card = |rcpt: &str| {
        let found = report.recipients.iter().find(|r| r.recipient.as_deref() == Some(rcpt));
        found.unwrap_or_else(|| panic!("no card for {rcpt} in {text}"))
    };

    let alice = card("alice@example.com");
    assert_eq!(alice.explanation.entry, "barracuda/blocked");
    assert_eq!(alice.reason, Reason::Blocked);
    assert_eq!(alice.explanation.who_acts, Actor::Recipient);
    assert_eq!(alice.status, None, "bob's 5.1.1 is not alice's");

    let bob = card("bob@例え.jp");
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert_eq!(bob.status.as_deref(), Some("5.1.1"));
    assert_eq!(bob.explanation.who_acts, Actor::You);
    assert!(bob.permanent);

    let kim = card("kim@bücher.example");
    assert_eq!(kim.reason, Reason::MailboxFull);
    assert_eq!(kim.status.as_deref(), Some("5.2.2"));
    assert_eq!(kim.explanation.who_acts, Actor::Recipient);

    for (r, result) in [(bob, "User unknown"), (kim, "Mailbox full")] {
        let notes: Vec<&str> = r.notes.iter().map(|n| n.message.as_str()).collect();
        assert!(notes.iter().any(|n| n.contains(result) && n.contains("3 in all")), "{notes:?}");
    }
}
