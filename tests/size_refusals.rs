//! Size refusals in the wordings of the common MTAs. Exim replies "552
//! Message size exceeds maximum permitted" to a MAIL FROM whose SIZE=
//! parameter is over its limit. That refusal is about the message, not
//! the envelope sender the command names.

use bounce_explainer::{explain, Reason};

fn reasons(text: &str) -> Vec<Reason> {
    let report = explain(text);
    assert!(!report.recipients.is_empty(), "{text}");
    report.recipients.iter().map(|r| r.reason).collect()
}

const EXIM_AFTER_MAIL_FROM: &str =
    "This message was created automatically by mail delivery software.\n\n\
A message that you sent could not be delivered to one or more of its\n\
recipients. This is a permanent error. The following address(es) failed:\n\n  \
kim@example.org\n    host mx1.example.org [203.0.113.9]\n    \
SMTP error from remote mail server after MAIL FROM:<lee@example.com> SIZE=20480000:\n    \
552 Message size exceeds maximum permitted\n";

const POSTFIX_END_OF_DATA: &str = "This is the mail system at host mail.example.com.\n\n\
I'm sorry to have to inform you that your message could not\n\
be delivered to one or more recipients.\n\n\
<kim@example.org>: host mx.example.org[198.51.100.20] said: 552 message size\n    \
exceeds maximum message size (in reply to end of DATA command)\n";

#[test]
fn exim_mail_from_size_refusal() {
    assert_eq!(reasons(EXIM_AFTER_MAIL_FROM), [Reason::MesgTooBig]);
}

#[test]
fn postfix_end_of_data_size_refusal() {
    assert_eq!(reasons(POSTFIX_END_OF_DATA), [Reason::MesgTooBig]);
}

#[test]
fn bare_size_replies() {
    for line in [
        "552 Message size exceeds maximum permitted",
        "552 message size exceeds maximum message size",
        "552 5.3.4 Message size exceeds fixed limit",
        "552 5.3.4 Message too big for system",
        "552 Message exceeds maximum message size of 10485760 bytes",
        "552 Size limit exceeded",
        "552 Message is too big",
        "554 Message size exceeds the limit of this server",
        "552 Maximum message size exceeded",
    ] {
        assert_eq!(reasons(line), [Reason::MesgTooBig], "{line}");
    }
}
