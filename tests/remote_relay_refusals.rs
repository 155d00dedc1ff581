//! Relay and sign-in refusals that a bounce reports from another server.
//! A bounce shows that the sender's own server accepted the message and
//! passed it on, so the mail program's settings did not cause them. A
//! relay refusal then comes from a server that the recipient's domain
//! sends its mail to but that does not accept mail for it, unless the
//! refusing server is the sender's own relay (smarthost). Pasted alone, the
//! same replies keep the sender's fix (see relay_denied_refusals.rs).

use crate::bounces;

use crate::cards::only;
use bounce_explainer::{Actor, Recipient};

/// A Postfix bounce to `sender` whose remote `host` said `reply`.
fn postfix_bounce(sender: &str, host: &str, reply: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\n\
         To: {sender}\n\
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

/// An Exim bounce whose remote server mx.example.net said `reply`.
fn exim_bounce(reply: &str) -> String {
    format!(
        "From: Mail Delivery System <Mailer-Daemon@mail.example.org>\n\
         To: alice@example.org\n\
         Subject: Mail delivery failed: returning message to sender\n\
         Auto-Submitted: auto-replied\n\
         Content-Type: text/plain\n\n\
         This message was created automatically by mail delivery software.\n\n\
         A message that you sent could not be delivered to one or more of its\n\
         recipients. This is a permanent error. The following address(es) failed:\n\n\
         \x20 bob@example.net\n\
         \x20   host mx.example.net [198.51.100.20]\n\
         \x20   SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n\
         \x20   {reply}\n"
    )
}

/// Builds a Gmail delivery status notification whose Remote-MTA,
/// mx.example.net, replied `reply`.
fn gmail_dsn(reply: &str) -> String {
    bounces::gmail_dsn("5.7.1", "mx.example.net", reply)
}

const RELAY_REPLIES: &[&str] = &[
    "554 5.7.1 <bob@example.net>: Relay access denied",
    "550 relay not permitted",
    "550 5.7.1 Unable to relay",
];

/// Asserts that the card sends the fix to the recipient's side.
fn assert_recipient_side(card: &Recipient, input: &str) {
    let explanation = &card.explanation;
    assert_eq!(explanation.who_acts, Actor::Recipient, "{input}: {card:#?}");
    let steps = explanation.steps.join(" ");
    assert!(!steps.contains("your mail program"), "{input}: {steps}");
    assert!(steps.contains("recipient"), "{input}: {steps}");
    assert!(explanation.why.contains("accepted"), "{input}: {}", explanation.why);
    assert!(!card.retrying, "{input}");
}

#[test]
fn relay_in_bounces_is_recipient_side() {
    for reply in RELAY_REPLIES {
        let inputs = [
            postfix_bounce("alice@example.org", "mx.example.net", reply),
            exim_bounce(reply),
            gmail_dsn(reply),
        ];
        for input in &inputs {
            let card = only(input);
            assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{input}");
            assert_recipient_side(&card, input);
        }
    }
}

/// A Postfix bounce's failure line pasted without the email's headers is
/// still the sending server's report on another server's reply.
#[test]
fn relay_in_pasted_bounce_line() {
    let line = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.1 \
                <bob@example.net>: Relay access denied (in reply to RCPT TO command)";
    assert_recipient_side(&only(line), line);
}

/// A recipient's domain hosted at a provider has its MX in another
/// domain. A refusing host in neither the recipient's nor the sender's
/// domain is still taken as the recipient's MX, and the steps name the
/// sender's own relay as the other possibility.
#[test]
fn relay_at_hosted_mx() {
    let input = postfix_bounce(
        "alice@example.org",
        "mx1.mailhost.example.com",
        "554 5.7.1 <bob@example.net>: Relay access denied",
    );
    let card = only(&input);
    assert_recipient_side(&card, &input);
    let steps = card.explanation.steps.join(" ");
    assert!(steps.contains("your own organisation's relay"), "{steps}");
}

/// The refusing host is in the sender's own domain: it is the sender's
/// relay (smarthost), so the sender's administrator sets it up.
#[test]
fn relay_at_own_smarthost() {
    for reply in RELAY_REPLIES {
        let input = postfix_bounce("alice@example.org", "relay.example.org", reply);
        let card = only(&input);
        let explanation = &card.explanation;
        assert_eq!(explanation.who_acts, Actor::Admin, "{input}: {card:#?}");
        let steps = explanation.steps.join(" ");
        assert!(!steps.contains("your mail program"), "{steps}");
        assert!(steps.contains("relay"), "{steps}");
    }
}

/// RFC 4954's 530 from a remote server in a bounce: the recipient's MX
/// requests a sign-in that no sending server can give it, or the sender's
/// relay requires the sending server to sign in.
#[test]
fn auth_required_in_bounces() {
    let reply = "530 5.7.0 Authentication required";
    let at_mx = postfix_bounce("alice@example.org", "mx.example.net", reply);
    let card = only(&at_mx);
    assert_eq!(card.explanation.who_acts, Actor::Recipient, "{card:#?}");
    assert!(!card.explanation.what.contains("yours sent"), "{}", card.explanation.what);
    let at_relay = postfix_bounce("alice@example.org", "relay.example.org", reply);
    let card = only(&at_relay);
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{card:#?}");
    let steps = card.explanation.steps.join(" ");
    assert!(!steps.contains("In the program or device"), "{steps}");
}

/// The bare replies keep the sender's own fix: pasted alone, they are
/// usually the sender's own server refusing the mail program.
#[test]
fn bare_replies_keep_sender_fix() {
    for reply in RELAY_REPLIES.iter().chain(&["530 5.7.0 Authentication required"]) {
        let card = only(reply);
        assert_eq!(card.explanation.who_acts, Actor::You, "{reply}");
    }
}

/// Microsoft 365's 5.7.57 in a Postfix bounce, in reply to MAIL FROM: the
/// sending server relays through Microsoft 365 without signing in, which
/// its administrator sets up. The sender's address is not the cause.
#[test]
fn m365_auth_required_at_relay() {
    let input = "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\n\
                 To: alice@example.org\n\
                 Subject: Undelivered Mail Returned to Sender\n\
                 Content-Type: text/plain; charset=us-ascii\n\n\
                 This is the mail system at host mail.example.org.\n\n\
                 <bob@example.net>: host smtp.office365.com[198.51.100.30] said: 530 5.7.57\n    \
                 Client not authenticated to send mail. [BN1P110CA0052.NAMP110.PROD.OUTLOOK.COM]\n    \
                 (in reply to MAIL FROM command)\n";
    let card = only(input);
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{card:#?}");
    assert_eq!(card.explanation.entry, "remote-relay/own-relay-auth", "{card:#?}");
}

/// Postfix could not sign in to its relay host: the relay rejected the
/// credentials the sending server holds for it, which its administrator
/// renews.
#[test]
fn relay_sign_in_failed() {
    let input = "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\n\
                 To: alice@example.org\n\
                 Subject: Undelivered Mail Returned to Sender\n\
                 Content-Type: text/plain; charset=us-ascii\n\n\
                 This is the mail system at host mail.example.org.\n\n\
                 <bob@example.net>: SASL authentication failed; server\n    \
                 smtp.sendgrid.net[198.51.100.61] said: 535 Authentication failed: Bad\n    \
                 username / password\n";
    let card = only(input);
    assert_eq!(card.reason, bounce_explainer::Reason::SecurityError, "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{card:#?}");
    assert_eq!(card.explanation.entry, "remote-relay/own-relay-sign-in", "{card:#?}");
}

/// A bounce written after a forward goes to the forwarder's SRS address
/// (`SRS0=hash=time=example.org=alice@fwd.example.com`), whose domain is
/// the forwarder's, not the sender's. A relay in example.com is then the
/// forwarder's relay, which the sender's administrator cannot fix.
#[test]
fn relay_at_srs_forwarder_relay() {
    for reply in RELAY_REPLIES {
        let input = postfix_bounce(
            "SRS0=HHH=TT=example.org=alice@fwd.example.com",
            "relay.fwd.example.com",
            reply,
        );
        let card = only(&input);
        assert_eq!(card.explanation.entry, "remote-relay/recipient-mx", "{input}: {card:#?}");
        assert_recipient_side(&card, &input);
    }
}

/// The same SRS address decoded names the sender's own domain, so a relay
/// in example.org is still the sender's relay.
#[test]
fn relay_at_own_smarthost_srs() {
    for reply in RELAY_REPLIES {
        let input = postfix_bounce(
            "SRS1=HHH=fwd.example.net==HHH=TT=example.org=alice@fwd2.example.net",
            "relay.example.org",
            reply,
        );
        let card = only(&input);
        assert_eq!(card.explanation.entry, "remote-relay/own-relay", "{input}: {card:#?}");
        assert_eq!(card.explanation.who_acts, Actor::Admin, "{input}: {card:#?}");
    }
}
