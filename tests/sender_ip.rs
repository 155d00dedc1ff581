//! The sender IP through the whole pipeline: what is reported, the line it
//! is reported from, and the hint when nothing can be quoted.

use crate::cards::only;
use bounce_explainer::explain;

#[test]
fn statement_line_reported() {
    let text = "<a@example.org>: host mx.example.org[198.51.100.2] said: 554 5.7.1\n    \
                Service unavailable; Client host [203.0.113.5] blocked using\n    \
                zen.spamhaus.org (in reply to RCPT TO command)\n";
    let r = only(text);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"));
    assert_eq!(r.sender_ip_source.line, Some(2));
    assert_eq!(r.sender_ip_source.rule.as_deref(), Some("Client host [<ip>]"));
    let excerpt = r.sender_ip_source.excerpt.expect("excerpt of line 2");
    assert!(excerpt.starts_with("Service unavailable; Client host"), "{excerpt}");
    assert_eq!(r.sender_ip_source.hint, None);
}

#[test]
fn receiver_address_not_reported() {
    let text = "<a@example.org>: host mx.example.org[198.51.100.2] said: 550 5.7.1\n    \
                Service unavailable; Client host [198.51.100.2] blocked (in reply to\n    \
                RCPT TO command)\n";
    let r = only(text);
    assert_eq!(r.sender_ip, None);
    let hint = r.sender_ip_source.hint.expect("a hint for a block without an address");
    assert!(hint.contains("198.51.100.2"), "{hint}");
    assert!(hint.contains("receiving server's own address"), "{hint}");
}

#[test]
fn internal_address_explained() {
    let text =
        "554 5.7.1 Service unavailable; Client host [10.1.2.3] blocked using zen.spamhaus.org";
    let r = only(text);
    assert_eq!(r.sender_ip, None);
    let hint = r.sender_ip_source.hint.expect("a hint for an internal address");
    assert!(hint.contains("10.1.2.3"), "{hint}");
    assert!(hint.contains("internal address"), "{hint}");
}

#[test]
fn special_purpose_addresses_not_quoted() {
    // Blocks the IANA special-purpose registries mark as not globally
    // reachable: benchmarking (RFC 2544, RFC 5180), IETF protocol
    // assignments and the old 6to4 relay anycast block.
    for ip in
        ["198.18.0.5", "198.19.200.1", "192.0.0.8", "192.88.99.1", "2001:2::25", "2001:10::25"]
    {
        let text = format!(
            "554 5.7.1 Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org"
        );
        let r = only(&text);
        assert_eq!(r.sender_ip, None, "{ip}");
        let hint = r.sender_ip_source.hint.unwrap_or_else(|| panic!("no hint for {ip}"));
        assert!(hint.contains(ip), "{hint}");
        assert!(hint.contains("reserved for special use"), "{hint}");
    }
}

#[test]
fn reachable_neighbours_still_quoted() {
    // Addresses next to those blocks, or the registry's globally reachable
    // exceptions inside them.
    for ip in ["198.20.0.5", "192.0.0.9", "192.31.196.1", "2001:3::25", "2001:200::25"] {
        let text = format!(
            "554 5.7.1 Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org"
        );
        let r = only(&text);
        assert_eq!(r.sender_ip.as_deref(), Some(ip), "{ip}");
    }
}

#[test]
fn truncated_ipv6_explained() {
    let text = "550 5.7.1 Service unavailable; Client host [2001:db8:1f70:999:] blocked using bl.spamcop.net";
    let r = only(text);
    assert_eq!(r.sender_ip, None);
    let hint = r.sender_ip_source.hint.expect("a hint for a truncated address");
    assert!(hint.contains("2001:db8:1f70:999:"), "{hint}");
    assert!(hint.contains("not a valid address"), "{hint}");
}

