use super::receivers::receiver_addresses;
use super::rules::ARF_RULES;
use super::scan::scan;
use super::*;

/// Runs `find` on each reply and checks the picked address.
fn check_table(cases: &[(&str, Option<&str>)]) {
    for (text, expected) in cases {
        let found = find(text, &[]);
        assert_eq!(found.map(|f| f.ip).as_deref(), *expected, "{text}");
    }
}

#[test]
fn receiver_statements_picked() {
    check_table(&[
        ("554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org", Some("203.0.113.5")),
        ("554 resimta-h1p-028590.sys.comcast.net resimta-h1p-028590.sys.comcast.net 203.0.113.7 found on one or more DNSBLs", Some("203.0.113.7")),
        ("554 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net 203.0.113.5 BL000010 found on one or more DNSBLs", Some("203.0.113.5")),
        ("421 resimta-ch2-07v.sys.comcast.net comcast 203.0.113.50 Too many sessions opened", Some("203.0.113.50")),
        ("421 4.1.0 203.0.113.42 Throttled - try again later.", Some("203.0.113.42")),
        ("550-5.7.1 [198.51.100.23      18] Our system has detected that this message is likely unsolicited mail. - gsmtp", Some("198.51.100.23")),
        ("550-5.7.26 [203.0.113.22]. To best protect our users from spam and phishing, - gsmtp", Some("203.0.113.22")),
        ("421 4.7.0 [TSS04] Messages from 192.0.2.66 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1", Some("192.0.2.66")),
        ("554 IP=192.0.2.10 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)", Some("192.0.2.10")),
        ("554 5.7.1 <mail.example.com[198.51.100.4]>: Client host rejected: blocked using bl.example.org", Some("198.51.100.4")),
        ("550 5.7.1 blocked: see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=2001:db8::25", Some("2001:db8::25")),
        ("550 5.7.606 Access denied, banned sending IP [203.0.113.40]. To request removal", Some("203.0.113.40")),
        ("550 5.1.0 192.0.2.222 is not allowed to send from <example.net> per its SPF Record.", Some("192.0.2.222")),
        ("451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation.", Some("192.0.2.25")),
        ("554 5.7.1 Reverse DNS lookup for host 203.0.113.22 failed permanently.", Some("203.0.113.22")),
        ("571 No PTR Record found. Reverse DNS required: 203.0.113.22", Some("203.0.113.22")),
        ("550 Connection frequency limited [Q1YzZ3kxdnRYYnpkbVZ0MAo+QTMz= Blocked IP 192.0.2.22].", Some("192.0.2.22")),
        ("450 4.7.1 Access denied. IP name lookup failed [192.0.2.222]", Some("192.0.2.222")),
        ("550 domain [example.com] mismatches client ip 192.0.2.225.", Some("192.0.2.225")),
        ("550-mail0.bemta0.messagelabs.com [198.51.100.21]:22222 is not permitted to 550 relay through this server without authentication.", Some("198.51.100.21")),
        ("501 <a@example.org>... no access from mail server [192.0.2.55] which is an open relay.", Some("192.0.2.55")),
        ("550 5.7.1 Mail from IPv6:2001:db8:1::5 refused", Some("2001:db8:1::5")),
        ("550 5.7.1 Client host [IPv6:2001:db8::a] blocked using zen.spamhaus.org", Some("2001:db8::a")),
        ("550 5.7.1 Client host [::ffff:203.0.113.9] blocked using zen.spamhaus.org", Some("203.0.113.9")),
        ("554 Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.77", Some("203.0.113.77")),
        ("554 Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?203.0.113.78", Some("203.0.113.78")),
        ("550 5.7.1 Client host 203.0.113.79 blocked using bl.score.senderscore.com", Some("203.0.113.79")),
        ("450 4.7.25 Client host rejected: cannot find your reverse hostname, [203.0.113.80]", Some("203.0.113.80")),
        ("553 5.3.0 flph829 DNSBL:RBL 521< 203.0.113.81 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net", Some("203.0.113.81")),
        ("554 cxr.mx.east.cox.net cox.net 203.0.113.82 rejected. IPBL0001 - The sending IP [203.0.113.82] is listed on the Spamhaus Zen DNSBL.", Some("203.0.113.82")),
        ("554 p3plibsmtp03-04.prod.phx3.secureserver.net bizsmtp IB212 Connection refused. 203.0.113.83 has a poor reputation on Cloudmark Sender Intelligence (CSI)", Some("203.0.113.83")),
        ("554 Your access to this mail system from 203.0.113.84 has been rejected due to the sending MTA's poor reputation.", Some("203.0.113.84")),
        ("550 Rejected because 203.0.113.85 is in a black list at zen.spamhaus.org", Some("203.0.113.85")),
        ("553 5.7.1 [BL21] Connections will not be accepted from 203.0.113.86, because the ip is in Spamhaus's list", Some("203.0.113.86")),
        ("550 5.7.511 Access denied, banned sender[203.0.113.87]. To request removal", Some("203.0.113.87")),
        ("554 5.7.1 Rejected 203.0.113.88 listed at zen.spamhaus.org", Some("203.0.113.88")),
        ("550 IP 203.0.113.89 is on Mimecast's block list", Some("203.0.113.89")),
        ("421 RP-001 (BAY004-MC1F12) Unfortunately, some messages from 203.0.113.90 weren't sent.", Some("203.0.113.90")),
        ("550 Access from ip address 203.0.113.91 blocked.", Some("203.0.113.91")),
        ("554 mail server at 203.0.113.92 is blocked", Some("203.0.113.92")),
        ("550 Message from 203.0.113.93 rejected based on blacklist", Some("203.0.113.93")),
        ("550 Server IP 203.0.113.94 listed as abusive", Some("203.0.113.94")),
        ("550 Sorry! Your IP address 203.0.113.95 is blocked by RBL", Some("203.0.113.95")),
        ("550 Server access forbidden by your IP 203.0.113.96", Some("203.0.113.96")),
        ("421 cox too many bad commands from 203.0.113.97", Some("203.0.113.97")),
        ("421 Too many sessions from 203.0.113.98, try again later", Some("203.0.113.98")),
        ("553 5.1.8 <a@example.org>... Relaying denied. IP name possibly forged [203.0.113.99]", Some("203.0.113.99")),
        ("550 5.7.1 Rejected: IPv6:2001:db8:5::44 listed at zen.spamhaus.org", Some("2001:db8:5::44")),
    ]);
}

