//! A reply line pasted alone whose text is little more than a provider's
//! code (`554 AUP#CXBL`, `550 AUP#O-1000`, Telekom's `554 IP=<ip> - A
//! problem occurred. (BL)`) names no cause in words, so it does not read
//! as a reply by its words. The code names the provider and the check
//! that failed, so the line is a reply, in upper or lower case alike: log
//! tools and help-desk tickets lower-case what they copy.

use bounce_explainer::explain;

/// Each reply with the provider and code its card must carry.
const BARE: &[(&str, &str, &str)] = &[
    ("554 IP=192.0.2.78 - A problem occurred. (BL)", "t-online", "BL"),
    ("554 ip=192.0.2.78 - a problem occurred. (bl)", "t-online", "BL"),
    ("554 ip=192.0.2.78 - a problem occurred (nowl)", "t-online", "NOWL"),
    ("554 AUP#CXBL", "cox", "AUP#CXBL"),
    ("554 aup#cxbl", "cox", "AUP#CXBL"),
    ("550 AUP#O-1000", "spectrum", "AUP#O-1000"),
    ("550 aup#i-1000", "spectrum", "AUP#I-1000"),
    ("550 ofr004_104", "orange", "OFR004_104"),
];

#[test]
fn bare_code_line_gets_card() {
    for (reply, _, _) in BARE {
        let report = explain(reply);
        assert_eq!(report.recipients.len(), 1, "{reply}: {}", report.summary);
    }
}

#[test]
fn bare_code_line_names_provider() {
    for (reply, provider, code) in BARE {
        let report = explain(reply);
        let Some(r) = report.recipients.first() else {
            panic!("{reply}: no card");
        };
        assert_eq!(r.provider.as_deref(), Some(*provider), "{reply}");
        assert_eq!(r.code.as_deref(), Some(*code), "{reply}");
        assert_eq!(r.action, "failed", "{reply}");
    }
}

#[test]
fn telekom_lower_case_quotes_ip() {
    let report = explain("554 ip=192.0.2.78 - a problem occurred. (bl)");
    let Some(r) = report.recipients.first() else {
        panic!("no card: {}", report.summary);
    };
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.78"));
    assert!(r.permanent);
}

/// A number opening a sentence stays prose even where a provider's code
/// pattern could fit part of it.
#[test]
fn prose_is_not_code_line() {
    for text in ["550 guests came, see aup#notes for the agenda", "554 items in stock"] {
        let report = explain(text);
        assert!(report.recipients.is_empty(), "{text}: {:?}", report.recipients);
    }
}
