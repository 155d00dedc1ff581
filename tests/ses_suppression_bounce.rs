//! Amazon SES's bounce for an address on a suppression list, read from a
//! bounce email or a reply line as from its JSON event. SES did not send
//! the message, so the address may exist and the fix is in the SES
//! account, not a typo check. Wordings are SES's own: the account-level
//! list ("Amazon SES did not send the message to this address because it
//! is on the suppression list for your account") and the global one
//! ("Amazon SES has suppressed sending to this address because it has a
//! recent history of bouncing as an invalid address"), both under 5.1.1.
//! Documentation addresses only.

use crate::cards::only;
use bounce_explainer::{Reason, Recipient};

const ACCOUNT_LIST: &str = "Amazon SES did not send the message to this address because it is \
    on the suppression list for your account. For more information about removing addresses \
    from the suppression list, see the Amazon SES Developer Guide at \
    https://docs.aws.amazon.com/ses/latest/DeveloperGuide/sending-email-suppression-list.html";

const GLOBAL_LIST: &str = "Amazon SES has suppressed sending to this address because it has a \
    recent history of bouncing as an invalid address. For more information about how to remove \
    an address from the suppression list, see the Amazon SES Developer Guide: \
    http://docs.aws.amazon.com/ses/latest/DeveloperGuide/remove-from-suppressionlist.html";

/// Builds SES's bounce email, whose DSN names only the reporting MTA.
fn ses_bounce_email(diagnostic: &str) -> String {
    format!(
        "From: MAILER-DAEMON@amazonses.com\n\
         To: alice@example.com\n\
         Subject: Delivery Status Notification (Failure)\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n\
         --b1\n\
         Content-Type: text/plain; charset=UTF-8\n\n\
         An error occurred while trying to deliver the mail to the following recipients:\n\
         bob@example.net\n\n\
         --b1\n\
         Content-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; a8-12.smtp-out.amazonses.com\n\n\
         Final-Recipient: rfc822; bob@example.net\n\
         Action: failed\n\
         Status: 5.1.1\n\
         Diagnostic-Code: smtp; 550 5.1.1 {diagnostic}\n\n\
         --b1--\n"
    )
}

/// Builds SES's bounce notification in JSON, sub-type `sub_type`.
fn ses_event(sub_type: &str, diagnostic: &str) -> String {
    format!(
        r#"{{"notificationType":"Bounce","bounce":{{"bounceType":"Permanent","bounceSubType":"{sub_type}","bouncedRecipients":[{{"emailAddress":"bob@example.net","action":"failed","status":"5.1.1","diagnosticCode":"{diagnostic}"}}],"timestamp":"2026-12-05T17:00:00.000Z","reportingMTA":"dns; amazonses.com"}}}}"#
    )
}

/// Checks a suppressed card: no unknown-address reading, no typo advice.
fn assert_suppressed(card: &Recipient, input: &str) {
    assert_eq!(card.reason, Reason::Suppressed, "{input}: {card:#?}");
    assert!(!card.hard, "{input}: the address may exist");
    let what = &card.explanation.what;
    assert!(what.contains("suppression list"), "{input}: {what}");
    let steps = card.explanation.steps.join(" ");
    assert!(!steps.contains("typing errors"), "{input}: {steps}");
}

#[test]
fn bounce_email_reads_suppressed() {
    for diagnostic in [ACCOUNT_LIST, GLOBAL_LIST] {
        let email = ses_bounce_email(diagnostic);
        assert_suppressed(&only(&email), &email);
    }
}

#[test]
fn reply_line_reads_suppressed() {
    for diagnostic in [ACCOUNT_LIST, GLOBAL_LIST] {
        let line = format!("550 5.1.1 {diagnostic}");
        assert_suppressed(&only(&line), &line);
    }
}

/// The email and the line give the JSON event's explanation.
#[test]
fn all_forms_agree_with_event() {
    let event = only(&ses_event("OnAccountSuppressionList", ACCOUNT_LIST));
    assert_suppressed(&event, "JSON event");
    let email = only(&ses_bounce_email(ACCOUNT_LIST));
    let line = only(&format!("550 5.1.1 {ACCOUNT_LIST}"));
    for card in [&email, &line] {
        assert_eq!(card.explanation.entry, event.explanation.entry, "{card:#?}");
        assert_eq!(card.explanation.who_acts, event.explanation.who_acts, "{card:#?}");
    }
}
