//! Replies that name only the envelope sender: the receiver's text marks
//! the address as the sender's ("The message from (<x>)", "<x> sender
//! rejected", "Verification failed for <x>"), so the failure names no
//! recipient. A recipient that the sending MTA names before such a reply
//! stays the failure's recipient.

use bounce_explainer::{explain, Report};

fn recipients(report: &Report) -> Vec<Option<String>> {
    report.recipients.iter().map(|r| r.recipient.clone()).collect()
}

#[test]
fn sender_only_replies_name_no_recipient() {
    let replies = [
        // Microsoft's content filter quotes the sender and the subject.
        "554 5.7.1 The message from (<alice@example.com>) with the subject of (Hello) matches a profile \
         the Internet community may consider spam. Please revise your message before resending.",
        "550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 The message from \
         (<alice@example.com>) with the subject of (Quarterly figures) matches a profile the Internet \
         community may consider spam.",
        "550 5.1.0 <alice@example.com> sender rejected : Address Verification Failed",
        "553 5.1.8 <alice@example.com>... Sender denied",
        "554 Message rejected: Email address is not verified. The following identities failed the check \
         in region US-WEST-2: alice@example.com",
        "550 5.7.1 Message rejected: Email address is not verified. The following identities failed the \
         check in region EU-WEST-1: alice@example.com, newsletter@example.com",
        "550 5.7.1 Mail from <alice@example.com> refused by local policy",
        "553 5.7.1 Sender <alice@example.com> is not allowed to send from this network",
        "550 5.7.1 From address alice@example.com does not match the authenticated user",
    ];
    for reply in replies {
        let report = explain(reply);
        assert_eq!(recipients(&report), vec![None], "{reply}");
    }
}

#[test]
fn exim_callout_failure_names_no_recipient() {
    // Exim's reply when its callout to the sender's domain failed: the
    // `RCPT TO` it quotes is its own probe of the sender's address.
    let replies = [
        "550-Verification failed for <alice@example.com>\n550-Called:   192.0.2.9\n\
         550-Sent:     RCPT TO:<alice@example.com>\n550-Response: 550 No such user\n550 Sender verify failed\n",
        "550-Verification failed for <news@example.org>\n550-Called:   198.51.100.20\n\
         550-Sent:     RCPT TO:<news@example.org>\n550-Response: 550 5.1.1 Mailbox unavailable\n\
         550 Sender verify failed\n",
    ];
    for reply in replies {
        let report = explain(reply);
        assert_eq!(recipients(&report), vec![None], "{reply}");
    }
}

#[test]
fn recipient_before_sender_reply_kept() {
    let texts = [
        "<bob@example.net>: host mx.example.net[198.51.100.2] said: 550 5.1.0 <alice@example.com>\n    \
         sender rejected : Address Verification Failed (in reply to MAIL FROM command)\n",
        "<bob@example.net>: host mail.protection.outlook.com[198.51.100.3] said: 554 5.7.1 The\n    \
         message from (<alice@example.com>) with the subject of (Hello) matches a profile the\n    \
         Internet community may consider spam. (in reply to end of DATA command)\n",
        "The following address(es) failed:\n\n  bob@example.net\n    \
         SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n    \
         host mx.example.net [198.51.100.2]: 550-Verification failed for <alice@example.com>\n    \
         550-Called:   192.0.2.9\n    550-Sent:     RCPT TO:<alice@example.com>\n    \
         550-Response: 550 No such user\n    550 Sender verify failed\n",
    ];
    for text in texts {
        let report = explain(text);
        assert_eq!(recipients(&report), vec![Some("bob@example.net".to_string())], "{text}");
    }
}

