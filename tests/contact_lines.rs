//! Contact lines under a bounce: a helpdesk address and a telephone
//! number are neither a failed recipient nor a reply code.

use bounce_explainer::{explain, Reason};

fn recipients(text: &str) -> Vec<(Option<String>, Option<String>)> {
    explain(text).recipients.into_iter().map(|r| (r.recipient, r.reply)).collect()
}

const NDR: &str = "Your message could not be delivered to the following recipient:\n\n  \
    bob@example.net\n\n\
    Reason: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n\n";

#[test]
fn helpdesk_phone_not_a_recipient() {
    let footers = [
        "If you believe this is an error, contact the Example Corp helpdesk at\n\
         helpdesk@example.com or call 512-555-0100 (Mon-Fri).\n",
        "If you believe this is an error, contact the Example Corp helpdesk at\n\
         helpdesk@example.com.\n",
        "Questions? Write to helpdesk@example.com, Tel 450-555-0100.\n",
        "Questions? Contact our helpdesk at helpdesk@example.com or +1 503 555 0142.\n",
    ];
    for footer in footers {
        let text = format!("{NDR}{footer}");
        let found = recipients(&text);
        assert_eq!(found.len(), 1, "{text}\n{found:?}");
        assert_eq!(found[0].0.as_deref(), Some("bob@example.net"), "{text}");
        assert_eq!(found[0].1.as_deref(), Some("550"), "{text}");
    }
}

#[test]
fn forward_with_phone_keeps_one_recipient() {
    let text = "Hi, I got this, can you help? My colleague frank@example.com also has this. \
        Call me at 555-0100.\n\n\
        ---------- Forwarded message ---------\n\
        From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\n\
        > Your message wasn't delivered to bob@example.net because the address couldn't be found.\n\
        >\n\
        > The response from the remote server was:\n\
        > 550 5.1.1 The email account that you tried to reach does not exist.\n";
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{:?}", recipients(text));
    let r = &report.recipients[0];
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(r.reason, Reason::UserUnknown);
}
