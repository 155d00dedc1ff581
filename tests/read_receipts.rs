//! Read receipts (RFC 8098 Message Disposition Notifications) and
//! Outlook's message recall notices pasted in place of a bounce are named
//! as what they are, with no recipient card, not met with a request to
//! paste more of a bounce.

use bounce_explainer::{explain, InputKind, Report};

const PASTE_MORE: &str = "Paste the whole bounce message";

/// An Outlook read receipt as an RFC 8098 report.
const MDN: &str = "\
From: Bob <bob@example.net>
To: Sam <sam@example.org>
Subject: Read: Quarterly figures
Date: Sat, 5 Dec 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary=\"R1\"

--R1
Content-Type: text/plain; charset=utf-8

Your message

  To: Bob <bob@example.net>
  Subject: Quarterly figures
  Sent: Saturday, December 5, 2026 9:00:00 AM (UTC+00:00)

was read on Saturday, December 5, 2026 9:58:00 AM (UTC+00:00).

--R1
Content-Type: message/disposition-notification

Reporting-UA: mail.example.net; Microsoft Outlook 16.0
Final-Recipient: rfc822;bob@example.net
Original-Message-ID: <abc123@mail.example.org>
Disposition: manual-action/MDN-sent-manually; displayed

--R1--
";

/// The text part of an Outlook receipt for a message deleted unread.
const DELETED_TEXT: &str = "\
Your message

  To: Bob <bob@example.net>
  Subject: Quarterly figures
  Sent: Saturday, December 5, 2026 9:00:00 AM (UTC+00:00)

was deleted without being read on Saturday, December 5, 2026 9:58:00 AM (UTC+00:00).
";

/// An MDN's fields pasted without the email around them.
const MDN_FIELDS: &str = "\
Reporting-UA: mail.example.net; Thunderbird 128.0
Final-Recipient: rfc822;bob@example.net
Original-Message-ID: <abc123@mail.example.org>
Disposition: manual-action/MDN-sent-manually; displayed
";

/// Outlook's recall request as a recipient outside the organization gets
/// it.
const RECALL: &str = "\
From: Sam <sam@example.org>
To: Bob <bob@example.net>
Subject: Recall: Quarterly figures
Date: Sat, 5 Dec 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Sam would like to recall the message, \"Quarterly figures\".
";

/// Outlook's report that a recall failed, as an email and as pasted text.
const RECALL_FAILED: &str = "\
From: Microsoft Outlook <postmaster@example.org>
To: Sam <sam@example.org>
Subject: Message Recall Failure: Quarterly figures
Date: Sat, 5 Dec 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Your message

  To: Bob <bob@example.net>
  Subject: Quarterly figures
  Sent: Saturday, December 5, 2026 9:00:00 AM (UTC+00:00)

Message recall failed. The recipient has already read the message.
";

const RECALL_FAILED_TEXT: &str = "\
Your message

  To: Bob <bob@example.net>
  Subject: Quarterly figures

Message recall failed.
";

fn assert_named(report: &Report, name: &str, input: &str) {
    assert_eq!(report.input_kind, InputKind::NotBounce, "{input}");
    assert!(report.recipients.is_empty(), "{input}: {:?}", report.recipients);
    assert!(report.summary.contains(name), "{input}: {}", report.summary);
    assert!(report.summary.contains("not a bounce"), "{input}: {}", report.summary);
    let notes: Vec<&str> = report.notes.iter().map(|n| n.message.as_str()).collect();
    assert!(!notes.iter().any(|n| n.contains(PASTE_MORE)), "{input}: {notes:?}");
    assert!(notes.iter().any(|n| n.contains("nothing to resend")), "{input}: {notes:?}");
}

#[test]
fn read_receipt_named() {
    for input in [MDN, DELETED_TEXT, MDN_FIELDS] {
        assert_named(&explain(input), "read receipt", input);
    }
}

#[test]
fn recall_notice_named() {
    for input in [RECALL, RECALL_FAILED, RECALL_FAILED_TEXT] {
        assert_named(&explain(input), "recall notice", input);
    }
}

#[test]
fn ordinary_mail_not_named() {
    for input in [
        "From: a@example.com\nTo: b@example.com\nSubject: Hello\n\nDid you get my message?\n",
        "Disposition: inline\nthe report was read aloud",
        "We recall the meeting went well.",
    ] {
        let report = explain(input);
        assert!(!report.summary.contains("read receipt"), "{input}: {}", report.summary);
        assert!(!report.summary.contains("recall notice"), "{input}: {}", report.summary);
    }
}

/// A recall request or a receipt that itself bounced is a bounce.
#[test]
fn bounced_recall_is_bounce() {
    let bounce = format!(
        "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n\n{RECALL}"
    );
    let report = explain(&bounce);
    assert_eq!(report.recipients.len(), 1, "{}", report.summary);
}
