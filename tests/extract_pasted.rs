//! Extraction from pasted text rather than whole emails: bare reply
//! lines, NDR text copied from a mail client, DSN fields on their own,
//! and prose that must not pass for a reply. Documentation addresses only.

use crate::common;

use bounce_explainer::Reason;
use common::{only, run};

#[test]
fn bare_smtp_replies() {
    let cases = [
        ("550 5.1.1 <user@example.org>: Recipient address rejected: User unknown", Some("user@example.org"), "550", "5.1.1"),
        (
            "550-5.7.1 [203.0.113.5] Our system has detected an unusual rate of\n550-5.7.1 unsolicited mail originating from your IP address.\n550 5.7.1 https://support.google.com/mail/answer/81126 - gsmtp",
            None,
            "550",
            "5.7.1",
        ),
        ("Remote Server returned '554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked'", None, "554", "5.7.1"),
        ("The error was: host mx.example.net[198.51.100.2] said: 421 4.7.0 Try again later", None, "421", "4.7.0"),
    ];
    for (text, recipient, reply, status) in cases {
        let extracted = run(text);
        assert_eq!(extracted.failures.len(), 1, "{text}");
        let failure = &extracted.failures[0];
        assert_eq!(failure.recipient.as_deref(), recipient, "{text}");
        assert_eq!(failure.reply.as_deref(), Some(reply), "{text}");
        assert_eq!(failure.status.as_deref(), Some(status), "{text}");
        assert!(failure.diagnostic.starts_with(reply), "{text}: {}", failure.diagnostic);
    }
}

#[test]
fn queue_id_not_a_reply() {
    let text = "Subject: Warning: message ex222-abc-22 delayed 24 hours\nFrom: Mail Delivery System <mailer-daemon@example.net>\n\n\
        The message identifier is:     ex222-abc-22\n\n  user@example.org\n    host mx.example.org [192.0.2.1]\n    \
        Delay reason: 451 temporary failure\n";
    let failure = only(&run(text)).clone();
    assert_eq!(failure.reply.as_deref(), Some("451"));
}

#[test]
fn pasted_exchange_ndr_text() {
    let text = "Delivery has failed to these recipients or groups:\n\n\
        user@example.org\nThe email address you entered couldn't be found.\n\n\
        Diagnostic information for administrators:\n\n\
        Generating server: BN6PR00MB0000.namprd00.prod.outlook.com\n\n\
        user@example.org\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; \
        Recipient not found by SMTP address lookup'\n\n\
        Original message headers:\n\nReceived: from mail.example.com (192.0.2.1) by example.com\n";
    let failure = only(&run(text)).clone();
    assert_eq!(failure.recipient.as_deref(), Some("user@example.org"));
    assert_eq!(failure.reply.as_deref(), Some("550"));
    assert_eq!(failure.status.as_deref(), Some("5.1.10"));
    assert_eq!(
        failure.diagnostic,
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    );
}

#[test]
fn pasted_gmail_ndr_text() {
    let text = "Address not found\n\n\
        Your message wasn't delivered to user@example.org because the address couldn't be found, \
        or is unable to receive mail.\n\n\
        The response from the remote server was:\n\
        550 5.1.1 <user@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n";
    let failure = only(&run(text)).clone();
    assert_eq!(failure.recipient.as_deref(), Some("user@example.org"));
    assert_eq!(failure.reply.as_deref(), Some("550"));
    assert_eq!(
        failure.diagnostic,
        "550 5.1.1 <user@example.org>: Recipient address rejected: User unknown in virtual mailbox table"
    );
}

