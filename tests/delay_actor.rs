//! Who acts on a delay notice. A delay whose cause clears by itself
//! (greylisting, a busy server, a timeout, a full mailbox, a throttle the
//! entry marks temporary) leaves the work to the sending server's
//! retries. A delay caused by the sending server's standing (a blocklist
//! listing, a missing PTR record, a refused HELO name) goes on failing at
//! every retry, so the card names the party who must fix it and states
//! that the retries keep failing until then. A cause carried in the
//! queued message itself (an unknown address, spam-like content) also
//! waits, because no fix reaches the queued copy.
//! Documentation addresses only.

use crate::delay_fixtures;

use bounce_explainer::{Actor, Reason, Recipient};
use delay_fixtures::{only_card, postfix_delay};

/// Builds an Exchange Online delay notice whose wrapper codes 400 4.4.7
/// sit over the remote server's own `reply`.
fn exchange_delay(reply: &str) -> String {
    format!(
        "From: Microsoft Outlook <postmaster@example.com>\n\
         To: alex@example.com\n\
         Subject: Delivery delayed:Invoice 42\n\
         Date: Sat, 5 Dec 2026 15:12:00 +0000\n\
         Message-ID: <delay1@example.com>\n\
         MIME-Version: 1.0\n\
         Content-Type: text/plain; charset=UTF-8\n\n\
         Delivery is delayed to these recipients or groups:\n\n\
         ann@example.net\n\n\
         Subject: Invoice 42\n\n\
         This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n\
         The server will keep trying to deliver this message for the next 1 days, 19 hours \
         and 53 minutes. You'll be notified if the message can't be delivered by that time.\n\n\
         Diagnostic information for administrators:\n\n\
         Generating server: AM0PR02MB5678.eurprd02.prod.outlook.com\n\
         Receiving server: mx1.example.net (198.51.100.25)\n\n\
         ann@example.net\n\
         Remote Server at mx1.example.net (198.51.100.25) returned '400 4.4.7 Message delayed'\n\
         12/5/2026 3:10:00 PM - Remote Server at mx1.example.net (198.51.100.25) returned '{reply}'\n"
    )
}

/// Checks a delayed card whose cause the sender's side must fix.
fn assert_sender_must_fix(card: &Recipient, reason: Reason) {
    let explanation = &card.explanation;
    assert_eq!(card.action, "delayed", "{card:#?}");
    assert_eq!(card.reason, reason, "{card:#?}");
    assert_eq!(explanation.who_acts, Actor::Admin, "{card:#?}");
    let retry = &explanation.retry;
    assert!(retry.contains("keep failing until"), "{retry}");
    assert!(retry.contains("Do not resend it"), "{retry}");
    assert!(card.retrying, "{card:#?}");
    assert!(!card.permanent, "{card:#?}");
}

/// Checks a delayed card whose cause can clear while the server retries.
fn assert_waits(card: &Recipient) {
    let explanation = &card.explanation;
    assert_eq!(card.action, "delayed", "{card:#?}");
    assert_eq!(explanation.who_acts, Actor::Wait, "{card:#?}");
    assert!(!explanation.retry.contains("keep failing"), "{}", explanation.retry);
}

#[test]
fn exchange_delay_spamhaus_block_admin() {
    let card = only_card(&exchange_delay(
        "451 4.7.1 Service unavailable; Client host [192.0.2.55] blocked using zen.spamhaus.org",
    ));
    assert_sender_must_fix(&card, Reason::Blocked);
}

#[test]
fn exchange_delay_barracuda_block_admin() {
    let card = only_card(&exchange_delay(
        "451 4.7.1 Client host [192.0.2.192] blocked using b.barracudacentral.org",
    ));
    assert_sender_must_fix(&card, Reason::Blocked);
}

#[test]
fn postfix_delay_rdns_refusal_admin() {
    let card = only_card(&postfix_delay(
        "4.7.1",
        "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.140]",
    ));
    assert_sender_must_fix(&card, Reason::RequirePtr);
}

#[test]
fn postfix_delay_spamcop_block_admin() {
    let card = only_card(&postfix_delay(
        "4.7.1",
        "450 4.7.1 Service unavailable; Client host [192.0.2.77] blocked using bl.spamcop.net",
    ));
    assert_sender_must_fix(&card, Reason::Blocked);
}

#[test]
fn postfix_delay_greylisting_waits() {
    let card = only_card(&postfix_delay(
        "4.2.0",
        "450 4.2.0 <ann@example.net>: Recipient address rejected: Greylisted, see \
         http://postgrey.schweikert.ch/help/example.net.html",
    ));
    assert_waits(&card);
}

