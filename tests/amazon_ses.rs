//! Amazon SES notifications and event records, read end to end: one
//! recipient per entry of the record's list, whatever characters the
//! receivers' replies inside its strings contain.

use bounce_explainer::{explain, InputKind, Reason, Report};

/// The receivers' replies used below: Outlook's names its own host in
/// square brackets, Spamhaus's names the IP so, and one contains braces.
const OUTLOOK: &str =
    "smtp; 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). \
    [DM6NAM12FT034.eop-nam12.prod.protection.outlook.com]";
const UNKNOWN: &str = "smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown";
const SPAMHAUS: &str =
    "smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org";
const BRACES: &str = "smtp; 550 5.7.1 {policy} Message rejected [rule {7}]";

fn entry(address: &str, status: &str, diagnostic: &str) -> String {
    format!(
        r#"{{"emailAddress":"{address}","action":"failed","status":"{status}","diagnosticCode":"{diagnostic}"}}"#
    )
}

/// Builds a Bounce record with `type_field` (`notificationType` or `eventType`).
fn bounce(type_field: &str, entries: &[String]) -> String {
    format!(
        r#"{{"{type_field}":"Bounce","bounce":{{"feedbackId":"0100abc","bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{}],"timestamp":"2026-12-04T10:00:00.000Z","remoteMtaIp":"198.51.100.7","reportingMTA":"dsn; a8-30.smtp-out.amazonses.com"}},"mail":{{"source":"alice@example.com","sourceIp":"192.0.2.50","destination":["bob@example.net"],"tags":{{"ses:configuration-set":["bounces"]}}}}}}"#,
        entries.join(",")
    )
}

fn recipients(report: &Report) -> Vec<(&str, Reason)> {
    report.recipients.iter().map(|r| (r.recipient.as_deref().unwrap_or(""), r.reason)).collect()
}

/// Checks the recipients and reasons, and that SES is named as the MTA.
fn check(report: &Report, expected: &[(&str, Reason)]) {
    assert_eq!(recipients(report), expected, "{report:#?}");
    assert_eq!(report.mta.as_deref(), Some("amazonses"));
    assert_eq!(report.mta_name.as_deref(), Some("Amazon SES"));
    assert_eq!(report.input_kind, InputKind::JsonRecord);
}

