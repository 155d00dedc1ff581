//! The command-line tool, run as a built binary on temporary files.

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_bounce-explainer");

const COMCAST: &str = "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net \
    203.0.113.5 found on one or more DNSBLs, see \
    http://postmaster.comcast.net/smtp-error-codes.php#BL000010\n";

/// The Comcast reply inside a bounce email, as an mbox stores it.
const COMCAST_EMAIL: &str = "From: MAILER-DAEMON@comcast.net\n\
    Subject: Delivery failure\n\
    \n\
    554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net \
    203.0.113.5 found on one or more DNSBLs, see \
    http://postmaster.comcast.net/smtp-error-codes.php#BL000010\n";

const BOUNCE: &str = "From: MAILER-DAEMON@mx.example.net\n\
    To: sender@example.com\n\
    Subject: Undelivered Mail Returned to Sender\n\
    \n\
    <nobody@example.org>: host mx.example.org[198.51.100.2] said: 550 5.1.1\n    \
    <nobody@example.org>: Recipient address rejected: User unknown\n    \
    (in reply to RCPT TO command)\n";

/// A fresh folder under the system temp folder, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir()
            .join(format!("bounce-explainer-cli-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, name: &str, text: &str) -> String {
        let path = self.0.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
        path.to_string_lossy().into_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn json_lines(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn first_code(report: &Value) -> &Value {
    &report["recipients"][0]["code"]
}

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
fn mbox_split_into_messages() {
    let dir = TempDir::new("mbox");
    let mbox = format!(
        "From MAILER-DAEMON Thu Apr 29 23:34:45 2015\n{BOUNCE}\n\
         From MAILER-DAEMON Thu Apr 29 23:35:00 2015\n{COMCAST_EMAIL}\n\
         From MAILER-DAEMON Thu Apr 29 23:36:00 2015\n{BOUNCE}>From the desk of Jo\n\n"
    );
    let path = dir.write("bounces.mbox", &mbox);
    let output = run(&["--json", &path], "");
    assert_eq!(output.status.code(), Some(0));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 3);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line["file"], path.as_str());
        assert_eq!(line["index"], i);
    }
    assert_eq!(lines[0]["recipients"][0]["recipient"], "nobody@example.org");
    assert_eq!(first_code(&lines[1]), "BL000010");
    assert_eq!(lines[2]["recipients"][0]["reply"], "550");
}

#[test]
fn maildir_cur_and_new() {
    let dir = TempDir::new("maildir");
    dir.write("cur/1.host:2,S", COMCAST);
    dir.write("new/2.host", BOUNCE);
    dir.write("tmp/3.host", COMCAST);
    dir.write("cur/.hidden", COMCAST);
    let root = dir.0.to_string_lossy().into_owned();
    let output = run(&["--json", &root], "");
    assert_eq!(output.status.code(), Some(0));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 2, "tmp/ and dot files are skipped");
    assert!(lines[0]["file"].as_str().unwrap().ends_with("cur/1.host:2,S"));
    assert_eq!(first_code(&lines[0]), "BL000010");
    assert!(lines[1]["file"].as_str().unwrap().ends_with("new/2.host"));
}

#[test]
fn unreadable_file_exits_1() {
    let dir = TempDir::new("unreadable");
    let good = dir.write("good.txt", COMCAST);
    let missing = dir.0.join("missing.eml").to_string_lossy().into_owned();
    let output = run(&["--json", &missing, &good], "");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    assert!(stderr.contains(&missing), "stderr names the file: {stderr}");
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1, "the readable file is still explained");
    assert_eq!(lines[0]["file"], good.as_str());
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

#[cfg(unix)]
#[test]
fn non_utf8_path_exits_1() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    let output = Command::new(BIN)
        .arg("--json")
        .arg(OsStr::from_bytes(b"missing-\xff.eml"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "an unreadable path, not a panic");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("failed to read missing-"), "{stderr}");
}

