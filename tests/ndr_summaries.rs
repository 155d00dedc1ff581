//! The part of a Gmail or Microsoft 365 NDR that a mail client shows
//! first, pasted without the receiver's reply below it. Its sentence is
//! the only cause stated, so it decides the reason. With a reply code,
//! the reply decides instead, because Gmail writes the same sentence over
//! other refusals.

use bounce_explainer::report::Actor;
use bounce_explainer::{explain, Reason};

/// Returns the report's only recipient after checking its address.
fn only_recipient(text: &str, address: &str) -> bounce_explainer::report::Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    let recipient = report.recipients[0].clone();
    assert_eq!(recipient.recipient.as_deref(), Some(address));
    recipient
}

fn assert_user_unknown(text: &str, address: &str) {
    let recipient = only_recipient(text, address);
    assert_eq!(recipient.reason, Reason::UserUnknown, "{text}");
    assert!(recipient.hard, "{text}");
    assert_eq!(recipient.explanation.who_acts, Actor::You, "{text}");
}

#[test]
fn gmail_top_unable_to_receive() {
    let text = "** Address not found **\n\n\
        Your message wasn't delivered to alice@example.com because the address couldn't be found, \
        or is unable to receive mail.\n\n\
        Learn more here: https://support.google.com/mail/?p=NoSuchUser\n";
    assert_user_unknown(text, "alice@example.com");
}

#[test]
fn gmail_top_check_for_typos() {
    let text = "** Address not found **\n\n\
        Your message wasn’t delivered to alice@example.com because the address couldn’t be found. \
        Check for typos or unnecessary spaces and try again.\n";
    assert_user_unknown(text, "alice@example.com");
}

#[test]
fn gmail_top_domain_not_found() {
    let text = "** Address not found **\n\n\
        Your message wasn't delivered to alice@example.org because the domain example.org couldn't be \
        found. Check for typos or unnecessary spaces and try again.\n";
    let recipient = only_recipient(text, "alice@example.org");
    assert_eq!(recipient.reason, Reason::HostUnknown);
    assert_eq!(recipient.explanation.who_acts, Actor::You);
}

#[test]
fn microsoft_top_wasnt_found_at() {
    let text = "Your message to carol@example.net couldn't be delivered.\n\
        carol wasn't found at example.net.\n\n\
        dave                Office 365                carol\n\
        Action Required                                Recipient\n\n\
        Unknown To address\n";
    assert_user_unknown(text, "carol@example.net");
}

#[test]
fn microsoft_top_two_lines() {
    let text = "Your message to carol.smith@example.net couldn’t be delivered.\n\
        carol.smith wasn’t found at example.net.\n";
    assert_user_unknown(text, "carol.smith@example.net");
}

#[test]
fn microsoft_destination_domain_wording() {
    let text = "carol@example.net\n\
        Your message couldn't be delivered. The address you sent your message to wasn't found at the \
        destination domain. It might be misspelled or it might not exist.\n";
    assert_user_unknown(text, "carol@example.net");
}

#[test]
fn gmail_sentence_yields_to_reply() {
    // Gmail put this sentence over a refusal of the envelope sender.
    let text = "** Address not found **\n\n\
        Your message wasn't delivered to alice@example.com because the address couldn't be found, \
        or is unable to receive mail.\n\n\
        The response from the remote server was:\n\
        501 5.1.8 Sender address rejected\n";
    let recipient = only_recipient(text, "alice@example.com");
    assert_eq!(recipient.reason, Reason::Rejected);
}

#[test]
fn gmail_sentence_yields_to_block() {
    let text = "** Message blocked **\n\n\
        Your message wasn't delivered to alice@example.com because the address couldn't be found, \
        or is unable to receive mail.\n\n\
        The response from the remote server was:\n\
        554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org\n";
    let recipient = only_recipient(text, "alice@example.com");
    assert_eq!(recipient.reason, Reason::Blocked);
}

#[test]
fn microsoft_html_ndr_second_sentence() {
    // The HTML part splits the summary across paragraphs, so only the
    // second sentence reaches the diagnostic.
    let text = "From: postmaster@outlook.com\r\n\
        To: dave@example.com\r\n\
        Subject: Undeliverable: Minutes\r\n\
        Content-Type: text/html; charset=utf-8\r\n\r\n\
        <p>Your message to <a href=\"mailto:carol&#64;example.net\">Carol</a> couldn't be delivered.</p>\
        <p>carol@example.net wasn't found at example.net.</p>\r\n";
    assert_user_unknown(text, "carol@example.net");
}

#[test]
fn exchange_french_top() {
    let text = "Échec de la remise pour ces destinataires ou groupes :\n\n\
        dave@example.org\n\
        L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de \
        messagerie du destinataire et essayez de renvoyer le message.\n";
    assert_user_unknown(text, "dave@example.org");
}
