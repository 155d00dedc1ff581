//! Gmail's unusual-rate refusals. The 4xx form (421 4.7.28) is a rate
//! limit that lifts by itself once the rate of mail falls, so nobody has
//! to act while the sending server retries. The 5xx form (550 5.7.28) is
//! a block that lasts until the sender's administrator fixes the cause.
//! Documentation addresses only.

use crate::cards;

use bounce_explainer::Actor;
use cards::only as only_card;

const RATE_LIMITED: &str = "421-4.7.28 [192.0.2.15] Our system has detected an unusual rate of\n\
    421-4.7.28 unsolicited mail originating from your IP address. To protect our\n\
    421-4.7.28 users from spam, mail sent from your IP address has been temporarily\n\
    421 4.7.28 rate limited. - gsmtp\n";

const BLOCKED: &str = "550-5.7.28 [192.0.2.15] Our system has detected an unusual rate of\n\
    550-5.7.28 unsolicited mail originating from your IP address. To protect our\n\
    550-5.7.28 users from spam, mail sent from your IP address has been blocked.\n\
    550 5.7.28 - gsmtp\n";

#[test]
fn pasted_421_rate_limit_waits() {
    let card = only_card(RATE_LIMITED);
    assert_eq!(card.provider.as_deref(), Some("google"), "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Wait, "{card:#?}");
    assert!(card.retrying, "{card:#?}");
    assert!(!card.permanent, "{card:#?}");
    let retry = &card.explanation.retry;
    assert!(retry.contains("do not resend by hand yet"), "{retry}");
    assert!(!retry.contains("only once the cause is gone"), "{retry}");
    let what = &card.explanation.what;
    assert!(what.contains("temporarily"), "{what}");
}

#[test]
fn pasted_550_rate_block_needs_admin() {
    let card = only_card(BLOCKED);
    assert_eq!(card.provider.as_deref(), Some("google"), "{card:#?}");
    assert_eq!(card.explanation.who_acts, Actor::Admin, "{card:#?}");
    assert!(card.permanent, "{card:#?}");
    let retry = &card.explanation.retry;
    assert!(retry.contains("fix the cause first"), "{retry}");
}
