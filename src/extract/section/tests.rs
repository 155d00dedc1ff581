use super::*;

#[test]
fn program_punctuation_trimmed() {
    for found in [
        "{'bob@example.net",
        "['bob@example.net",
        "b'bob@example.net",
        "{b'bob@example.net",
        "[\"bob@example.net",
        "<bob@example.net>",
    ] {
        assert_eq!(clean_address(found), "bob@example.net", "{found}");
    }
    assert_eq!(clean_address("\"john doe\"@example.com"), "\"john doe\"@example.com");
}

#[test]
fn section_ends_at_marker() {
    let cases = [
        ("a\n------ This is a copy of the message, including\nb", "a\n"),
        ("a\nMessage headers follow.\nb", "a\n"),
        ("a\n----- Original message -----\nb", "a\n"),
        ("a\n   ----- Unsent message follows -----\nb", "a\n"),
        ("no marker\n", "no marker\n"),
    ];
    for (body, expected) in cases {
        assert_eq!(error_section(body), expected, "{body:?}");
    }
}

#[test]
fn dsn_fields_in_text() {
    let body = "Transcript.\n\nReporting-MTA: dns; example.net\n\nFinal-Recipient: rfc822; a@example.org\n\
        Status: 5.5.0\n\n--boundary\nContent-Type: message/rfc822\n";
    let dsn = embedded_dsn(body).unwrap();
    assert!(dsn.starts_with("Reporting-MTA:"), "{dsn:?}");
    assert!(dsn.ends_with("Status: 5.5.0\n\n"), "{dsn:?}");
    assert_eq!(embedded_dsn("no fields here\n"), None);
}

#[test]
fn forwarded_bounce_unquoted() {
    let text = "> <a@example.org>\n>     (reason: 550 5.1.1 unknown)\n>\n>>>> DATA\n";
    assert_eq!(unquote(text), "<a@example.org>\n    (reason: 550 5.1.1 unknown)\n\n>>> DATA\n");
}

#[test]
fn system_addresses_excluded() {
    let decoded = Decoded {
        headers: vec![("To".into(), "Sender <sender@example.com>".into())],
        ..Default::default()
    };
    let filter = NotRecipients::from_headers(&decoded);
    assert!(filter.allows("user@example.org"));
    assert!(!filter.allows("Sender@example.com"));
    assert!(!filter.allows("MAILER-DAEMON@example.net"));
}

#[test]
fn quoted_and_literal_forms() {
    let found =
        |text: &str| ADDRESS.find_iter(text).map(|m| clean_address(m.as_str())).collect::<Vec<_>>();
    assert_eq!(found("<jane@[192.0.2.4]>: host 192.0.2.4[192.0.2.4] said"), ["jane@[192.0.2.4]"]);
    assert_eq!(found("to <ops@[IPv6:2001:db8::4]>."), ["ops@[IPv6:2001:db8::4]"]);
    assert_eq!(found("<\"john doe\"@example.com>:"), ["\"john doe\"@example.com"]);
    assert_eq!(found("\"Roe, Jane\" <jane@example.net>"), ["jane@example.net"]);
    assert!(found("Client host [192.0.2.7] blocked; mx.example.net[198.51.100.2]").is_empty());
}
