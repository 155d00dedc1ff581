//! Extraction through the encodings bounces arrive in: odd line ends
//! (CR CR LF, lone CR), unlabelled ISO-2022-JP, HTML-only reports, and
//! hostile bytes. Documentation addresses only.

use crate::common;

use bounce_explainer::extract::extract;
use bounce_explainer::input::decode;
use common::{only, run};

#[test]
fn dragonfly_cr_cr_lf_reply() {
    let text =
        "From: MAILER-DAEMON <>\r\nTo: sender@example.com\r\nSubject: Mail delivery failed\r\n\r\n\
        This is the DragonFly Mail Agent v0.13 at example.com.\r\n\r\n\
        There was an error delivering your mail to <user@example.org>.\r\n\r\n\
        mx.example.org [192.0.2.7] did not like our final DATA:\r\n\
        550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\r\r\n\
        550 5.7.26 DMARC policy.\r\r\n\r\n\
        Message headers follow.\r\n\r\n\
        To: <user@example.org>\r\n";
    let extracted = run(text);
    let failure = only(&extracted);
    assert_eq!(extracted.mta, Some("dragonfly"));
    assert_eq!(failure.recipient.as_deref(), Some("user@example.org"));
    assert_eq!(failure.reply.as_deref(), Some("550"));
    assert_eq!(failure.status.as_deref(), Some("5.7.26"));
    assert_eq!(failure.command.as_deref(), Some("DATA"));
    assert_eq!(failure.remote_mta.as_deref(), Some("mx.example.org"));
    assert_eq!(
        failure.diagnostic,
        "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy."
    );
}

#[test]
fn email_with_lone_cr_line_ends() {
    let text = "From: MAILER-DAEMON@example.com (Mail Delivery System)\nTo: sender@example.com\n\
        Subject: Undelivered Mail Returned to Sender\n\n\
        This is the mail system at host example.com.\n\n\
        <bob@example.org>: host mx.example.org[198.51.100.7] said: 554 5.7.1 Service unavailable;\n\
        \x20   Client host [203.0.113.5] blocked using zen.spamhaus.org (in reply to RCPT TO command)\n";
    let cr = text.replace('\n', "\r");
    let report = bounce_explainer::explain(&cr);
    assert_eq!(report.input_kind, bounce_explainer::InputKind::Email);
    assert_eq!(report.recipients.len(), 1);
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.org"));
    assert_eq!(report.recipients[0].sender_ip.as_deref(), Some("203.0.113.5"));
}

#[test]
fn hostile_inputs_do_not_panic() {
    let long_line = format!("550 5.1.1 {}\n", "x".repeat(1 << 20));
    let many_lines = "550 5.7.1 <user@example.org> blocked\n".repeat(100_000);
    // 5,000 recipients fit within the scan limit of pasted text.
    let many_recipients: String = (0..5_000)
        .map(|i| {
            format!("<u{i}@example.org>: host mx.example.org[192.0.2.1] said: 550 unknown\n\n")
        })
        .collect();
    let mut nested = String::from("From: a@example.com\nTo: b@example.com\nMIME-Version: 1.0\n");
    for depth in 0..200 {
        nested.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"b{depth}\"\n\n--b{depth}\n"
        ));
    }
    let inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"From \n".to_vec(),
        b"\0\0\0550\0".to_vec(),
        vec![0xff, 0xfe, b'5', b'5', b'0', b' ', 0xc3],
        b"From: a@example.com\nTo: b\n\n\xe3\x81".to_vec(),
        b"Subject: x\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822;\n".to_vec(),
        "<<< \n554 <>... \n>>> RCPT To:<>\n".as_bytes().to_vec(),
        "Remote Server returned '\n« 550".as_bytes().to_vec(),
        "{\"notificationType\":\"Bounce\",\"bouncedRecipients\":[{".as_bytes().to_vec(),
        long_line.into_bytes(),
        many_lines.into_bytes(),
        many_recipients.clone().into_bytes(),
        nested.into_bytes(),
    ];
    for input in &inputs {
        let extracted = extract(&decode(input));
        assert!(extracted.failures.len() <= 10_000, "{} failures", extracted.failures.len());
    }
    assert_eq!(extract(&decode(many_recipients.as_bytes())).failures.len(), 5_000);
}

#[test]
fn unlabelled_iso_2022_jp_decoded() {
    let mut raw =
        b"From: Postmaster@example.co.jp\nTo: sender@example.com\nSubject: DELIVERY FAILURE: x\n\
        MIME-Version: 1.0\nContent-Type: text/plain\n\n\
        Your message was not delivered to:\n\n  user@example.org\n\nbecause:\n\n  "
            .to_vec();
    // "ユーザー" in ISO-2022-JP, sent without a charset label.
    raw.extend_from_slice(b"\x1b$B%f!<%6!<\x1b(B unknown\n");
    let extracted = extract(&decode(&raw));
    let failure = only(&extracted);
    assert!(failure.diagnostic.contains("ユーザー unknown"), "{failure:?}");
}

#[test]
fn html_bounce_skips_style() {
    let text = "From: Postmaster <postmaster@example.net>\nTo: sender@example.com\nSubject: Undeliverable: hello\n\
        MIME-Version: 1.0\nContent-Type: text/html\n\n\
        <html><head><style>td { color: #555 !important; }</style></head><body>\
        <p>Delivery to user@example.org failed.</p><p>Host or domain name not found.</p></body></html>\n";
    let failure = only(&run(text)).clone();
    assert!(!failure.diagnostic.contains("555"), "{failure:?}");
    assert_eq!(failure.reply, None);
}
