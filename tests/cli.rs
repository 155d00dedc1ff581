//! The command-line tool's output and options: text and JSON output,
//! standard input, escapes of terminal controls and hidden characters,
//! and the writer each report names.

use crate::cli_run;

use cli_run::{first_code, json_lines, run, TempDir, BOUNCE, COMCAST, COMCAST_EMAIL};

#[test]
fn json_one_line_per_file() {
    let dir = TempDir::new("files");
    let a = dir.write("a.txt", COMCAST);
    let b = dir.write("b.eml", BOUNCE);
    let output = run(&["--json", &a, &b], "");
    assert_eq!(output.status.code(), Some(0));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], a.as_str());
    assert_eq!(first_code(&lines[0]), "BL000010");
    assert_eq!(lines[1]["file"], b.as_str());
    assert_eq!(lines[1]["recipients"][0]["recipient"], "nobody@example.org");
    assert!(lines[0].get("index").is_none(), "index is only for mbox messages");
}

#[test]
fn unknown_option_exits_2() {
    let output = run(&["--frobnicate"], "");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("--frobnicate"));
    assert!(stderr.contains("usage:"));
    assert!(output.stdout.is_empty());
}

#[test]
fn help_documents_exit_codes() {
    let output = run(&["--help"], "");
    assert_eq!(output.status.code(), Some(0));
    let help = String::from_utf8(output.stdout).unwrap();
    for status in ["0  every input", "1  some input", "2  usage"] {
        assert!(help.contains(status), "help lacks {status:?}");
    }
}

#[test]
fn stdin_when_no_file() {
    let output = run(&["--json"], COMCAST);
    assert_eq!(output.status.code(), Some(0));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["file"], "-");
    assert_eq!(first_code(&lines[0]), "BL000010");
}

#[test]
fn stdin_mbox_is_split() {
    let mbox = format!(
        "From a Thu Apr 29 23:34:45 2015\n{COMCAST_EMAIL}\nFrom b Thu Apr 29 23:34:46 2015\n{BOUNCE}"
    );
    let lines = json_lines(&run(&["--json", "-"], &mbox));
    assert_eq!(lines.len(), 2);
    assert_eq!(first_code(&lines[0]), "BL000010");
    assert_eq!(lines[1]["index"], 1);
}

#[test]
fn text_output_readable() {
    let output = run(&[], COMCAST);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("IP to quote: 203.0.113.5"), "{text}");
    assert!(text.contains("BL000010"), "{text}");
    assert!(!text.contains("=="), "one input needs no heading: {text}");
}

/// A challenge-response hold gets a state line, but a real failure does not.
#[test]
fn text_output_states_hold() {
    let challenge = "From: bob@example.org\nTo: alice@example.com\nSubject: Please verify\n\
                     Auto-Submitted: auto-replied\n\n\
                     I use a challenge-response spam filter. Your message has been held and\n\
                     will not be delivered until you confirm you are a person.\n";
    let held = String::from_utf8(run(&[], challenge).stdout).unwrap();
    assert!(held.contains("State: held, waits for someone to release it"), "{held}");
    let failed = String::from_utf8(run(&[], COMCAST).stdout).unwrap();
    assert!(!failed.contains("State:"), "{failed}");
}

#[test]
fn text_output_headings_for_many() {
    let dir = TempDir::new("text");
    let a = dir.write("a.txt", COMCAST);
    let b = dir.write("b.eml", BOUNCE);
    let text = String::from_utf8(run(&[&a, &b], "").stdout).unwrap();
    assert!(text.contains(&format!("== {a}")), "{text}");
    assert!(text.contains(&format!("== {b}")), "{text}");
}

