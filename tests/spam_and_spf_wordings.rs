//! Common one-line spam verdicts and SPF refusals name their cause. A line
//! stating that the message was not spam is no spam verdict.

use bounce_explainer::{explain, Reason};

fn reason_of(text: &str) -> Reason {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}");
    report.recipients[0].reason
}

#[test]
fn spam_verdict_wordings() {
    for text in [
        "554 Message refused as spam\n",
        "550 Mail refused as spam by the recipient's filter\n",
        "554 5.7.1 Your message has been classified as spam\n",
        "550 5.7.1 Message classified as spam by example.net\n",
        "550 Spam message rejected\n",
    ] {
        assert_eq!(reason_of(text), Reason::SpamDetected, "{text}");
    }
}

#[test]
fn not_classified_as_spam() {
    let text = "550 5.1.1 <user@example.org>: message not classified as spam, but \
                recipient address rejected: user unknown\n";
    assert_ne!(reason_of(text), Reason::SpamDetected);
}

#[test]
fn spf_refusal_wordings() {
    for text in [
        "550 5.7.1 Sender IP 192.0.2.10 is not in the SPF record of example.com, see \
         http://www.open-spf.org/Why?s=mfrom;id=s@example.com;ip=192.0.2.10;r=mx.example.net\n",
        "550 5.7.1 203.0.113.9 is not in SPF record for example.org\n",
        "550 5.7.23 Sending host 198.51.100.4 not permitted by SPF for example.net\n",
        "550 5.7.1 SPF check failed for example.com\n",
    ] {
        assert_eq!(reason_of(text), Reason::AuthFailure, "{text}");
    }
}
