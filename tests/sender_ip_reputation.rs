//! A reply that gives the block's cause as the sender's reputation, a
//! listing or a spam source, with the address before or after it (`poor
//! sender IP reputation [192.0.2.1]`, `IP reputation too low: 192.0.2.1`,
//! `192.0.2.1: IP reputation too low`, `Suspected spam ip 192.0.2.1`),
//! names the address it refused, so the address is quoted. The receiving
//! host's own address in the same words (after its name, after `by`, in a
//! greeting, in Remote-MTA, as the server that rejected) is not.

use crate::cards::only;
use bounce_explainer::Reason;

fn postfix(reply: &str) -> String {
    format!(
        "<ann@example.net>: host mx.example.com[192.0.2.200] said: {reply} \
         (in reply to RCPT TO command)"
    )
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
fn reputation_then_address_quoted() {
    for (reply, ip) in [
        ("550 5.7.1 poor sender IP reputation [203.0.113.20]", "203.0.113.20"),
        ("554 IP reputation too low: 203.0.113.21", "203.0.113.21"),
        ("421 4.7.0 Low reputation of sending IP (203.0.113.22)", "203.0.113.22"),
        ("550 Rejected due to bad IP reputation - 203.0.113.23", "203.0.113.23"),
        ("554 5.7.1 Sender reputation is too low [198.51.100.24]", "198.51.100.24"),
        ("451 4.7.1 Temporarily deferred: poor IP reputation: 2001:db8::25", "2001:db8::25"),
        ("550 5.7.1 Bad reputation for sending IP 192.0.2.26", "192.0.2.26"),
        ("554 Your IP reputation is poor (198.51.100.27)", "198.51.100.27"),
        ("550 Sender IP found on blocklist - 203.0.113.28", "203.0.113.28"),
        ("554 5.7.1 IP listed on DNSBL: 192.0.2.29", "192.0.2.29"),
        ("421 4.7.0 Blocklisted IP - 198.51.100.30", "198.51.100.30"),
    ] {
        assert_quoted(&postfix(reply), ip);
    }
}

#[test]
fn address_then_reputation_quoted() {
    for (reply, ip) in [
        ("550 5.7.1 [203.0.113.31] poor IP reputation", "203.0.113.31"),
        ("554 5.7.1 203.0.113.32: IP reputation too low", "203.0.113.32"),
        ("421 4.7.0 (198.51.100.33) low sender reputation", "198.51.100.33"),
        ("550 192.0.2.34 - bad IP reputation", "192.0.2.34"),
        ("554 5.7.1 [2001:db8::35] Sender reputation too low", "2001:db8::35"),
        ("550 5.7.1 198.51.100.36: listed on DNSBL", "198.51.100.36"),
    ] {
        assert_quoted(&postfix(reply), ip);
    }
}

/// A reputation reply keeps its reason once its address is quoted.
#[test]
fn reputation_reason_kept() {
    for reply in [
        "550 5.7.1 poor sender IP reputation [203.0.113.20]",
        "554 IP reputation too low: 203.0.113.20",
        "421 4.7.0 Low reputation of sending IP (203.0.113.20)",
        "550 Rejected due to bad IP reputation - 203.0.113.20",
    ] {
        let text = postfix(reply);
        assert_eq!(only(&text).reason, Reason::BadReputation, "{text}");
    }
}

/// The receiver's own address beside the same words stays out.
#[test]
fn receiver_address_not_quoted() {
    for reply in [
        // The replying host's own address, from `host mx[ip] said`.
        "550 5.7.1 poor sender IP reputation [192.0.2.200]",
        "554 5.7.1 192.0.2.200: IP reputation too low",
        // A host name, then its address.
        "554 mx.example.com [198.51.100.40] poor IP reputation",
        "554 mx.example.com (198.51.100.40): IP reputation too low",
        "550 IP reputation too low, see mx.example.com [198.51.100.40]",
        "550 IP reputation too low, see mx [198.51.100.40]",
        "550 IP reputation too low at mx.example.com [198.51.100.40]",
        // The host that rejected.
        "550 5.7.1 Rejected by 198.51.100.41 due to poor IP reputation",
        "550 5.7.1 Poor IP reputation, rejected by 198.51.100.41",
        "421 4.7.0 Sender reputation too low according to 198.51.100.41",
        "550 5.7.1 Rejected by mx.example.com [198.51.100.41]: poor IP reputation",
        "550 5.7.1 The server [198.51.100.45] rejected your message: low IP reputation",
        // A greeting.
        "554 5.7.1 mx.example.com [198.51.100.42] ESMTP. Poor sender reputation.",
        "554 5.7.1 mx.example.com ESMTP [198.51.100.42] IP reputation too low",
    ] {
        assert_not_quoted(&postfix(reply));
    }

    let dsn = "Reporting-MTA: dns; out.example.org\n\n\
               Final-Recipient: rfc822; ann@example.net\n\
               Action: failed\n\
               Status: 5.7.1\n\
               Remote-MTA: dns; mx.example.net [198.51.100.43]\n\
               Diagnostic-Code: smtp; 550 5.7.1 IP reputation too low: 198.51.100.43\n";
    assert_not_quoted(dsn);
}

/// A reputation sentence cannot take an address from the next sentence,
/// nor an address that a non-reputation sentence names.
#[test]
fn unrelated_address_not_quoted() {
    for reply in [
        "550 5.7.1 Poor IP reputation. Contact postmaster at mx.example.com (198.51.100.44)",
        "550 5.7.1 Poor IP reputation. See 198.51.100.46 for details",
        "421 4.7.0 Try again later [198.51.100.47]",
        "550 5.1.1 Mailbox unavailable [198.51.100.48]",
    ] {
        assert_not_quoted(&postfix(reply));
    }
}

#[test]
fn spam_ip_then_address_quoted() {
    for (reply, ip) in [
        ("550 5.7.1 Suspected spam ip 203.0.113.9", "203.0.113.9"),
        ("554 Known spam source IP: 203.0.113.10", "203.0.113.10"),
        ("550 Spam source ip [203.0.113.11] blocked", "203.0.113.11"),
        ("554 5.7.1 Known spam IP 198.51.100.12", "198.51.100.12"),
        ("550 Suspected spam IP address (192.0.2.13)", "192.0.2.13"),
        ("421 4.7.0 Suspected spam source - 198.51.100.14", "198.51.100.14"),
        ("550 5.7.1 Rejected: known spammer IP <203.0.113.15>", "203.0.113.15"),
        ("554 Confirmed spam source [2001:db8::16]", "2001:db8::16"),
    ] {
        assert_quoted(&postfix(reply), ip);
    }
}

#[test]
fn address_then_spam_ip_quoted() {
    for (reply, ip) in [
        ("550 [203.0.113.21] Suspected spam IP", "203.0.113.21"),
        ("554 5.7.1 203.0.113.22: known spam source", "203.0.113.22"),
        ("550 198.51.100.23 is a known spam source", "198.51.100.23"),
        ("550 5.7.1 (192.0.2.24) suspected spam IP, try again later", "192.0.2.24"),
        ("554 [2001:db8::25] is a suspected spammer", "2001:db8::25"),
    ] {
        assert_quoted(&postfix(reply), ip);
    }
}

/// A spam-source reply keeps reading as a block once its address is quoted.
#[test]
fn spam_ip_reason_kept() {
    for reply in [
        "550 5.7.1 Suspected spam ip 203.0.113.9",
        "554 5.7.1 Known spam IP 203.0.113.9",
        "550 [203.0.113.9] Suspected spam IP",
    ] {
        let text = postfix(reply);
        assert_eq!(only(&text).reason, Reason::Blocked, "{text}");
    }
}

/// The receiver's own address beside the same words stays out.
#[test]
fn spam_receiver_address_not_quoted() {
    for reply in [
        // The replying host's own address, from `host mx[ip] said`.
        "550 5.7.1 Suspected spam IP 192.0.2.200",
        "554 [192.0.2.200] known spam source",
        // A host name, then its address.
        "554 mx.example.com [198.51.100.40] suspected spam IP",
        "554 mx.example.com (198.51.100.40): known spam source",
        "550 Suspected spam IP, see mx.example.com [198.51.100.40]",
        "550 Known spam source at mx.example.com [198.51.100.40]",
        // The host that rejected.
        "550 5.7.1 Rejected by 198.51.100.41: suspected spam IP",
        "550 5.7.1 Suspected spam IP, rejected by 198.51.100.41",
        "550 5.7.1 Known spam source, blocked by [198.51.100.41]",
        "550 5.7.1 The server [198.51.100.45] rejected your message: suspected spam IP",
        // A greeting.
        "554 5.7.1 mx.example.com [198.51.100.42] ESMTP. Suspected spam IP.",
        "554 5.7.1 mx.example.com ESMTP [198.51.100.42] known spam source",
    ] {
        assert_not_quoted(&postfix(reply));
    }

    let dsn = "Reporting-MTA: dns; out.example.org\n\n\
               Final-Recipient: rfc822; ann@example.net\n\
               Action: failed\n\
               Status: 5.7.1\n\
               Remote-MTA: dns; mx.example.net [198.51.100.43]\n\
               Diagnostic-Code: smtp; 550 5.7.1 Suspected spam IP 198.51.100.43\n";
    assert_not_quoted(dsn);
}

/// A spam-source sentence cannot take an address from the next sentence,
/// and a spam verdict on the message does not make an address the sender's.
#[test]
fn spam_unrelated_address_not_quoted() {
    for reply in [
        "550 5.7.1 Suspected spam IP. Contact postmaster at mx.example.com (198.51.100.44)",
        "550 5.7.1 Known spam source. See 198.51.100.46 for details",
        "550 5.7.1 Message looks like spam [198.51.100.47]",
        "554 5.7.1 Spam message rejected by 198.51.100.48",
    ] {
        assert_not_quoted(&postfix(reply));
    }
}
