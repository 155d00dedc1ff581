//! Exchange's expiry reports read by the remote server's last reply.
//!
//! Exchange Online writes `550 5.4.300 Message expired -> <last reply>`,
//! and Exchange 2013 and 2016 write `550 4.4.7 QUEUE.Expired` over a
//! `Remote Server at ... returned '<last reply>'` line. The expiry only
//! states that the sending server gave up, and the last reply states why, so the
//! card explains it as it would explain that reply pasted alone, and the
//! retry line still states that nothing is queued any more.
//! Documentation addresses only.

use crate::cards::only;
use bounce_explainer::{Actor, Recipient};

/// Builds an Exchange 2016 expiry NDR whose last attempt got `reply`.
fn exchange_2016_expired(reply: &str) -> String {
    format!(
        "Delivery has failed to these recipients or groups:\n\n\
         bob@example.net\n\
         A problem occurred during the delivery of this message. Microsoft Exchange will \
         not try to redeliver this message for you. Please try resending this message \
         later, or provide the following diagnostic text to your system administrator.\n\n\
         Diagnostic information for administrators:\n\n\
         Generating server: EX01.corp.example.com\n\n\
         bob@example.net\n\
         Remote Server at mta5.am0.yahoodns.net (198.51.100.72) returned '550 4.4.7 \
         QUEUE.Expired; message expired'\n\
         12/5/2026 5:00:00 PM - Remote Server at mta5.am0.yahoodns.net (198.51.100.72) \
         returned '{reply}'\n"
    )
}

/// Builds the delivery-status part of an Exchange Online NDR whose error
/// is the chained `550 5.4.300 Message expired -> <reply>`.
fn exchange_online_expired(reply: &str) -> String {
    format!(
        "From: Microsoft Outlook <postmaster@example.com>\n\
         To: alice@example.com\n\
         Subject: Undeliverable: Quarterly figures\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n\
         --b1\n\
         Content-Type: text/plain; charset=us-ascii\n\n\
         Your message to bob@example.net couldn't be delivered.\n\n\
         --b1\n\
         Content-Type: message/delivery-status\n\n\
         Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.outlook.com\n\n\
         Final-Recipient: rfc822;bob@example.net\n\
         Action: failed\n\
         Status: 5.4.300\n\
         Remote-MTA: dns;mx.example.net\n\
         Diagnostic-Code: smtp;550 5.4.300 Message expired -> {reply}\n\n\
         --b1--\n"
    )
}

/// Checks that a card states the sending server stopped retrying.
fn assert_gave_up(card: &Recipient) {
    let retry = &card.explanation.retry;
    assert!(retry.contains("stopped retrying"), "{}: {retry}", card.diagnostic);
    assert!(!card.retrying, "{card:#?}");
}

#[test]
fn exchange_2016_yahoo_deferral_explained() {
    let reply = "421 4.7.0 [TSS04] Messages from 192.0.2.201 temporarily deferred due to \
                 unexpected volume or user complaints - 4.16.55.1; see \
                 https://postmaster.yahooinc.com/error-codes";
    let card = only(&exchange_2016_expired(reply));
    assert_eq!(card.explanation.entry, "yahoo/deferred", "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{card:#?}");
    assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.201"));
    assert_gave_up(&card);
}

#[test]
fn exchange_2016_spamhaus_listing_explained() {
    let reply = "451 4.7.1 Service unavailable; Client host [192.0.2.200] blocked using \
                 zen.spamhaus.org";
    let card = only(&exchange_2016_expired(reply));
    assert_eq!(card.explanation.entry, "spamhaus/zen", "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{card:#?}");
    assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.200"));
    assert!(card.links.iter().any(|l| l.url.contains("spamhaus.org")), "{card:#?}");
    assert_gave_up(&card);
    // The note on the codes states that the explanation follows the
    // remote reply.
    let notes: Vec<&str> = card.notes.iter().map(|n| n.message.as_str()).collect();
    assert!(notes.iter().any(|n| n.contains("451 4.7.1")), "{notes:?}");
}

