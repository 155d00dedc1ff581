//! An mbox with several messages, pasted or opened whole: each message is
//! explained on its own, as the command-line tool reads an mbox file.

use bounce_explainer::mbox::Messages;
use bounce_explainer::{explain, explain_bytes, Recipient, Report};

const HOSTS: &[u8] = include_bytes!("fixtures/mbox/hosts.mbox");

const FROM_A: &str = "From MAILER-DAEMON Fri Dec  4 10:00:00 2026\n";
const FROM_B: &str = "From MAILER-DAEMON Fri Dec  4 10:01:00 2026\n";

fn bounce(recipient: &str, reply: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mx.example.net\n\
         To: sender@example.com\n\
         Subject: Undelivered Mail Returned to Sender\n\
         \n\
         <{recipient}>: host mx.example.org[198.51.100.2] said: {reply}\n    \
         (in reply to RCPT TO command)\n"
    )
}

fn has_note(report: &Report, text: &str) -> bool {
    report.notes.iter().any(|n| n.message.contains(text))
}

fn addresses(report: &Report) -> Vec<&str> {
    report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect()
}

fn find<'a>(report: &'a Report, address: &str) -> &'a Recipient {
    report.recipients.iter().find(|r| r.recipient.as_deref() == Some(address)).unwrap()
}

#[test]
fn hosts_mbox_reads_every_message() {
    let report = explain_bytes(HOSTS);
    assert!(has_note(
        &report,
        "The text holds 13 messages in mbox form; each was read on its own."
    ));
    assert_eq!(report.recipients.len(), 18, "{:?}", addresses(&report));
    let mut ips: Vec<&str> =
        report.recipients.iter().filter_map(|r| r.sender_ip.as_deref()).collect();
    ips.sort();
    ips.dedup();
    assert_eq!(ips, ["192.0.2.44", "192.0.2.77", "192.0.2.90", "2001:db8:10::5"]);
}

#[test]
fn hosts_mbox_pasted_as_text() {
    let report = explain(std::str::from_utf8(HOSTS).unwrap());
    assert_eq!(report, explain_bytes(HOSTS));
}

#[test]
fn first_message_delay_stays_its_own() {
    let report = explain_bytes(HOSTS);
    let carol = find(&report, "carol@example.net");
    assert_ne!(carol.action, "delayed");
    assert!(carol.permanent);
    let eve = find(&report, "eve@example.org");
    assert_ne!(eve.action, "delayed");
}

#[test]
fn cards_name_their_message() {
    let report = explain_bytes(HOSTS);
    let indexes: Vec<usize> = report.recipients.iter().map(|r| r.mbox_index.unwrap()).collect();
    assert_eq!(indexes.first(), Some(&0));
    assert_eq!(indexes.last(), Some(&12));
    assert!(indexes.windows(2).all(|w| w[0] <= w[1]), "{indexes:?}");
}

/// Drops the IP's line number, which counts lines of the whole mbox in a
/// joined report and of the message alone in the CLI's.
fn without_line(mut recipient: Recipient) -> Recipient {
    recipient.sender_ip_source.line = None;
    recipient
}

#[test]
fn messages_match_cli_split() {
    let joined: Vec<Recipient> =
        explain_bytes(HOSTS).recipients.into_iter().map(without_line).collect();
    let mut expected = Vec::new();
    for (index, message) in Messages::new(HOSTS).enumerate() {
        let report = explain_bytes(&message.unwrap());
        expected.extend(
            report
                .recipients
                .into_iter()
                .map(|r| Recipient { mbox_index: Some(index), ..without_line(r) }),
        );
    }
    assert_eq!(joined, expected);
}

#[test]
fn one_message_with_from_line_reads_whole() {
    let email = bounce("bob@example.org", "550 5.1.1 User unknown");
    let report = explain(&format!("{FROM_A}{email}"));
    assert_eq!(report.recipients.len(), 1);
    assert_eq!(report.recipients[0].mbox_index, None);
    assert!(!has_note(&report, "mbox"));
    assert_eq!(report.recipients[0].explanation, explain(&email).recipients[0].explanation);
}

