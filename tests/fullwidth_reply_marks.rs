//! A reply after a label that ends in the full-width colon (U+FF1A), as
//! Chinese and Japanese NDRs and copies from them write it (`错误原因：550
//! 5.1.1 ...`), sometimes with an ideographic space (U+3000) before the
//! code. It must give the card that the same line with an ASCII colon
//! gives: recipient, cause, who acts, retry line and IP to quote.

use bounce_explainer::{explain, Actor, Reason, Report};

/// Pasted texts, each with the failed recipient, cause, who acts and IP.
const CASES: &[(&str, &str, Reason, Actor, Option<&str>)] = &[
    (
        "错误原因：550 5.1.1 <bob@example.net>... User unknown\n",
        "bob@example.net",
        Reason::UserUnknown,
        Actor::You,
        None,
    ),
    (
        "Fehler：550 5.1.1 <bob@example.net>... User unknown\n",
        "bob@example.net",
        Reason::UserUnknown,
        Actor::You,
        None,
    ),
    (
        "错误原因：\u{3000}550 5.1.1 <bob@example.net>... User unknown\n",
        "bob@example.net",
        Reason::UserUnknown,
        Actor::You,
        None,
    ),
    (
        "エラー内容：550 5.1.1 <bob@example.net>: Recipient address rejected: \
         User unknown in local recipient table\n",
        "bob@example.net",
        Reason::UserUnknown,
        Actor::You,
        None,
    ),
    (
        "您发送的邮件未能投递。\n收件人：bob@example.net\n\
         错误原因：550 5.1.1 <bob@example.net>: Recipient address rejected: \
         User unknown in local recipient table\n",
        "bob@example.net",
        Reason::UserUnknown,
        Actor::You,
        None,
    ),
    (
        "收件人：bob@example.net\n退信原因：554 5.7.1 Service unavailable; \
         Client host [192.0.2.206] blocked using zen.spamhaus.org\n",
        "bob@example.net",
        Reason::Blocked,
        Actor::Admin,
        Some("192.0.2.206"),
    ),
];

/// The fields of each card that the reader sees, for comparing reports.
fn cards(report: &Report) -> Vec<String> {
    report
        .recipients
        .iter()
        .map(|r| {
            format!(
                "{:?} {:?} {:?} {:?} {:?} {} | {}",
                r.recipient,
                r.reason,
                r.reply,
                r.status,
                r.sender_ip,
                r.explanation.what,
                r.explanation.retry
            )
        })
        .collect()
}

#[test]
fn fullwidth_colon_gives_card() {
    for (text, address, reason, who, ip) in CASES {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}: {}", report.summary);
        let card = &report.recipients[0];
        assert_eq!(card.recipient.as_deref(), Some(*address), "{text}");
        assert_eq!(card.reason, *reason, "{text}");
        assert_eq!(card.explanation.who_acts, *who, "{text}");
        assert_eq!(card.sender_ip.as_deref(), *ip, "{text}");
        let mention = report.notes.iter().any(|n| n.message.contains("mentions the reply"));
        assert!(!mention, "{text}: {:?}", report.notes);
    }
}

/// The card equals the one from the same text with ASCII marks.
#[test]
fn fullwidth_colon_reads_as_ascii() {
    for (text, ..) in CASES {
        let ascii = text.replace('：', ": ").replace('\u{3000}', " ");
        assert_eq!(cards(&explain(text)), cards(&explain(&ascii)), "{text}");
    }
}

/// Within a sentence, a code after a full-width colon is still the
/// writer's account, as with an ASCII colon.
#[test]
fn fullwidth_colon_in_prose_stays_mention() {
    let text = "我们上周给bob@example.net发邮件时，对方服务器说：550 5.1.1 ，但现在已经好了。\n";
    let ascii = text.replace('：', ": ");
    assert_eq!(cards(&explain(text)), cards(&explain(&ascii)));
}
