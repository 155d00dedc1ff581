//! Refusals of mail that failed SPF, DKIM or DMARC, read from the reply's
//! own words when no receiver's host name is in the text: a bare reply
//! line, or a relay's NDR that quotes it. Yahoo and AOL answer 5.7.9,
//! whose registry meaning (a sign-in mechanism too weak) would send the
//! reader to their mail program's settings instead of the domain's DNS.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

const YAHOO_REPLY: &str = "550 5.7.9 This mail has been blocked because the sender is \
     unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.";

/// A Microsoft 365 NDR for `rcpt`, quoting the receiver's reply.
fn m365_ndr(rcpt: &str, reply: &str) -> String {
    format!(
        "Delivery has failed to these recipients or groups:\n\n{rcpt}\n\
         Your message couldn't be delivered because the recipient's email server rejected it.\n\n\
         Diagnostic information for administrators:\n\n\
         Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com\n\n\
         {rcpt}\nRemote server returned '{reply}'\n"
    )
}

fn unauthenticated_inputs() -> Vec<String> {
    let replies = [
        YAHOO_REPLY.to_string(),
        // Gmail's wording of the same requirement, under 5.7.26.
        "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail \
         requires all senders to authenticate with either SPF or DKIM."
            .to_string(),
        // Gmail's older wording, as a relay quotes it on one line.
        "550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender \
         and Gmail users, and has been blocked. The sender must authenticate with at least one \
         of SPF or DKIM."
            .to_string(),
        "550 5.7.9 Message rejected: DKIM verification failed for example.com".to_string(),
        "550 5.7.1 Message rejected: DMARC check failed for example.com".to_string(),
        "554 5.7.9 SPF validation failed for example.com".to_string(),
        "550 5.7.0 This message fails DMARC for example.com".to_string(),
    ];
    let mut inputs = replies.to_vec();
    inputs.push(m365_ndr("bob@aol.com", YAHOO_REPLY));
    inputs.push(m365_ndr("bob@example.net", YAHOO_REPLY));
    inputs
}

#[test]
fn unauthenticated_reads_as_auth_failure() {
    for text in unauthenticated_inputs() {
        let rcpt = only(&text);
        assert_eq!(rcpt.reason, Reason::AuthFailure, "{text}");
    }
}

#[test]
fn unauthenticated_admin_acts() {
    for text in unauthenticated_inputs() {
        let rcpt = only(&text);
        assert_eq!(rcpt.explanation.who_acts, Actor::Admin, "{text}");
    }
}

#[test]
fn unauthenticated_not_sign_in() {
    for text in unauthenticated_inputs() {
        let explanation = only(&text).explanation;
        assert_ne!(explanation.entry, "status/X.7.9", "{text}");
        let what = explanation.what.to_ascii_lowercase();
        assert!(!what.contains("sign-in"), "{text}: {what}");
        let steps = explanation.steps.join(" ");
        assert!(steps.contains("SPF") || steps.contains("DKIM"), "{text}: {steps}");
    }
}

#[test]
fn unauthenticated_is_permanent() {
    for text in unauthenticated_inputs() {
        assert!(only(&text).permanent, "{text}");
    }
}

#[test]
fn sign_in_5_7_9_stays_sign_in() {
    // The registry's meaning still holds for a reply about SMTP AUTH.
    let text = "535 5.7.9 Authentication mechanism is too weak";
    let rcpt = only(text);
    assert_eq!(rcpt.reason, Reason::SecurityError);
    assert_eq!(rcpt.explanation.entry, "status/X.7.9");
}
