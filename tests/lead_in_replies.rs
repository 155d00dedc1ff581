//! A paragraph copied from a qmail, Exim or Postfix bounce puts the
//! receiver's reply after the MTA's own lead-in (`Remote host said:`,
//! `host mx.example.net [192.0.2.1]:`, `said:`). That reply is the
//! receiver's reply whatever its words, with or without an enhanced
//! status code. Documentation addresses only.

fn replies(text: &str) -> Vec<(Option<String>, Option<String>)> {
    let report = bounce_explainer::explain(text);
    report.recipients.iter().map(|r| (r.recipient.clone(), r.reply.clone())).collect()
}

#[test]
fn qmail_reply_after_remote_host_said() {
    for (text, code) in [
        (
            "<dave@example.net>:\nConnected to 198.51.100.7 but sender was rejected.\n\
             Remote host said: 553 sorry, your IP is listed on bl.spamcop.net\n",
            "553",
        ),
        (
            "<carol@example.com>:\n198.51.100.7 failed after I sent the message.\n\
             Remote host said: 554 Message refused as spam\n",
            "554",
        ),
        (
            "<erin@example.org>:\n203.0.113.9 does not like recipient.\n\
             Remote host said: 550 mailbox unavailable\nGiving up on 203.0.113.9.\n",
            "550",
        ),
    ] {
        let found = replies(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1.as_deref(), Some(code), "{text}");
        assert!(found[0].0.is_some(), "{text}: {found:?}");
    }
}

#[test]
fn exim_reply_after_host_and_ip() {
    for (text, code) in [
        (
            "SMTP error from remote mail server after RCPT TO:<x@example.net>:\n    \
             host mx.example.net [198.51.100.5]: 550 rejected because 192.0.2.10 is in a black list at bl.spamcop.net\n",
            "550",
        ),
        (
            "SMTP error from remote mail server after end of data:\n    \
             host mail.example.org [203.0.113.4]: 554 go away\n",
            "554",
        ),
        (
            "SMTP error from remote mail server after MAIL FROM:<a@example.com> SIZE=2000:\n    \
             host mx.example.net [2001:db8::25]: 451 please come back later\n",
            "451",
        ),
    ] {
        let found = replies(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1.as_deref(), Some(code), "{text}");
    }
}

#[test]
fn postfix_reply_after_said() {
    for text in [
        "<bob@example.net>: host mx.example.net[198.51.100.2] said: 554 Your access to this mail system has been rejected (in reply to RCPT TO command)\n",
        "host mx.example.org[192.0.2.20] said: 550 sorry, no mailbox here by that name (in reply to RCPT TO command)\n",
    ] {
        let found = replies(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
    }
}

#[test]
fn numbers_in_prose_stay_prose() {
    let text = "Hi team,\n\nWe said: 550 people signed up this week, a new record.\n\nBest,\nMia\n";
    assert!(replies(text).is_empty(), "{:?}", replies(text));
}
