//! NetEase Mail (163.com, 126.com) replies carry a short code after the
//! reply code: `RP:TRC`, `MI:DMC`, `HL:IFC`. Its published code list names
//! the limit each one enforces, so a rate limit must not read as spam
//! because the reply links to NetEase's help page on spam.

use bounce_explainer::{explain, Actor, Reason, Recipient, Report};

/// Builds NetEase's reply for `code`, with its usual help link.
fn reply(code: &str) -> String {
    format!(
        "{code} 163 mx14,QMCowEB3sVJlVGtmIqQABA--.12345S2 1796465472, please see \
         http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.123&hostid=mx14&time=1796465472"
    )
}

fn only(report: &Report) -> &Recipient {
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    &report.recipients[0]
}

#[test]
fn sender_limits_are_rate_limits() {
    for code in ["451 RP:TRC", "550 RP:TRC", "451 RP:QRC", "451 MI:SFQ", "554 MI:STC"] {
        let report = explain(&reply(code));
        let card = only(&report);
        assert_eq!(card.provider.as_deref(), Some("netease"), "{code}");
        assert_eq!(card.explanation.entry, "netease/sender-limit", "{code}");
        assert_eq!(card.reason, Reason::Speeding, "{code}");
        // A 4xx reply is retried by the sending server, and a 5xx one
        // leaves the sender to send again later.
        let who = if code.starts_with('4') { Actor::Wait } else { Actor::You };
        assert_eq!(card.explanation.who_acts, who, "{code}");
        assert!(!card.hard, "{code}");
        let steps = card.explanation.steps.join(" ");
        assert!(!steps.contains("URL shorteners"), "{code}: {steps}");
    }
}

#[test]
fn connection_limits_are_deferrals() {
    for code in ["451 MI:DMC", "450 MI:DMC", "450 RP:DRC", "421 HL:IFC", "421 HL:ICC"] {
        let report = explain(&reply(code));
        let card = only(&report);
        assert_eq!(card.provider.as_deref(), Some("netease"), "{code}");
        assert_eq!(card.explanation.entry, "netease/connection-limit", "{code}");
        assert_eq!(card.explanation.who_acts, Actor::Wait, "{code}");
        let steps = card.explanation.steps.join(" ");
        assert!(steps.contains("messages per connection"), "{code}: {steps}");
        assert_ne!(card.reason, Reason::SpamDetected, "{code}");
        assert!(!card.permanent, "{code}");
    }
}

#[test]
fn code_names_limit_in_lowercase() {
    let report = explain(&reply("451 rp:trc"));
    assert_eq!(only(&report).explanation.entry, "netease/sender-limit");
}

#[test]
fn spam_code_stays_spam() {
    let report = explain(&reply("554 DT:SPM"));
    let card = only(&report);
    assert_eq!(card.reason, Reason::SpamDetected);
    assert_eq!(card.explanation.who_acts, Actor::You);
}