#[test]
fn exchange_delay_greylisting_waits() {
    let card = only_card(&exchange_delay("451 4.7.1 Greylisted, please try again later"));
    assert_waits(&card);
}

#[test]
fn postfix_delay_busy_421_waits() {
    let card =
        only_card(&postfix_delay("4.3.2", "421 4.3.2 System not accepting network messages"));
    assert_waits(&card);
}

#[test]
fn exchange_delay_busy_421_waits() {
    let card = only_card(&exchange_delay("421 4.7.0 Try again later, closing connection."));
    assert_waits(&card);
}

#[test]
fn postfix_delay_helo_refusal_admin() {
    let card = only_card(&postfix_delay(
        "4.7.1",
        "450 4.7.1 <mail.local>: Helo command rejected: Host not found",
    ));
    assert_eq!(card.explanation.entry, "wording/helo-name-rejected", "{card:#?}");
    assert_sender_must_fix(&card, Reason::Blocked);
}

#[test]
fn postfix_delay_full_mailbox_waits() {
    let card =
        only_card(&postfix_delay("4.2.2", "452 4.2.2 <ann@example.net>: Mailbox full, over quota"));
    assert_waits(&card);
}

#[test]
fn postfix_delay_timeout_waits() {
    // Postfix reports a timeout with no reply code, as an X-Postfix
    // diagnostic, so the reply line is swapped for its own wording.
    let timeout = "connect to mx1.example.net[198.51.100.25]:25: Connection timed out";
    let text = postfix_delay("4.4.1", "REPLY")
        .replace(
            "host mx1.example.net[198.51.100.25] said: REPLY (in reply to RCPT TO command)",
            timeout,
        )
        .replace("smtp; REPLY", &format!("X-Postfix; {timeout}"));
    assert!(!text.contains("REPLY"), "{text}");
    let card = only_card(&text);
    assert_waits(&card);
}

#[test]
fn postfix_delay_microsoft_throttle_waits() {
    let card = only_card(&postfix_delay(
        "4.7.650",
        "451 4.7.650 The mail server [192.0.2.9] has been temporarily rate limited due to IP \
         reputation. For e-mail delivery information, see https://postmaster.live.com (S775)",
    ));
    assert_eq!(card.reason, Reason::BadReputation, "{card:#?}");
    assert_waits(&card);
}

#[test]
fn postfix_delay_unknown_user_waits() {
    let card = only_card(&postfix_delay(
        "4.1.1",
        "450 4.1.1 <ann@example.net>: Recipient address rejected: User unknown in local \
         recipient table",
    ));
    assert_eq!(card.reason, Reason::UserUnknown, "{card:#?}");
    assert_waits(&card);
}

#[test]
fn postfix_delay_spam_content_waits() {
    let card = only_card(&postfix_delay(
        "4.7.1",
        "451 4.7.1 Please try again later, content looks like spam",
    ));
    assert_eq!(card.reason, Reason::SpamDetected, "{card:#?}");
    assert_waits(&card);
}

#[test]
fn postfix_delay_gmail_rate_limit_waits() {
    // Gmail's 4.7.28 is a rate limit that lifts once the rate falls, so
    // the queued copy gets through without anyone acting.
    let card = only_card(&postfix_delay(
        "4.7.28",
        "421-4.7.28 [192.0.2.15] Our system has detected an unusual rate of unsolicited \
         mail originating from your IP address. To protect our users from spam, mail sent \
         from your IP address has been temporarily rate limited. - gsmtp",
    ));
    assert_eq!(card.provider.as_deref(), Some("google"), "{card:#?}");
    assert_waits(&card);
    let retry = &card.explanation.retry;
    assert!(retry.contains("Do not resend it"), "{retry}");
}

#[test]
fn postfix_delay_unknown_user_resend_corrected() {
    // The steps ask to check the address for a typing error and send
    // again, so the retry line must not forbid that resend.
    let card = only_card(&postfix_delay(
        "4.1.1",
        "450 4.1.1 <ann@example.net>: Recipient address rejected: User unknown in local \
         recipient table",
    ));
    let steps = card.explanation.steps.join(" ");
    assert!(steps.contains("typing errors and send again"), "{steps}");
    let retry = &card.explanation.retry;
    assert!(retry.contains("Do not resend it to the same address"), "{retry}");
    assert!(retry.contains("corrected address"), "{retry}");
}

#[test]
fn postfix_delay_busy_server_keeps_plain_retry() {
    // Only an address that may be mistyped gets the corrected-address
    // advice.
    let card =
        only_card(&postfix_delay("4.3.2", "421 4.3.2 System not accepting network messages"));
    let retry = &card.explanation.retry;
    assert!(retry.contains("Do not resend it."), "{retry}");
    assert!(!retry.contains("corrected address"), "{retry}");
}