#[test]
fn sender_in_session_transcript_not_recipient() {
    // Sendmail's transcript accepts the sender and rejects the recipient.
    let text = "----- Transcript of session follows -----\n\
        >>> MAIL From:<alice@example.com> SIZE=1200\n<<< 250 2.1.0 <alice@example.com>... Sender ok\n\
        >>> RCPT To:<bob@example.net>\n<<< 550 5.1.1 <bob@example.net>... User unknown\n";
    let report = explain(text);
    assert_eq!(recipients(&report), vec![Some("bob@example.net".to_string())], "{text}");
}

#[test]
fn bracketed_sender_address_not_recipient() {
    // Postfix's RHSBL refusal puts the listed sender address in square
    // brackets after its role.
    let replies = [
        "554 5.7.1 Service unavailable; Sender address [alice@example.com] blocked using dbl.spamhaus.org; \
         https://www.spamhaus.org/query/dbl?domain=example.com",
        "554 5.7.1 Service unavailable; Sender address [alice@example.com] blocked using dbl.spamhaus.org",
        "554 5.7.1 Service unavailable; Sender address [alice@example.com] blocked using multi.surbl.org",
        "550 5.7.1 Sender [alice@example.com] rejected: listed at uribl.example.org",
    ];
    for reply in replies {
        let report = explain(reply);
        assert_eq!(recipients(&report), vec![None], "{reply}");
    }
}

#[test]
fn recipient_before_bracketed_sender_kept() {
    let text = "<bob@example.net>: host mx.example.net[198.51.100.2] said: 554 5.7.1 Service\n    \
        unavailable; Sender address [alice@example.com] blocked using dbl.spamhaus.org (in reply to\n    \
        RCPT TO command)\n";
    let report = explain(text);
    assert_eq!(recipients(&report), vec![Some("bob@example.net".to_string())], "{text}");
}

#[test]
fn bracketed_recipient_address_kept() {
    // reject_rhsbl_recipient names the recipient, which did fail.
    let reply = "554 5.7.1 Service unavailable; Recipient address [bob@example.net] blocked using \
        dbl.spamhaus.org";
    let report = explain(reply);
    assert_eq!(recipients(&report), vec![Some("bob@example.net".to_string())], "{reply}");
}

/// An anti-spoofing policy names the header sender it judged, so the
/// reply pasted alone names no recipient. In a Postfix record, the
/// address Postfix names first stays the recipient, even when the policy
/// names the same address (a spoof of the recipient's own address).
#[test]
fn anti_spoofing_policy_names_the_sender() {
    let bare = "550 Rejected by header based Anti-Spoofing policy: alice@example.com - \
                https://community.mimecast.com/docs/DOC-1369#550 [a1B2c3D4]";
    assert_eq!(recipients(&explain(bare)), [None], "{bare}");

    let record =
        "<bob@example.org>: host mx.example.org[198.51.100.40] said: 550 5.7.1 Rejected\n    \
                  by header based Anti-Spoofing policy: bob@example.org (in reply to end of\n    \
                  DATA command)\n";
    assert_eq!(recipients(&explain(record)), [Some("bob@example.org".to_string())], "{record}");
}

/// Mimecast's Blocked Senders rejections name the blocked sender's
/// address, so an Exchange line quoting one names no recipient. With the
/// NDR's recipient line before it, that recipient stays the failure's.
#[test]
fn blocked_senders_names_the_sender() {
    let replies = [
        "Remote Server returned '550 Rejected by header based manually Blocked Senders: \
         alice@example.com - https://community.mimecast.com/docs/DOC-1369#550'",
        "550 Rejected by header based Blocked Senders: alice@example.com - \
         https://community.mimecast.com/docs/DOC-1369#550",
    ];
    for reply in replies {
        assert_eq!(recipients(&explain(reply)), [None], "{reply}");
    }

    let ndr = format!(
        "Delivery has failed to these recipients or groups:\n\nbob@example.org\n{}\n",
        replies[0]
    );
    assert_eq!(recipients(&explain(&ndr)), [Some("bob@example.org".to_string())], "{ndr}");
}
