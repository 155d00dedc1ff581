//! A DSN that reports deliveries beside failures: the summary counts the
//! recipients the message did not reach, and gives how many it did reach.

use bounce_explainer::explain;

fn dsn(groups: &[(&str, &str, &str)]) -> String {
    let mut text = String::from(
        "From: MAILER-DAEMON@mail.example.com\nTo: alice@example.com\n\
         Subject: Delivery Status Notification\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n\
         --B\nContent-Type: text/plain\n\nDelivery report.\n\n\
         --B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n",
    );
    for (address, action, status) in groups {
        text.push_str(&format!(
            "\nFinal-Recipient: rfc822; {address}\nAction: {action}\nStatus: {status}\n"
        ));
        if status.starts_with('5') {
            text.push_str("Diagnostic-Code: smtp; 550 5.1.1 User unknown\n");
        }
    }
    text.push_str("\n--B--\n");
    text
}

#[test]
fn summary_counts_failures_apart_from_deliveries() {
    let text = dsn(&[
        ("ok1@example.net", "delivered", "2.0.0"),
        ("relayed@example.net", "relayed", "2.0.0"),
        ("list@example.net", "expanded", "2.0.0"),
        ("bad@example.net", "failed", "5.1.1"),
        ("slow@example.net", "delayed", "4.4.7"),
    ]);
    let report = explain(&text);
    assert_eq!(report.recipients.len(), 5);
    let summary = &report.summary;
    assert!(!summary.contains("on 5 recipients"), "{summary}");
    assert!(summary.contains("did not reach 2 of the 5 recipients"), "{summary}");
    assert!(summary.contains("1 of them only delayed"), "{summary}");
    assert!(summary.contains("3 were delivered"), "{summary}");
}

#[test]
fn summary_with_one_failure_and_one_delivery() {
    let text =
        dsn(&[("bad@example.net", "failed", "5.1.1"), ("ok@example.net", "delivered", "2.0.0")]);
    let summary = explain(&text).summary;
    assert!(summary.contains("did not reach 1 of the 2 recipients"), "{summary}");
    assert!(summary.contains("1 was delivered"), "{summary}");
    assert!(!summary.contains("delayed"), "{summary}");
}

#[test]
fn summary_without_deliveries_is_unchanged() {
    let text = dsn(&[("a@example.net", "failed", "5.1.1"), ("b@example.net", "failed", "5.1.1")]);
    let summary = explain(&text).summary;
    assert!(summary.contains("2 recipients"), "{summary}");
    assert!(!summary.contains("delivered"), "{summary}");
}

#[test]
fn summary_when_all_were_delivered() {
    let text =
        dsn(&[("a@example.net", "delivered", "2.0.0"), ("b@example.net", "relayed", "2.0.0")]);
    let summary = explain(&text).summary;
    assert!(summary.contains("all 2 recipients"), "{summary}");
    assert!(!summary.contains("did not reach"), "{summary}");
}
