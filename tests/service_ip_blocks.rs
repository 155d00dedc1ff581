//! A blocklist refusal read from a sending service's event names the
//! service's own sending IP, which the sender's mail administrator does
//! not control. So the card names the sending service as the party who
//! acts and sends the sender to its support. SendGrid, Amazon SES,
//! Mailgun, SparkPost and Brevo state how they handle listings of their
//! addresses. Postmark, Mandrill, Mailjet and SMTP2GO publish no such
//! policy, so their cards name the service's support page.

use crate::cli_run;

use bounce_explainer::{explain, Actor, Recipient};
use cli_run::{json_lines, run, TempDir};

/// A SendGrid bounce event whose `ip` field and reply name the sending IP.
const SENDGRID: &str = r#"[{"email":"bob@example.net","timestamp":1733133600,"event":"bounce","ip":"198.51.100.44","reason":"550 5.7.1 Service unavailable; Client host [198.51.100.44] blocked using b.barracudacentral.org","status":"5.7.1","type":"blocked","sg_event_id":"x","sg_message_id":"y","smtp-id":"<a@example.com>"}]"#;

/// An Amazon SES bounce notification whose reply names the sending IP.
const SES: &str = r#"{"notificationType":"Bounce","bounce":{"bounceType":"Transient","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"bob@example.net","action":"failed","status":"5.7.1","diagnosticCode":"smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.10] blocked using b.barracudacentral.org; https://www.barracudacentral.org/reputation?ip=203.0.113.10"}],"timestamp":"2024-12-02T10:00:00.000Z","feedbackId":"x","remoteMtaIp":"192.0.2.25","reportingMTA":"dsn; a8-10.smtp-out.amazonses.com"},"mail":{"timestamp":"2024-12-02T10:00:00.000Z","source":"alice@example.com","sourceIp":"198.51.100.3","messageId":"m","destination":["bob@example.net"]}}"#;

/// A Mailgun failed event whose envelope and reply name the sending IP.
const MAILGUN: &str = r#"{"event-data": {"event": "failed", "severity": "permanent", "recipient": "carol@example.org",
 "envelope": {"sender": "bounce@mg.example.com", "sending-ip": "198.51.100.21"},
 "delivery-status": {"code": 554, "message": "5.7.1 Service unavailable; Client host [198.51.100.21] blocked using b.barracudacentral.org", "mx-host": "mx.example.org"}}}"#;

/// A SparkPost bounce event whose `sending_ip` field names the sending IP.
const SPARKPOST: &str = r#"[{"msys": {"message_event": {"type": "bounce", "rcpt_to": "heidi@example.net", "sending_ip": "203.0.113.44",
 "raw_reason": "554 5.7.1 Service unavailable; Client host [203.0.113.44] blocked using b.barracudacentral.org"}}}]"#;

/// A Brevo hard bounce event whose `sending_ip` field names the sending IP.
const BREVO: &str = r#"[{"event": "hard_bounce", "email": "carol@example.org", "id": 123456, "date": "2026-12-04 10:12:01", "ts_event": 1764843121, "message-id": "<202612041012.1235@smtp-relay.mailin.fr>", "sending_ip": "192.0.2.16", "reason": "554 5.7.1 Service unavailable; Client host [192.0.2.16] blocked using b.barracudacentral.org"}]"#;

/// A Postmark bounce webhook whose `Details` reply names the sending IP.
const POSTMARK: &str = r#"{"RecordType":"Bounce","ID":4323372036854775807,"Type":"HardBounce","TypeCode":1,"Name":"Hard bounce","MessageID":"883953f4-6105-42a2-a16a-77a8eac79483","ServerID":23,"MessageStream":"outbound","Description":"The server was unable to deliver your message (ex: unknown user, mailbox not found).","Details":"smtp;554 5.7.1 Service unavailable; Client host [198.51.100.50] blocked using b.barracudacentral.org","Email":"dave@example.net","From":"alerts@example.com","BouncedAt":"2026-12-04T10:12:01Z","Inactive":true,"CanActivate":true}"#;

