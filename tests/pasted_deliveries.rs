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

/// Postfix's trace records of local deliveries, as a report that also
/// lists failures quotes them: `<rcpt>: delivery via <relay>: <text>`, or
/// `<rcpt>: <text>` when no relay is named. Their text carries no reply
/// code, only the delivery agent's success sentence.
const LOCAL_DELIVERIES: &[(&str, &str)] = &[
    ("amy@example.com", "<amy@example.com>: delivery via local: delivered to mailbox"),
    (
        "ben@example.com",
        "<ben@example.com>: delivery via local: delivered to command: /usr/bin/procmail",
    ),
    ("hal@example.com", "<hal@example.com>: delivery via dovecot: delivered via dovecot service"),
    ("ida@example.com", "<ida@example.com>: delivery via virtual: delivered to maildir"),
    ("jon@example.com", "<jon@example.com>: delivery via local: delivered to file: /var/mail/jon"),
    ("kim@example.com", "<kim@example.com>: delivered to mailbox"),
];

#[test]
fn local_delivery_records_stay_delivered() {
    for (address, line) in LOCAL_DELIVERIES {
        let text = format!("{BOUNCE}\n{line}\n");
        let (action, reason) = action_of(&text, address);
        assert_eq!(action, "delivered", "{line}");
        assert_eq!(reason, "delivered", "{line}");
        assert_eq!(action_of(&text, "carol@example.org").0, "failed", "{line}");
    }
}

#[test]
fn all_local_records_with_bounce() {
    let lines: Vec<&str> = LOCAL_DELIVERIES.iter().map(|(_, line)| *line).collect();
    let text = format!("{BOUNCE}\n{}\n", lines.join("\n\n"));
    let report = explain(&text);
    assert_eq!(report.recipients.len(), LOCAL_DELIVERIES.len() + 1, "{report:#?}");
    for (address, _) in LOCAL_DELIVERIES {
        assert_eq!(action_of(&text, address).0, "delivered", "{address}");
    }
    assert!(report.summary.contains("6 were delivered"), "{}", report.summary);
}

/// A verbose delivery report (`sendmail -v`) writes failures in the same
/// `delivery via` record, so the record's form alone proves nothing.
#[test]
fn failed_trace_record_stays_failed() {
    let line = "<lou@example.net>: delivery via mx.example.net[198.51.100.20]:25: host \
                mx.example.net[198.51.100.20] said: 550 5.1.1 <lou@example.net>: Recipient \
                address rejected: User unknown (in reply to RCPT TO command)";
    let text = format!("{BOUNCE}\n{line}\n");
    let (action, reason) = action_of(&text, "lou@example.net");
    assert_eq!(action, "failed");
    assert_eq!(reason, "userunknown");
}

/// A delay warning's sentence concerns the recipients still queued, not
/// one that a local agent already delivered.
#[test]
fn local_delivery_inside_delay_warning() {
    let warning = WARNING_AND_DELIVERY.replace(
        "<dora@example.com>: delivery via mx.example.com[198.51.100.40]:25: 250 2.0.0 Ok: queued as 999",
        "<dora@example.com>: delivery via local: delivered to mailbox",
    );
    assert!(warning.contains("delivered to mailbox"));
    let (action, reason) = action_of(&warning, "dora@example.com");
    assert_eq!(action, "delivered");
    assert_eq!(reason, "delivered");
    assert_eq!(action_of(&warning, "bob@example.net").0, "delayed");
}
