//! Outlook's send error names its task after the account that sends:
//! "Task 'alice@example.org - Sending' reported error (0x800CCC78) :
//! '... The server responded: 554 ...'". That account is the user's own
//! address, the sender. The failed recipient, if any, is the one the
//! server's reply names.

use crate::cards::only;
use bounce_explainer::Reason;

#[test]
fn task_account_not_recipient() {
    let line = "Task 'sender@example.org - Sending' reported error (0x800CCC78) : 'Cannot send \
                the message. Verify the email address in your account properties. The server \
                responded: 554 5.7.1 <jane@example.com>: Relay access denied'";
    let card = only(line);
    assert_eq!(card.recipient.as_deref(), Some("jane@example.com"), "{card:#?}");
    assert_eq!(card.reason, Reason::NoRelaying);
}

#[test]
fn task_account_alone_unnamed() {
    let line = "Task 'sender@example.org - Sending' reported error (0x800CCC78) : 'Cannot send \
                the message. Verify the email address in your account properties. The server \
                responded: 550 5.7.60 SMTP; Client does not have permissions to send as this \
                sender'";
    let card = only(line);
    assert_eq!(card.recipient, None, "{card:#?}");
}

#[test]
fn task_in_send_receive_group() {
    // Outlook's Send/Receive progress names the same task for an account
    // that sends and receives.
    let line = "Task 'alice@example.org - Sending and Receiving' reported error (0x800CCC78) : \
                'The server responded: 550 5.1.1 <bob@example.net>: Recipient address \
                rejected: User unknown'";
    let card = only(line);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{card:#?}");
}
