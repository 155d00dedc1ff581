//! Refusals of an attachment's file type, and of a virus, by a content
//! filter: amavisd-new's `BANNED` and `INFECTED` replies (its
//! `%smtp_reason_by_ccat` formats `id=%n - BANNED: %F` and
//! `id=%n - INFECTED: %V`), and sites' "Attachment blocked" wordings
//! under any code. A banned file type gets its own card (send the file
//! another way), a virus the virus card, never the spam or size card.
//! Documentation addresses only.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

const BANNED: &[&str] = &[
    "554 5.7.0 Reject, id=12345-01 - BANNED: P=p003,L=1,M=multipart/mixed | \
     P=p002,L=1/2,M=application/x-msdownload,T=exe,N=invoice.exe",
    "550 5.7.0 id=12345-04 - Rejected by next-hop MTA on relaying, from \
     MTA(smtp:[127.0.0.1]:10025): 554 5.7.0 Reject, id=12345-04 - BANNED: .exe,T=exe,N=invoice.exe",
    "550 5.7.1 Attachment blocked: .exe files are not allowed",
    "552 5.3.4 Attachment type not permitted",
    "550 5.7.0 Message rejected: Attachment type not allowed",
    "<bob@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.0 Reject, \
     id=12345-05 - BANNED: .js,T=js,N=invoice.js (in reply to end of DATA command)",
];

#[test]
fn banned_attachment_own_card() {
    for text in BANNED {
        let card = only(text);
        assert_eq!(card.reason, Reason::PolicyViolation, "{text}");
        assert_eq!(card.explanation.entry, "wording/attachment-blocked", "{text}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{text}");
        assert!(card.permanent, "{text}");
    }
}

#[test]
fn amavis_infected_is_virus() {
    for text in [
        "554 5.7.0 Reject, id=12345-02 - INFECTED: Eicar-Test-Signature",
        "<bob@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.0 Reject, \
         id=12345-06 - INFECTED: Win.Trojan.Agent (in reply to end of DATA command)",
    ] {
        let card = only(text);
        assert_eq!(card.reason, Reason::VirusDetected, "{text}");
        assert_eq!(card.explanation.entry, "reason/virusdetected", "{text}");
    }
}

#[test]
fn attachment_virus_stays_virus() {
    let card = only("550 5.7.1 Attachment blocked: virus found in invoice.zip");
    assert_eq!(card.reason, Reason::VirusDetected, "{card:#?}");
}

#[test]
fn amavis_spam_stays_spam() {
    let card = only("554 5.7.0 Reject, id=12345-03 - SPAM");
    assert_eq!(card.reason, Reason::SpamDetected, "{card:#?}");
}