/// Replies that name their own cause, each with the party to act once
/// the sending server has given up.
const LAST_REPLIES: &[(&str, Actor)] = &[
    (
        "451 4.7.1 Service unavailable; Client host [192.0.2.210] blocked using zen.spamhaus.org",
        Actor::Admin,
    ),
    (
        "451 4.7.1 Service unavailable; Client host [192.0.2.211] blocked using bl.spamcop.net",
        Actor::Admin,
    ),
    ("421 4.7.1 Client host [192.0.2.212] blocked using b.barracudacentral.org", Actor::Admin),
    (
        "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.215]",
        Actor::Admin,
    ),
    ("421 4.7.0 TLS required for RCPT domain, closing connection", Actor::Admin),
    ("421 4.7.0 cxr.mx.a.cox.net cox 192.0.2.214 too many connections. AUP#CXCNCT", Actor::Admin),
    ("452 4.2.2 Mailbox full", Actor::Recipient),
    ("550 5.7.1 Client host [192.0.2.216] blocked using zen.spamhaus.org", Actor::Admin),
    (
        "450 4.1.1 <bob@example.net>: Recipient address rejected: User unknown in local recipient table",
        Actor::You,
    ),
];

/// Every layout of the verdict over the last reply: Exchange Online's
/// chain, bare and in a DSN, and the one-line form with the reply in
/// angle brackets, bare and quoted by an NDR.
#[test]
fn last_reply_decides_entry() {
    for (reply, who) in LAST_REPLIES {
        let alone = only(reply);
        let [bracketed, quoted] = bracketed_expiry_lines(reply);
        let chained = format!("550 5.4.300 Message expired -> {reply}");
        for text in [chained, exchange_online_expired(reply), bracketed, quoted] {
            let card = only(&text);
            assert_eq!(card.explanation.entry, alone.explanation.entry, "{text}");
            assert_eq!(card.reason, alone.reason, "{text}");
            assert_eq!(card.explanation.who_acts, *who, "{text}");
            assert_eq!(card.sender_ip, alone.sender_ip, "{text}");
            // A cause the entry calls lasting (TLS required) gets the
            // permanent retry line, so only the queue state is common.
            assert!(!card.retrying, "{text}");
        }
    }
}

#[test]
fn chained_greylisting_gave_up() {
    let text =
        "550 5.4.300 Message expired -> 451 4.7.1 Greylisted, please try again in 300 seconds";
    let card = only(text);
    assert_eq!(card.explanation.entry, "practice/greylisting-gave-up", "{card:#?}");
    assert_gave_up(&card);
}

#[test]
fn vague_last_reply_keeps_expiry() {
    for text in [
        "550 5.4.300 Message expired -> 451 4.3.0 Temporary failure",
        "550 5.4.300 Message expired -> 451 4.7.0 Temporary server error. Please try again later.",
    ] {
        let card = only(text);
        assert_eq!(card.explanation.entry, "microsoft/message-expired", "{card:#?}");
    }
    let bare = only("550 4.4.7 QUEUE.Expired; message expired");
    assert_eq!(bare.explanation.entry, "microsoft/message-expired", "{bare:#?}");
}

/// Exchange Online gave up because the receiving server's certificate
/// failed its check on every attempt. The certificate is the recipient's
/// to fix, and the card still states the expiry.
#[test]
fn chained_certificate_failure_explained() {
    let chains = [
        "454 4.7.5 Certificate validation failure",
        "451 4.4.395 Target host responded with error. -> 454 4.7.5 Certificate validation \
         failure [Target=mx.example.net] [LastAttemptedServerName=mx.example.net] \
         [LastAttemptedIP=198.51.100.20:25]",
    ];
    for chain in chains {
        for text in [
            format!("550 5.4.300 Message expired -> {chain}"),
            format!("Remote Server returned '550 5.4.300 Message expired -> {chain}'"),
            exchange_online_expired(chain),
        ] {
            let card = only(&text);
            assert_eq!(card.explanation.entry, "tls/receiver-certificate-invalid", "{text}");
            assert_eq!(card.explanation.who_acts, Actor::Recipient, "{text}");
            assert!(!card.retrying, "{text}");
            let notes: Vec<&str> = card.notes.iter().map(|n| n.message.as_str()).collect();
            assert!(notes.iter().any(|n| n.contains("expired")), "{text}: {notes:?}");
            let steps = card.explanation.steps.join(" ").to_ascii_lowercase();
            assert!(!steps.contains("password"), "{text}: {steps}");
            assert_eq!(card.sender_ip, None, "{text}");
        }
    }
}

