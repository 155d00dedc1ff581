//! Binary data must be reported as binary, whatever its byte pattern,
//! while text in legacy charsets, UTF-16 with a BOM and emails with stray
//! control bytes or a raw attachment are still read as text.

use bounce_explainer::{explain_bytes, InputKind};

/// A xorshift64* pseudo-random generator, so that a fixed seed gives the
/// same buffers on every run without a dependency.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| (self.next() >> 56) as u8).collect()
    }
}

#[test]
fn random_buffers_are_binary() {
    let mut rng = Xorshift(0x9E37_79B9_7F4A_7C15);
    let mut misread = Vec::new();
    for i in 0..400 {
        // Sizes spread evenly on a log scale from 64 B to 64 KB. Shorter
        // buffers can pass for text by chance (see src/input/binary.rs).
        let len = (64.0 * 1024f64.powf(f64::from(i) / 399.0)) as usize;
        let raw = rng.bytes(len);
        let kind = explain_bytes(&raw).input_kind;
        if kind != InputKind::Binary {
            misread.push((i, len, kind));
        }
    }
    assert!(misread.is_empty(), "read as text (index, size, kind): {misread:?}");
}

#[test]
fn random_files_exit_1() {
    let dir = std::env::temp_dir().join(format!("bounce-explainer-binary-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let paths: Vec<_> = (1..=10)
        .map(|seed| {
            let path = dir.join(format!("random-{seed}.bin"));
            std::fs::write(&path, Xorshift(seed).bytes(1000)).unwrap();
            path
        })
        .collect();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_bounce-explainer"))
        .arg("--json")
        .args(&paths)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "stderr: {stderr}");
    let kinds: Vec<_> = stdout
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()["input_kind"].clone())
        .collect();
    assert_eq!(kinds, vec!["binary"; 10], "{stdout}");
    for seed in 1..=10 {
        assert!(stderr.contains(&format!("random-{seed}.bin")), "{stderr}");
    }
    assert!(stderr.contains("binary"), "{stderr}");
}

#[test]
fn legacy_charset_text_is_read() {
    let rows: [(&str, &[u8]); 12] = [
        ("ISO-8859-1", b"550 5.1.1 <j\xFCrgen@example.net>: Empf\xE4nger unbekannt. Gr\xFC\xDFe\n"),
        ("Windows-1252", b"550 5.1.1 \x93user unknown\x94 \x96 mailbox gone\x85\n"),
        (
            "Shift_JIS",
            b"550 5.1.1 \x88\xB6\x90\xE6\x82\xCC\x83\x86\x81[\x83U\x81[\x82\xCD\x91\xB6\x8D\xDD\
              \x82\xB5\x82\xDC\x82\xB9\x82\xF1\n",
        ),
        ("Shift_JIS, short", b"\x83\x86\x81[\x83U\x81[\x95s\x96\xBE\n"),
        // "宛先不明" (address unknown): kanji without kana.
        ("Shift_JIS, kanji only", b"550 \x88\xB6\x90\xE6\x95s\x96\xBE\n"),
        ("EUC-JP", b"550 5.1.1 \xA5\xE6\xA1\xBC\xA5\xB6\xA1\xBC\xC9\xD4\xCC\xC0\n"),
        // "使用者不存在" (user does not exist), with trail bytes in ASCII.
        ("Big5", b"550 5.1.1 \xA8\xCF\xA5\xCE\xAA\xCC\xA4\xA3\xA6s\xA6b\n"),
        ("ISO-2022-JP", b"550 5.1.1 \x1B$B08@h$N%f!<%6!<$OB8:_$7$^$;$s\x1B(B\n"),
        (
            "GB2312",
            b"550 5.1.1 \xCA\xD5\xBC\xFE\xC8\xCB\xB5\xD8\xD6\xB7\xB2\xBB\xB4\xE6\xD4\xDA\xA3\xAC\
              \xC7\xEB\xBC\xEC\xB2\xE9\xBA\xF3\xD6\xD8\xCA\xD4\n",
        ),
        ("GB2312, short", b"\xD3\xC3\xBB\xA7\xB2\xBB\xB4\xE6\xD4\xDA\n"),
        (
            "KOI8-R",
            b"550 5.1.1 \xF0\xCF\xCC\xD8\xDA\xCF\xD7\xC1\xD4\xC5\xCC\xD8 \xCE\xC5 \xCE\xC1\xCA\xC4\xC5\xCE, \
              \xD0\xD2\xCF\xD7\xC5\xD2\xD8\xD4\xC5 \xC1\xC4\xD2\xC5\xD3\n",
        ),
        ("KOI8-R, short", b"\xEF\xDB\xC9\xC2\xCB\xC1 \xC4\xCF\xD3\xD4\xC1\xD7\xCB\xC9\n"),
    ];
    for (charset, raw) in rows {
        assert_ne!(explain_bytes(raw).input_kind, InputKind::Binary, "{charset}");
    }
}

#[test]
fn utf16_with_bom_is_read() {
    let text = "550 5.1.1 <bob@example.org>: user unknown\r\n";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    assert_ne!(explain_bytes(&le).input_kind, InputKind::Binary);
    assert_ne!(explain_bytes(&be).input_kind, InputKind::Binary);
}

const HEADERS: &str = "From: MAILER-DAEMON@mx.example.net\r\n\
    To: sender@example.com\r\n\
    Subject: Undelivered Mail Returned to Sender\r\n\
    MIME-Version: 1.0\r\n\
    Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n";

const REPORT: &str = "--b1\r\n\
    Content-Type: text/plain\r\n\r\n\
    <nobody@example.org>: host mx.example.org[198.51.100.2] said: 550 5.1.1\r\n\
    \x20   User unknown (in reply to RCPT TO command)\r\n";

#[test]
fn email_with_stray_controls_is_read() {
    let mut raw = HEADERS.as_bytes().to_vec();
    raw.extend_from_slice(REPORT.as_bytes());
    // A NUL, a backspace and a form feed, as a broken relay leaves them.
    raw.extend_from_slice(b"\x00note\x08 \x0c\r\n--b1--\r\n");
    let report = explain_bytes(&raw);
    assert_eq!(report.input_kind, InputKind::Email);
    assert_eq!(report.recipients.len(), 1);
}

#[test]
fn email_with_raw_attachment_is_read() {
    // Blank lines of each kind inside the attachment must not be taken
    // for the end of the header block.
    for (seed, blank) in [(42, &b""[..]), (43, b"\n\n"), (44, b"\r\r"), (45, b"\r\n\r\n")] {
        let mut rng = Xorshift(seed);
        let mut raw = HEADERS.as_bytes().to_vec();
        raw.extend_from_slice(REPORT.as_bytes());
        raw.extend_from_slice(
            b"--b1\r\nContent-Type: application/octet-stream\r\n\
              Content-Transfer-Encoding: binary\r\n\r\n",
        );
        raw.extend(rng.bytes(100));
        raw.extend_from_slice(blank);
        raw.extend(rng.bytes(3000));
        raw.extend_from_slice(b"\r\n--b1--\r\n");
        let report = explain_bytes(&raw);
        assert_eq!(report.input_kind, InputKind::Email, "seed {seed}");
        assert_eq!(report.recipients.len(), 1, "seed {seed}");
    }
}