#[test]
fn localised_exchange_ndr_text() {
    let cases = [
        (
            "Die Nachricht konnte nicht an folgende Empfänger oder Gruppen zugestellt werden:\n\n\
             user@example.org\nDas Postfach ist voll.\n\n\
             Diagnoseinformationen für Administratoren:\n\n\
             user@example.org\nVom Remoteserver wurde '552 5.2.2 Mailbox full' zurückgegeben\n\n\
             Ursprüngliche Nachrichtenkopfzeilen:\n\nTo: user@example.org\n",
            "552 5.2.2 Mailbox full",
        ),
        (
            "La remise à ces destinataires ou groupes a échoué :\n\n\
             user@example.org\nL'adresse est introuvable.\n\n\
             Informations de diagnostic pour les administrateurs :\n\n\
             user@example.org\nLe serveur distant a retourné « 550 5.1.1 User unknown »\n\n\
             En-têtes de message d'origine :\n\nTo: user@example.org\n",
            "550 5.1.1 User unknown",
        ),
    ];
    for (text, diagnostic) in cases {
        let extracted = run(text);
        assert_eq!(extracted.failures.len(), 1, "{text}");
        let failure = &extracted.failures[0];
        assert_eq!(failure.recipient.as_deref(), Some("user@example.org"), "{text}");
        assert_eq!(failure.diagnostic, diagnostic, "{text}");
    }
}

#[test]
fn rewrapped_multiline_reply() {
    let text = "The error that the other server returned was:\n\
        550-5.7.1 [203.0.113.5] The IP you're using to send mail is not\n\
        authorized to\n\
        550-5.7.1 send email directly to our servers. Please use the SMTP\n\
        relay at your\n\
        550 5.7.1 service provider instead. - gsmtp\n";
    let failure = only(&run(text)).clone();
    assert_eq!(failure.reply.as_deref(), Some("550"));
    assert_eq!(failure.status.as_deref(), Some("5.7.1"));
    assert_eq!(
        failure.diagnostic,
        "550 5.7.1 [203.0.113.5] The IP you're using to send mail is not authorized to \
         send email directly to our servers. Please use the SMTP relay at your service \
         provider instead. - gsmtp"
    );
}

#[test]
fn ordinary_text_is_not_a_reply() {
    let cases = [
        ("From: a@example.com\nTo: b@example.org\nSubject: prices\n\nThe price is 450 dollars, call 555-0100.\n", 0),
        ("The price is 450 dollars, call 555-0100.", 0),
        ("550 Mailbox unavailable", 1),
        ("The server said: 421 4.7.0 Try again later", 1),
    ];
    for (text, expected) in cases {
        assert_eq!(run(text).failures.len(), expected, "{text}");
    }
}

#[test]
fn bare_code_alone() {
    for text in ["550", "550\n", "255", "Diagnostic: 550"] {
        let extracted = run(text);
        assert!(extracted.failures.len() <= 1, "{text}");
    }
}

#[test]
fn dsn_fields_without_their_part() {
    // The boundary in the header does not match the body's, so the
    // delivery-status part cannot be split off; its fields are read from
    // the text.
    let text = "From: MAILER-DAEMON@example.net (Mail Delivery System)\nTo: sender@example.com\n\
        Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"AAA.example.net\"\n\n\
        --AB.example.net\nContent-Type: text/plain\n\n\
        <user@example.org>: host mx.example.org[192.0.2.1] refused to talk to me: 421 Service refused\n\n\
        --AB.example.net\nContent-Type: message/delivery-status\n\n\
        Reporting-MTA: dns; example.net\n\n\
        Final-Recipient: rfc822; user@example.org\nAction: failed\nStatus: 4.0.0\n\
        Diagnostic-Code: smtp; 421 Service refused\n\n--AB.example.net--\n";
    let failure = only(&run(text)).clone();
    assert_eq!(failure.recipient.as_deref(), Some("user@example.org"));
    assert_eq!(failure.status.as_deref(), Some("4.0.0"));
    assert_eq!(failure.reply.as_deref(), Some("421"));
}

#[test]
fn instruction_mailbox_not_recipient() {
    let text = "Delivery has failed to these recipients or groups:\n\nbob@example.org\n\
        Your message wasn't delivered because the recipient's email provider rejected it.\n\n\
        Diagnostic information for administrators:\n\nGenerating server: mail.example.com\n\n\
        bob@example.org\nRemote Server returned '550 5.7.511 Access denied, banned sender[203.0.113.5]. \
        To request removal from this list, forward this message to delist@microsoft.com. \
        For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. AS(1434)'\n";
    let report = bounce_explainer::explain(text);
    assert_eq!(report.recipients.len(), 1, "{:#?}", report.recipients);
    let bob = &report.recipients[0];
    assert_eq!(bob.recipient.as_deref(), Some("bob@example.org"));
    assert_eq!(bob.explanation.entry, "microsoft/banned-sender");
    assert_eq!(bob.sender_ip.as_deref(), Some("203.0.113.5"));

    let line = "550 5.7.1 Rejected by policy. To appeal, e-mail us at help@example.net or \
        send a request to unblock@example.net";
    let report = bounce_explainer::explain(line);
    assert_eq!(report.recipients.len(), 1);
    assert_eq!(report.recipients[0].recipient, None);
}