/// Builds a Postfix-style multipart report for a DNSBL block of `a@example.org`
/// whose Reporting-MTA is `reporting_mta`.
fn dnsbl_block_report(reporting_mta: &str) -> String {
    let text = "From: MAILER-DAEMON@mail.example.com\n\
                To: sender@example.com\n\
                Subject: Undelivered Mail Returned to Sender\n\
                MIME-Version: 1.0\n\
                Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\
                \n\
                --b\n\
                Content-Type: text/plain\n\
                \n\
                <a@example.org>: host mx.example.org[198.51.100.2] said: 554 5.7.1\n    \
                Service unavailable; sender address blocked using zen.spamhaus.org\n\
                \n\
                --b\n\
                Content-Type: message/delivery-status\n\
                \n\
                Reporting-MTA: dns; mail.example.com\n\
                \n\
                Final-Recipient: rfc822; a@example.org\n\
                Action: failed\n\
                Status: 5.7.1\n\
                Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; sender address blocked\n    \
                using zen.spamhaus.org\n\
                \n\
                --b--\n";
    text.replace(
        "Reporting-MTA: dns; mail.example.com",
        &format!("Reporting-MTA: dns; {reporting_mta}"),
    )
}

#[test]
fn hint_names_reporting_mta() {
    let r = only(&dnsbl_block_report("mail.example.com"));
    assert_eq!(r.sender_ip, None);
    let hint = r.sender_ip_source.hint.expect("a hint for a DNSBL block");
    assert!(hint.contains("mail.example.com"), "{hint}");
}

#[test]
fn hint_skips_receiver_reporting_mta() {
    let r = only(&dnsbl_block_report("gw.mail.example.org"));
    let hint = r.sender_ip_source.hint.expect("a hint for a DNSBL block");
    assert!(!hint.contains("gw.mail.example.org"), "{hint}");
    assert!(hint.contains("Ask your mail administrator"), "{hint}");
}

#[test]
fn no_hint_for_unknown_user() {
    let r = only("550 5.1.1 <a@example.org>: Recipient address rejected: User unknown");
    assert_eq!(r.sender_ip, None);
    assert_eq!(r.sender_ip_source.hint, None);
}

#[test]
fn lookalikes_never_reported() {
    let cases = [
        "550 5.7.1 Message rejected by Microsoft Exchange 15.1.669.32 policy, IP=15.20.1.2.3",
        "421 4.7.0 [TSS04] deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
        "554 5.7.1 Rejected: client [127.0.0.1] blocked, see OID 1.3.6.1.4.1.311.21",
        "550 5.7.1 Client host [169.254.1.9] blocked using bl.example.net",
    ];
    for text in cases {
        let report = explain(text);
        for r in &report.recipients {
            assert_eq!(r.sender_ip, None, "{text}");
        }
    }
}

/// A reply that names the receiving server's own address with a label,
/// and states no sender address: the labelled address is never quoted,
/// and the hint says whose it is.
#[test]
fn receiver_label_not_quoted() {
    let cases = [
        "554 5.7.1 Rejected by mx.example.net (server ip: 198.51.100.20): your address \
         is listed on bl.spamcop.net",
        "554 5.7.1 Rejected by mx.example.net, remote IP 198.51.100.20: listed on zen.spamhaus.org",
        "550 5.7.1 local IP address=198.51.100.20, listed on zen.spamhaus.org",
        "550 5.7.1 Rejected, my ip=198.51.100.20: listed on zen.spamhaus.org",
    ];
    for text in cases {
        let r = only(text);
        assert_eq!(r.sender_ip, None, "{text}");
        for link in &r.links {
            assert!(!link.url.contains("198.51.100.20"), "{}: {text}", link.url);
        }
        let hint = r.sender_ip_source.hint.expect("a hint for a block without an address");
        assert!(hint.contains("receiving server's own address"), "{hint}");
    }
}

/// `server ip` is the receiver's only as a label after punctuation or
/// `by`; as the subject of a block, or after `your`, it is the sender.
#[test]
fn server_ip_as_subject_quoted() {
    let cases = [
        "550 Server IP 203.0.113.94 listed as abusive on zen.spamhaus.org",
        "554 5.7.1 Your server IP: 203.0.113.94 is listed on zen.spamhaus.org",
    ];
    for text in cases {
        let r = only(text);
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.94"), "{text}");
    }
}

