//! The CLI's `--json` names the message each recipient was read from in
//! one place for every input with several messages: the recipient's
//! `mbox_index`. A message from an mbox also carries its position as the
//! line's `index`.

use crate::bounces;
use crate::cli_run;

use serde_json::Value;

use bounces::postfix_email;
use cli_run::{json_lines, run};

const BOB: &str = "<bob@example.net>: host mx.example.net[198.51.100.25] said: 550 5.1.1\n    \
                   <bob@example.net>: Recipient address rejected: User unknown (in reply to\n    \
                   RCPT TO command)";
const CAROL: &str = "<carol@example.org>: host mx.example.org[203.0.113.9] said: 552 5.2.2\n    \
                     Mailbox full (in reply to RCPT TO command)";

fn run_json(stdin: &str) -> Vec<Value> {
    let output = run(&["--json", "-"], stdin);
    assert_eq!(output.status.code(), Some(0));
    json_lines(&output)
}

/// Returns each recipient's address and `mbox_index` across the lines.
fn recipient_indexes(lines: &[Value]) -> Vec<(String, Value)> {
    let recipients = lines.iter().flat_map(|line| line["recipients"].as_array().cloned());
    recipients
        .flatten()
        .map(|r| (r["recipient"].as_str().unwrap_or("").to_string(), r["mbox_index"].clone()))
        .collect()
}

#[test]
fn mbox_recipients_carry_index() {
    let mbox = format!(
        "From MAILER-DAEMON Sat Dec  5 10:01:02 2026\n{}\n\
         From MAILER-DAEMON Sat Dec  5 10:02:02 2026\n{}\n",
        postfix_email("a1", BOB),
        postfix_email("a2", CAROL)
    );
    let lines = run_json(&mbox);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["index"], 0);
    assert_eq!(lines[1]["index"], 1);
    let expected = [
        ("bob@example.net".to_string(), Value::from(0)),
        ("carol@example.org".to_string(), Value::from(1)),
    ];
    assert_eq!(recipient_indexes(&lines), expected);
}

#[test]
fn pasted_series_carries_index() {
    let series = format!("{}\n{}", postfix_email("b1", BOB), postfix_email("b2", CAROL));
    let lines = run_json(&series);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].get("index").is_none(), "{}", lines[0]);
    let expected = [
        ("bob@example.net".to_string(), Value::from(0)),
        ("carol@example.org".to_string(), Value::from(1)),
    ];
    assert_eq!(recipient_indexes(&lines), expected);
}

/// Postfix's record of a Spamhaus block of `ip` for `recipient`.
fn spamhaus_block(recipient: &str, ip: &str) -> String {
    format!(
        "<{recipient}>: host mx.example.net[198.51.100.25] said: 554 5.7.1\n    \
         Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org\n    \
         (in reply to RCPT TO command)"
    )
}

/// Two bounces in mbox form, the second one after a body line escaped as
/// ">From ", with `newline` ending every line.
fn two_blocks_mbox(newline: &str) -> String {
    let mbox = format!(
        "From MAILER-DAEMON Sat Dec  5 10:01:02 2026\n{}\n>From the mail system\n\n\
         From MAILER-DAEMON Sat Dec  5 10:02:02 2026\n{}\n",
        postfix_email("c1", &spamhaus_block("bob@example.net", "192.0.2.89")),
        postfix_email("c2", &spamhaus_block("carol@example.org", "192.0.2.90"))
    );
    mbox.replace('\n', newline)
}

/// Returns the 1-based number of the one line of `text` that contains `ip`.
fn line_of(text: &str, ip: &str) -> usize {
    let found: Vec<usize> =
        text.lines().enumerate().filter(|(_, l)| l.contains(ip)).map(|(n, _)| n + 1).collect();
    assert_eq!(found.len(), 1, "{ip} in {text}");
    found[0]
}

/// The CLI counts a sender IP's line from the start of the mbox file, as
/// the library does for the same text pasted whole, not from the start of
/// each message.
#[test]
fn mbox_lines_count_from_file_start() {
    for newline in ["\n", "\r\n"] {
        let mbox = two_blocks_mbox(newline);
        let library = bounce_explainer::explain(&mbox);
        let lines = run_json(&mbox);
        assert_eq!(lines.len(), 2, "{newline:?}");
        for (message, (line, ip)) in lines.iter().zip([(0, "192.0.2.89"), (1, "192.0.2.90")]) {
            let recipient = &message["recipients"][0];
            let expected = line_of(&mbox, ip);
            assert_eq!(recipient["sender_ip"], ip, "{newline:?}");
            assert_eq!(recipient["sender_ip_source"]["line"], expected, "{ip} {newline:?}");
            let from_library = library.recipients[line].sender_ip_source.line;
            assert_eq!(from_library, Some(expected), "{ip} {newline:?}");
        }
        let text = String::from_utf8(run(&["-"], &mbox).stdout).unwrap();
        for ip in ["192.0.2.89", "192.0.2.90"] {
            let expected = format!("IP to quote: {ip} (found on line {})", line_of(&mbox, ip));
            assert!(text.contains(&expected), "{expected} in {text}");
        }
    }
}