#[test]
fn two_messages_give_two_cards() {
    let one = bounce("bob@example.org", "550 5.1.1 User unknown");
    let two = bounce("carol@example.org", "452 4.2.2 Mailbox full");
    let report = explain(&format!("{FROM_A}{one}\n{FROM_B}{two}"));
    assert_eq!(addresses(&report), ["bob@example.org", "carol@example.org"]);
    assert_eq!(report.recipients[1].mbox_index, Some(1));
    assert!(has_note(&report, "The text holds 2 messages in mbox form"));
    assert_eq!(report.summary, "The 2 messages report on 2 recipients; each is explained below.");
}

#[test]
fn crlf_mbox_splits() {
    let one = bounce("bob@example.org", "550 5.1.1 User unknown");
    let two = bounce("carol@example.org", "550 5.1.1 User unknown");
    let text = format!("{FROM_A}{one}\n{FROM_B}{two}").replace('\n', "\r\n");
    assert_eq!(addresses(&explain(&text)), ["bob@example.org", "carol@example.org"]);
}

#[test]
fn body_from_line_does_not_split() {
    let one = bounce("bob@example.org", "550 5.1.1 User unknown");
    let two = bounce("carol@example.org", "550 5.1.1 User unknown");
    let tail = "\nFrom the desk of Jo, Fri Dec  4 10:30:00 2026\nplease call me back\n";
    let report = explain(&format!("{FROM_A}{one}\n{FROM_B}{two}{tail}"));
    assert!(has_note(&report, "The text holds 2 messages in mbox form"));
    assert_eq!(report.recipients.len(), 2);
}

#[test]
fn message_without_failure_is_named() {
    let one = bounce("bob@example.org", "550 5.1.1 User unknown");
    let two = "From: jo@example.com\nSubject: lunch\n\nSee you at noon.\n";
    let report = explain(&format!("{FROM_A}{one}\n{FROM_B}{two}"));
    assert_eq!(addresses(&report), ["bob@example.org"]);
    assert!(has_note(&report, "Message 2: This email is not a bounce"), "{:?}", report.notes);
    assert!(!has_note(&report, "Paste the whole bounce"));
}

#[test]
fn notes_group_message_numbers() {
    let message = "From: jo@example.com\nSubject: lunch\n\nSee you at noon.\n";
    let mbox: String = (0..3).map(|_| format!("{FROM_A}{message}\n")).collect();
    let report = explain(&mbox);
    assert!(report.recipients.is_empty());
    assert_eq!(report.summary, "None of the 3 messages reports a delivery failure.");
    assert!(
        has_note(&report, "Messages 1, 2 and 3: This email is not a bounce"),
        "{:?}",
        report.notes
    );
}

#[test]
fn mbox_past_scan_limit_is_cut() {
    let one = bounce("bob@example.org", "550 5.1.1 User unknown");
    // Each message is padded so that a few hundred fill the 2 MB read.
    let padded = format!("{FROM_A}{one}{}\n", "Padding line of the returned text.\n".repeat(200));
    let count = 2200 * 1024 / padded.len();
    let report = explain(&padded.repeat(count));
    let read = report.recipients.len();
    assert!(read < count, "{read} of {count}");
    assert!(read * padded.len() >= 2000 * 1024, "{read}");
    assert!(has_note(&report, &format!("only its first {read} messages were read")));
}

#[test]
fn ip_line_counts_whole_text() {
    let text = std::str::from_utf8(HOSTS).unwrap();
    let report = explain(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut checked = 0;
    for recipient in &report.recipients {
        let (Some(ip), Some(line)) = (&recipient.sender_ip, recipient.sender_ip_source.line) else {
            continue;
        };
        assert!(!recipient.sender_ip_source.decoded);
        assert!(
            lines[line - 1].contains(ip.as_str()),
            "line {line} lacks {ip}: {}",
            lines[line - 1]
        );
        checked += 1;
    }
    assert!(checked >= 4, "{checked}");
}

#[test]
fn ip_line_counts_crlf_and_leading_blank() {
    let one = bounce("bob@example.org", "550 5.1.1 User unknown");
    let two = bounce(
        "carol@example.org",
        "554 5.7.1 Client host [192.0.2.15] blocked using zen.spamhaus.org",
    );
    let text = format!("\n{FROM_A}{one}\n{FROM_B}{two}").replace('\n', "\r\n");
    let report = explain(&text);
    let carol = find(&report, "carol@example.org");
    let line = carol.sender_ip_source.line.unwrap();
    assert!(text.split("\r\n").nth(line - 1).unwrap().contains("192.0.2.15"), "{line}");
}
