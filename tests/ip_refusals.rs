//! Replies that name an IP address as the thing refused or limited. Such
//! a reply refuses the sending server, even when it comes after MAIL FROM,
//! and the address it names is the sender's to quote: `Mail refused -
//! <ip>`, `IP <ip> refused`, `rate limit exceeded for <ip>`.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

/// Builds a Postfix bounce line with `reply` given after `command`.
fn postfix(reply: &str, command: &str) -> String {
    format!(
        "<user@example.net>: host mx.example.net[198.51.100.7] said: {reply} \
         (in reply to {command} command)\n"
    )
}

/// Asserts the reason and the quoted address, with the line it was found
/// on and no hint beside it.
fn assert_ip_block(text: &str, reason: Reason, ip: &str) {
    let r = only(text);
    assert_eq!(r.reason, reason, "{text}");
    assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
    assert!(r.sender_ip_source.line.is_some(), "no line for the IP in {text}");
    assert_eq!(r.sender_ip_source.hint, None, "{text}");
}

#[test]
fn address_in_angle_brackets_after_refused() {
    for reply in [
        "554 5.7.1 ERROR: Mail refused - <203.0.113.57> - See https://www.example.net/errors",
        "550 5.7.1 Connection rejected - <198.51.100.23>",
        "554 Message refused - [192.0.2.44] - contact postmaster@example.net",
        "554 5.7.1 Mail refused - <2001:db8::25>",
    ] {
        let ip = ["203.0.113.57", "198.51.100.23", "192.0.2.44", "2001:db8::25"]
            .into_iter()
            .find(|ip| reply.contains(ip))
            .expect("each reply names one of the addresses");
        assert_ip_block(reply, Reason::Blocked, ip);
        for command in ["MAIL FROM", "RCPT TO"] {
            assert_ip_block(&postfix(reply, command), Reason::Blocked, ip);
        }
    }
}

/// `IP <ip> refused` after MAIL FROM is about the address, not the
/// envelope sender.
#[test]
fn ip_refused_after_mail_from() {
    for (reply, ip) in [
        ("554 IP 203.0.113.57 refused", "203.0.113.57"),
        ("550 5.7.1 IP 198.51.100.23 rejected", "198.51.100.23"),
        ("554 IP address 192.0.2.44 blocked", "192.0.2.44"),
        ("550 IP [203.0.113.9] is refused", "203.0.113.9"),
    ] {
        assert_ip_block(&postfix(reply, "MAIL FROM"), Reason::Blocked, ip);
        assert_ip_block(reply, Reason::Blocked, ip);
    }
}

/// A client named as listed, with the word written whole or in two
/// (smtpf's "host NAME [IP] black listed #120"), is a block of that IP
/// after either command.
#[test]
fn ip_named_as_listed() {
    for reply in [
        "550 5.7.1 host mail.example.com [203.0.113.45] black listed #120",
        "550 5.7.1 host mail.example.com [203.0.113.45] blacklisted",
        "554 IP 203.0.113.45 is black listed",
    ] {
        assert_ip_block(reply, Reason::Blocked, "203.0.113.45");
        for command in ["MAIL FROM", "RCPT TO"] {
            assert_ip_block(&postfix(reply, command), Reason::Blocked, "203.0.113.45");
        }
    }
}

/// A sender address refused the same way stays a refused sender.
#[test]
fn sender_in_angle_brackets_stays_rejected() {
    let text = postfix("553 5.7.1 Mail refused - <news@example.com>", "MAIL FROM");
    let r = only(&text);
    assert_eq!(r.reason, Reason::Rejected, "{text}");
    assert_eq!(r.sender_ip, None, "{text}");
}

#[test]
fn cox_mail_refused_names_cox() {
    let reply = "554 5.7.1 ERROR: Mail refused - <203.0.113.57> - See \
                 https://www.cox.com/internet/mail/error-codes";
    let text = format!(
        "<user@cox.net>: host cxr.mx.a.cloudfilter.net[198.51.100.7] said: {reply} \
         (in reply to MAIL FROM command)\n"
    );
    for input in [reply.to_string(), text] {
        let r = only(&input);
        assert_eq!(r.reason, Reason::Blocked, "{input}");
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.57"), "{input}");
        assert_eq!(r.provider.as_deref(), Some("cox"), "{input}");
        assert!(r.links.iter().any(|l| l.url.contains("cox.com")), "no Cox link in {:?}", r.links);
    }
}