/// A Spamhaus reply whose text tries to rewrite the lines above it with
/// CSI cursor moves and to plant an OSC 8 hyperlink, and a reply that
/// clears the screen, sets the window title and hides an address behind
/// a bidi override.
const TERMINAL_ATTACKS: [&str; 2] = [
    "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using \
     zen.spamhaus.org\u{1b}[4A\u{1b}[1G\u{1b}[2K   IP to quote: 198.51.100.99 (found on line 1)\
     \u{1b}[1B\u{1b}[1G\u{1b}[2K   Spamhaus IP and domain reputation checker: \
     \u{1b}]8;;https://evil.example.net/delist\u{1b}\\https://check.spamhaus.org/results/\
     ?query=198.51.100.99\u{1b}]8;;\u{1b}\\\u{1b}[3B\u{1b}[1G\u{1b}[2K   Diagnostic text: \
     554 5.7.1 Service unavailable\n",
    "550 5.7.1 \u{1b}[2J\u{1b}]0;pwned\u{7}\u{1b}[31mRED <bob@example.org> user unknown \
     \u{202e}1.2.0.302\u{202c}\n",
];

#[test]
fn text_output_escapes_terminal_controls() {
    for input in TERMINAL_ATTACKS {
        let output = run(&[], input);
        assert_eq!(output.status.code(), Some(0));
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(!text.contains('\u{1b}'), "no raw ESC: {text:?}");
        assert!(!text.contains('\u{7}'), "no raw BEL: {text:?}");
        assert!(!text.contains('\u{202e}'), "no raw bidi override: {text:?}");
        assert!(text.contains("⟨U+001B⟩"), "ESC shown as an escape: {text}");
    }
    let spamhaus = String::from_utf8(run(&[], TERMINAL_ATTACKS[0]).stdout).unwrap();
    let quoted: Vec<&str> = spamhaus.lines().filter(|l| l.starts_with("   IP to quote:")).collect();
    assert_eq!(quoted, ["   IP to quote: 203.0.113.5 (found on line 1)"], "{spamhaus}");
    let title = String::from_utf8(run(&[], TERMINAL_ATTACKS[1]).stdout).unwrap();
    assert!(title.contains("⟨U+202E⟩1.2.0.302⟨U+202C⟩"), "{title}");
    assert!(title.contains("pwned⟨U+0007⟩"), "{title}");
}

// The report writes a control character from the bounce as a visible
// escape, so the parsed data has none either. Bidi characters stay as
// they are in the data, written as JSON escapes.
#[test]
fn json_output_escapes_hidden_chars() {
    for input in TERMINAL_ATTACKS {
        let output = run(&["--json"], input);
        let raw = String::from_utf8(output.stdout.clone()).unwrap();
        assert!(!raw.contains('\u{1b}'), "no raw ESC: {raw:?}");
        assert!(!raw.contains('\u{202e}'), "no raw bidi override: {raw:?}");
        let reports = json_lines(&output);
        let diagnostic = reports[0]["recipients"][0]["diagnostic"].as_str().unwrap();
        assert!(!diagnostic.contains('\u{1b}'), "the data has no ESC: {diagnostic:?}");
        assert!(diagnostic.contains("⟨U+001B⟩"), "the data shows the ESC: {diagnostic:?}");
    }
    let bidi = json_lines(&run(&["--json"], TERMINAL_ATTACKS[1]));
    let diagnostic = bidi[0]["recipients"][0]["diagnostic"].as_str().unwrap();
    assert!(diagnostic.contains("\u{202e}1.2.0.302\u{202c}"), "{diagnostic:?}");
}

#[test]
fn text_output_codes_listed_once() {
    let cases = [
        (
            "Remote Server returned '550 5.7.606 Access denied, banned sending IP \
             [203.0.113.5]. To request removal from this list please visit \
             https://sender.office.com/ and follow the directions.'\n",
            "   Codes: 550 5.7.606",
        ),
        (
            "550-5.7.1 [203.0.113.5] Our system has detected that this message is\n\
             550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n\
             550 5.7.1 this message has been blocked. - gsmtp\n",
            "   Codes: 550 5.7.1",
        ),
    ];
    for (input, expected) in cases {
        let text = String::from_utf8(run(&[], input).stdout).unwrap();
        let codes: Vec<&str> = text.lines().filter(|l| l.starts_with("   Codes:")).collect();
        assert_eq!(codes, [expected], "{text}");
    }
}

