//! SPF's temperror result (RFC 7208, section 2.6.6): the receiver could
//! not finish the SPF check because a DNS lookup failed for the moment.
//! A later retry can pass without anyone changing DNS, so the card waits
//! for the sending server's retries instead of reading a failed sender
//! check. Documentation addresses only.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

/// Replies that report a temperror in different receivers' words.
const TEMPERRORS: &[&str] = &[
    "451 4.7.1 Temporary SPF lookup failure",
    // pyspf, as used by pypolicyd-spf.
    "451 4.4.3 SPF Temporary Error: DNS Timeout",
    // Debian's exim4-config SPF stanza.
    "451 Temporary DNS error while checking SPF record.  Try again later.",
    "451 4.7.1 SPF temperror for example.com",
    "450 4.7.1 <alex@example.com>: Sender address rejected: SPF check returned temperror",
];

/// Builds a Postfix delay DSN whose receiver deferred with `reply`.
fn postfix_delay(reply: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n\
         To: alex@example.com\n\
         Subject: Delayed Mail (still being retried)\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b2\"\n\n\
         --b2\n\
         Content-Type: text/plain; charset=us-ascii\n\n\
         This is the mail system at host mail.example.com.\n\n\
         # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n\
         <ann@example.net>: host mx1.example.net[198.51.100.25] said: {reply} (in reply to MAIL FROM command)\n\n\
         --b2\n\
         Content-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; mail.example.com\n\n\
         Final-Recipient: rfc822; ann@example.net\n\
         Action: delayed\n\
         Status: 4.7.1\n\
         Remote-MTA: dns; mx1.example.net\n\
         Diagnostic-Code: smtp; {reply}\n\n\
         --b2--\n"
    )
}

#[test]
fn pasted_temperror_waits() {
    for reply in TEMPERRORS {
        let card = only(reply);
        assert_eq!(card.reason, Reason::SystemError, "{reply}");
        assert_eq!(card.explanation.entry, "wording/spf-temperror", "{reply}");
        assert_eq!(card.explanation.who_acts, Actor::Wait, "{reply}");
        assert!(card.retrying, "{reply}");
        assert!(!card.permanent, "{reply}");
        let retry = &card.explanation.retry;
        assert!(retry.contains("do not resend by hand yet"), "{reply}: {retry}");
        // An SPF check is a security check, so a 4.7.1 over it fits.
        let misleading = card.notes.iter().find(|n| n.message.contains("misleading"));
        assert!(misleading.is_none(), "{reply}: {misleading:?}");
    }
}

#[test]
fn delayed_temperror_waits() {
    for reply in TEMPERRORS {
        let card = only(&postfix_delay(reply));
        assert_eq!(card.action, "delayed", "{reply}");
        assert_eq!(card.reason, Reason::SystemError, "{reply}");
        assert_eq!(card.explanation.who_acts, Actor::Wait, "{reply}");
        let retry = &card.explanation.retry;
        assert!(!retry.contains("keep failing"), "{reply}: {retry}");
    }
}

#[test]
fn temperror_steps_name_dns_host() {
    // If the deferrals go on, the sender's DNS host is the one to check.
    let card = only(TEMPERRORS[0]);
    let steps = card.explanation.steps.join(" ");
    assert!(steps.contains("DNS"), "{steps}");
    assert!(card.explanation.source.contains("rfc7208"), "{}", card.explanation.source);
}

#[test]
fn failed_spf_check_stays_authfailure() {
    for reply in [
        "550 5.7.23 SPF validation failed",
        "451 4.7.1 Temporary rejection: SPF check failed for example.com",
    ] {
        let card = only(reply);
        assert_eq!(card.reason, Reason::AuthFailure, "{reply}");
    }
}
