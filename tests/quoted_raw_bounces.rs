//! A raw bounce email quoted with `>` on every line, as a mail program
//! quotes it in a reply and as it is then copied: with "> ", nested as
//! ">> " or "> > ", or with a bare ">". The quoted email gives the cards
//! it gives unquoted, and the line an IP was found on still counts lines
//! of the pasted text. A few quoted lines in a longer message are read
//! only when they report a failed recipient with a reply code.

use crate::quoting;

use std::fs;
use std::path::{Path, PathBuf};

use bounce_explainer::{explain, InputKind, Report};
use quoting::quoted_with;

const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/golden");

/// Quote markers as mail programs write them: one level, two levels
/// written without or with a space between the marks, and one level
/// without a space.
const MARKERS: &[&str] = &["> ", ">> ", "> > ", ">"];

/// Returns every golden fixture's path and text with LF line ends.
fn golden_emails() -> Vec<(PathBuf, String)> {
    let mut paths = Vec::new();
    collect_emails(Path::new(GOLDEN), &mut paths);
    paths.sort();
    assert!(!paths.is_empty(), "no .eml fixtures under {GOLDEN}");
    paths
        .into_iter()
        .map(|path| {
            let raw = fs::read(&path).expect("fixture is readable");
            let text = String::from_utf8_lossy(&raw).replace("\r\n", "\n");
            (path, text)
        })
        .collect()
}

fn collect_emails(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("fixture folder is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_emails(&path, out);
        } else if path.extension().is_some_and(|e| e == "eml") {
            out.push(path);
        }
    }
}

/// Each card's recipient, status, reply, reason, sender IP and the line
/// the IP was found on, with that line moved up by `shift` lines.
type Card = (Option<String>, Option<String>, Option<String>, String, Option<String>, Option<usize>);

fn cards(report: &Report, shift: usize) -> Vec<Card> {
    report
        .recipients
        .iter()
        .map(|r| {
            (
                r.recipient.clone(),
                r.status.clone(),
                r.reply.clone(),
                format!("{:?}", r.reason),
                r.sender_ip.clone(),
                r.sender_ip_source.line.map(|line| line - shift),
            )
        })
        .collect()
}

/// Checks that each IP's line, counted in `pasted`, contains the IP.
fn assert_ip_lines(label: &str, report: &Report, pasted: &str) {
    let lines: Vec<&str> = pasted.lines().collect();
    for r in &report.recipients {
        let (Some(ip), Some(line)) = (&r.sender_ip, r.sender_ip_source.line) else {
            continue;
        };
        let text = lines.get(line - 1).copied().unwrap_or("");
        assert!(text.contains(ip.as_str()), "{label}: line {line} is {text:?}, not {ip}'s line");
    }
}

/// The whole email quoted with each marker gives the cards it gives
/// unquoted, with the IP on the same line.
#[test]
fn whole_quote_each_marker() {
    for (path, email) in golden_emails() {
        let alone = explain(&email);
        assert!(!alone.recipients.is_empty(), "{}: no card unquoted", path.display());
        for marker in MARKERS {
            let label = format!("{}, {marker:?}", path.display());
            let pasted = quoted_with(&email, marker);
            let report = explain(&pasted);
            assert_eq!(cards(&report, 0), cards(&alone, 0), "{label}");
            assert_ip_lines(&label, &report, &pasted);
        }
    }
}

/// A quoted blank line may be left empty rather than carry the marker.
#[test]
fn whole_quote_empty_blank_lines() {
    for (path, email) in golden_emails() {
        let alone = explain(&email);
        let pasted = quoted_with(&email, "> ").replace("\n>\n", "\n\n");
        let report = explain(&pasted);
        assert_eq!(cards(&report, 0), cards(&alone, 0), "{}", path.display());
    }
}

/// The quoted email below a line of the person's own, pasted without
/// their email's header, gives its cards, and the IP's line counts the
/// person's lines too.
#[test]
fn quote_below_person_text() {
    let above = "Hi, what does this mean? It came back this morning.\n\n";
    for (path, email) in golden_emails() {
        let alone = explain(&email);
        for marker in MARKERS {
            let label = format!("{}, {marker:?}", path.display());
            let pasted = format!("{above}{}", quoted_with(&email, marker));
            let report = explain(&pasted);
            assert_eq!(cards(&report, 2), cards(&alone, 0), "{label}");
            assert_ip_lines(&label, &report, &pasted);
        }
    }
}

