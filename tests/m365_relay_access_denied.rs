//! Microsoft 365's "Relay Access Denied" refusals, whose causes Microsoft
//! names as an administrator's connector or domain settings, never the
//! mail program's sign-in. 5.7.64 TenantAttribution means that the
//! inbound connector for the sending organisation's on-premises server no
//! longer matches that server, so the sending organisation's admin acts
//! in every context. 5.4.1 means that Exchange Online does not accept
//! mail for the recipient's domain: the recipient's side acts, unless the
//! refusing host is the sender's own tenant, reached through the sender's
//! Send connector. Documentation addresses only.

use crate::bounces;

use crate::cards::only;
use bounce_explainer::{Actor, Recipient};

const TRAILER: &str = "[DM6NAM12FT012.eop-nam12.prod.protection.outlook.com]";

/// Builds a Postfix bounce to alice@example.org whose remote `host` replied `reply`.
fn postfix_bounce(host: &str, reply: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\n\
         To: alice@example.org\n\
         Subject: Undelivered Mail Returned to Sender\n\
         Auto-Submitted: auto-replied\n\
         Content-Type: text/plain; charset=us-ascii\n\n\
         This is the mail system at host mail.example.org.\n\n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients.\n\n\
         \x20                  The mail system\n\n\
         <bob@example.net>: host {host}[198.51.100.20] said: {reply} (in reply to RCPT TO command)\n"
    )
}

/// Builds a Gmail delivery status notification whose Remote-MTA,
/// example-net.mail.protection.outlook.com, replied `reply`.
fn gmail_dsn(reply: &str) -> String {
    bounces::gmail_dsn("5.0.0", "example-net.mail.protection.outlook.com", reply)
}

/// Builds the text of an Exchange NDR whose diagnostic section quotes `reply`.
fn exchange_ndr(reply: &str) -> String {
    format!(
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>\n\
         To: alice@example.org\n\
         Subject: Undeliverable: Quarterly figures\n\
         Content-Type: text/plain; charset=us-ascii\n\n\
         Delivery has failed to these recipients or groups:\n\n\
         bob@example.net\n\n\
         Diagnostic information for administrators:\n\n\
         Generating server: EX01.corp.example.org\n\n\
         bob@example.net\n\
         Remote Server returned '{reply}'\n"
    )
}

fn assert_no_sign_in_step(card: &Recipient, input: &str) {
    let steps = card.explanation.steps.join(" ");
    assert!(!steps.contains("mail program"), "{input}: {steps}");
    assert!(!steps.contains("password"), "{input}: {steps}");
}

const TENANT_ATTRIBUTION: &[&str] = &[
    "550 5.7.64 TenantAttribution; Relay Access Denied",
    "550 5.7.64 TenantAttribution; Relay Access Denied SMTP",
    "550 5.7.64 Relay Access Denied ATTR36",
];

/// 5.7.64: the sending organisation's admin fixes the inbound connector,
/// bare, in a Postfix bounce, in a Gmail notification and in an Exchange
/// NDR alike.
#[test]
fn tenant_attribution_is_admin() {
    for reply in TENANT_ATTRIBUTION {
        let reply = format!("{reply} {TRAILER}");
        let inputs = [
            reply.clone(),
            postfix_bounce("example-org.mail.protection.outlook.com", &reply),
            postfix_bounce("example-net.mail.protection.outlook.com", &reply),
            gmail_dsn(&reply),
            exchange_ndr(&reply),
        ];
        for input in &inputs {
            let card = only(input);
            let explanation = &card.explanation;
            assert_eq!(explanation.entry, "microsoft/tenant-attribution", "{input}: {card:#?}");
            assert_eq!(explanation.who_acts, Actor::Admin, "{input}");
            assert!(card.permanent, "{input}");
            assert!(!card.retrying, "{input}");
            assert!(explanation.steps.join(" ").contains("inbound connector"), "{input}");
            assert_no_sign_in_step(&card, input);
        }
    }
}

/// 5.4.1 pasted alone or reported from the recipient domain's Microsoft
/// 365 host: the recipient's domain is not set up there, so the
/// recipient's admin acts. The steps still name the sender's own
/// connector as the other cause.
#[test]
fn relay_denied_is_recipient_side() {
    let reply = format!("550 5.4.1 Relay Access Denied {TRAILER}");
    let inputs = [
        reply.clone(),
        "#550 5.4.1 Relay Access Denied ##".to_string(),
        gmail_dsn(&reply),
        postfix_bounce("example-net.mail.protection.outlook.com", &reply),
        exchange_ndr(&reply),
    ];
    for input in &inputs {
        let card = only(input);
        let explanation = &card.explanation;
        assert_eq!(explanation.entry, "microsoft/relay-denied", "{input}: {card:#?}");
        assert_eq!(explanation.who_acts, Actor::Recipient, "{input}");
        assert!(!card.retrying, "{input}");
        let steps = explanation.steps.join(" ");
        assert!(steps.contains("accepted domain"), "{input}: {steps}");
        assert!(steps.contains("MX record"), "{input}: {steps}");
        assert!(steps.contains("Send connector"), "{input}: {steps}");
        assert_no_sign_in_step(&card, input);
    }
}

/// 5.4.1 from the sender's own tenant host (`example-org` for
/// alice@example.org): the sender's on-premises server relays through
/// Microsoft 365 without a working connector, which their admin fixes.
#[test]
fn relay_denied_at_own_tenant() {
    let reply = format!("550 5.4.1 Relay Access Denied {TRAILER}");
    for host in
        ["example-org.mail.protection.outlook.com", "EXAMPLE-ORG.mail.protection.outlook.com."]
    {
        let input = postfix_bounce(host, &reply);
        let card = only(&input);
        let explanation = &card.explanation;
        assert_eq!(explanation.entry, "microsoft/relay-denied-own-connector", "{input}");
        assert_eq!(explanation.who_acts, Actor::Admin, "{input}");
        assert!(!card.retrying, "{input}");
        let steps = explanation.steps.join(" ");
        assert!(steps.contains("Send connector"), "{steps}");
        assert!(steps.contains("inbound connector"), "{steps}");
        assert_no_sign_in_step(&card, &input);
    }
}

/// Other 5.4.1 replies keep their own cards: Directory-Based Edge
/// Blocking's unknown recipient is not a relay refusal.
#[test]
fn other_541_replies_unchanged() {
    let card = only("550 5.4.1 Recipient address rejected: Access denied. AS(201806281)");
    assert_ne!(card.explanation.entry, "microsoft/relay-denied", "{card:#?}");
    assert_eq!(card.reason, bounce_explainer::Reason::UserUnknown, "{card:#?}");
}

/// Exchange's bare "Unable to relay" and qmail's rcpthosts refusal are
/// what a mail program shows when it sends without signing in, so they
/// keep the sender's own fix.
#[test]
fn unable_to_relay_keeps_sender_fix() {
    for reply in [
        "550 5.7.1 Unable to relay for bob@example.net",
        "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    ] {
        let card = only(reply);
        assert_eq!(card.explanation.who_acts, Actor::You, "{reply}: {card:#?}");
    }
}
