//! Exchange Online Protection's own IP block list, as older Microsoft 365
//! MX hosts wrote it: "Client host [ip] blocked using Blocklist 1; To
//! request removal from this list please forward this message to
//! delist@messaging.microsoft.com". "Blocklist 1" is no DNSBL zone, so the
//! card must name Microsoft and its delist portal rather than a generic
//! blocklist. Documentation addresses only.

use crate::cards::only;
use bounce_explainer::{Actor, Recipient};

const DELIST_PORTAL: &str = "https://sender.office.com/";

const REPLY: &str = "550 5.7.1 Service unavailable; Client host [192.0.2.101] blocked using \
                     Blocklist 1; To request removal from this list please forward this message \
                     to delist@messaging.microsoft.com (S8001)";

fn assert_eop_block(card: &Recipient, input: &str) {
    assert_eq!(card.explanation.entry, "microsoft/eop-blocklist", "{input}: {card:#?}");
    assert_eq!(card.provider.as_deref(), Some("microsoft"), "{input}");
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{input}");
    assert!(card.permanent, "{input}");
    assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.101"), "{input}");
    let portal = card.links.iter().any(|link| link.url.starts_with(DELIST_PORTAL));
    assert!(portal, "{input}: {:#?}", card.links);
}

#[test]
fn bare_reply_names_delist_portal() {
    assert_eop_block(&only(REPLY), REPLY);
}

#[test]
fn reply_without_code_names_delist_portal() {
    let reply = REPLY.trim_end_matches(" (S8001)");
    assert_eop_block(&only(reply), reply);
}

#[test]
fn exim_bounce_names_delist_portal() {
    let bounce = format!(
        "This message was created automatically by mail delivery software.\n\n\
         A message that you sent could not be delivered to one or more of its\n\
         recipients. This is a permanent error. The following address(es) failed:\n\n  \
         bob@example.net\n    host example-net.mail.protection.outlook.com [198.51.100.170]\n    \
         SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n    {REPLY}\n"
    );
    let card = only(&bounce);
    assert_eop_block(&card, &bounce);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
}
