//! Microsoft 365's "530 5.7.57 ... Client was not authenticated to send
//! anonymous mail during MAIL FROM". A mail program that sends through
//! smtp.office365.com without signing in gets it from the submission
//! server, and the sender fixes the program's settings. An NDR whose own
//! text states that the recipient's domain rejects anonymous senders, and
//! that only the recipient's admin can fix it, puts the recipient's side
//! to act. The NDR text
//! follows one quoted on easy365manager.com's "Office 365 NDR error codes"
//! page, with documentation addresses.

use crate::cards;

use bounce_explainer::Actor;
use cards::{card, only};

const NDR: &str = include_str!("fixtures/anonymous_sender/m365-ndr-recipient-admin.txt");

#[test]
fn recipient_admin_ndr_names_recipient() {
    let card_of = only(NDR);
    assert_eq!(card_of.recipient.as_deref(), Some("bob@example.com"), "{card_of:#?}");
    assert_eq!(
        card_of.explanation.entry, "remote-relay/recipient-rejects-anonymous",
        "{card_of:#?}"
    );
    assert_eq!(card_of.explanation.who_acts, Actor::Recipient, "{card_of:#?}");
    let shown = card(&card_of);
    assert!(!shown.contains("app password"), "{shown}");
    assert!(!shown.contains("outgoing (smtp) server"), "{shown}");
    assert!(shown.contains("allowed senders"), "{shown}");
    // Each sentence reads as written, without a source line's indentation.
    assert!(!shown.contains("  "), "{shown}");
}

#[test]
fn bare_submission_reply_stays_sender() {
    // Pasted alone, the reply is the submission server's rejection of a
    // mail program that did not sign in.
    let card_of = only(
        "530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during \
         MAIL FROM [AM6PR0732BE0065.eurprd07.prod.outlook.com]\n",
    );
    assert_eq!(card_of.explanation.entry, "wording/auth-required", "{card_of:#?}");
    assert_eq!(card_of.explanation.who_acts, Actor::You, "{card_of:#?}");
}
