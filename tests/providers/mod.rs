//! Provider and blocklist explanations, end to end through `explain`.
//!
//! Each case is a reply in the form Postfix writes it ("host x said: ..."),
//! anonymised with documentation addresses but keeping the providers' real
//! host names and codes.

mod barracuda;
mod blocklists;
mod fixtures;
mod gateways;
mod mailbox;
mod mcafee;
mod regional;
mod sending;
mod sophos;

use bounce_explainer::{explain, Reason, Recipient};

/// Explains `text` and returns its only recipient.
pub fn one(text: &str) -> Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "recipients in {text}");
    report.recipients.into_iter().next().unwrap()
}

pub fn postfix(rcpt: &str, host: &str, reply: &str) -> String {
    format!(
        "The mail system\n\n<{rcpt}>: host {host}[198.51.100.25] said: {reply} (in reply to RCPT TO \
         command)\n"
    )
}

/// One expected result: provider id, provider code, reason, entry id.
pub struct Case {
    pub name: &'static str,
    pub rcpt: &'static str,
    pub host: &'static str,
    pub reply: &'static str,
    pub provider: Option<&'static str>,
    pub code: Option<&'static str>,
    pub reason: Reason,
    pub entry: &'static str,
}

pub fn check(case: &Case) {
    let r = one(&postfix(case.rcpt, case.host, case.reply));
    assert_eq!(r.provider.as_deref(), case.provider, "{}: provider", case.name);
    assert_eq!(r.code.as_deref(), case.code, "{}: code", case.name);
    assert_eq!(r.reason, case.reason, "{}: reason", case.name);
    assert_eq!(r.explanation.entry, case.entry, "{}: entry", case.name);
}

#[test]
fn forged_provider_word_is_not_trusted() {
    let r = one(&postfix(
        "user@example.com",
        "mx.example.com",
        "550 5.7.1 Comcast has blocked you. Remove yourself at http://comcast-unblock.example.net/",
    ));
    assert_eq!(r.provider, None);
    assert!(r.links.iter().all(|l| !l.url.contains("comcast")), "{:?}", r.links);
}