#[test]
fn lookalikes_rejected() {
    check_table(&[
        ("host mx.example.net[198.51.100.2] said: 550 5.1.1 user unknown", None),
        ("550 mail from 10.0.0.1 rejected", None),
        ("550 5.7.1 blocked from [fe80::1]", None),
        ("550 5.7.1 connection from 100.64.1.1 refused", None),
        ("550 5.7.1 Client host [fd12:3456::1] blocked", None),
        ("550 5.7.1 Client host [127.0.0.1] blocked", None),
        ("Diagnostic information: Microsoft Exchange 15.1.669.32 build", None),
        ("550 5.7.1 IP=15.20.1.2.3 rejected", None),
        ("550 5.7.1 Client host [2001:db8:] blocked using a truncated address", None),
        ("554 5.7.1 OID 1.3.6.1.4.1.311 listed", None),
        ("421 4.7.0 [TSS04] deferred due to user complaints - 4.16.55.1", None),
        ("550 mx.example.org [192.0.2.1]: 550 5.1.1 unknown", None),
        ("conversation with mx.example.org[192.0.2.1] timed out while receiving the initial server greeting", None),
        ("192.0.2.1 failed after I sent the message. Remote host said: 554 blocked", None),
        ("Receiving server: mx.example.org (192.0.2.1) 550 5.7.1 Client host rejected", None),
        ("550 5.7.1 Net 192.0.2.0/24 is UCEPROTECT-Level2 listed", None),
        ("Remote host 192.0.2.1 said: 550 5.7.1 IP listed", None),
        ("550 5.7.1.0 blocked [TSS04]", None),
        ("550 5.7.1.0 blocked 4.16.55.1 [TSS04]", None),
        ("550-5.7.1.0 is blocked", None),
    ]);
}