/// A Latin-1 file name, as old file shares and zip files hold, is opened
/// by its real bytes, alone and inside its folder. Only the `file` field
/// and messages show it lossily.
#[cfg(unix)]
#[test]
fn non_utf8_file_name_read() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    let dir = TempDir::new("latin1");
    let path = dir.0.join(OsStr::from_bytes(b"bounce-\xe9t\xe9.eml"));
    fs::write(&path, COMCAST).unwrap();
    let lossy = path.to_string_lossy().into_owned();
    assert!(lossy.contains("bounce-\u{FFFD}t\u{FFFD}.eml"), "{lossy}");

    for input in [path.as_os_str(), dir.0.as_os_str()] {
        let output =
            Command::new(BIN).arg("--json").arg(input).stdin(Stdio::null()).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{stderr}");
        let reports = json_lines(&output);
        assert_eq!(reports.len(), 1);
        assert_eq!(reports[0]["file"], lossy.as_str());
        assert_eq!(reports[0]["recipients"][0]["sender_ip"], "203.0.113.5");
    }
}

#[test]
fn oversized_file_read_in_part() {
    let dir = TempDir::new("oversized");
    let path = dir.0.join("huge.txt");
    let mut file = fs::File::create(&path).unwrap();
    file.write_all(COMCAST.as_bytes()).unwrap();
    let filler = vec![b'x'; 1 << 20];
    for _ in 0..65 {
        file.write_all(&filler).unwrap();
    }
    drop(file);
    let path = path.to_string_lossy().into_owned();
    let output = run(&["--json", &path], "");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(&path), "{stderr}");
    assert!(stderr.contains("skipped"), "{stderr}");
    let reports = json_lines(&output);
    assert_eq!(reports.len(), 1);
}

#[test]
fn nul_file_reported_binary() {
    let dir = TempDir::new("nuls");
    let path = dir.0.join("nuls.bin");
    fs::write(&path, [0u8; 1000]).unwrap();
    let path = path.to_string_lossy().into_owned();
    let output = run(&["--json", &path], "");
    assert_eq!(output.status.code(), Some(1), "binary data could not be read as text");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nuls.bin"), "{stderr}");
    assert!(stderr.contains("binary"), "{stderr}");
    let reports = json_lines(&output);
    assert_eq!(reports[0]["input_kind"], "binary");
    let output = run(&[&path], "");
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(!text.contains("empty"), "{text}");
    assert!(text.contains("binary"), "{text}");
}

#[test]
fn utf16_file_explained() {
    let dir = TempDir::new("utf16");
    let text = "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using \
        zen.spamhaus.org\r\n";
    let mut raw = vec![0xFF, 0xFE];
    raw.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let path = dir.0.join("notepad.txt");
    fs::write(&path, raw).unwrap();
    let path = path.to_string_lossy().into_owned();
    let output = run(&["--json", &path], "");
    assert_eq!(output.status.code(), Some(0));
    let reports = json_lines(&output);
    assert_eq!(reports[0]["input_kind"], "smtp_reply");
    assert_eq!(reports[0]["recipients"][0]["blocklists"][0], "spamhaus");
    assert_eq!(reports[0]["recipients"][0]["sender_ip"], "203.0.113.9");
}

#[test]
fn text_without_failure_exits_0() {
    let output = run(&["--json", "-"], "Hello, lunch at noon?\n");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(json_lines(&output)[0]["input_kind"], "not_bounce");
}

