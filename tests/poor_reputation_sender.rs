//! Cloudmark's `Poor Reputation Sender - [ip]` and the wording `poor
//! sender reputation [ip]` name a reputation block and the sender's IP in
//! words, so the cause and the IP are read even without Cloudmark's link.

use bounce_explainer::{explain, Reason};

fn assert_reputation_block(text: &str, ip: &str) {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}");
    let r = &report.recipients[0];
    assert_eq!(r.reason, Reason::BadReputation, "{text}");
    assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
}

#[test]
fn cloudmark_poor_reputation_sender_without_its_link() {
    assert_reputation_block("550 5.7.1 Poor Reputation Sender - [192.0.2.10]\n", "192.0.2.10");
    assert_reputation_block(
        "<bob@example.net>: host mx.example.net[198.51.100.7] said: 554 5.7.1 Poor \
         Reputation Sender - [203.0.113.45] (in reply to RCPT TO command)\n",
        "203.0.113.45",
    );
    assert_reputation_block("550 5.7.1 Poor Reputation Sender - [2001:db8::25]\n", "2001:db8::25");
}

#[test]
fn poor_sender_reputation_with_the_ip_after_it() {
    assert_reputation_block(
        "554 5.7.1 Rejected - poor sender reputation [192.0.2.10]\n",
        "192.0.2.10",
    );
    assert_reputation_block(
        "550 Rejected: poor sender reputation (198.51.100.20)\n",
        "198.51.100.20",
    );
}
