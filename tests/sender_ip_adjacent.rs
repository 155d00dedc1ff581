//! A bare or bracketed address right before or right after a sentence
//! about the sender's address or server (`[192.0.2.1] Your IP is
//! blocked.`, `Your IP is blocked. [192.0.2.1]`) is the address the
//! receiver refused, so it is quoted. A receiving host's own address in
//! the same position (after its name, in a greeting, in Remote-MTA) is
//! not.

use crate::cards::only;

fn postfix(host: &str, host_ip: &str, reply: &str) -> String {
    format!("<ann@example.net>: host {host}[{host_ip}] said: {reply} (in reply to RCPT TO command)")
}

fn assert_quoted(text: &str, ip: &str) {
    let r = only(text);
    assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    assert_eq!(r.sender_ip_source.hint, None, "{text}");
    assert!(r.sender_ip_source.rule.is_some(), "{text}");
}

fn assert_not_quoted(text: &str) {
    let r = only(text);
    assert_eq!(r.sender_ip, None, "{text}");
}

#[test]
fn address_before_sentence_quoted() {
    for (host, reply, ip) in [
        ("mx.example.com", "550 5.7.1 [203.0.113.20] Your IP is blocked.", "203.0.113.20"),
        (
            "example-com.mail.protection.outlook.com",
            "550 5.7.1 [198.51.100.21] Your IP address is listed on our block list.",
            "198.51.100.21",
        ),
        (
            "mx1.comcast.net",
            "554 [192.0.2.22] Your IP has been blocked due to spam complaints",
            "192.0.2.22",
        ),
        (
            "mta7.am0.yahoodns.net",
            "421 4.7.0 [TSS04] [203.0.113.23] Your server has been temporarily deferred",
            "203.0.113.23",
        ),
        ("mx00.gmx.net", "554 5.7.1 (198.51.100.24) Your IP is blacklisted", "198.51.100.24"),
        (
            "mx01.web.de",
            "550 5.7.1 Access denied. [192.0.2.25] Your sending IP is on a block list",
            "192.0.2.25",
        ),
        (
            "smtp-in.orange.fr",
            "550 5.7.1 203.0.113.26: Client host blocked for spamming issues",
            "203.0.113.26",
        ),
        (
            "mx01.mail.icloud.com",
            "554 5.7.1 [2001:db8::27] This IP has been blacklisted",
            "2001:db8::27",
        ),
        ("mx.example.org", "550 [198.51.100.28] Sending IP rejected", "198.51.100.28"),
        ("mx.example.org", "554 5.7.1 Error: [203.0.113.29] Your IP is blocked", "203.0.113.29"),
        ("mx.example.org", "550 5.7.1 <192.0.2.29> Your IP is blocked", "192.0.2.29"),
    ] {
        assert_quoted(&postfix(host, "192.0.2.200", reply), ip);
    }
}

#[test]
fn address_after_sentence_quoted() {
    for (reply, ip) in [
        ("550 5.7.1 Your IP is blocked. [203.0.113.30]", "203.0.113.30"),
        ("554 Client host blocked due to spam complaints. (198.51.100.31)", "198.51.100.31"),
        ("550 5.7.1 Your server is listed; [192.0.2.32]", "192.0.2.32"),
        ("550 5.7.1 Your IP is blocked [203.0.113.33]", "203.0.113.33"),
        ("550 5.7.1 Your IP address is listed: 198.51.100.34", "198.51.100.34"),
        ("550 5.7.1 Sending IP not permitted [192.0.2.35]", "192.0.2.35"),
    ] {
        assert_quoted(&postfix("mx.example.com", "192.0.2.200", reply), ip);
    }
}

/// The address of the host the reply names, of the receiver's greeting or
/// of the Remote-MTA stays out.
#[test]
fn receiver_address_not_quoted() {
    let own = "550 5.7.1 [192.0.2.200] Your IP is blocked.";
    assert_not_quoted(&postfix("mx.example.com", "192.0.2.200", own));

    let after_host = "554 mx.example.com [198.51.100.40] Your IP is blocked";
    assert_not_quoted(&postfix("mx.example.com", "192.0.2.200", after_host));

    let after_by = "550 5.7.1 Rejected by mx.example.com [198.51.100.41]: Your IP is listed";
    assert_not_quoted(&postfix("mx.example.com", "192.0.2.200", after_by));

    let greeting = "554 5.7.1 mx.example.com [198.51.100.42] ESMTP. Your server is blocked.";
    assert_not_quoted(&postfix("mx.example.com", "192.0.2.200", greeting));

    let rejecting =
        "550 5.7.1 The server [198.51.100.45] rejected your message. Your IP is listed.";
    assert_not_quoted(&postfix("mx.example.com", "192.0.2.200", rejecting));

    let dsn = "Reporting-MTA: dns; out.example.org\n\n\
               Final-Recipient: rfc822; ann@example.net\n\
               Action: failed\n\
               Status: 5.7.1\n\
               Remote-MTA: dns; mx.example.net [198.51.100.43]\n\
               Diagnostic-Code: smtp; 550 5.7.1 [198.51.100.43] Your IP is blocked.\n";
    assert_not_quoted(dsn);
}

/// A later sentence cannot lend its address to the block before it.
#[test]
fn address_after_next_sentence_not_quoted() {
    let reply =
        "550 5.7.1 Your IP is blocked. Contact postmaster at mx.example.com (198.51.100.44)";
    assert_not_quoted(&postfix("mx.example.com", "192.0.2.200", reply));
}