#[test]
fn empty_file_summary_for_cli() {
    let dir = TempDir::new("empty");
    let path = dir.write("empty.txt", "");
    let output = run(&["--json", &path], "");
    let reports = json_lines(&output);
    let summary = reports[0]["summary"].as_str().unwrap();
    assert!(summary.contains("file is empty"), "{summary}");
    assert!(!summary.contains("paste"), "{summary}");
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
     ?query=198.51.100.99\u{1b}]8;;\u{1b}\\\u{1b}[3B\u{1b}[1G\u{1b}[2K   Receiver's message: \
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

#[test]
fn json_output_escapes_hidden_losslessly() {
    for input in TERMINAL_ATTACKS {
        let output = run(&["--json"], input);
        let raw = String::from_utf8(output.stdout.clone()).unwrap();
        assert!(!raw.contains('\u{1b}'), "no raw ESC: {raw:?}");
        assert!(!raw.contains('\u{202e}'), "no raw bidi override: {raw:?}");
        let reports = json_lines(&output);
        let diagnostic = reports[0]["recipients"][0]["diagnostic"].as_str().unwrap();
        assert!(diagnostic.contains('\u{1b}'), "the data keeps the ESC: {diagnostic:?}");
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

/// Runs the debug binary with its test-only switch that makes the input
/// named `panic_on` panic inside the explainer.
#[cfg(debug_assertions)]
fn run_forcing_panic(args: &[&str], panic_on: &str) -> Output {
    Command::new(BIN)
        .args(args)
        .env("BOUNCE_EXPLAINER_TEST_PANIC_ON", panic_on)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
#[cfg(debug_assertions)]
fn panic_fails_one_input_only() {
    let dir = TempDir::new("panic");
    let bad = dir.write("bad.txt", BOUNCE);
    let good = dir.write("good.txt", COMCAST);
    let output = run_forcing_panic(&["--json", &bad, &good], &bad);
    assert_eq!(output.status.code(), Some(1), "a failed input exits 1, not 101");
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    assert!(stderr.contains(&format!("failed to explain {bad}")), "{stderr}");
    assert!(stderr.contains("internal error"), "{stderr}");
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1, "the input after the panic is still explained");
    assert_eq!(lines[0]["file"], good.as_str());
    assert_eq!(first_code(&lines[0]), "BL000010");
}

#[test]
#[cfg(debug_assertions)]
fn panic_message_escapes_terminal_controls() {
    let dir = TempDir::new("panic-escape");
    let bad = dir.write("bad.txt", "550 5.1.1 \u{1B}[2J\u{1B}]0;owned\u{7} \u{202E}x\n");
    let output = run_forcing_panic(&[&bad], &bad);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("forced for a test on: 550 5.1.1"), "{stderr}");
    assert!(stderr.contains("⟨U+001B⟩[2J"), "{stderr}");
    assert!(stderr.contains("⟨U+202E⟩"), "{stderr}");
    for raw in ['\u{1B}', '\u{7}', '\u{202E}'] {
        assert!(!stderr.contains(raw), "raw {raw:?} on stderr: {stderr:?}");
    }
}

#[test]
#[cfg(debug_assertions)]
fn panic_in_mbox_names_message() {
    let dir = TempDir::new("panic-mbox");
    let mbox = format!("From a@example.com Thu Jan  1 00:00:00 2026\n{COMCAST_EMAIL}");
    let path = dir.write("box.mbox", &mbox);
    let output = run_forcing_panic(&[&path], &path);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains(&format!("failed to explain message 0 of {path}")), "{stderr}");
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

/// A reader that closes its end early (`2>&1 | head -1`, `--help | :`)
/// must not turn into a panic or an abort: the exit status stays the
/// documented one.
#[test]
fn closed_pipes_keep_exit_status() {
    let missing: Vec<String> = (0..2000).map(|i| format!("/nonexistent-{i}.eml")).collect();
    let mut child = Command::new(BIN)
        .args(&missing)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("CLI starts");
    drop(child.stderr.take());
    let status = child.wait().expect("CLI ends");
    assert_eq!(status.code(), Some(1), "unreadable inputs with stderr closed: {status:?}");

    for _ in 0..5 {
        let mut child = Command::new(BIN)
            .arg("--help")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("CLI starts");
        drop(child.stdout.take());
        let status = child.wait().expect("CLI ends");
        assert_eq!(status.code(), Some(0), "--help with stdout closed: {status:?}");
    }
}

/// With standard output closed outright (`>&-`), the Rust runtime opens
/// /dev/null in its place before `main`, so the tool cannot tell it from
/// `> /dev/null`. `--help` documents this, and this test checks both.
#[cfg(unix)]
#[test]
fn closed_stdout_behaves_as_dev_null() {
    let dir = TempDir::new("closed-stdout");
    let file = dir.write("bounce.txt", "550 5.1.1 <bob@example.net>: User unknown\n");
    let help = run(&["--help"], "");
    assert!(String::from_utf8_lossy(&help.stdout).contains("`>&-`"), "--help names the case");
    for args in [vec![file.as_str()], vec!["--json", file.as_str()]] {
        let output = Command::new("sh")
            .arg("-c")
            .arg(r#"exec "$0" "$@" >&-"#)
            .arg(BIN)
            .args(&args)
            .output()
            .expect("sh runs the CLI");
        assert_eq!(output.status.code(), Some(0), "{args:?}: {output:?}");
        assert!(output.stderr.is_empty(), "{args:?}: {output:?}");
    }
}

/// A folder with no message in it (plain, or a Maildir whose cur/ and new/
/// are empty) is named on standard error. A mistyped path then does not
/// look like a clean run. Like an empty file, it counts as explained.
#[test]
fn empty_folder_named_on_stderr() {
    let plain = TempDir::new("empty-folder");
    let maildir = TempDir::new("empty-maildir");
    fs::create_dir_all(maildir.0.join("cur")).unwrap();
    fs::create_dir_all(maildir.0.join("new")).unwrap();
    maildir.write("cur/.hidden", COMCAST);
    for dir in [&plain, &maildir] {
        let root = dir.0.to_string_lossy().into_owned();
        for args in [vec![root.as_str()], vec!["--json", root.as_str()]] {
            let output = run(&args, "");
            assert_eq!(output.status.code(), Some(0), "{args:?}");
            assert!(output.stdout.is_empty(), "{args:?}");
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert!(stderr.contains(&root), "{stderr}");
            assert!(stderr.contains("nothing to explain"), "{stderr}");
        }
    }
    // Beside a file, the file is still explained.
    let good = plain.write("../empty-folder-neighbour.txt", COMCAST);
    let root = plain.0.to_string_lossy().into_owned();
    let output = run(&["--json", &root, &good], "");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(json_lines(&output).len(), 1);
    let _ = fs::remove_file(&good);
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

/// A folder that contains only subfolders is read through them, in name
/// order. A symbolic link to a folder is named on standard error and not
/// followed, so a link back up the tree cannot loop.
#[test]
fn folder_reads_subfolders() {
    let dir = TempDir::new("nested");
    dir.write("a/o.txt", COMCAST);
    dir.write("a/b/z.eml", BOUNCE);
    let root = dir.0.to_string_lossy().into_owned();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&dir.0, dir.0.join("a/b/loop")).unwrap();

    let output = run(&["--json", &root], "");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let files: Vec<String> =
        json_lines(&output).iter().map(|r| r["file"].as_str().unwrap().to_string()).collect();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files[0].ends_with("a/b/z.eml"), "{files:?}");
    assert!(files[1].ends_with("a/o.txt"), "{files:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains("no message"), "{stderr}");
    #[cfg(unix)]
    {
        assert!(stderr.contains("skipped the folder"), "{stderr}");
        assert!(stderr.contains("loop: it is a symbolic link"), "{stderr}");
    }
}

/// Folders below the depth limit are named as skipped, not read.
#[test]
fn folder_depth_is_bounded() {
    let dir = TempDir::new("deep");
    let deep: String = (0..10).map(|i| format!("d{i}/")).collect();
    dir.write(&format!("{deep}x.txt"), COMCAST);
    dir.write("d0/y.txt", COMCAST);
    let root = dir.0.to_string_lossy().into_owned();
    let output = run(&["--json", &root], "");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(json_lines(&output).len(), 1);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("skipped the folder"), "{stderr}");
    assert!(stderr.contains("d8: it lies"), "{stderr}");
    assert!(stderr.contains("more than 8 folder levels"), "{stderr}");
}

/// The message for a folder tree with no file in it states that the
/// subfolders were read too.
#[test]
fn empty_folder_tree_named() {
    let dir = TempDir::new("empty-tree");
    fs::create_dir_all(dir.0.join("a/b")).unwrap();
    let root = dir.0.to_string_lossy().into_owned();
    let output = run(&[&root], "");
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("has no message in it or in its subfolders"), "{stderr}");
}
