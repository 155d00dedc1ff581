//! A delay notice's card states once in its notes that the message has
//! not failed and is still queued. The note on a sending server's own
//! delay code over the remote reply already states it, so a second note
//! would only repeat it. Documentation addresses only.

use crate::delay_fixtures;

use bounce_explainer::Recipient;
use delay_fixtures::{only_card, postfix_delay};

/// Builds an Exchange Online delay notice whose wrapper codes 400 4.4.7 sit over
/// the remote server's own `reply`.
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
         Diagnostic information for administrators:\n\n\
         Generating server: AM0PR02MB5678.eurprd02.prod.outlook.com\n\
         Receiving server: mx1.example.net (198.51.100.25)\n\n\
         ann@example.net\n\
         Remote Server at mx1.example.net (198.51.100.25) returned '400 4.4.7 Message delayed'\n\
         12/5/2026 3:10:00 PM - Remote Server at mx1.example.net (198.51.100.25) returned '{reply}'\n"
    )
}

/// Counts the card's notes that state the message is still queued or has
/// not failed yet.
fn queued_statements(card: &Recipient) -> usize {
    card.notes
        .iter()
        .map(|n| n.message.to_ascii_lowercase())
        .filter(|m| {
            m.contains("still queued") || m.contains("not failed yet") || m.contains("still trying")
        })
        .count()
}

#[test]
fn exchange_delay_states_queue_once() {
    for reply in [
        "451 4.7.1 Client host [203.0.113.30] temporarily blocked due to spam complaints",
        "452 4.2.2 The email account that you tried to reach is over quota",
        "421 4.4.2 Connection timed out",
    ] {
        let card = only_card(&exchange_delay(reply));
        assert!(card.retrying, "{reply}");
        assert_eq!(queued_statements(&card), 1, "{reply}: {:#?}", card.notes);
    }
}

#[test]
fn postfix_delay_states_queue_once() {
    for (status, reply) in [
        ("4.7.1", "450 4.7.1 Greylisted, please try again later"),
        ("4.4.7", "451 4.3.0 Temporary lookup failure"),
        ("4.2.2", "452 4.2.2 Mailbox full"),
    ] {
        let card = only_card(&postfix_delay(status, reply));
        assert!(card.retrying, "{reply}");
        assert_eq!(queued_statements(&card), 1, "{reply}: {:#?}", card.notes);
    }
}
