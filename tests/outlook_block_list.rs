//! Outlook.com's refusal "Please contact your Internet service provider
//! since part of their network is on our block list (S3150)". Real bounces
//! carry several codes in that sentence: S3140, S3150, AS3140 or AS3150
//! after it, or SC-001 before it and none after. All mean that the
//! sending IP or its range is on Microsoft's own block list, lifted
//! through the Outlook.com sender support form. So the sentence, not one
//! code, picks the explanation. Documentation addresses only.

use crate::cards::only;
use bounce_explainer::{Actor, Recipient};

const SUPPORT_FORM: &str = "https://support.microsoft.com/supportrequestform/";

/// Builds the reply with `code` in brackets after the sentence, as
/// Outlook.com writes it.
fn block_list_reply(code: &str) -> String {
    format!(
        "550 5.7.1 Unfortunately, messages from [192.0.2.63] weren't sent. Please contact your \
         Internet service provider since part of their network is on our block list ({code}). \
         You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. \
         [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2026-12-05T17:00:00.000Z 08DE1234ABCD5678]"
    )
}

/// Wraps `reply` in Postfix's bounce line for an Outlook.com MX.
fn postfix_line(reply: &str) -> String {
    format!(
        "<bob@hotmail.com>: host hotmail-com.olc.protection.outlook.com[198.51.100.20] said: \
         {reply} (in reply to MAIL FROM command)"
    )
}

/// Checks the card of an Outlook.com network block.
fn assert_network_blocked(card: &Recipient, input: &str) {
    assert_eq!(card.explanation.entry, "microsoft/network-blocked", "{input}: {card:#?}");
    assert_eq!(card.provider.as_deref(), Some("microsoft"), "{input}");
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{input}");
    assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.63"), "{input}");
    let support = card.links.iter().any(|link| link.url.starts_with(SUPPORT_FORM));
    assert!(support, "{input}: {:#?}", card.links);
}

#[test]
fn every_code_reads_network_blocked() {
    for code in ["S3113", "S3114", "S3115", "AS3113", "S3140", "S3150", "AS3150"] {
        let reply = block_list_reply(code);
        let card = only(&reply);
        assert_network_blocked(&card, &reply);
        assert_eq!(card.code.as_deref(), Some(code), "{reply}");

        let line = postfix_line(&reply);
        let card = only(&line);
        assert_network_blocked(&card, &line);
        assert_eq!(card.code.as_deref(), Some(code), "{line}");
    }
}

/// The older form puts SC-001 before the sentence and no code after it.
#[test]
fn sentence_without_code_reads_network_blocked() {
    let reply = "550 SC-001 (BAY004-MC2F37) Unfortunately, messages from 192.0.2.63 weren't sent. \
                 Please contact your Internet service provider since part of their network is on \
                 our block list. You can also refer your provider to \
                 http://mail.live.com/mail/troubleshooting.aspx#errors.";
    let line = format!(
        "<bob@hotmail.com>: host mx4.hotmail.com[198.51.100.20] said: {reply} (in reply to MAIL \
         FROM command)"
    );
    let card = only(&line);
    assert_network_blocked(&card, &line);
    assert_eq!(card.code.as_deref(), Some("SC-001"), "{line}");

    let uncoded = block_list_reply("x").replace(" (x)", "");
    let card = only(&uncoded);
    assert_network_blocked(&card, &uncoded);
}
