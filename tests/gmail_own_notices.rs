//! Gmail's notices about its own refusals, with no reply code: "Message
//! blocked" when Gmail would not send the message, and "Message not
//! delivered" when the receiving server's TLS certificate does not match
//! its name. Documentation addresses only.

use crate::cards;

use bounce_explainer::{Actor, Reason};
use cards::only as only_card;

#[test]
fn outgoing_message_rejected() {
    let notice = "Message blocked\n\
        Your message to bob@example.net has been blocked. See technical details below for more \
        information.\n\
        LEARN MORE\n\
        The response was:\n\
        Message rejected. For more information, go to \
        https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email \
        Senders Guidelines.\n";
    for text in [notice.to_string(), format!("** {} **", notice.replacen('\n', " **\n", 1))] {
        let card = only_card(&text);
        assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{text}");
        assert_eq!(card.explanation.entry, "google/outgoing-rejected", "{text}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{text}");
        assert_eq!(card.action, "failed", "{text}");
    }
}

#[test]
fn unusual_rate_reply_not_outgoing() {
    let reply = "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail. To protect\n\
        421-4.7.28 our users from spam, mail has been temporarily rate limited. For more\n\
        421-4.7.28 information, go to https://support.google.com/mail/?p=UnsolicitedRateLimitError\n\
        421 4.7.28 to review our Bulk Email Senders Guidelines. - gsmtp\n";
    let card = only_card(reply);
    assert_ne!(card.explanation.entry, "google/outgoing-rejected");
    assert_eq!(card.explanation.who_acts, Actor::Wait);
}

#[test]
fn certificate_mismatch_for_domain() {
    let domain_only = "Message not delivered\n\
        Your message couldn't be delivered to example.net because the remote server is \
        misconfigured. See technical details below for more information.\n\
        The response was:\n\
        TLS Negotiation failed, the certificate doesn't match the host.\n";
    let card = only_card(domain_only);
    assert_eq!(card.recipient, None);
    assert_eq!(card.reason, Reason::SecurityError);
    assert_eq!(card.explanation.entry, "tls/receiver-certificate-mismatch");
    assert_eq!(card.explanation.who_acts, Actor::Recipient);
    assert!(card.permanent);
    let named = card.notes.iter().any(|n| n.message.contains("\"example.net\""));
    assert!(named, "{:#?}", card.notes);

    let with_address = domain_only.replace("to example.net", "to bob@example.net");
    let card = only_card(&with_address);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(card.explanation.entry, "tls/receiver-certificate-mismatch");
    assert_eq!(card.explanation.who_acts, Actor::Recipient);
}

#[test]
fn send_mail_as_certificate_is_yours() {
    let text = "Message not delivered\n\
        You're sending this from a different address or alias using the 'Send mail as' feature. \
        The settings for your 'Send mail as' account are misconfigured or out of date. Check \
        those settings and try resending.\n\
        The response was:\n\
        TLS Negotiation failed, the certificate doesn't match the host.\n";
    let card = only_card(text);
    assert_eq!(card.explanation.entry, "google/send-mail-as");
    assert_eq!(card.explanation.who_acts, Actor::You);
}