#[test]
fn receiver_excluded() {
    let text = "connect to mx.example.org[192.0.2.9]: Connection refused [192.0.2.9]";
    assert_eq!(find(text, &[]), None);
    assert_eq!(find("550 Client host [192.0.2.9] blocked", &["192.0.2.9".into()]), None);
    let exim = "host mx4.example.org [192.0.2.22]: 550 messages from 192.0.2.22 weren't sent";
    assert_eq!(find(exim, &[]), None);
    let qmail = "Connected to 192.0.2.30 but sender was rejected. Remote host said: 550 Client host [192.0.2.30] blocked";
    assert_eq!(find(qmail, &[]), None);
}

#[test]
fn smtpd_client_not_receiver() {
    let cases = [
        "NOQUEUE: reject: RCPT from mail.example.com[203.0.113.5]: 554 5.7.1 Service unavailable",
        "postfix/smtpd[123]: connect from mail.example.com[203.0.113.5]: banner sent",
        "lost connection after DATA from unknown[203.0.113.5]: 451",
    ];
    for text in cases {
        assert_eq!(receiver_addresses(text), Vec::<std::net::IpAddr>::new(), "{text}");
    }
    let log = "postfix/smtpd[123]: NOQUEUE: reject: RCPT from mail.example.com[203.0.113.5]: \
               554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using \
               zen.spamhaus.org; from=<a@example.com> to=<b@example.org> proto=ESMTP";
    let found = find(log, &[]).expect("the Client host statement is read");
    assert_eq!(found.ip, "203.0.113.5");
    assert_eq!(found.rule, "Client host [<ip>]");
}

#[test]
fn receiver_phrases_parsed() {
    let cases = [
        ("connect to 192.0.2.1: Connection refused", vec!["192.0.2.1"]),
        ("connect to mx.example.org[2001:db8::1]:25: Connection timed out", vec!["2001:db8::1"]),
        ("Remote-MTA: dns; dead.beef.example.net [192.0.2.2]", vec!["192.0.2.2"]),
        (
            "Remote-MTA: dns;mx.example.org (TCP|192.0.2.3|25|198.51.100.4|54321)",
            vec!["192.0.2.3", "198.51.100.4"],
        ),
        ("mx.example.jp [192.0.2.5]:\n550 unknown", vec!["192.0.2.5"]),
        ("Receiving server: mx.example.org (192.0.2.6)", vec!["192.0.2.6"]),
        (
            r#"{"remoteMtaIp": "192.0.2.7", "reportingMTA": "dsn; a8-95.smtp-out.amazonses.com"}"#,
            vec!["192.0.2.7"],
        ),
    ];
    for (text, expected) in cases {
        let found: Vec<String> = receiver_addresses(text).iter().map(|ip| ip.to_string()).collect();
        assert_eq!(found, expected, "{text}");
    }
}

#[test]
fn locate_finds_line() {
    let text = "a\nhost [192.0.2.1] said\nClient host [192.0.2.12] blocked\n";
    assert_eq!(locate(text, "192.0.2.1"), Some((2, "host [192.0.2.1] said".into())));
    assert_eq!(locate(text, "192.0.2.12").map(|l| l.0), Some(3));
}

#[test]
fn locate_prefers_statement() {
    let text = "Received: from mx.example.com ([192.0.2.5])\n\
                \n\
                said: 550 5.7.1 Client host [192.0.2.5] blocked\n";
    let rule = SENDER_RULES.iter().find(|r| r.name == "Client host [<ip>]").expect("rule exists");
    let line =
        locate::Lines::new(text).locate_rule("192.0.2.5", rule, Source::Text, None).map(|l| l.line);
    assert_eq!(line, Some(3));
}

#[test]
fn locate_prefers_field() {
    let text = "said: 550 5.7.1 Client host [192.0.2.5] blocked\n\
                \n\
                Diagnostic-Code: smtp; 550 5.7.1 Client host\n    [192.0.2.5] blocked\n";
    let rule = SENDER_RULES.iter().find(|r| r.name == "Client host [<ip>]").expect("rule exists");
    let line = locate::Lines::new(text).locate_rule(
        "192.0.2.5",
        rule,
        Source::Field("Diagnostic-Code"),
        None,
    );
    assert_eq!(line.map(|l| l.line), Some(4));
}

