//! Microsoft 365 message trace details and Exchange message tracking
//! exports, whose delivery status is written as
//! `[{LED=<reply>};{MSG=};{FQDN=<host>};{IP=<ip>};{LRT=<time>}]`. `LED` is
//! the receiving server's last reply, and `FQDN` and `IP` name that
//! receiving server, so its address is never the one to quote.

use bounce_explainer::{explain, Actor, Reason, Recipient, Report};

const RECEIVER_IP: &str = "198.51.100.26";

fn fixture(name: &str) -> Report {
    let path = format!("{}/tests/fixtures/trace/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    explain(&text)
}

fn only(report: &Report) -> &Recipient {
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    &report.recipients[0]
}

/// Builds a trace's `Fail` event with `reply` as its last error.
fn fail_event(reply: &str) -> String {
    format!(
        "Date (UTC)\tEvent\tAction\tDetail\n\
         12/5/2026 11:31:05 AM\tFail\t\tReason: [{{LED={reply}}};{{MSG=}};\
         {{FQDN=mx.example.net}};{{IP={RECEIVER_IP}}};{{LRT=}}]. \
         OutboundProxyTargetIP: {RECEIVER_IP}. OutboundProxyTargetHostName: mx.example.net\n"
    )
}

#[test]
fn block_without_ip_quotes_none() {
    let report =
        explain(&fail_event("554 5.7.1 Service unavailable; blocked using zen.spamhaus.org"));
    let r = only(&report);
    assert_eq!(r.reason, Reason::Blocked);
    assert_eq!(r.sender_ip, None, "{:?}", r.sender_ip_source);
    assert_eq!(r.reply.as_deref(), Some("554"));
    assert_eq!(r.status.as_deref(), Some("5.7.1"));
    assert!(r.diagnostic.starts_with("554 5.7.1 Service unavailable"), "{}", r.diagnostic);
    assert!(!r.diagnostic.contains("FQDN"), "{}", r.diagnostic);
    assert!(!r.links.iter().any(|l| l.url.contains(RECEIVER_IP)), "{:?}", r.links);
}

#[test]
fn reason_line_alone_quotes_no_ip() {
    let text = format!(
        "Reason: [{{LED=554 5.7.1 Service unavailable; blocked using zen.spamhaus.org}};{{MSG=}};\
         {{FQDN=mx.example.net}};{{IP={RECEIVER_IP}}};{{LRT=}}]\n"
    );
    let report = explain(&text);
    let r = only(&report);
    assert_eq!(r.reason, Reason::Blocked);
    assert_eq!(r.sender_ip, None);
    assert_eq!(r.reply.as_deref(), Some("554"));
}

#[test]
fn content_refusal_quotes_no_ip() {
    let report = explain(&fail_event("550 5.7.1 Message rejected due to content restrictions"));
    let r = only(&report);
    assert_eq!(r.sender_ip, None);
    assert_eq!(r.reply.as_deref(), Some("550"));
    assert_ne!(r.reason, Reason::Blocked);
}

#[test]
fn unknown_user_event_gives_card() {
    let report = explain(&fail_event(
        "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown",
    ));
    let r = only(&report);
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(r.reason, Reason::UserUnknown);
    assert_eq!(r.reply.as_deref(), Some("550"));
    assert_eq!(r.explanation.who_acts, Actor::You);
    assert!(r.permanent);
    assert_eq!(r.sender_ip, None);
}

#[test]
fn ip_named_by_reply_quoted() {
    let report = explain(&fail_event(
        "550 5.7.1 Service unavailable, Client host [192.0.2.27] blocked using Spamhaus",
    ));
    let r = only(&report);
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.27"));
}

#[test]
fn defer_then_fail_gives_last_outcome() {
    let report = fixture("m365-defer-then-block.txt");
    let r = only(&report);
    assert_eq!(r.reason, Reason::Blocked);
    assert_eq!(r.reply.as_deref(), Some("550"));
    assert_eq!(r.status.as_deref(), Some("5.7.1"));
    assert!(r.permanent);
    assert_eq!(r.action, "failed");
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.27"));
    assert!(!r.diagnostic.contains("4.7.650"), "{}", r.diagnostic);
}

#[test]
fn defer_then_unknown_user() {
    let report = fixture("m365-defer-then-unknown.txt");
    let r = only(&report);
    assert_eq!(r.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(r.reason, Reason::UserUnknown);
    assert_eq!(r.action, "failed");
    assert!(r.permanent);
}

#[test]
fn defer_alone_reads_delayed() {
    let text = format!(
        "Date (UTC)\tEvent\tAction\tDetail\n\
         12/5/2026 10:01:05 AM\tDefer\t\tReason: [{{LED=451 4.7.1 Greylisted, please try again \
         later}};{{MSG=}};{{FQDN=mx.example.net}};{{IP={RECEIVER_IP}}};{{LRT=12/5/2026 10:01:04 AM}}]. \
         OutboundProxyTargetIP: {RECEIVER_IP}. OutboundProxyTargetHostName: mx.example.net\n"
    );
    let report = explain(&text);
    let r = only(&report);
    assert_eq!(r.action, "delayed");
    assert_eq!(r.reply.as_deref(), Some("451"));
    assert!(!r.permanent);
    assert_eq!(r.sender_ip, None);
}

#[test]
fn tracking_export_card_per_row() {
    let report = fixture("exchange-tracking.csv");
    let recipients: Vec<_> =
        report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, ["bob@example.net", "carol@example.org"]);
    let [bob, carol] = &report.recipients[..] else { unreachable!() };
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert_eq!(bob.reply.as_deref(), Some("550"));
    assert_eq!(carol.reason, Reason::Blocked);
    assert_eq!(carol.reply.as_deref(), Some("554"));
    for r in [bob, carol] {
        assert_eq!(r.sender_ip, None, "{:?}", r.recipient);
        assert!(!r.diagnostic.contains("FQDN"), "{}", r.diagnostic);
    }
}