/// A person's reply that quotes the email below their own text, with no
/// attribution line, gives its cards.
#[test]
fn reply_quotes_email_unattributed() {
    let header = "From: Alice <alice@example.com>\nTo: helpdesk@example.com\n\
                  Subject: Re: help\nDate: Sat, 5 Dec 2026 17:10:00 +0000\n\n\
                  Hi, what does this mean?\n\n";
    let shift = header.lines().count();
    for (path, email) in golden_emails() {
        let alone = explain(&email);
        for marker in MARKERS {
            let label = format!("{}, {marker:?}", path.display());
            let pasted = format!("{header}{}", quoted_with(&email, marker));
            let report = explain(&pasted);
            assert_eq!(cards(&report, shift), cards(&alone, 0), "{label}");
            assert_ip_lines(&label, &report, &pasted);
        }
    }
}

/// A reply that quotes a reply, which quoted the email, under a person's
/// attribution line: the email is two levels deep.
#[test]
fn nested_quote_under_attribution() {
    let header = "From: Alice <alice@example.com>\nTo: helpdesk@example.com\n\
                  Subject: Re: help\n\nHi, what does this mean?\n\n\
                  On Sat, Dec 5, 2026 at 5:00 PM Bob <bob@example.org> wrote:\n";
    let shift = header.lines().count();
    for (path, email) in golden_emails() {
        let alone = explain(&email);
        for marker in [">> ", "> > "] {
            let label = format!("{}, {marker:?}", path.display());
            let pasted = format!("{header}{}", quoted_with(&email, marker));
            let report = explain(&pasted);
            assert_eq!(cards(&report, shift), cards(&alone, 0), "{label}");
        }
    }
}

/// A long message that quotes a receiver's reply in a few lines.
const QUOTED_REPLY: &str = "Hi,\n\n\
    I tried to write to Bob yesterday and the mail came straight back.\n\
    The message I got said this:\n\n\
    > <bob@example.net>: host mx.example.net[198.51.100.7] said:\n\
    >     550 5.1.1 <bob@example.net>: Recipient address rejected: User\n\
    >     unknown in virtual mailbox table (in reply to RCPT TO command)\n\n\
    I have written to him at that address for years, so I do not\n\
    understand what changed. Could you look into it before Monday?\n\
    Our newsletter goes out then and I would like to be sure.\n\n\
    Thanks,\nAlice\n";

/// A few quoted lines that hold a reply code and a recipient are read.
#[test]
fn few_quoted_lines_with_code() {
    let report = explain(QUOTED_REPLY);
    let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, [Some("bob@example.net")], "{report:#?}");
    assert_eq!(report.recipients[0].reply.as_deref(), Some("550"));
    assert_eq!(report.recipients[0].status.as_deref(), Some("5.1.1"));
}

/// A few quoted lines of a discussion, with an address but no reply code
/// or delivery-status field, are no bounce.
#[test]
fn few_quoted_lines_no_code() {
    let message = "Hi,\n\nI asked Bob about the lunch and he wrote back:\n\n\
        > Monday works. Write to me at bob@example.net rather than\n\
        > my old address, which I no longer read.\n\n\
        So shall we book the room for noon? I can ask Carol too, and\n\
        then we are four. Let me know by Friday.\n\nAlice\n";
    let report = explain(message);
    assert!(report.recipients.is_empty(), "{report:#?}");
    assert_eq!(report.input_kind, InputKind::NotBounce);
}

/// Every line of a discussion quoted gives what the discussion gives
/// unquoted: no card.
#[test]
fn whole_quoted_discussion_no_bounce() {
    let discussion = "Shall we meet at noon on Monday?\nThe room is booked until two.\n\n\
        For the record, our filter answers 550 5.7.1 when SPF fails.\n";
    for marker in MARKERS {
        let report = explain(&quoted_with(discussion, marker));
        assert!(report.recipients.is_empty(), "{marker:?}: {report:#?}");
    }
}