/// `Connection from <sender> to <receiver>`: the address after `from` is
/// quoted, bare and inside a Postfix wrapper that names another address.
#[test]
fn from_to_pair_quotes_from() {
    let cases = [
        "554 5.7.1 Connection from 203.0.113.5 to 198.51.100.20 rejected: listed on \
         zen.spamhaus.org",
        "<bob@example.net>: host mx.example.net[198.51.100.21] said: 554 5.7.1 Connection \
         from 203.0.113.5 to 198.51.100.20 rejected: listed on zen.spamhaus.org (in reply \
         to RCPT TO command)",
        "554 5.7.1 Connection from [203.0.113.5]:41234 to [198.51.100.20] refused: IP blocked",
    ];
    for text in cases {
        let r = only(text);
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"), "{text}");
        for link in &r.links {
            assert!(!link.url.contains("198.51.100.2"), "{}: {text}", link.url);
        }
    }
}

/// A receiving admin's forwarded Postfix smtpd reject line: the host in
/// `RCPT from host[ip]` is the connecting client, which is the sender.
#[test]
fn smtpd_reject_log_quotes_client() {
    let text = "Dec  4 10:00:01 mx postfix/smtpd[123]: NOQUEUE: reject: RCPT from \
                mail.example.com[203.0.113.5]: 554 5.7.1 Service unavailable; Client host \
                [203.0.113.5] blocked using zen.spamhaus.org; from=<alice@example.com> \
                to=<bob@example.org> proto=ESMTP helo=<mail.example.com>\n";
    let r = only(text);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"));
    assert_eq!(r.sender_ip_source.rule.as_deref(), Some("Client host [<ip>]"));
    assert_eq!(r.sender_ip_source.hint, None);
}

const QP_BOUNCE: &str = "From: MAILER-DAEMON@mail.example.com\n\
    To: alice@example.com\n\
    Subject: Undelivered Mail Returned to Sender\n\
    MIME-Version: 1.0\n\
    Content-Type: text/plain; charset=utf-8\n\
    Content-Transfer-Encoding: quoted-printable\n\
    \n\
    This is the mail system at host mail.example.com.\n\
    \n\
    <bob@example.org>: host mx.example.org[198.51.100.7] said: 554 5.7.1 Servi=\n\
    ce unavailable; Client host [203.0.1=\n\
    13.5] blocked using zen.spamhaus.org (in reply to RCPT TO command)\n";

/// The same Postfix report, base64-encoded. Decoded, the statement is on
/// line 8: three copies of the banner line and blank lines come first.
const BASE64_BOUNCE: &str = "From: MAILER-DAEMON@mail.example.com\n\
    To: alice@example.com\n\
    Subject: Undelivered Mail Returned to Sender\n\
    MIME-Version: 1.0\n\
    Content-Type: text/plain; charset=utf-8\n\
    Content-Transfer-Encoding: base64\n\
    \n\
    VGhpcyBpcyB0aGUgbWFpbCBzeXN0ZW0gYXQgaG9zdCBtYWlsLmV4YW1wbGUuY29tLgoKVGhpcyBp\n\
    cyB0aGUgbWFpbCBzeXN0ZW0gYXQgaG9zdCBtYWlsLmV4YW1wbGUuY29tLgoKVGhpcyBpcyB0aGUg\n\
    bWFpbCBzeXN0ZW0gYXQgaG9zdCBtYWlsLmV4YW1wbGUuY29tLgoKPGJvYkBleGFtcGxlLm9yZz46\n\
    IGhvc3QgbXguZXhhbXBsZS5vcmdbMTk4LjUxLjEwMC43XSBzYWlkOiA1NTQgNS43LjEKICAgIFNl\n\
    cnZpY2UgdW5hdmFpbGFibGU7IENsaWVudCBob3N0IFsyMDMuMC4xMTMuNV0gYmxvY2tlZCB1c2lu\n\
    ZwogICAgemVuLnNwYW1oYXVzLm9yZyAoaW4gcmVwbHkgdG8gUkNQVCBUTyBjb21tYW5kKQo=\n";

#[test]
fn encoded_part_line_is_decoded() {
    let cases = [
        (QP_BOUNCE, 3, "<bob@example.org>: host mx.example.org"),
        (BASE64_BOUNCE, 8, "Service unavailable; Client host [203.0.113.5]"),
    ];
    for (text, line, start) in cases {
        let r = only(text);
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"));
        let source = r.sender_ip_source;
        assert_eq!(source.line, Some(line), "{text}");
        assert!(source.decoded, "{text}");
        let excerpt = source.excerpt.expect("the decoded line as excerpt");
        assert!(excerpt.starts_with(start), "{excerpt}");
        assert!(excerpt.contains("Client host [203.0.113.5] blocked"), "{excerpt}");
    }
}

