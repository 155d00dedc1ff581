//! Recipients written in the less common forms RFC 5321 allows: an
//! address literal as the domain (`jane@[192.0.2.4]`,
//! `ops@[IPv6:2001:db8::4]`) and a quoted local part (`"john doe"@...`).
//! Each is named as written; the literal's IP is never quoted as the
//! sender's, and a bracketed IP or a quoted name elsewhere stays outside
//! the address.

use bounce_explainer::{explain, Report};

fn recipients(report: &Report) -> Vec<Option<String>> {
    report.recipients.iter().map(|r| r.recipient.clone()).collect()
}

fn one(text: &str, expected: &str) -> Report {
    let report = explain(text);
    assert_eq!(recipients(&report), vec![Some(expected.to_string())], "{text}");
    report
}

#[test]
fn ipv4_literal_named() {
    let text = "<jane.roe@[192.0.2.4]>: host 192.0.2.4[192.0.2.4] said: 550 5.1.1\n    \
        <jane.roe@[192.0.2.4]>: Recipient address rejected: User unknown in local\n    \
        recipient table (in reply to RCPT TO command)\n";
    let report = one(text, "jane.roe@[192.0.2.4]");
    assert_eq!(report.recipients[0].sender_ip, None, "{text}");
}

#[test]
fn ipv6_literal_named() {
    let text = "<ops@[IPv6:2001:db8::4]>: host mx.example.net[198.51.100.2] said: 550 5.1.1\n    \
        <ops@[IPv6:2001:db8::4]>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n";
    let report = one(text, "ops@[IPv6:2001:db8::4]");
    assert_eq!(report.recipients[0].sender_ip, None, "{text}");
}

#[test]
fn literal_ip_not_sender() {
    // The only IP besides the receiver's is the recipient's literal: it
    // names the recipient's host, not the sender's.
    let text = "<erin@[203.0.113.44]>: host mx.example.net[198.51.100.2] said: 550 5.7.1\n    \
        <erin@[203.0.113.44]>: Access denied, sending IP blocked by policy (in reply to RCPT TO command)\n";
    let report = one(text, "erin@[203.0.113.44]");
    assert_eq!(report.recipients[0].sender_ip, None, "{text}");
}

#[test]
fn literal_beside_client_host() {
    let text = "<erin@[203.0.113.44]>: host mx.example.net[198.51.100.2] said: 554 5.7.1\n    \
        Service unavailable; Client host [192.0.2.77] blocked using zen.spamhaus.org\n    \
        (in reply to RCPT TO command)\n";
    let report = one(text, "erin@[203.0.113.44]");
    assert_eq!(report.recipients[0].sender_ip.as_deref(), Some("192.0.2.77"), "{text}");
}

#[test]
fn quoted_local_part_named() {
    let text = "<\"john doe\"@example.com>: host mx.example.com[192.0.2.10] said: 550 5.1.1\n    \
        <\"john doe\"@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n";
    one(text, "\"john doe\"@example.com");
    let reply = "550 5.1.1 <\"j.roe..old\"@example.org>: Recipient address rejected: User unknown";
    one(reply, "\"j.roe..old\"@example.org");
}

#[test]
fn quoted_display_name_stays_outside() {
    let text = "Delivery has failed to these recipients:\n\n\
        \"Roe, Jane\" <jane.roe@example.net>\n\n\
        Remote server returned '550 5.1.1 User unknown'\n";
    one(text, "jane.roe@example.net");
}

#[test]
fn bare_literal_before_refusal_word() {
    // The literal sits right before "rejected", where a sender-IP rule
    // reads `[ip] rejected`; inside an address it is the recipient's host.
    let reply = "550 5.7.1 Mail for erin@[203.0.113.44] rejected by policy";
    let report = one(reply, "erin@[203.0.113.44]");
    assert_eq!(report.recipients[0].sender_ip, None, "{reply}");
}