/// A Mandrill (Mailchimp Transactional) hard bounce whose `diag` reply
/// names the sending IP.
const MANDRILL: &str = r#"[{"event": "hard_bounce", "_id": "exampleaaaaaaaaaaaaaaaaaaaaaaaaa7", "ts": 1764842400,
 "msg": {"ts": 1764842300, "subject": "Your receipt", "email": "judy@example.net", "sender": "alice@example.com", "state": "bounced",
 "bounce_description": "spam_related", "diag": "smtp;554 5.7.1 Service unavailable; Client host [203.0.113.60] blocked using b.barracudacentral.org", "smtp_events": []}}]"#;

/// A Mailjet bounce event whose `comment` reply names the sending IP.
const MAILJET: &str = r#"[{"event":"bounce","time":1764843121,"MessageID":19421777835146491,"email":"eve@example.net","mj_campaign_id":7257,"mj_contact_id":5,"blocked":true,"hard_bounce":true,"error_related_to":"spam","error":"sender blocked","comment":"554 5.7.1 Service unavailable; Client host [192.0.2.22] blocked using b.barracudacentral.org"}]"#;

/// An SMTP2GO bounce webhook whose `message` reply names the sending IP.
const SMTP2GO: &str = r#"[{"event":"bounce","time":"2026-12-05T10:00:00Z","sender":"news@example.com","rcpt":"bob@example.net","host":"mx.example.net [198.51.100.9]","message":"554 5.7.1 Service unavailable; Client host [203.0.113.70] blocked using b.barracudacentral.org","context":"RCPT TO:<bob@example.net>","email_id":"1sXyZa-4bC5dE-6f","bounce":"hard","subject":"December news"}]"#;

/// Every event above, with the service's display name and the listed IP.
const SERVICES: [(&str, &str, &str); 9] = [
    (SENDGRID, "SendGrid", "198.51.100.44"),
    (SES, "Amazon SES", "203.0.113.10"),
    (MAILGUN, "Mailgun", "198.51.100.21"),
    (SPARKPOST, "SparkPost", "203.0.113.44"),
    (BREVO, "Brevo", "192.0.2.16"),
    (POSTMARK, "Postmark", "198.51.100.50"),
    (MANDRILL, "Mandrill", "203.0.113.60"),
    (MAILJET, "Mailjet", "192.0.2.22"),
    (SMTP2GO, "SMTP2GO", "203.0.113.70"),
];

fn only_card(text: &str) -> Recipient {
    let mut report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}: {}", report.summary);
    report.recipients.remove(0)
}

fn steps(card: &Recipient) -> String {
    card.explanation.steps.join(" ")
}

#[test]
fn service_ip_block_names_service() {
    for (text, service, ip) in SERVICES {
        let card = only_card(text);
        assert_eq!(card.blocklists, ["barracuda"], "{service}");
        assert_eq!(card.sender_ip.as_deref(), Some(ip), "{service}");
        let steps = steps(&card);
        assert!(steps.contains(&format!("{ip}, is one of {service}'s")), "{service}: {steps}");
        assert!(steps.contains(&format!("{service}'s support")), "{service}: {steps}");
    }
}

/// The mail administrator cannot have the service's address delisted, so
/// the card names the sending service as the party who acts.
#[test]
fn service_ip_block_service_acts() {
    for (text, service, _) in SERVICES {
        let card = only_card(text);
        assert_eq!(card.explanation.who_acts, Actor::Service, "{service}");
    }
}

/// A step about dedicated addresses appears only where the service's
/// page states who requests their removal.
#[test]
fn dedicated_step_only_where_stated() {
    for (text, service, stated) in [
        (SENDGRID, "SendGrid", true),
        (SES, "Amazon SES", true),
        (BREVO, "Brevo", true),
        (MAILGUN, "Mailgun", false),
        (SPARKPOST, "SparkPost", false),
        (POSTMARK, "Postmark", false),
        (MANDRILL, "Mandrill", false),
        (MAILJET, "Mailjet", false),
        (SMTP2GO, "SMTP2GO", false),
    ] {
        let steps = steps(&only_card(text));
        assert_eq!(steps.contains("dedicated"), stated, "{service}: {steps}");
        assert!(steps.contains("Send the message again"), "{service}: {steps}");
    }
}