/// The address also appears verbatim in the pasted text, in a returned
/// Received header. That line is a mere mention, so the decoded line
/// holding the statement is reported.
#[test]
fn encoded_statement_beats_pasted_mention() {
    let text = BASE64_BOUNCE.replace(
        "Subject: Undelivered",
        "Received: from mail.example.com ([203.0.113.5])\n    by relay.example.net\n\
         Subject: Undelivered",
    );
    let r = only(&text);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"));
    assert_eq!(r.sender_ip_source.line, Some(8));
    assert!(r.sender_ip_source.decoded);
}

#[test]
fn plain_email_line_is_pasted() {
    let text = QP_BOUNCE
        .replace("quoted-printable", "7bit")
        .replace("Servi=\n", "Servi")
        .replace("203.0.1=\n", "203.0.1");
    let r = only(&text);
    assert_eq!(r.sender_ip_source.line, Some(10));
    assert!(!r.sender_ip_source.decoded);
}

#[test]
fn client_host_with_port_is_sender() {
    let report = explain("554 5.7.1 Service unavailable; Client host [203.0.113.9]:25 blocked using zen.spamhaus.org");
    let recipient = &report.recipients[0];
    assert_eq!(recipient.sender_ip.as_deref(), Some("203.0.113.9"));
    assert_eq!(recipient.sender_ip_source.rule.as_deref(), Some("Client host [<ip>]"));
    // Postfix's own `host name[ip] said:` still names the receiver.
    let report = explain(
        "<bob@example.net>: host mx.example.net[198.51.100.7] said: 554 5.7.1 Client host [203.0.113.9] blocked",
    );
    assert_eq!(report.recipients[0].sender_ip.as_deref(), Some("203.0.113.9"));
}

#[test]
fn reference_number_not_called_cut_address() {
    let report = explain("554 5.7.1 Message rejected by policy, reference 5.7.1.20230412 blocked");
    let hint = report.recipients[0].sender_ip_source.hint.clone().unwrap_or_default();
    assert!(!hint.contains("20230412"), "{hint}");
    // An address with a mistyped octet is still reported as such.
    let report = explain(
        "554 5.7.1 Service unavailable; Client host [203.0.113.256] blocked using zen.spamhaus.org",
    );
    let hint = report.recipients[0].sender_ip_source.hint.clone().unwrap_or_default();
    assert!(hint.contains("203.0.113.256"), "{hint}");
}

#[test]
fn version_and_policy_numbers_not_quoted() {
    for text in [
        "<r@example.org>: host mx.example.org[198.51.100.5] said: 554 5.7.1 Message rejected by Sophos UTM 9.7.1.2, blocked as spam",
        "<r@example.org>: host mx.example.org[198.51.100.5] said: 550 5.7.1 Rejected under policy 12.4.0.1, blocked by administrator",
    ] {
        let report = explain(text);
        assert_eq!(report.recipients[0].sender_ip, None, "{text}");
    }
    let report = explain("550 5.7.1 Your IP 203.0.113.9, blocked by administrator");
    assert_eq!(report.recipients[0].sender_ip.as_deref(), Some("203.0.113.9"));
}

#[test]
fn mapped_receiver_address_not_quoted() {
    let report = explain(
        "<bob@example.net>: host mx.example.net[203.0.113.25] said: 554 5.7.1 Mail from ::ffff:203.0.113.25 refused, listed at bl.spamcop.net",
    );
    assert_eq!(report.recipients[0].sender_ip, None);
}

#[test]
fn ip_stated_in_other_languages() {
    for (text, ip) in [
        ("550 5.7.1 Votre adresse IP 198.51.100.77 est listée sur bl.spamcop.net", "198.51.100.77"),
        (
            "554 5.7.1 Ihre IP-Adresse 198.51.100.78 ist bei bl.spamcop.net gelistet",
            "198.51.100.78",
        ),
        ("554 5.7.1 Verbindung von 198.51.100.78 abgelehnt", "198.51.100.78"),
        ("550 5.7.1 Su dirección IP 198.51.100.79 está en la lista negra", "198.51.100.79"),
    ] {
        let report = explain(text);
        assert_eq!(report.recipients[0].sender_ip.as_deref(), Some(ip), "{text}");
    }
}
