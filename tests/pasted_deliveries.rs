//! Pasted report text that lists a delivered recipient among failures: the
//! report's sentence that mail "could not be delivered" concerns the
//! others, so the recipient whose own line carries a success reply stays
//! delivered.

use bounce_explainer::explain;

/// A Postfix delay warning for bob, then a success line for dora.
const WARNING_AND_DELIVERY: &str = "\
This is the mail system at host mail.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<bob@example.net>: connect to mx.example.net[198.51.100.20]:25: Connection
    timed out

<dora@example.com>: delivery via mx.example.com[198.51.100.40]:25: 250 2.0.0 Ok: queued as 999
";

/// A Postfix bounce for carol.
const BOUNCE: &str = "\
This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<carol@example.org>: host mx.example.org[198.51.100.30] said: 550 5.1.1
    <carol@example.org>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)
";

/// Dora's success line as a Postfix report wraps it.
const DELIVERY: &str = "\
<dora@example.com>: delivery via mx.example.com[198.51.100.40]:25: 250 2.0.0
    Ok: queued as 999
";

fn action_of(text: &str, address: &str) -> (String, String) {
    let report = explain(text);
    let recipient = report
        .recipients
        .iter()
        .find(|r| r.recipient.as_deref() == Some(address))
        .unwrap_or_else(|| panic!("{address} not found in {:#?}", report.recipients));
    (recipient.action.clone(), recipient.reason.name().to_string())
}

#[test]
fn delivered_line_between_warning_and_bounce() {
    let text = format!("{WARNING_AND_DELIVERY}\n{BOUNCE}");
    let (action, reason) = action_of(&text, "dora@example.com");
    assert_eq!(action, "delivered");
    assert_eq!(reason, "delivered");
    assert_eq!(action_of(&text, "bob@example.net").0, "delayed");
    assert_eq!(action_of(&text, "carol@example.org").0, "failed");
}

#[test]
fn delivered_line_inside_bounce() {
    let text = format!("{BOUNCE}\n{DELIVERY}");
    let (action, reason) = action_of(&text, "dora@example.com");
    assert_eq!(action, "delivered");
    assert_eq!(reason, "delivered");
    let (action, reason) = action_of(&text, "carol@example.org");
    assert_eq!(action, "failed");
    assert_eq!(reason, "userunknown");
}

#[test]
fn summary_counts_pasted_delivery() {
    let summary = explain(&format!("{BOUNCE}\n{DELIVERY}")).summary;
    assert!(summary.contains("1 was delivered"), "{summary}");
}