#[test]
fn service_ip_block_skips_admin_request() {
    for (text, _, _) in SERVICES {
        let steps = steps(&only_card(text)).to_ascii_lowercase();
        assert!(!steps.contains("your mail administrator fixes"), "{steps}");
        assert!(!steps.contains("office network"), "{steps}");
    }
}

/// The same reply pasted alone names no service, so the list's own card
/// stays.
#[test]
fn bare_reply_keeps_list_card() {
    let card = only_card(
        "550 5.7.1 Service unavailable; Client host [198.51.100.44] blocked using \
         b.barracudacentral.org",
    );
    let steps = steps(&card);
    assert!(steps.contains("Your mail administrator fixes the cause"), "{steps}");
    assert!(!steps.contains("SendGrid"), "{steps}");
}

/// A closed list is the receiver's to drop, also in a service's event.
#[test]
fn service_event_closed_list_recipient() {
    let text = SENDGRID.replace("b.barracudacentral.org", "bl.spamcannibal.org");
    let card = only_card(&text);
    assert_eq!(card.explanation.entry, "spamcannibal/closed");
    assert!(!steps(&card).contains("SendGrid"), "{}", steps(&card));
}

/// Postmark, Mandrill, Mailjet and SMTP2GO publish no delisting policy,
/// so the card states that the service owns the IP and names the support
/// page that takes the request.
#[test]
fn unpublished_policy_names_support_page() {
    for (text, service, page) in [
        (POSTMARK, "Postmark", "https://postmarkapp.com/support"),
        (MANDRILL, "Mandrill", "https://mailchimp.com/contact/"),
        (MAILJET, "Mailjet", "https://app.mailjet.com/support"),
        (SMTP2GO, "SMTP2GO", "https://support.smtp2go.com"),
    ] {
        let steps = steps(&only_card(text));
        assert!(steps.contains(page), "{service}: {steps}");
        assert!(steps.contains(&format!("{service} owns this IP")), "{service}: {steps}");
        assert!(steps.contains("publishes no delisting policy"), "{service}: {steps}");
    }
}

/// The JSON output and the text output name the sending service as the
/// party who acts.
#[test]
fn cli_names_service_as_actor() {
    let dir = TempDir::new("service-ip");
    let file = dir.write("event.json", SENDGRID);
    let reports = json_lines(&run(&["--json", file.as_str()], ""));
    assert_eq!(reports[0]["recipients"][0]["explanation"]["who_acts"], "service");

    let text = String::from_utf8(run(&[file.as_str()], "").stdout).unwrap();
    assert!(text.contains("Who acts: the sending service: contact its support"), "{text}");
}

/// An Amazon SES bounce whose listed IP is the notification's own
/// `mail.sourceIp`, the client that submitted the message to SES.
const SES_CLIENT_LISTED: &str = r#"{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"jane@example.com","action":"failed","status":"5.7.1","diagnosticCode":"smtp; 550 5.7.1 Rejected because 198.51.100.7 is in a black list at bl.spamcop.net"}],"timestamp":"2026-12-06T10:00:00.000Z","reportingMTA":"dsn; a8-1.smtp-out.amazonses.com","remoteMtaIp":"192.0.2.50"},"mail":{"timestamp":"2026-12-06T09:59:59.000Z","source":"news@example.org","sourceIp":"198.51.100.7","messageId":"m","destination":["jane@example.com"]}}"#;

/// The sender's own client is listed, not the service's address, so the
/// list's own card stays and the sender's side acts.
#[test]
fn listed_client_ip_keeps_list_card() {
    let card = only_card(SES_CLIENT_LISTED);
    assert_eq!(card.blocklists, ["spamcop"]);
    assert_eq!(card.sender_ip.as_deref(), Some("198.51.100.7"));
    assert_eq!(card.explanation.who_acts, Actor::Admin);
    let steps = steps(&card);
    assert!(!steps.contains("Amazon SES"), "{steps}");
    assert!(!steps.contains("sending addresses"), "{steps}");
}

