//! Auto-replies that hold the message or say nobody reads it: a
//! challenge-response filter, a mailing list's moderation hold and a
//! departed person's mailbox. None of these delivered the message to a
//! person, so the card must not say it did, and it names who acts next.
//! Real out-of-office replies stay "not a delivery failure".

use bounce_explainer::{explain, Actor, Reason, Recipient, Report};

/// Wraps a body in the headers an auto-reply from `from` carries.
fn auto_reply(from: &str, subject: &str, body: &str) -> String {
    format!(
        "From: {from}\nTo: alice@example.com\nSubject: {subject}\n\
         Auto-Submitted: auto-replied\nContent-Type: text/plain; charset=utf-8\n\n{body}"
    )
}

fn only(report: &Report) -> &Recipient {
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    &report.recipients[0]
}

/// Checks what every held or unread auto-reply's card must not claim.
fn assert_not_delivered(report: &Report) {
    let card = only(report);
    let text = &card.explanation;
    assert_ne!(card.reason, Reason::Vacation, "{card:#?}");
    assert_eq!(card.action, "failed", "{card:#?}");
    assert_ne!(text.who_acts, Actor::Nobody, "{card:#?}");
    assert!(!text.why.contains("was delivered"), "{}", text.why);
    assert!(!text.steps.iter().any(|s| s.starts_with("Nothing to do")), "{:?}", text.steps);
    assert!(!text.retry.contains("not a delivery failure"), "{}", text.retry);
    assert!(!report.summary.contains("not a delivery failure"), "{}", report.summary);
    assert_eq!(card.sender_ip, None, "{card:#?}");
}

const CHALLENGES: &[&str] = &[
    "I use a challenge-response spam filter. Your message has been held and\n\
     will not be delivered until you confirm you are a person.\n\
     Please reply to this message, keeping the subject line, to release it.\n",
    "Hello,\n\nYour message to bob@example.org is waiting in quarantine.\n\
     To prove that you are human, please click the link below. This is needed only once.\n\
     https://verify.example.net/c/12345\n",
    "My spam protection needs you to verify your email address before your\n\
     message can be delivered. Reply to this email and your message will be released.\n",
];

#[test]
fn challenge_needs_sender_reply() {
    for body in CHALLENGES {
        let report =
            explain(&auto_reply("bob@example.org", "Please verify your email address", body));
        assert_not_delivered(&report);
        let card = only(&report);
        assert_eq!(card.recipient.as_deref(), Some("bob@example.org"));
        assert_eq!(card.explanation.who_acts, Actor::You, "{body}");
        assert_eq!(card.explanation.entry, "auto-reply/challenge", "{body}");
        assert!(!card.hard, "{body}");
        assert!(card.held, "{body}");
        assert!(
            card.explanation.retry.starts_with("Held, not returned"),
            "{}",
            card.explanation.retry
        );
    }
}

/// Challenges in the wording of filters whose templates do not say
/// "challenge" or "human": cPanel BoxTrapper's default verify message,
/// a Spam Arrest-style request form and a French Mailinblack-style hold.
const WORDED_CHALLENGES: &[(&str, &str)] = &[
    (
        "Verification Required: Quarterly figures",
        "The message you sent requires that you verify that you are a real live human \
         being and not a spam source.\n\n\
         To complete this verification, simply reply to this message and leave the \
         subject line intact or click the link below:\n\n\
         https://server1.example.net:2096/bxdverify/pay-bob@example.net-3e1f\n",
    ),
    (
        "Re: Quarterly figures [SpamArrest verification]",
        "Hello,\n\nI apologize for this automatic reply to your email.\n\n\
         To control spam, I now allow incoming messages only from senders I have \
         approved beforehand.\n\n\
         If you would like to be added to my list of approved senders, please fill out \
         the short request form (see link below). Once I approve you, I will receive \
         your original message in my inbox. You do not need to resend your message.\n\n\
         https://www.example.net/verify?id=abc123\n",
    ),
    (
        "Message en attente de validation",
        "Bonjour,\n\nVotre message à bob@example.org a bien été envoyé mais il est en \
         attente de validation.\n\
         Pour qu'il soit délivré, merci de cliquer sur le lien ci-dessous et de vous \
         authentifier :\n\nhttps://verify.example.net/validate?id=abc\n\n\
         Ce message a été généré automatiquement par un logiciel anti-spam.\n",
    ),
    (
        "Authorization request",
        "Your message has been held. To become one of my approved senders, please \
         authorize yourself at the link below.\nhttps://verify.example.net/a/1\n",
    ),
];

