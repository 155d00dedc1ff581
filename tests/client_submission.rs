//! Refusals by the sender's own outgoing server: a program that did not
//! sign in, a From address the account may not use, an automatic forward
//! the organisation blocks. None of them is about the recipient.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

#[test]
fn sending_without_signing_in_says_to_sign_in() {
    for text in [
        "530 5.7.0 Authentication Required. For more information, go to \
         https://support.google.com/mail/?p=WantAuthError d2-20020a17 - gsmtp",
        "550 5.7.57 Client not authenticated to send mail. \
         [DM6NAM11FT012.eop-nam11.prod.protection.outlook.com]",
        "530 5.7.0 Must authenticate first",
    ] {
        let r = only(text);
        assert_eq!(r.reason, Reason::SecurityError, "{text}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
        assert!(r.explanation.what.contains("sign in"), "{text}: {}", r.explanation.what);
    }
}

#[test]
fn microsoft_outbound_refusals_have_their_own_advice() {
    let r = only(
        "550 5.7.520 Access denied, Your organization does not allow external forwarding. \
         Please contact your administrator for further assistance. AS(7555)",
    );
    assert!(r.explanation.what.contains("forward"), "{}", r.explanation.what);
    assert_eq!(r.explanation.who_acts, Actor::Admin);

    let r =
        only("554 5.2.252 SendAsDenied; alice@example.com not allowed to send as bob@example.org");
    assert!(r.explanation.what.contains("send as"), "{}", r.explanation.what);
}
