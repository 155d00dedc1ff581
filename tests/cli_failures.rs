//! The command-line tool when something fails: a panic inside the
//! explainer fails only its input, and a closed pipe or standard output
//! keeps the documented exit status.

use crate::cli_run;

use std::process::{Command, Output, Stdio};

use cli_run::{first_code, json_lines, run, TempDir, BIN, BOUNCE, COMCAST, COMCAST_EMAIL};

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