/// Checks the one recipient of Outlook's reply and its codes. Its reason
/// is left to the classifier's tests.
fn check_outlook(report: &Report) {
    assert_eq!(report.mta.as_deref(), Some("amazonses"));
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let recipient = &report.recipients[0];
    assert_eq!(recipient.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(recipient.reply.as_deref(), Some("550"));
    assert!(recipient.diagnostic.ends_with("outlook.com]"), "{:?}", recipient.diagnostic);
}

#[test]
fn brackets_keep_every_recipient() {
    let outlook = bounce("notificationType", &[entry("bob@example.net", "5.5.0", OUTLOOK)]);
    check_outlook(&explain(&outlook));

    let two =
        [entry("bob@example.net", "5.1.1", UNKNOWN), entry("carol@example.org", "5.7.1", SPAMHAUS)];
    let report = explain(&bounce("notificationType", &two));
    check(
        &report,
        &[("bob@example.net", Reason::UserUnknown), ("carol@example.org", Reason::Blocked)],
    );
    assert_eq!(report.recipients[1].sender_ip.as_deref(), Some("203.0.113.5"));
    assert_eq!(report.recipients[0].sender_ip, None);

    let reversed = [two[1].clone(), two[0].clone()];
    let report = explain(&bounce("notificationType", &reversed));
    check(
        &report,
        &[("carol@example.org", Reason::Blocked), ("bob@example.net", Reason::UserUnknown)],
    );

    let braces =
        [entry("bob@example.net", "5.1.1", UNKNOWN), entry("dave@example.org", "5.7.1", BRACES)];
    let report = explain(&bounce("notificationType", &braces));
    assert_eq!(report.recipients.len(), 2, "{report:#?}");
    assert_eq!(report.recipients[1].recipient.as_deref(), Some("dave@example.org"));
    assert_eq!(report.recipients[1].reply.as_deref(), Some("550"));
}

#[test]
fn pretty_and_sns_wrapped_records() {
    let record = bounce("notificationType", &[entry("bob@example.net", "5.5.0", OUTLOOK)]);
    let value: serde_json::Value = serde_json::from_str(&record).unwrap();
    let pretty = serde_json::to_string_pretty(&value).unwrap();
    check_outlook(&explain(&pretty));

    // SNS's JSON envelope carries the record as the string `Message`.
    let envelope = serde_json::json!({
        "Type": "Notification",
        "TopicArn": "arn:aws:sns:us-east-1:123456789012:ses-bounces",
        "Message": record,
        "Timestamp": "2026-12-04T10:00:01.000Z",
    });
    let envelope = serde_json::to_string_pretty(&envelope).unwrap();
    check_outlook(&explain(&envelope));

    // SNS's email wraps the record at a fixed width, each continuation
    // line opening with a space, and adds a footer.
    let chars: Vec<char> = record.chars().collect();
    let wrapped: Vec<String> = chars.chunks(76).map(|c| c.iter().collect()).collect();
    let email = format!(
        "From: AWS Notifications <no-reply@sns.amazonaws.com>\nTo: alice@example.com\n\
         Subject: AWS Notification Message\n\n{}\n\n--\nIf you wish to stop receiving notifications \
         from this topic, please click or visit the link below to unsubscribe:\n",
        wrapped.join("\n ")
    );
    check_outlook(&explain(&email));
}

#[test]
fn event_records_read_like_notifications() {
    let two =
        [entry("bob@example.net", "5.1.1", UNKNOWN), entry("carol@example.org", "5.7.1", SPAMHAUS)];
    let report = explain(&bounce("eventType", &two));
    check(
        &report,
        &[("bob@example.net", Reason::UserUnknown), ("carol@example.org", Reason::Blocked)],
    );
    assert_eq!(report.recipients[0].sender_ip, None);
    assert_eq!(report.recipients[1].sender_ip.as_deref(), Some("203.0.113.5"));

    // EventBridge carries the record as the object `detail`.
    let record: serde_json::Value = serde_json::from_str(&bounce("eventType", &two)).unwrap();
    let bridge = serde_json::json!({"version": "0", "detail-type": "Email Bounced", "source": "aws.ses", "detail": record});
    let report = explain(&bridge.to_string());
    check(
        &report,
        &[("bob@example.net", Reason::UserUnknown), ("carol@example.org", Reason::Blocked)],
    );

    // Firehose writes one record per line.
    let lines = format!("{}\n{}\n", bounce("eventType", &two[..1]), bounce("eventType", &two[1..]));
    check(
        &explain(&lines),
        &[("bob@example.net", Reason::UserUnknown), ("carol@example.org", Reason::Blocked)],
    );
}

#[test]
fn delay_and_complaint_events() {
    let delay = r#"{"eventType":"DeliveryDelay","mail":{"source":"alice@example.com"},"deliveryDelay":{"timestamp":"2026-12-04T10:30:00.000Z","delayType":"MailboxFull","expirationTime":"2026-12-05T10:00:00.000Z","delayedRecipients":[{"emailAddress":"bob@example.net","status":"4.2.2","diagnosticCode":"smtp; 452 4.2.2 The email account that you tried to reach is over quota. [mx.example.net]"}]}}"#;
    let report = explain(delay);
    check(&report, &[("bob@example.net", Reason::MailboxFull)]);
    assert!(!report.recipients[0].permanent, "{report:#?}");

    let complaint = r#"{"eventType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"bob@example.net"}],"complaintFeedbackType":"abuse"}}"#;
    check(&explain(complaint), &[("bob@example.net", Reason::Feedback)]);
}

#[test]
fn cut_record_keeps_whole_entries() {
    // A paste that stops inside carol's entry: bob's is whole, and the IP
    // in carol's reply must not be given to him.
    let two =
        [entry("bob@example.net", "5.1.1", UNKNOWN), entry("carol@example.org", "5.7.1", SPAMHAUS)];
    let record = bounce("eventType", &two);
    let cut = &record[..record.find("blocked using").unwrap()];
    let report = explain(cut);
    check(&report, &[("bob@example.net", Reason::UserUnknown)]);
    assert_eq!(report.recipients[0].sender_ip, None);

    // Cut after both entries, in the fields that follow them.
    let cut = &record[..record.find("reportingMTA").unwrap()];
    check(
        &explain(cut),
        &[("bob@example.net", Reason::UserUnknown), ("carol@example.org", Reason::Blocked)],
    );
}

/// A bounce email that SES sends as a DSN is an email written by SES, not
/// one of its JSON records, although both name SES as the MTA.
#[test]
fn ses_dsn_email_is_no_record() {
    let email = "From: MAILER-DAEMON@amazonses.com\r\n\
        To: 0100abc@email-bounces.amazonses.com\r\n\
        Subject: Delivery Status Notification (Failure)\r\n\
        MIME-Version: 1.0\r\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\
        \r\n\
        --b1\r\n\
        Content-Type: text/plain\r\n\
        \r\n\
        An error occurred while trying to deliver the mail to the following recipients:\r\n\
        bob@example.net\r\n\
        --b1\r\n\
        Content-Type: message/delivery-status\r\n\
        \r\n\
        Reporting-MTA: dns; a192-92.smtp-out.amazonses.com\r\n\
        \r\n\
        Final-Recipient: rfc822; bob@example.net\r\n\
        Action: failed\r\n\
        Status: 5.2.2\r\n\
        Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\r\n\
        --b1--\r\n";
    let report = explain(email);
    assert_eq!(recipients(&report), [("bob@example.net", Reason::MailboxFull)], "{report:#?}");
    assert_eq!(report.mta.as_deref(), Some("amazonses"));
    assert_eq!(report.input_kind, InputKind::Email);
}
