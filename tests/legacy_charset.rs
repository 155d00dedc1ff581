//! Plain text saved in a legacy code page (ISO-8859-1, Windows-1252) by
//! older Windows tools and some mail programs. Its bytes are not UTF-8;
//! an address with a letter such as `ü` must still read whole, never as
//! the shorter address after the undecodable byte.

use bounce_explainer::explain_bytes;

fn recipients(raw: &[u8]) -> Vec<Option<String>> {
    explain_bytes(raw).recipients.into_iter().map(|r| r.recipient).collect()
}

#[test]
fn latin1_address_reads_whole() {
    // `ü` is 0xFC, `ä` 0xE4, `ç` 0xE7 in ISO-8859-1 and Windows-1252.
    let cases: [(&[u8], &str); 3] = [
        (b"550 5.1.1 <j\xFCrgen@example.net>: Empf\xE4nger unbekannt\n", "jürgen@example.net"),
        (b"550 5.1.1 <fran\xE7ois@example.org>: destinataire inconnu\n", "françois@example.org"),
        // 0x9A is `š` in Windows-1252, one of the letters it adds to Latin-1.
        (b"550 5.1.1 <\x9Aimon@example.com>: user unknown\n", "šimon@example.com"),
    ];
    for (raw, expected) in cases {
        assert_eq!(
            recipients(raw),
            [Some(expected.to_string())],
            "{}",
            String::from_utf8_lossy(raw)
        );
    }
}

#[test]
fn valid_utf8_beside_a_stray_byte_is_kept() {
    // A UTF-8 file with one Windows-1252 byte (0x96, an en dash) pasted in:
    // the UTF-8 letters stay as they are.
    let mut raw = "550 5.1.1 <jürgen@example.net>: Empfänger unbekannt ".as_bytes().to_vec();
    raw.extend_from_slice(b"\x96 see above\n");
    assert_eq!(recipients(&raw), [Some("jürgen@example.net".to_string())]);
    let report = explain_bytes(&raw);
    assert!(
        report.recipients[0].diagnostic.contains("Empfänger unbekannt –"),
        "{}",
        report.recipients[0].diagnostic
    );
}

/// Text that already contains U+FFFD (a lossy copy) must not name the part of
/// the address after it as the recipient.
#[test]
fn replacement_character_does_not_cut_address() {
    for text in [
        "550 5.1.1 <j\u{FFFD}rgen@example.net>: Empfänger unbekannt",
        "550 5.1.1 user unknown: m\u{FFFD}ller@example.org",
        "550 5.1.1 <bob@ex\u{FFFD}mple.com>: user unknown",
    ] {
        let report = bounce_explainer::explain(text);
        for r in &report.recipients {
            let Some(address) = r.recipient.as_deref() else { continue };
            assert!(address.contains('\u{FFFD}'), "{text}: cut to {address}");
            assert!(
                r.notes.iter().any(|n| n.message.contains("could not be decoded")),
                "{text}: {:#?}",
                r.notes
            );
        }
    }
}

/// An email whose 8-bit body has no charset: Latin-1 bytes that also
/// decode as Shift_JIS (`ç` and `o` make one kanji) are still read as
/// Windows-1252, since the result has no kana.
#[test]
fn unlabelled_8bit_body_reads_latin1() {
    for (local, expected) in
        [(&b"j\xFCrgen"[..], "jürgen@example.net"), (b"fran\xE7ois", "françois@example.net")]
    {
        let mut raw = b"From: MAILER-DAEMON@mx.example.com\nTo: alice@example.com\n\
            Subject: Undelivered Mail Returned to Sender\n\n<"
            .to_vec();
        raw.extend_from_slice(local);
        raw.extend_from_slice(b"@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <");
        raw.extend_from_slice(local);
        raw.extend_from_slice(b"@example.net>: User unknown (in reply to RCPT TO command)\n");
        assert_eq!(recipients(&raw), [Some(expected.to_string())]);
    }
}
