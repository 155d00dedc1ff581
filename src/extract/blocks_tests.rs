//! Unit tests for the per-recipient block scan in blocks.rs.

use super::*;
use crate::input::Decoded;

fn run(text: &str) -> Vec<Failure> {
    let decoded =
        Decoded { headers: vec![("To".into(), "sender@example.com".into())], ..Default::default() };
    scan(text, &NotRecipients::from_headers(&decoded))
}

#[test]
fn exim_block_without_code() {
    let text =
        "The following address(es) failed:\n\n  user@example.org\n    retry timeout exceeded\n";
    let failures = run(text);
    assert_eq!(failures.len(), 1, "{text}");
    assert_eq!(failures[0].recipient.as_deref(), Some("user@example.org"));
    assert_eq!(failures[0].diagnostic, "retry timeout exceeded");
}

#[test]
fn exim_sender_not_a_recipient() {
    let text = "  a@example.org\n    SMTP error from remote mail server after MAIL FROM:<other@example.com> SIZE=1:\n    host mx.example.org [192.0.2.1]: 450 try later\n";
    let failures = run(text);
    assert_eq!(failures.len(), 1, "{text}");
    assert_eq!(failures[0].reply.as_deref(), Some("450"));
    assert_eq!(failures[0].diagnostic, "450 try later");
    assert_eq!(failures[0].command.as_deref(), Some("MAIL"));
}

#[test]
fn reason_before_address() {
    let text = "------- Failure Reasons  --------\n\nUser unknown\nuser@example.org\n";
    let failures = run(text);
    assert_eq!(failures.len(), 1, "{text}");
    assert_eq!(failures[0].diagnostic, "User unknown");
}

#[test]
fn lead_in_takes_next_paragraph() {
    let text = "was not delivered to:\n\n  user@example.org\n\nbecause:\n\n  User not listed in Domino Directory\n\nmore\n";
    let failures = run(text);
    assert_eq!(failures.len(), 1, "{text}");
    assert_eq!(
        failures[0].diagnostic,
        "because:\n\n  User not listed in Domino Directory".replace("\n\n  ", " ")
    );
}

#[test]
fn lead_in_chain_skips_headings() {
    let text = "  pipe to |/bin/filter user@example.org\n\n\
        The following text was generated during the delivery attempt:\n\n\
        ------ pipe to |/bin/filter user@example.org ------\n\n\
        Failed to read template: No such file\n";
    let failures = run(text);
    assert_eq!(failures.len(), 1, "{text}");
    assert!(
        failures[0].diagnostic.ends_with("Failed to read template: No such file"),
        "{:?}",
        failures[0]
    );
}

#[test]
fn reason_on_anchor_line_is_not_lead_in() {
    let text =
        "user@example.org: Domain does not exist\n\nPlease note that this is only a report.\n";
    let failures = run(text);
    assert_eq!(failures[0].diagnostic, "user@example.org: Domain does not exist");
}

#[test]
fn reason_above_blank_line() {
    let text = "The user(s) account is disabled.\n\n<user@example.org>\n";
    let failures = run(text);
    assert_eq!(failures.len(), 1, "{text}");
    assert_eq!(failures[0].diagnostic, "The user(s) account is disabled.");
}

#[test]
fn sendmail_v5_transcript_reply() {
    let text = "While talking to mx.example.org:\n>>> MAIL From:<sender@example.com>\n\
        <<< 501 <sender@example.com>... no access from open relay\n\
        554 <a@example.org>... Remote protocol error\n\
        554 <b@example.org>... 550 Host unknown\n";
    let failures = run(text);
    assert_eq!(failures.len(), 2, "{text}");
    assert_eq!(failures[0].reply.as_deref(), Some("501"));
    assert_eq!(failures[0].diagnostic, "501 <sender@example.com>... no access from open relay");
    assert_eq!(failures[1].reply.as_deref(), Some("550"));
}

#[test]
fn repeated_recipient_one_block() {
    let text = "a@example.org\n  550 5.1.1 unknown\n\nEnglish:\na@example.org\n  550 5.1.1 unknown\n\nb@example.org\n  552 5.2.2 full\n";
    let failures = run(text);
    assert_eq!(failures.len(), 2, "{text}");
    assert_eq!(failures[1].status.as_deref(), Some("5.2.2"));
}