#[test]
fn pasted_reply_lines_not_headers() {
    let text = "<bob@example.org>: host mx.example.org[198.51.100.7] said: 550 5.1.1 User unknown \
        (in reply to RCPT TO command)\n\
        <carol@example.net>: host mx.example.net[198.51.100.8] said: 550 5.1.1 User unknown \
        (in reply to RCPT TO command)\n";
    let report = bounce_explainer::explain(text);
    let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(recipients, [Some("bob@example.org"), Some("carol@example.net")]);
    assert!(report.recipients.iter().all(|r| r.reason == Reason::UserUnknown));
}

#[test]
fn status_in_prose_is_not_a_reply() {
    let cases = [
        ("Hi support,\nsince we upgraded the gateway to version 5.7.1 yesterday some users say mail is slow.\nThanks, bob@example.net\n", 0),
        ("We run release 4.4.1 of the filter now.", 0),
        ("5.7.1", 1),
        ("Status: 5.1.1", 1),
        ("  #5.1.1 smtp;550 user unknown", 1),
        ("Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", 1),
        ("Delivery to bob@example.net was rejected with 5.7.1", 1),
    ];
    for (text, expected) in cases {
        assert_eq!(run(text).failures.len(), expected, "{text}");
    }
}

#[test]
fn contact_in_reply_is_not_recipient() {
    let replies = [
        "553 5.3.0 flpd576 DNSBL:RBL 521< 203.0.113.9 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net",
        "550 spam message rejected. Please visit https://help.mail.ru/notspam-support/ or report details to abuse@corp.mail.ru.",
        "554 5.7.1 Rejected for policy reasons. Please email support@example.org to request delisting of 203.0.113.9",
        "550 5.7.1 Unusual rate of mail from 203.0.113.9. If you feel this is in error, email unblock@example.org with the IP.",
    ];
    for reply in replies {
        let failure = only(&run(reply)).clone();
        assert_eq!(failure.recipient, None, "{reply}");
    }
    // A labelled recipient line stays the recipient.
    let labelled =
        only(&run("Delivery failed.\nRecipient e-mail: bob@example.org\n550 5.1.1 User unknown\n"))
            .clone();
    assert_eq!(labelled.recipient.as_deref(), Some("bob@example.org"));
}

#[test]
fn numbers_opening_prose_lines_are_not_replies() {
    let cases = [
        (
            "Hi team,\n\nI tried to send the invoice to jdoe@example.net yesterday.\n\
             550 customers were affected by the outage last week, and 421 of them called.\n\
             Our office is at 203.0.113.9 Main Street, suite 451.\nThanks, Bob (bob@example.com)\n",
            0,
        ),
        (
            "Hello support,\n\nSince Monday our newsletter to members@example.net has been slow.\n\
             421 members are still waiting for the March issue, and\n\
             550 more signed up last week. Can you check the list server?\n\nRegards,\nDana\n",
            0,
        ),
        ("550 5.1.1 User unknown", 1),
        ("550 sorry, no mailbox here by that name", 1),
        ("421 Service not available", 1),
        ("421 mx.example.net Too many sessions opened", 1),
    ];
    for (text, expected) in cases {
        assert_eq!(run(text).failures.len(), expected, "{text}");
    }
}

#[test]
fn dotted_number_in_chat_is_not_a_failure() {
    for text in [
        "I moved the ticket to section 5.1.1 of the runbook. Please reply to alice@example.com when done.",
        "Release notes: version 5.7.1 fixes the login bug reported by carol@example.com.",
    ] {
        assert!(run(text).failures.is_empty(), "{text}");
    }
    assert_eq!(only(&run("5.1.1 <bob@example.org> user unknown")).status.as_deref(), Some("5.1.1"));
}

