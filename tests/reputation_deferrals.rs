//! Trend Micro's two reputation lists: a 4xx reply from the dynamic list,
//! whose listings expire while the sending server retries, and a 5xx
//! reply from the standard list (RBL+), which lasts until removal.

use crate::cards::only;
use bounce_explainer::report::Actor;

const DEFERRED: &str = "<bob@example.net>: host mx.example.net[198.51.100.20] said: 451 Mail \
                        from 203.0.113.45 deferred using Trend Micro Email Reputation database. \
                        Please see http://www.mail-abuse.com/cgi-bin/lookup?203.0.113.45 (in \
                        reply to MAIL FROM command)";

#[test]
fn trend_4xx_deferral_is_temporary() {
    let r = only(DEFERRED);
    assert_eq!(r.explanation.entry, "trendmicro/ers-blocked");
    assert!(!r.permanent);
    let retry = &r.explanation.retry;
    assert!(!retry.contains("Permanent"), "{retry}");
    assert!(!retry.contains("only once the cause is gone"), "{retry}");
    assert_eq!(r.explanation.who_acts, Actor::Wait);
}

#[test]
fn trend_4xx_reply_alone_is_temporary() {
    let r = only(
        "451 Mail from 203.0.113.45 deferred using Trend Micro Email Reputation database. \
         Please see http://www.mail-abuse.com/cgi-bin/lookup?203.0.113.45",
    );
    assert_eq!(r.explanation.entry, "trendmicro/ers-blocked");
    assert!(!r.permanent);
    assert!(r.explanation.retry.starts_with("Temporary"), "{}", r.explanation.retry);
}

#[test]
fn trend_rbl_plus_5xx_stays_permanent() {
    let r = only(
        "<bob@example.net>: host in.sjc.mx.trendmicro.com[198.51.100.20] said: 550 5.7.1 \
         Service unavailable; Client host [203.0.113.45] blocked using Trend Micro RBL+. Please \
         see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=203.0.113.45 (in reply to RCPT \
         TO command)",
    );
    assert_eq!(r.explanation.entry, "trendmicro/ers-blocked");
    assert!(r.permanent);
    assert!(r.explanation.retry.starts_with("Permanent"), "{}", r.explanation.retry);
    assert_eq!(r.explanation.who_acts, Actor::Admin);
}