#[test]
fn worded_challenge_needs_sender_reply() {
    for (subject, body) in WORDED_CHALLENGES {
        let report = explain(&auto_reply("bob@example.org", subject, body));
        assert_not_delivered(&report);
        let card = only(&report);
        assert_eq!(card.explanation.entry, "auto-reply/challenge", "{subject}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{subject}");
        assert!(card.held, "{subject}");
        assert!(
            card.explanation.retry.starts_with("Held, not returned"),
            "{}",
            card.explanation.retry
        );
    }
}

/// Challenges that ask the sender to verify or confirm without the words
/// above, and say the message waits for it. The first is Spam Arrest's
/// challenge as posted in public; the others are constructed wordings of
/// the same request.
const VERIFY_CHALLENGES: &[&str] = &[
    "I'm protecting myself from receiving junk mail.\n\
     Please click the link below to complete the verification process.\n\
     You have to do this only once.\n\
     https://verify.example.net/a2?abc123\n\
     You are receiving this message in response to your email to bob@example.org, \
     a Spam Arrest customer.\n\
     Spam Arrest requests that senders verify themselves before their email is delivered.\n",
    "Hello,\n\nYour message has been held and will be delivered once you verify.\n\n\
     https://verify.example.net/c?t=12345\n",
    "Hello,\n\nJust this once, click the link below so I can receive your emails. \
     You won't have to do this again.\n\nhttps://verify.example.net/c?t=12345\n",
    "Hello,\n\nTo have your message delivered, please click the link below to confirm \
     you are a real person.\n\nhttps://verify.example.net/c?t=12345\n",
    "Hello,\n\nI use a spam filter that requires senders to confirm their address. \
     Please click the link below and your message will be delivered.\n\n\
     https://verify.example.net/c?t=12345\n",
    "Hello,\n\nYour email has been quarantined pending sender verification. Please \
     verify your email address by clicking the link below.\n\n\
     https://verify.example.net/c?t=12345\n",
    "Your message is waiting for your confirmation. Please confirm your email address \
     at the link below and I will receive it.\nhttps://verify.example.net/c?t=1\n",
];

#[test]
fn verify_request_is_challenge() {
    for body in VERIFY_CHALLENGES {
        let report = explain(&auto_reply("bob@example.org", "Re: Quarterly figures", body));
        assert_not_delivered(&report);
        let card = only(&report);
        assert_eq!(card.recipient.as_deref(), Some("bob@example.org"));
        assert_eq!(card.explanation.entry, "auto-reply/challenge", "{body}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{body}");
        assert!(card.explanation.what.contains("holding your message"), "{body}");
        assert!(card.held, "{body}");
        assert!(
            card.explanation.retry.starts_with("Held, not returned"),
            "{}",
            card.explanation.retry
        );
    }
}

/// Mailman 2.1's hold notice, Mailman 3's, and a shorter one from the
/// list's request address.
const MODERATION: &[(&str, &str, &str)] = &[
    (
        "sales-owner@lists.example.org",
        "Your message to Sales awaits moderator approval",
        "Your mail to 'Sales' with the subject\n\n    Quarterly report\n\n\
         Is being held until the list moderator can review it for approval.\n\n\
         The reason it is being held:\n\n    Post by non-member to a members-only list\n\n\
         Either the message will get posted to the list, or you will receive\n\
         notification of the moderator's decision.\n",
    ),
    (
        "sales-bounces@lists.example.org",
        "Your message to sales@lists.example.org awaits moderator approval",
        "Your mail to 'sales@lists.example.org' with the subject\n\n    Quarterly report\n\n\
         Is being held until the list moderator can review it for approval.\n\n\
         The message is being held because:\n\nThe message is not from a list member\n",
    ),
    (
        "sales-request@lists.example.org",
        "Message held for moderation",
        "Your message to the list sales has been held for moderation.\n\
         A moderator will review it soon.\n",
    ),
];