/// A rate limit stated for an address limits the connecting client.
#[test]
fn rate_limited_address_is_the_sender() {
    for (reply, ip) in [
        (
            "451 4.7.1 Temporary rate limit exceeded for 203.0.113.58, try again later",
            "203.0.113.58",
        ),
        ("421 4.7.0 Rate limit exceeded for 198.51.100.23", "198.51.100.23"),
        ("450 4.7.1 Client rate limited for [192.0.2.44]", "192.0.2.44"),
        ("421 4.7.0 Too many connections from 203.0.113.9, slow down", "203.0.113.9"),
    ] {
        let exim = format!(
            "  user@example.org\n    host mx.example.org [198.51.100.9]\n    \
             SMTP error from remote mail server after MAIL FROM:<news@example.com> SIZE=12345:\n    \
             {reply}\n"
        );
        let r = only(&exim);
        assert_eq!(r.sender_ip.as_deref(), Some(ip), "{exim}");
        assert_eq!(r.sender_ip_source.hint, None, "{exim}");
        let r = only(reply);
        assert_eq!(r.sender_ip.as_deref(), Some(ip), "{reply}");
    }
}

/// "Mail from <ip> refused" and "Connection from <ip> refused" name the
/// sending server's address as refused, so the card is a block of that
/// IP at any command, not a refused envelope sender with a spelling step.
#[test]
fn ip_after_from_refused() {
    for (reply, ip) in [
        (
            "550 5.7.1 Mail from 203.0.113.45 refused by mx.example.org (198.51.100.10): \
             see http://www.example.org/block.html",
            "203.0.113.45",
        ),
        ("550 5.7.1 Connection from 203.0.113.45 refused", "203.0.113.45"),
        ("550 5.7.1 Mail from 203.0.113.45 refused", "203.0.113.45"),
        ("554 Message from [192.0.2.44] rejected", "192.0.2.44"),
        ("550 Connections from 198.51.100.23 are blocked", "198.51.100.23"),
        ("554 5.7.1 Access from 2001:db8::25 denied", "2001:db8::25"),
        ("550 5.7.1 Mail from IP 203.0.113.9 has been blocked", "203.0.113.9"),
    ] {
        for command in ["MAIL FROM", "RCPT TO"] {
            let text = postfix(reply, command);
            assert_ip_block(&text, Reason::Blocked, ip);
            let r = only(&text);
            assert_eq!(r.explanation.who_acts, Actor::Admin, "{text}");
            assert!(r.permanent, "{text}");
            assert!(r.explanation.retry.starts_with("Permanent"), "{}", r.explanation.retry);
            let steps = r.explanation.steps.join(" ");
            assert!(!steps.contains("spelled"), "spelling step in {steps}");
            assert!(
                !steps.to_lowercase().contains("mail program"),
                "sender-address step in {steps}"
            );
        }
        assert_ip_block(reply, Reason::Blocked, ip);
    }
}

/// A sender address after "from", or a denied refusal, names no IP as
/// refused.
#[test]
fn from_without_ip_not_a_block() {
    let text = postfix("553 5.7.1 Mail from <news@example.com> refused", "MAIL FROM");
    let r = only(&text);
    assert_eq!(r.reason, Reason::Rejected, "{text}");
    assert_eq!(r.sender_ip, None, "{text}");
    let text = postfix("550 5.1.1 Mail from 203.0.113.45 not refused, but user unknown", "RCPT TO");
    assert_eq!(only(&text).reason, Reason::UserUnknown, "{text}");
}