/// A reply that lists another IP than `mail.sourceIp` still hands over
/// to Amazon SES.
#[test]
fn other_listed_ip_still_hands_over() {
    let text =
        SES_CLIENT_LISTED.replace("Rejected because 198.51.100.7", "Rejected because 203.0.113.10");
    let card = only_card(&text);
    assert_eq!(card.sender_ip.as_deref(), Some("203.0.113.10"));
    assert_eq!(card.explanation.who_acts, Actor::Service);
    assert!(steps(&card).contains("203.0.113.10, is one of Amazon SES's"), "{}", steps(&card));
}

/// SendGrid events whose reply is Microsoft's own IP block: Exchange
/// Online's banned sending IP (5.7.606) and Outlook.com's network block
/// list (S3140).
const SENDGRID_MICROSOFT: [&str; 2] = [
    r#"[{"email": "jane@outlook.com", "timestamp": 1765000000, "event": "bounce", "sg_event_id": "abc", "sg_message_id": "xyz.filter0001", "reason": "550 5.7.606 Access denied, banned sending IP [203.0.113.9]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [CO1NAM11FT033.eop-nam11.prod.protection.outlook.com]", "status": "5.7.606", "type": "blocked", "ip": "203.0.113.9", "tls": 1}]"#,
    r#"[{"email": "jane@outlook.com", "timestamp": 1765000000, "event": "bounce", "sg_event_id": "abc", "sg_message_id": "xyz.filter0001", "reason": "550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [BN1NAM02FT027.eop-nam02.prod.protection.outlook.com]", "status": "5.7.1", "type": "blocked", "ip": "203.0.113.9", "tls": 1}]"#,
];

/// Microsoft's own lists of sending IPs are IP blocklists too, so a
/// shared-IP customer is not directed to file Microsoft's delist request for
/// the service's address.
#[test]
fn microsoft_ip_block_names_service() {
    for text in SENDGRID_MICROSOFT {
        let card = only_card(text);
        assert_eq!(card.sender_ip.as_deref(), Some("203.0.113.9"), "{text}");
        assert_eq!(card.explanation.who_acts, Actor::Service, "{text}");
        let steps = steps(&card);
        assert!(steps.contains("203.0.113.9, is one of SendGrid's"), "{steps}");
        assert!(steps.contains("do not file a removal request yourself"), "{steps}");
        assert!(!steps.contains("They open the Microsoft 365 delist portal"), "{steps}");
    }
}

/// Pasted alone, Microsoft's reply keeps its own card.
#[test]
fn bare_microsoft_block_keeps_card() {
    let card = only_card(
        "550 5.7.606 Access denied, banned sending IP [203.0.113.9]. To request removal \
         from this list please visit https://sender.office.com/ and follow the directions.",
    );
    assert_eq!(card.explanation.entry, "microsoft/banned-ip");
    assert_eq!(card.explanation.who_acts, Actor::Admin);
}

/// Exchange Online's 5.7.511 reply for a banned sending IP. Only a mail to
/// Microsoft's delisting mailbox requests its removal.
const BANNED_SENDER_REPLY: &str = "550 5.7.511 Access denied, banned sender[203.0.113.7]. To \
     request removal from this list please forward this message to delist@microsoft.com. For \
     more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. AS(1410) \
     [DM3NAM03FT035.eop-NAM03.prod.protection.outlook.com]";

