//! Block lists that a Microsoft 365 organisation keeps for itself, as
//! Microsoft's Exchange Online NDR reference lists them. The recipient's
//! organisation blocking the sending IP ("blocked by example.net using
//! Customer Block list", 5.7.513, or 5.7.507 "rejected by recipient") is
//! lifted only by the recipient's mail administrator, never by a
//! Microsoft delisting. The sender's own organisation blocking the
//! recipient (5.7.703) is lifted by the sender's administrator.
//! Documentation addresses only.

use crate::cards;

use bounce_explainer::{Actor, Reason, Recipient};
use cards::{card, only};

/// Wraps `reply` in Postfix's bounce line from `host`.
fn postfix_line(host: &str, reply: &str) -> String {
    format!(
        "<bob@example.net>: host {host}[198.51.100.40] said: {reply} (in reply to RCPT TO \
         command)"
    )
}

/// Checks that the card sends the reader to the recipient's mail
/// administrator and to no delisting of Microsoft's.
fn assert_recipient_admin_acts(r: &Recipient, input: &str) {
    assert_eq!(r.explanation.entry, "microsoft/customer-block", "{input}: {r:#?}");
    assert_eq!(r.reason, Reason::Blocked, "{input}");
    assert_eq!(r.explanation.who_acts, Actor::Recipient, "{input}");
    assert!(r.permanent, "{input}");
    assert!(r.links.is_empty(), "{input}: {:#?}", r.links);
    assert!(r.blocklists.is_empty(), "{input}: {:?}", r.blocklists);
    let steps = r.explanation.steps.join(" ").to_lowercase();
    assert!(steps.contains("recipient's mail administrator"), "{steps}");
    assert!(!steps.contains("delist"), "{steps}");
    assert!(!steps.contains("your mail administrator"), "{steps}");
}

#[test]
fn customer_block_list_names_recipient_admin() {
    let replies = [
        "550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked by example.net \
         using Customer Block list (AS16012607)",
        "550 5.7.513 Service unavailable, Client host [203.0.113.5] blocked by example.net \
         using Customer Block list (AS16012607)",
        "550 5.7.1 Service unavailable, Customer Block list is blocking your IP 203.0.113.5",
    ];
    for reply in replies {
        for text in [
            reply.to_string(),
            postfix_line("example-net.mail.protection.outlook.com", reply),
            postfix_line("mx.example.net", reply),
        ] {
            let r = only(&text);
            assert_recipient_admin_acts(&r, &text);
            assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"), "{text}");
        }
    }
}

#[test]
fn rejected_by_recipient_names_recipient_admin() {
    let reply = "550 5.7.507 Access denied, rejected by recipient";
    for text in [reply.to_string(), postfix_line("mx.example.net", reply)] {
        assert_recipient_admin_acts(&only(&text), &text);
    }
}

#[test]
fn own_tenant_block_names_sender_admin() {
    let replies = [
        "550 5.7.703 Your message can't be delivered because messages to bob@example.net are \
         blocked by your organization using Tenant Allow Block List.",
        "550 5.7.703 Your message can't be delivered because one or more recipients are \
         blocked by your organization's tenant recipient block policy.",
    ];
    for reply in replies {
        let r = only(reply);
        assert_eq!(r.explanation.entry, "microsoft/own-tenant-block", "{reply}: {r:#?}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{reply}");
        assert!(r.permanent, "{reply}");
        assert!(r.links.is_empty(), "{reply}: {:#?}", r.links);
        let shown = card(&r);
        assert!(shown.contains("tenant allow/block list"), "{shown}");
        assert!(!shown.contains("delist"), "{shown}");
    }
}