#[test]
fn pasted_dsn_groups_all_read() {
    let bob = "Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.1.1\n\
        Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: User unknown\n";
    let carol = "Final-Recipient: rfc822; carol@example.org\nOriginal-Recipient: rfc822; carol@example.org\n\
        Action: failed\nStatus: 5.7.1\nRemote-MTA: dns; mx.example.org\n\
        Diagnostic-Code: smtp; 554 5.7.1 Client host [203.0.113.5] blocked using zen.spamhaus.org\n";
    let dave = "Final-Recipient: rfc822; dave@example.com\nAction: delayed\nStatus: 4.4.1\n\
        X-Postfix-Queue-ID: 4ABC123\nWill-Retry-Until: Sat, 5 Dec 2026 10:00:00 +0000\n";
    // Copied from a mail client's delivery-status view without the
    // per-message group, so the first group is not an email's header.
    let cases = [
        (format!("{bob}\n{carol}"), vec!["bob@example.net", "carol@example.org"]),
        (format!("{carol}\n{bob}\n{dave}"), vec!["carol@example.org", "bob@example.net", "dave@example.com"]),
        (format!("{dave}\n\n{bob}"), vec!["dave@example.com", "bob@example.net"]),
        (format!("Arrival-Date: Fri, 4 Dec 2026 10:00:00 +0000\nReporting-MTA: dns; mail.example.com\n\n{bob}\n{carol}"), vec!["bob@example.net", "carol@example.org"]),
    ];
    for (text, expected) in cases {
        let extracted = run(&text);
        let found: Vec<&str> =
            extracted.failures.iter().filter_map(|f| f.recipient.as_deref()).collect();
        assert_eq!(found, expected, "{text}");
    }
}

#[test]
fn email_with_dsn_like_header_stays_email() {
    let text = "From: MAILER-DAEMON@example.net\nTo: sender@example.com\nSubject: Undelivered Mail\n\
        Action: failed\n\n<bob@example.net>: host mx.example.net[198.51.100.2] said: 550 5.1.1 User unknown\n";
    let decoded = bounce_explainer::input::decode(text.as_bytes());
    assert_eq!(decoded.kind, Some(bounce_explainer::InputKind::Email));
}

#[test]
fn reply_code_table_not_a_bounce() {
    let tables = [
        "RFC 5321 reply codes, for the wiki:\n  250 Requested mail action okay, completed\n  \
         421 Service not available, closing transmission channel\n  \
         450 Requested mail action not taken: mailbox unavailable\n  \
         550 Requested action not taken: mailbox unavailable\n  554 Transaction failed\n",
        "| Code | Meaning |\n|---|---|\n| 220 | <domain> Service ready |\n\
         | 251 | User not local; will forward to <forward-path> |\n\
         | 452 | Requested action not taken: insufficient system storage |\n\
         | 552 | Requested mail action aborted: exceeded storage allocation |\n",
        "Common replies:\n- 500 Syntax error, command unrecognized\n- 503 Bad sequence of commands\n\
         - 553 Requested action not taken: mailbox name not allowed\n",
    ];
    for text in tables {
        assert!(run(text).failures.is_empty(), "{text}");
    }
}

#[test]
fn success_reply_never_a_failure_code() {
    let cases = [
        ("250 2.1.0 Sender OK\n550 5.7.1 Message rejected due to content restrictions\n", "550"),
        ("220 mx.example.net ESMTP ready\n250 mx.example.net Hello\n\n451 4.3.0 Temporary local problem, try later\n", "451"),
        (
            "250 2.1.5 OK\n550-5.7.1 [203.0.113.5] Our system has detected that this message is\n\
             550 5.7.1 likely unsolicited mail. https://support.google.com/mail/answer/188131 - gsmtp\n",
            "550",
        ),
    ];
    for (text, reply) in cases {
        let report = bounce_explainer::explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}");
        assert_eq!(report.recipients[0].reply.as_deref(), Some(reply), "{text}");
    }
    // A failure whose text quotes only a success code shows no code.
    let report = bounce_explainer::explain(
        "Your message to bob@example.org was not delivered.\n250 Requested mail action okay, completed\n",
    );
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    assert_ne!(report.recipients[0].reason, Reason::Delivered);
    assert_eq!(report.recipients[0].reply, None);
    assert_eq!(report.recipients[0].status, None);
}