#[test]
fn moderation_hold_names_list() {
    for (from, subject, body) in MODERATION {
        let report = explain(&auto_reply(from, subject, body));
        assert_not_delivered(&report);
        let card = only(&report);
        assert_eq!(card.recipient.as_deref(), Some("sales@lists.example.org"), "{from}");
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{from}");
        assert_eq!(card.explanation.entry, "auto-reply/moderation", "{from}");
        assert!(!card.hard, "{from}");
        assert!(card.held, "{from}");
        assert!(
            card.explanation.retry.starts_with("Held, not returned"),
            "{}",
            card.explanation.retry
        );
    }
}

const DEPARTED: &[&str] = &[
    "Bob no longer works at Example Org. This mailbox is no longer monitored and\n\
     your message has not been forwarded. Please write to sales@example.org instead.\n",
    "Thank you for your email. Bob Smith has left the company.\n\
     Please contact carol@example.org for all matters.\n",
    "Herr Beispiel ist nicht mehr für die Example GmbH tätig.\n\
     Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich an info@example.org.\n",
    "Ya no trabajo en Example Corp y este buzón ya no se revisa.\n\
     Por favor, contacte con carol@example.org.\n",
    "Bob non lavora più presso Example S.r.l. e questa casella non è più monitorata.\n\
     Scrivere a info@example.org.\n",
    "O Bob já não trabalha na Example Lda. Contacte info@example.org.\n",
    "Bob is niet meer werkzaam bij Example B.V. Mail naar info@example.org.\n",
];

#[test]
fn departed_person_needs_new_address() {
    for body in DEPARTED {
        let report = explain(&auto_reply(
            "Bob Smith <bob@example.org>",
            "Automatic reply: Quarterly report",
            body,
        ));
        assert_not_delivered(&report);
        let card = only(&report);
        assert_eq!(card.recipient.as_deref(), Some("bob@example.org"));
        assert_eq!(card.explanation.who_acts, Actor::You, "{body}");
        assert_eq!(card.explanation.entry, "auto-reply/departed", "{body}");
        assert!(card.permanent, "{body}");
        assert!(!card.held, "{body}");
        assert!(card.explanation.retry.starts_with("Permanent"), "{}", card.explanation.retry);
    }
}

/// Out-of-office replies, including ones that mention forwarding or
/// delivery, are still delivered messages that the person reads later.
const OUT_OF_OFFICE: &[&str] = &[
    "I am out of the office until 14 December with limited access to email.\n\
     For urgent matters please contact carol@example.org.\n\
     If your message could not be delivered, please resend it after 14 December.\n",
    "I am on leave until Monday. Your message will not be forwarded, and I will\n\
     read it when I return.\n",
    "Vielen Dank für Ihre Nachricht. Ich bin bis zum 14.12. nicht im Büro.\n\
     In dringenden Fällen wenden Sie sich bitte an carol@example.de.\n",
    "Estoy fuera de la oficina hasta el 14 de diciembre y responderé a mi regreso.\n",
    "Sono fuori ufficio fino a lunedì. Risponderò al mio rientro.\n",
    // Words of a challenge used for other things: a booking to confirm, an
    // order to verify, a delivery, requests pending until the return.
    "I am out of the office until Monday. Pending requests will be handled when I\n\
     return. To confirm your appointment, please call the front desk.\n",
    "I am away until 14 December. To verify the status of an order or a delivery,\n\
     click the link below. Your message will be delivered to me on my return.\n\
     https://shop.example.org/orders\n",
    "I am on leave until Monday. This inbox will not be monitored during my absence.\n\
     For urgent matters please contact carol@example.org.\n",
    "I am out of the office until Monday. During my absence please use\n\
     carol@example.org for urgent matters.\n",
];

#[test]
fn out_of_office_stays_delivered() {
    for body in OUT_OF_OFFICE {
        let report = explain(&auto_reply(
            "Bob Smith <bob@example.org>",
            "Automatic reply: Quarterly report",
            body,
        ));
        let card = only(&report);
        assert_eq!(card.reason, Reason::Vacation, "{body}");
        assert!(!card.held, "{body}");
        assert_eq!(card.explanation.who_acts, Actor::Nobody, "{body}");
        assert_eq!(card.recipient.as_deref(), Some("bob@example.org"));
    }
}

/// A real 5xx failure keeps its permanent state and is never held.
#[test]
fn rejection_not_held() {
    let report = explain("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown");
    let card = only(&report);
    assert!(card.permanent, "{card:#?}");
    assert!(!card.held, "{card:#?}");
}