/// `X refused connection from Y`: the address before the verb is the
/// server that refuses, the one after `from` is the sender it refused.
#[test]
fn refusing_server_named_first() {
    for reply in [
        "550 5.7.1 [198.51.100.20] refused connection from [192.0.2.150]: listed on bl.spamcop.net",
        "550 5.7.1 [198.51.100.20] rejected connection from 192.0.2.150 (listed on bl.spamcop.net)",
        "554 5.7.1 198.51.100.20 rejected mail from 192.0.2.150: listed on bl.spamcop.net",
        "550 5.7.1 mx.example.net [198.51.100.20] refused the connection from [192.0.2.150]: \
         listed on zen.spamhaus.org",
        "554 5.7.1 [198.51.100.20] blocked messages from [192.0.2.150] (zen.spamhaus.org)",
        "550 5.7.1 [198.51.100.20] has refused incoming mail from 192.0.2.150 (bl.spamcop.net)",
    ] {
        assert_ip_block(reply, Reason::Blocked, "192.0.2.150");
        assert_ip_block(&postfix(reply, "RCPT TO"), Reason::Blocked, "192.0.2.150");
    }
}

#[test]
fn refusing_server_alone_not_quoted() {
    // The refused sender is named by its host name only, so no address
    // in the text is the sender's.
    let r = only(
        "550 5.7.1 [198.51.100.20] refused connection from mail.example.com: listed on \
         bl.spamcop.net\n",
    );
    assert_eq!(r.sender_ip, None);
}

/// Cox's inbound filter (cloudfilter.net hosts) writes its host, the
/// gateway's name `cmsmtp` and then the connecting IP before the `AUP#`
/// code. Each code quotes that IP and links Cox's error code page.
#[test]
fn cox_cloudfilter_codes_quote_ip() {
    for (reply, reason) in [
        ("554 5.7.1 cdptpa-cxmx-01.cloudfilter.net cmsmtp 203.0.113.5 Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXBL", Reason::Blocked),
        ("554 5.7.1 cdptpa-cxmx-01.cloudfilter.net cmsmtp 203.0.113.5 AUP#IPBL0001", Reason::Blocked),
        ("554 5.7.1 cdptpa-cxmx-01.cloudfilter.net cmsmtp 203.0.113.5 AUP#CDRBL", Reason::Blocked),
        ("554 5.7.1 cdptpa-cxmx-01.cloudfilter.net cmsmtp 203.0.113.5 AUP#CXDNS", Reason::RequirePtr),
        ("421 4.7.0 cdptpa-cxmx-01.cloudfilter.net cmsmtp 203.0.113.5 AUP#CXCNCT", Reason::TooManyConn),
        ("554 5.7.1 cdptpa-cxmx-01.cloudfilter.net cmsmtp 203.0.113.5 AUP#CXSMTP", Reason::Blocked),
    ] {
        let text = format!(
            "<user@cox.net>: host cxr.mx.a.cloudfilter.net[198.51.100.7] said: {reply} \
             (in reply to RCPT TO command)\n"
        );
        for input in [reply.to_string(), text] {
            let r = only(&input);
            assert_eq!(r.reason, reason, "{input}");
            assert_eq!(r.provider.as_deref(), Some("cox"), "{input}");
            assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"), "{input}");
            assert!(
                r.links.iter().any(|l| l.url.contains("cox.com")),
                "no Cox link for {input}: {:?}",
                r.links
            );
        }
    }
}

/// The cloudfilter.net host's own address, in the Postfix record or in
/// the reply beside the host's name, is never the one quoted.
#[test]
fn cox_cloudfilter_own_address_not_quoted() {
    let own_only = "<user@cox.net>: host cxr.mx.a.cloudfilter.net[198.51.100.7] said: \
                    554 5.7.1 cxr.mx.a.cloudfilter.net [198.51.100.7] cmsmtp blocked. AUP#CXBL \
                    (in reply to RCPT TO command)\n";
    assert_eq!(only(own_only).sender_ip, None, "{own_only}");
    let both =
        "554 5.7.1 cdptpa-cxmx-01.cloudfilter.net (198.51.100.9) cmsmtp 203.0.113.5 AUP#CXBL";
    assert_eq!(only(both).sender_ip.as_deref(), Some("203.0.113.5"), "{both}");
}
