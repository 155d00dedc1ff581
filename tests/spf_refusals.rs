//! SPF refusals worded "<ip> is not allowed to send mail from <domain>",
//! as Exim SPF ACLs and pypolicyd-spf write them. Sisimai files
//! the phrase under Blocked, so the reason stays, but the fix is the
//! domain's SPF record: no blocklist and no removal request is involved.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

fn postfix(reply: &str) -> String {
    format!(
        "<user@example.net>: host mx.example.net[198.51.100.7] said: {reply} \
         (in reply to MAIL FROM command)\n"
    )
}

const SPF_REPLIES: &[&str] = &[
    "550 5.7.1 SPF: 203.0.113.45 is not allowed to send mail from example.com",
    "550 203.0.113.45 is not allowed to send mail from example.com. Please see \
     http://www.open-spf.org/Why?scope=mfrom;identity=alice@example.com;ip=203.0.113.45",
    // The HELO scope, for a message with the empty sender.
    "550 203.0.113.45 is not allowed to send mail from mail.example.com. Please see \
     http://www.open-spf.org/Why?scope=helo;identity=mail.example.com;ip=203.0.113.45",
    "550 5.7.1 Rejected: 2001:db8::25 is not allowed to send mail from example.com",
    "550 5.7.1 203.0.113.45 is not allowed to send mail from example.com. Please see \
     http://www.openspf.org/Why?scope=mfrom;identity=alice@example.com;ip=203.0.113.45",
];

#[test]
fn spf_refusal_points_to_spf_record() {
    for reply in SPF_REPLIES {
        for text in [reply.to_string(), postfix(reply)] {
            let r = only(&text);
            assert_eq!(r.explanation.entry, "wording/spf-not-allowed", "{text}");
            assert!(r.explanation.what.contains("SPF"), "{text}");
            let steps = r.explanation.steps.join(" ");
            assert!(steps.contains("SPF record"), "{text}: {steps}");
        }
    }
}

#[test]
fn spf_refusal_has_no_removal_steps() {
    for reply in SPF_REPLIES {
        for text in [reply.to_string(), postfix(reply)] {
            let r = only(&text);
            for step in &r.explanation.steps {
                let lower = step.to_lowercase();
                assert!(!lower.contains("removal"), "{text}: {step}");
                assert!(!lower.contains("blocklist"), "{text}: {step}");
            }
            assert!(r.blocklists.is_empty(), "{text}");
        }
    }
}

#[test]
fn spf_refusal_keeps_reason_and_actor() {
    for reply in SPF_REPLIES {
        let r = only(reply);
        assert_eq!(r.reason, Reason::Blocked, "{reply}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "{reply}");
        assert!(r.permanent, "{reply}");
    }
}

/// The IP the SPF record must list is the one the reply names.
#[test]
fn spf_refusal_names_refused_ip() {
    let r = only(SPF_REPLIES[0]);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.45"));
}
