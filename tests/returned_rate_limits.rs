//! A rate limit in a returned message. The sending server has given up,
//! so the summary must not call the message delayed, and a rate limit
//! under a 5xx reply passes once the sender slows down, so the card must
//! not call every resend futile.

use bounce_explainer::{explain, Actor, Report};

/// A Postfix bounce whose last reply is Comcast's 421 rate limit.
const COMCAST_RL_421_RETURNED: &str = "This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<bob@comcast.net>: host mx2.comcast.net[198.51.100.20] said: 421
    resimta-ch2-18v.sys.comcast.net 203.0.113.45 rate limited, see
    http://postmaster.comcast.net/smtp-error-codes.php#RL000001 (in reply to
    MAIL FROM command)
";

/// QQ Mail's rate limit with a 550 reply, as Postfix logs it.
const QQ_FREQUENCY_550: &str =
    "<bob@qq.com>: host mx3.qq.com[198.51.100.20] said: 550 Ip frequency limited.
    http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725 (in
    reply to MAIL FROM command)
";

/// Comcast's rate limit with a 554 reply.
const COMCAST_RL_554: &str = "<bob@comcast.net>: host mx1.comcast.net[198.51.100.20] said: 554
    resimta-po-25v.sys.comcast.net resimta-po-25v.sys.comcast.net
    203.0.113.45 found on one or more DNSBLs, see
    http://postmaster.comcast.net/smtp-error-codes.php#RL000001 (in reply to
    MAIL FROM command)
";

fn single(text: &str) -> Report {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:?}");
    report
}

#[test]
fn returned_comcast_rate_limit_not_delayed() {
    let report = single(COMCAST_RL_421_RETURNED);
    let card = &report.recipients[0].explanation;
    assert_eq!(card.entry, "comcast/RL000001");
    assert!(card.retry.contains("stopped retrying"), "{}", card.retry);
    let summary = report.summary.to_ascii_lowercase();
    assert!(!summary.contains("delayed"), "{}", report.summary);
    assert!(!summary.contains("not lost"), "{}", report.summary);
}

#[test]
fn qq_rate_limit_550_resend_later() {
    let report = single(QQ_FREQUENCY_550);
    let recipient = &report.recipients[0];
    let card = &recipient.explanation;
    assert_eq!(card.entry, "tencent/frequency");
    assert!(!card.what.contains("deferred"), "{}", card.what);
    assert!(!card.retry.contains("fails the same way"), "{}", card.retry);
    assert!(card.retry.contains("again later"), "{}", card.retry);
    assert!(!recipient.permanent, "{recipient:?}");
    assert_ne!(card.who_acts, Actor::Wait);
    for step in &card.steps {
        assert!(!step.contains("no retry gets through"), "{step}");
    }
}

#[test]
fn comcast_rate_limit_554_resend_later() {
    let report = single(COMCAST_RL_554);
    let card = &report.recipients[0].explanation;
    assert_eq!(card.entry, "comcast/RL000001");
    assert!(!report.summary.contains("not lost"), "{}", report.summary);
    assert!(card.retry.contains("again later"), "{}", card.retry);
}
