//! An ARF feedback report (RFC 5965) is read by its Feedback-Type. Only
//! `abuse` is a spam complaint whose address should leave the list.
//! `not-spam` (RFC 6430) reports that the recipient wants the mail,
//! `virus` and `fraud` point at the sending systems, and `other` leaves
//! the reading to the report's own text.

use bounce_explainer::{explain, Actor, Reason, Recipient};

/// Builds a Yahoo feedback-loop report of `feedback_type` about a message
/// to carol@yahoo.com.
fn arf(feedback_type: &str) -> String {
    format!(
        "From: feedback@arf.mail.yahoo.com\n\
         To: fbl@example.com\n\
         Subject: FW: Weekly offers\n\
         Date: Thu, 3 Dec 2026 10:00:00 +0000\n\
         Message-ID: <fbl-1@arf.mail.yahoo.com>\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=feedback-report; boundary=\"b1\"\n\n\
         --b1\n\
         Content-Type: text/plain; charset=us-ascii\n\n\
         This is an email abuse report for an email message received from IP 192.0.2.44 on \
         Thu, 3 Dec 2026 09:00:00 +0000.\n\n\
         --b1\n\
         Content-Type: message/feedback-report\n\n\
         Feedback-Type: {feedback_type}\n\
         User-Agent: Yahoo!-Mail-Feedback/2.0\n\
         Version: 0.1\n\
         Original-Mail-From: <news@example.com>\n\
         Original-Rcpt-To: <carol@yahoo.com>\n\
         Received-Date: Thu, 3 Dec 2026 09:00:00 +0000\n\
         Source-IP: 192.0.2.44\n\
         Reported-Domain: example.com\n\n\
         --b1\n\
         Content-Type: message/rfc822\n\n\
         From: news@example.com\n\
         To: carol@yahoo.com\n\
         Subject: Weekly offers\n\
         Message-ID: <offer-77@example.com>\n\n\
         Buy now.\n\
         --b1--\n"
    )
}

fn only(text: &str) -> Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    report.recipients.into_iter().next().expect("length checked above")
}

/// True when a step has the sender drop the address.
fn asks_removal(steps: &[String]) -> bool {
    steps.iter().any(|s| s.contains("Stop sending") || s.contains("remove it from your"))
}

#[test]
fn not_spam_keeps_address() {
    let card = only(&arf("not-spam"));
    let explanation = &card.explanation;
    assert_eq!(card.recipient.as_deref(), Some("carol@yahoo.com"));
    assert_eq!(card.reason, Reason::Feedback);
    assert_eq!(explanation.entry, "feedback/not-spam");
    assert!(explanation.what.contains("as not spam"), "{}", explanation.what);
    assert!(!explanation.what.contains("as spam."), "{}", explanation.what);
    assert!(!asks_removal(&explanation.steps), "{:?}", explanation.steps);
    assert!(explanation.steps[0].contains("keep the address"), "{:?}", explanation.steps);
    assert_eq!(explanation.who_acts, Actor::Nobody);
}

#[test]
fn each_type_gets_own_card() {
    for (feedback_type, entry, who) in [
        ("virus", "feedback/virus", Actor::Admin),
        ("fraud", "feedback/fraud", Actor::Admin),
        ("other", "feedback/other", Actor::Nobody),
        ("auth-failure", "reason/feedback-auth-failure", Actor::Admin),
        ("Virus", "feedback/virus", Actor::Admin),
    ] {
        let card = only(&arf(feedback_type));
        let explanation = &card.explanation;
        assert_eq!(card.reason, Reason::Feedback, "{feedback_type}");
        assert_eq!(explanation.entry, entry, "{feedback_type}");
        assert_eq!(explanation.who_acts, who, "{feedback_type}");
        assert!(!explanation.what.contains("as spam"), "{feedback_type}: {}", explanation.what);
        assert!(!asks_removal(&explanation.steps), "{feedback_type}: {:?}", explanation.steps);
        assert!(!card.permanent, "{feedback_type}");
    }
}

#[test]
fn virus_and_fraud_name_source_ip() {
    for feedback_type in ["virus", "fraud"] {
        let card = only(&arf(feedback_type));
        let steps = card.explanation.steps.join(" ");
        assert!(steps.contains("Source-IP"), "{feedback_type}: {steps}");
        assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.44"), "{feedback_type}");
    }
}

#[test]
fn abuse_keeps_complaint_card() {
    for feedback_type in ["abuse", "opt-out"] {
        let card = only(&arf(feedback_type));
        let explanation = &card.explanation;
        assert_eq!(explanation.entry, "reason/feedback", "{feedback_type}");
        assert!(explanation.what.contains("as spam"), "{feedback_type}");
        assert!(asks_removal(&explanation.steps), "{feedback_type}: {:?}", explanation.steps);
    }
}

#[test]
fn ses_complaint_type_read() {
    let notification = |feedback_type: &str| {
        format!(
            "{{\"notificationType\":\"Complaint\",\"complaint\":{{\"complainedRecipients\":\
             [{{\"emailAddress\":\"carol@example.net\"}}],\"complaintFeedbackType\":\
             \"{feedback_type}\"}}}}"
        )
    };
    let card = only(&notification("not-spam"));
    assert_eq!(card.explanation.entry, "feedback/not-spam");
    let card = only(&notification("abuse"));
    assert_eq!(card.explanation.entry, "reason/feedback");
}