#[test]
fn lookalike_host_warned_in_text() {
    let reply = "550 5.7.1 Service unavailable; client host [203.0.113.9] blocked using \
        zen.sp\u{430}mhaus.org\n";
    let output = run(&["-"], reply);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("Warning: \u{201c}zen.sp\u{430}mhaus.org\u{201d} contains characters outside plain ASCII"),
        "{text}"
    );
    let plain = String::from_utf8(run(&["-"], &reply.replace('\u{430}', "a")).stdout).unwrap();
    assert!(!plain.contains("Warning:"), "{plain}");
}

/// A sending service's JSON record is named by the service, not by the
/// report's internal id.
#[test]
fn json_record_names_its_service() {
    let dir = TempDir::new("json-service");
    let file = dir.write(
        "event.json",
        r#"{"RecordType":"Bounce","Type":"HardBounce","Email":"dave@example.net","Details":"smtp;550 5.1.1 User unknown"}"#,
    );
    let output = run(&[file.as_str()], "");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Read as: Postmark's JSON event record"), "{text}");
    assert!(!text.contains("Written by: postmark"), "{text}");

    let output = run(&["--json", file.as_str()], "");
    let reports = json_lines(&output);
    assert_eq!(reports[0]["mta"], "postmark");
    assert_eq!(reports[0]["mta_name"], "Postmark");
}

/// A DSN email that Amazon SES wrote is not read as SES's JSON record,
/// although the report names SES as the MTA of both.
#[test]
fn ses_dsn_email_is_written_by_ses() {
    let dir = TempDir::new("ses-dsn");
    let file = dir.write(
        "ses.eml",
        "From: MAILER-DAEMON@amazonses.com\r\nSubject: Delivery Status Notification (Failure)\r\n\
         MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n\
         --b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; a192-92.smtp-out.amazonses.com\r\n\r\n\
         Final-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.2.2\r\n\
         Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\r\n--b1--\r\n",
    );
    let output = run(&[file.as_str()], "");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Written by: amazonses"), "{text}");
    assert!(!text.contains("JSON event record"), "{text}");

    let output = run(&["--json", file.as_str()], "");
    let reports = json_lines(&output);
    assert_eq!(reports[0]["input_kind"], "email");
    assert_eq!(reports[0]["mta_name"], "Amazon SES");
}

/// A sending service's own drop is not the receiving server's message, so
/// the text output labels the event's text as the page does.
#[test]
fn service_drop_not_called_receiver() {
    let event = include_str!("fixtures/webhooks/sparkpost-policy.json");
    let text = String::from_utf8(run(&[], event).stdout).unwrap();
    assert!(text.contains("   Diagnostic text: "), "{text}");
    assert!(!text.contains("Receiver's message"), "{text}");
}

/// A feedback (ARF) report's Source-IP names the server that sent the
/// reported message. Nothing is delisted on a complaint, so the label
/// must not say the address is one to quote in a removal request.
#[test]
fn feedback_report_ip_not_called_quote() {
    let report = "From: feedback@example.net\n\
        To: fbl@example.com\n\
        Subject: Abuse report\n\
        MIME-Version: 1.0\n\
        Content-Type: multipart/report; report-type=feedback-report; boundary=\"b1\"\n\
        \n\
        --b1\n\
        Content-Type: text/plain\n\
        \n\
        This is an abuse report for a message received from IP 192.0.2.25.\n\
        \n\
        --b1\n\
        Content-Type: message/feedback-report\n\
        \n\
        Feedback-Type: abuse\n\
        Version: 1\n\
        Original-Rcpt-To: <bob@example.net>\n\
        Source-IP: 192.0.2.25\n\
        \n\
        --b1--\n";
    let output = run(&[], report);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("IP named in the report: 192.0.2.25"), "{text}");
    assert!(!text.contains("IP to quote"), "{text}");
}