#[test]
fn locate_prefers_own_recipient() {
    let text = "<a@example.org>: 554 5.7.1 Client host [192.0.2.5] blocked\n\
                \n\
                <b@example.org>: 554 5.7.1 Client host [192.0.2.5] blocked\n";
    let rule = SENDER_RULES.iter().find(|r| r.name == "Client host [<ip>]").expect("rule exists");
    let lines = locate::Lines::new(text);
    let line_for = |recipient| {
        lines.locate_rule("192.0.2.5", rule, Source::Text, Some(recipient)).map(|l| l.line)
    };
    assert_eq!(line_for("a@example.org"), Some(1));
    assert_eq!(line_for("B@example.org"), Some(3));
}

#[test]
fn feedback_phrases_picked() {
    let cases = [
        ("Source-IP: 192.0.2.8", Some("192.0.2.8")),
        ("Subject: Email Feedback Report for IP 192.0.2.9", Some("192.0.2.9")),
        (
            "Subject: DMARC Forensic report for example.net Mail-From:a@example.org IP:192.0.2.10",
            Some("192.0.2.10"),
        ),
        ("Received-SPF: pass client-ip=192.0.2.11; smtp.remote-ip=192.0.2.11", None),
    ];
    for (text, expected) in cases {
        let found = scan(text, &ARF_RULES, &[]).found.map(|f| f.ip);
        assert_eq!(found.as_deref(), expected, "{text}");
    }
}

#[test]
fn non_ascii_input_tolerated() {
    let texts = [
        "Client host [é192.0.2.1] blocked",
        "IPv6é:2001:db8::1 listed",
        "550 ブロック Client host [192.0.2.1] blocked",
        "Rejected: ééééé listed at zen.spamhaus.org",
    ];
    for text in texts {
        let _ = find(text, &[]);
        assert_eq!(parse_public(text), None, "{text}");
    }
    let decoded = crate::input::decode("Reporting-MTé: x\n\n550 5.7.1 blocked".as_bytes());
    let extracted = crate::extract::extract(&decoded);
    for failure in &extracted.failures {
        let _ = resolve(&decoded, failure, Reason::Blocked);
    }
}

#[test]
fn gmail_layout_only_for_gmail() {
    // Gmail's `[ip]` after the status code is read only where the reply is
    // Gmail's, and a statement in words outranks it.
    check_table(&[
        ("550 5.7.1 [203.0.113.77] Connection refused - your server 192.0.2.78 is listed on bl.spamcop.net", Some("192.0.2.78")),
        ("554 5.7.1 [198.51.100.9] Rejected: your mail server (192.0.2.79) is on our blocklist", Some("192.0.2.79")),
        ("550 5.7.1 [203.0.113.80] Message refused by policy", None),
        ("host mx.example.net[198.51.100.2] said: 550 5.7.1 [198.51.100.2] Access denied", None),
        ("550-5.7.1 [192.0.2.81] Our system has detected an unusual rate - gsmtp", Some("192.0.2.81")),
        ("host gmail-smtp-in.l.google.com[198.51.100.26] said: 550-5.7.1 [192.0.2.82 12] Our system has detected", Some("192.0.2.82")),
        ("550-5.7.1 [203.0.113.83 12] Your IP 192.0.2.83 is listed - gsmtp", Some("192.0.2.83")),
    ]);
    let found = find(
        "554 5.7.1 [192.0.2.88] Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.88",
        &[],
    );
    assert_ne!(found.map(|f| f.rule), Some("[<ip>] after the status code (Gmail)"));
}

#[test]
fn ip_source_picked() {
    check_table(&[
        ("550 5.7.1 Blocked for spam IP source. [192.0.2.10]", Some("192.0.2.10")),
        ("550 5.7.1 Blocked for spam IP source 192.0.2.11", Some("192.0.2.11")),
        ("550 5.7.1 Adresse IP source 192.0.2.12 bloquee pour cause de spam", Some("192.0.2.12")),
        ("550 5.7.1 Rejected: source IP [192.0.2.13] has a poor reputation", Some("192.0.2.13")),
        ("550 5.7.1 Blocked for spam IP source: 2001:db8::14", Some("2001:db8::14")),
    ]);
    // The receiver's own address is never quoted, whatever the phrase.
    let found =
        find("550 5.7.1 Blocked for spam IP source. [198.51.100.2]", &["198.51.100.2".to_string()]);
    assert_eq!(found, None);
}
