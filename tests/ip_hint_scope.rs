//! The hint on finding the sending IP is given only where the IP plays a
//! part in the cause: a block, a missing PTR record, a rate limit on the
//! sending server. A limit on the sender's account, a refusal of the
//! message's content or recipient count, and a limit on what one
//! recipient receives have nothing to do with the IP, so they get none.

use crate::cards::only;

/// Returns the reply pasted alone and inside a Postfix bounce line.
fn forms(reply: &str) -> [String; 2] {
    [
        reply.to_string(),
        format!(
            "<user@example.net>: host mx.example.net[198.51.100.7] said: {reply} \
             (in reply to end of DATA command)\n"
        ),
    ]
}

#[test]
fn account_and_message_limits_have_no_ip_hint() {
    for reply in [
        "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail \
         sending limits go to https://support.google.com/a/answer/166852 x1si.2 - gsmtp",
        "550 5.4.5 Daily sending quota exceeded. Learn more at \
         https://support.google.com/mail/answer/22839 x3si.4 - gsmtp",
        "554 p3plibsmtp01-05.prod.phx3.secureserver.net IB605 Too many recipients",
        "550 5.7.1 Message rejected as spam by Content Filtering.",
        "452 4.2.1 The recipient is receiving mail at a rate that prevents additional \
         messages from being delivered. x5si.6 - gsmtp",
    ] {
        for text in forms(reply) {
            let r = only(&text);
            assert_eq!(r.sender_ip, None, "{text}");
            assert_eq!(r.sender_ip_source.hint, None, "{text}");
        }
    }
}

#[test]
fn ip_causes_keep_the_hint() {
    for reply in [
        // A block of the sending server.
        "550 5.7.1 Our system has detected an unusual rate of unsolicited mail \
         originating from your IP address. x7si.8 - gsmtp",
        "554 5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org",
        // A missing PTR record.
        "550 5.7.25 The IP address sending this message does not have a PTR record \
         setup, or the corresponding forward DNS entry does not point to the sending \
         IP. x9si.1 - gsmtp",
        // A rate limit on the sending server's address.
        "421 4.7.0 Messages from your server are temporarily rate limited due to IP \
         reputation. RP-001",
        // A refusal worded as spam that names an IP blocklist needs the IP.
        "550 5.7.1 Message rejected as spam, sender listed on bl.spamcop.net",
    ] {
        for text in forms(reply) {
            let r = only(&text);
            assert_eq!(r.sender_ip, None, "{text}");
            assert!(r.sender_ip_source.hint.is_some(), "{text}: {:?}", r.explanation.entry);
        }
    }
}