/// Builds the one-line expiry verdict with the last reply in angle brackets
/// (Amazon WorkMail's layout), as a bare line and as an NDR quotes it.
fn bracketed_expiry_lines(reply: &str) -> [String; 2] {
    let line = format!("554 4.4.7 Message expired: unable to deliver in 1440 minutes.<{reply}>");
    [line.clone(), format!("Remote Server returned '{line}'")]
}

/// Drops the enhanced status code after the reply code, as receivers
/// that write none would send the reply.
fn without_status_code(reply: &str) -> String {
    let (code, rest) = reply.split_at(3);
    let rest = rest.trim_start();
    let text = match rest.split_once(' ') {
        Some((status, text)) if status.chars().all(|c| c.is_ascii_digit() || c == '.') => text,
        _ => rest,
    };
    format!("{code} {text}")
}

/// A last reply without an enhanced status code is read the same way.
#[test]
fn bracketed_codeless_reply_decides_entry() {
    for (reply, _) in LAST_REPLIES {
        let reply = without_status_code(reply);
        let alone = only(&reply);
        for text in bracketed_expiry_lines(&reply) {
            let card = only(&text);
            assert_eq!(card.explanation.entry, alone.explanation.entry, "{text}");
            assert_eq!(card.reason, alone.reason, "{text}");
            assert_eq!(card.sender_ip, alone.sender_ip, "{text}");
            assert!(!card.retrying, "{text}");
        }
    }
}

/// A temporary cause under the verdict gets the line that the sending
/// server stopped retrying. A reply that names its cause gets a note that
/// quotes the verdict's own codes, not the last reply's, and a vague one
/// leaves the card to the expiry entry.
#[test]
fn bracketed_temporary_reply_gave_up() {
    for (reply, names_cause) in [
        ("450 4.7.1 Client host rejected: cannot find your reverse hostname, [198.51.100.4]", true),
        (
            "451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry",
            true,
        ),
        ("421 4.4.2 Connection dropped due to SocketError", true),
        ("452 Mailbox full", true),
        ("421 4.4.0 Unable to connect to remote host", false),
    ] {
        for text in bracketed_expiry_lines(reply) {
            let card = only(&text);
            assert_gave_up(&card);
            let notes: Vec<&str> = card.notes.iter().map(|n| n.message.as_str()).collect();
            let verdict_note = notes.iter().any(|n| n.contains("expired (554 4.4.7)"));
            assert_eq!(verdict_note, names_cause, "{text}: {notes:?}");
            let expiry_entry = card.explanation.entry == "reason/expired";
            assert_eq!(expiry_entry, !names_cause, "{text}: {}", card.explanation.entry);
        }
    }
}

const INNER_450_LINE: &str = include_str!("fixtures/expiry_wrappers/m365-inner-450-line.txt");
const INNER_451_LINE: &str = include_str!("fixtures/expiry_wrappers/m365-inner-451-line.txt");
const CAUSED_BY: &str = include_str!("fixtures/expiry_wrappers/m365-caused-by.txt");
const EXPIRED_NDR: &str = include_str!("fixtures/connection_drops/m365-expired-socketerror.txt");

#[test]
fn pasted_expiry_lines_gave_up() {
    for (text, entry) in [
        (INNER_450_LINE, "reason/requireptr"),
        (INNER_451_LINE, "reason/networkerror"),
        (CAUSED_BY, "status/X.4.2"),
        (EXPIRED_NDR, "status/X.4.2"),
    ] {
        let card = only(text);
        assert_eq!(card.explanation.entry, entry, "{text}");
        assert_gave_up(&card);
    }
}

/// Exchange Online's verdict with the last reply on a "Caused by:" line
/// below it is one failure, read as the chained `->` form is.
#[test]
fn caused_by_line_one_card() {
    for (reply, who) in LAST_REPLIES {
        let chained = only(&format!("550 5.4.300 Message expired -> {reply}"));
        let text = format!("550 5.4.300 Message expired\nCaused by: {reply}\n");
        let card = only(&text);
        assert!(card.diagnostic.contains(reply), "{text}: {}", card.diagnostic);
        assert_eq!(card.explanation.entry, chained.explanation.entry, "{text}");
        assert_eq!(card.reason, chained.reason, "{text}");
        assert_eq!(card.explanation.who_acts, *who, "{text}");
        assert_eq!(card.sender_ip, chained.sender_ip, "{text}");
        assert!(!card.retrying, "{text}");
    }
}
