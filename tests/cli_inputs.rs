//! The inputs the command-line tool reads: files in odd encodings or
//! with odd names, binary and oversized files, mbox files, Maildirs and
//! folder trees, run as a built binary on temporary files.

use crate::cli_run;

use std::fs;
use std::io::Write;
use std::process::{Command, Stdio};

use cli_run::{first_code, json_lines, run, TempDir, BIN, BOUNCE, COMCAST, COMCAST_EMAIL};

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

/// A Maildir's Maildir++ folders (`.Bounces`, `.Junk` beside cur/ and
/// new/) are read after its own messages, in name order, because a
/// filter rule often moves bounces into one. A dot folder that is not a
/// Maildir, and the folders' tmp/, are not read.
#[test]
fn maildir_plus_plus_folders() {
    let dir = TempDir::new("maildir-folders");
    dir.write("cur/1.host:2,S", COMCAST);
    dir.write(".Junk/new/3.host", COMCAST);
    dir.write(".Bounces/cur/2.host:2,S", BOUNCE);
    dir.write(".Bounces/tmp/4.host", COMCAST);
    dir.write(".config/settings.txt", COMCAST);
    dir.write(".hidden-file", COMCAST);
    let root = dir.0.to_string_lossy().into_owned();
    let output = run(&["--json", &root], "");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let files: Vec<String> =
        json_lines(&output).iter().map(|r| r["file"].as_str().unwrap().to_string()).collect();
    assert_eq!(files.len(), 3, "{files:?}");
    assert!(files[0].ends_with("cur/1.host:2,S"), "{files:?}");
    assert!(files[1].ends_with(".Bounces/cur/2.host:2,S"), "{files:?}");
    assert!(files[2].ends_with(".Junk/new/3.host"), "{files:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains("skipped"), "{stderr}");
}

/// A Maildir++ folder that is a symbolic link, or that lies below the
/// depth limit, is named on standard error like any other folder left out.
#[cfg(unix)]
#[test]
fn maildir_folder_skips_named() {
    let elsewhere = TempDir::new("maildir-folder-target");
    elsewhere.write("cur/5.host", COMCAST);
    let dir = TempDir::new("maildir-folder-skips");
    dir.write("box/cur/1.host", COMCAST);
    std::os::unix::fs::symlink(&elsewhere.0, dir.0.join("box/.Linked")).unwrap();
    // d7/ lies 8 levels below the folder given, so its .Deep lies 9.
    let deep: String = (0..8).map(|i| format!("d{i}/")).collect();
    dir.write(&format!("{deep}cur/6.host"), COMCAST);
    dir.write(&format!("{deep}.Deep/cur/7.host"), COMCAST);
    let root = dir.0.to_string_lossy().into_owned();
    let output = run(&["--json", &root], "");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let files: Vec<String> =
        json_lines(&output).iter().map(|r| r["file"].as_str().unwrap().to_string()).collect();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files[0].ends_with("box/cur/1.host"), "{files:?}");
    assert!(files[1].ends_with("d7/cur/6.host"), "{files:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains(".Linked: it is a symbolic link"), "{stderr}");
    assert!(stderr.contains(".Deep: it lies"), "{stderr}");
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

/// A FIFO or a link to a device inside a folder is not read, since it
/// could block, and standard error names it.
#[cfg(unix)]
#[test]
fn special_files_in_folder_named() {
    let dir = TempDir::new("special");
    dir.write("a.txt", COMCAST);
    let fifo = dir.0.join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", dir.0.join("zero")).unwrap();
    let root = dir.0.to_string_lossy().into_owned();
    let output = run(&["--json", &root], "");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(json_lines(&output).len(), 1);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("pipe: it is not a regular file"), "{stderr}");
    assert!(stderr.contains("zero: it is not a regular file"), "{stderr}");
}

#[test]
fn utf8_bom_file_and_mbox() {
    let dir = TempDir::new("utf8-bom");
    let email = include_str!("fixtures/before_header/exchange-base64.eml");
    let path = dir.write("bounce.eml", &format!("\u{feff}{email}"));
    let output = run(&["--json", &path], "");
    assert_eq!(output.status.code(), Some(0));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["input_kind"], "email");
    assert_eq!(lines[0]["recipients"].as_array().map(Vec::len), Some(1));
    assert_eq!(lines[0]["recipients"][0]["recipient"], "bob@example.net");
    assert_eq!(lines[0]["recipients"][0]["sender_ip"], "203.0.113.45");

    let mbox = format!(
        "\u{feff}From MAILER-DAEMON Thu Apr 29 23:34:45 2015\n{BOUNCE}\n\
         From MAILER-DAEMON Thu Apr 29 23:35:00 2015\n{COMCAST_EMAIL}\n"
    );
    let path = dir.write("bounces.mbox", &mbox);
    let lines = json_lines(&run(&["--json", &path], ""));
    assert_eq!(lines.len(), 2, "each message is a line of its own");
    assert_eq!(lines[1]["index"], 1);
    assert_eq!(first_code(&lines[1]), "BL000010");
}