/// SendGrid, Mailgun, Amazon SES and SparkPost events whose reply is the
/// 5.7.511 ban of the service's sending IP 203.0.113.7, with the service's
/// display name.
fn banned_sender_events() -> [(String, &'static str); 4] {
    let reply = BANNED_SENDER_REPLY;
    [
        (
            format!(
                r#"[{{"email": "jane@outlook.com", "timestamp": 1765000000, "event": "bounce", "sg_event_id": "abc", "sg_message_id": "xyz.filter0001", "reason": "{reply}", "status": "5.7.511", "type": "blocked", "ip": "203.0.113.7", "tls": 1}}]"#
            ),
            "SendGrid",
        ),
        (
            format!(
                r#"{{"event-data": {{"event": "failed", "severity": "permanent", "recipient": "jane@outlook.com",
 "envelope": {{"sender": "bounce@mg.example.com", "sending-ip": "203.0.113.7"}},
 "delivery-status": {{"code": 550, "message": "{}", "mx-host": "outlook-com.olc.protection.outlook.com"}}}}}}"#,
                reply.trim_start_matches("550 ")
            ),
            "Mailgun",
        ),
        (
            format!(
                r#"{{"notificationType":"Bounce","bounce":{{"bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{{"emailAddress":"jane@outlook.com","action":"failed","status":"5.7.511","diagnosticCode":"smtp; {reply}"}}],"timestamp":"2026-12-06T10:00:00.000Z","feedbackId":"x","reportingMTA":"dsn; a8-1.smtp-out.amazonses.com"}},"mail":{{"timestamp":"2026-12-06T09:59:59.000Z","source":"news@example.org","sourceIp":"198.51.100.3","messageId":"m","destination":["jane@outlook.com"]}}}}"#
            ),
            "Amazon SES",
        ),
        (
            format!(
                r#"[{{"msys": {{"message_event": {{"type": "bounce", "rcpt_to": "jane@outlook.com", "sending_ip": "203.0.113.7", "raw_reason": "{reply}"}}}}}}]"#
            ),
            "SparkPost",
        ),
    ]
}

/// A shared-IP customer cannot file the removal of the service's IP with
/// Microsoft, so the 5.7.511 ban is handed to the service as 5.7.606 is.
#[test]
fn banned_sender_names_service() {
    for (text, service) in banned_sender_events() {
        let card = only_card(&text);
        assert_eq!(card.explanation.entry, "microsoft/banned-sender", "{service}");
        assert_eq!(card.sender_ip.as_deref(), Some("203.0.113.7"), "{service}");
        assert_eq!(card.explanation.who_acts, Actor::Service, "{service}");
        let steps = steps(&card);
        assert!(steps.contains(&format!("203.0.113.7, is one of {service}'s")), "{steps}");
        assert!(!steps.contains("emails delist@microsoft.com"), "{service}: {steps}");
        assert!(steps.contains("Send the message again"), "{service}: {steps}");
    }
}

/// The 5.7.511 ban has no removal page, so a dedicated IP's step points at
/// the card's link to Microsoft's delisting mailbox, not at a page.
#[test]
fn banned_sender_dedicated_step_names_link() {
    let (text, _) = &banned_sender_events()[0];
    let card = only_card(text);
    let steps = steps(&card);
    assert!(steps.contains("through the list's link below"), "{steps}");
    assert!(!steps.contains("page"), "{steps}");
    let urls: Vec<&str> = card.links.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(urls, ["mailto:delist@microsoft.com"]);
}

/// The banned IP here is the SES event's own `mail.sourceIp`, the client
/// that submitted the message. The ban is then the sender's own, so
/// Microsoft's card and its delisting step stay.
#[test]
fn banned_client_ip_keeps_card() {
    let (text, _) = &banned_sender_events()[2];
    let text = text.replace(r#""sourceIp":"198.51.100.3""#, r#""sourceIp":"203.0.113.7""#);
    let card = only_card(&text);
    assert_eq!(card.explanation.entry, "microsoft/banned-sender");
    assert_eq!(card.explanation.who_acts, Actor::Admin);
    let steps = steps(&card);
    assert!(steps.contains("emails delist@microsoft.com"), "{steps}");
    assert!(!steps.contains("Amazon SES"), "{steps}");
}

/// Pasted alone, the 5.7.511 reply keeps Microsoft's card.
#[test]
fn bare_banned_sender_keeps_card() {
    let card = only_card(BANNED_SENDER_REPLY);
    assert_eq!(card.explanation.entry, "microsoft/banned-sender");
    assert_eq!(card.explanation.who_acts, Actor::Admin);
    assert!(steps(&card).contains("delist@microsoft.com"), "{}", steps(&card));
}
