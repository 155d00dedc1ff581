//! Refusals whose text names a failed SPF check, whatever the subject
//! digit of the status code beside it. Forpsi documents "550 5.1.0 <id>
//! blocked by SPF" for its incoming servers, so a 5.1.x code that would
//! otherwise read as a fault in an address must not decide: the fix is the
//! sender domain's SPF record, which the domain's administrator changes.

use crate::cards::only;
use bounce_explainer::Actor;

fn postfix(host: &str, reply: &str) -> String {
    format!(
        "<bob@example.net>: host {host}[198.51.100.90] said: {reply} \
         (in reply to MAIL FROM command)\n"
    )
}

/// Replies that name an SPF failure beside an address (X.1.x) code or a
/// policy (X.7.x) code.
const SPF_FAILURES: &[&str] = &[
    // Forpsi's documented wording.
    "550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF",
    "550 5.1.0 Message rejected by SPF policy",
    "550 5.1.7 SPF check failed for example.com",
    "550 5.1.8 Sender rejected: SPF fail",
    "550 5.1.1 <alice@example.com> rejected by SPF policy",
    "550 5.7.1 Message blocked by SPF",
    "550 5.7.0 SPF validation failed for example.com",
];

/// Checks that `text` gives a card about SPF for the domain's
/// administrator, with no advice about a mistyped or dead address.
fn check_spf_card(text: &str) {
    let r = only(text);
    let e = &r.explanation;
    assert_eq!(e.who_acts, Actor::Admin, "{text}\n{r:#?}");
    assert!(e.what.contains("SPF"), "{text}: {}", e.what);
    assert!(r.permanent, "{text}");
    let steps = e.steps.join(" ").to_lowercase();
    assert!(steps.contains("spf record"), "{text}: {steps}");
    for word in ["typing", "typo", "remove the address", "no longer exists"] {
        assert!(!steps.contains(word), "{text}: {word:?} in {steps}");
    }
    assert!(r.blocklists.is_empty(), "{text}");
}

#[test]
fn forpsi_blocked_by_spf() {
    let reply = SPF_FAILURES[0];
    check_spf_card(&postfix("mxavas.forpsi.com", reply));
    check_spf_card(reply);
}

#[test]
fn spf_failure_under_address_codes() {
    for reply in &SPF_FAILURES[1..5] {
        check_spf_card(reply);
        check_spf_card(&postfix("mx.example.net", reply));
    }
}

#[test]
fn spf_failure_under_policy_codes() {
    for reply in &SPF_FAILURES[5..] {
        check_spf_card(reply);
        check_spf_card(&postfix("mx.example.net", reply));
    }
}

/// Cisco Secure Email (IronPort) AsyncOS's default SPF reject text, which
/// every appliance left on its defaults sends.
#[test]
fn ironport_default_spf_text() {
    let reply = "550 #5.7.1 SPF unauthorized mail is prohibited.";
    check_spf_card(reply);
    check_spf_card(&postfix("esa1.example.iphmx.com", reply));
    check_spf_card(&postfix("mx.example.net", reply));
    assert_eq!(only(reply).reason, bounce_explainer::Reason::AuthFailure);
}
