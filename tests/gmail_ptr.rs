//! Gmail's replies about the sending IP's PTR record, in the wordings on
//! Google's SMTP error list: whatever the code (421 4.7.23, 421 4.7.25,
//! 550 5.7.25), the cause is the PTR record and the administrator acts,
//! since waiting never adds a missing record.

use bounce_explainer::{explain, Actor, Reason};

fn check(text: &str, ip: &str) {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}");
    let r = &report.recipients[0];
    assert_eq!(r.reason, Reason::RequirePtr, "{text}");
    assert_eq!(r.explanation.entry, "google/no-ptr", "{text}");
    assert_eq!(r.explanation.who_acts, Actor::Admin, "{text}");
    assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
}

#[test]
fn pointer_ptr_mismatch_421_4_7_23() {
    check(
        "421-4.7.23 [203.0.113.40      15] The sending IP does not match the IP address of the\n\
         421-4.7.23 hostname specified in the pointer (PTR) record. For more information,\n\
         421 4.7.23 go to https://support.google.com/mail/answer/81126#ip-practices x1si2wmq.4 - gsmtp\n",
        "203.0.113.40",
    );
}

#[test]
fn missing_ptr_421_4_7_25() {
    check(
        "421-4.7.25 [2001:db8:5::25      15] The IP address sending this message does not\n\
         421-4.7.25 have a PTR record setup, or the corresponding forward DNS entry does not\n\
         421-4.7.25 match the sending IP. As a policy, Gmail does not accept messages from\n\
         421-4.7.25 IPs with missing PTR records. For more information, go to\n\
         421 4.7.25  https://support.google.com/mail/answer/81126#ip-practices x1si2wmq.4 - gsmtp\n",
        "2001:db8:5::25",
    );
}

#[test]
fn status_alone_names_the_ptr_check() {
    // Google gives 4.7.23 to the PTR check only, so a cut reply still reads so.
    check("421 4.7.23 [198.51.100.23] The sending IP does not match. - gsmtp\n", "198.51.100.23");
}

#[test]
fn missing_ptr_550_5_7_25() {
    check(
        "550-5.7.25 [192.0.2.77] The IP address sending this message does not have a\n\
         550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\n\
         550 5.7.25 match the sending IP. x1si2wmq.4 - gsmtp\n",
        "192.0.2.77",
    );
}
