//! Runs the command-line tool as a built binary, for the CLI tests, with
//! the bounces they feed it. A test file that declares `mod cli_run;`
//! uses them.

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_bounce-explainer");

#[allow(dead_code)] // Not every test file that declares this module uses it.
pub const COMCAST: &str =
    "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net \
    203.0.113.5 found on one or more DNSBLs, see \
    http://postmaster.comcast.net/smtp-error-codes.php#BL000010\n";

/// The Comcast reply inside a bounce email, as an mbox stores it.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub const COMCAST_EMAIL: &str = "From: MAILER-DAEMON@comcast.net\n\
    Subject: Delivery failure\n\
    \n\
    554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net \
    203.0.113.5 found on one or more DNSBLs, see \
    http://postmaster.comcast.net/smtp-error-codes.php#BL000010\n";

#[allow(dead_code)] // Not every test file that declares this module uses it.
pub const BOUNCE: &str = "From: MAILER-DAEMON@mx.example.net\n\
    To: sender@example.com\n\
    Subject: Undelivered Mail Returned to Sender\n\
    \n\
    <nobody@example.org>: host mx.example.org[198.51.100.2] said: 550 5.1.1\n    \
    <nobody@example.org>: Recipient address rejected: User unknown\n    \
    (in reply to RCPT TO command)\n";

/// A fresh folder under the system temp folder, removed on drop.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub struct TempDir(pub PathBuf);

#[allow(dead_code)] // Not every test file that declares this module uses it.
impl TempDir {
    pub fn new(name: &str) -> Self {
        let dir = std::env::temp_dir()
            .join(format!("bounce-explainer-cli-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    pub fn write(&self, name: &str, text: &str) -> String {
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

#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn run(args: &[&str], stdin: &str) -> Output {
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

#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn json_lines(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn first_code(report: &Value) -> &Value {
    &report["recipients"][0]["code"]
}
