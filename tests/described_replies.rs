//! Pasted prose that talks about a reply rather than pasting one: a hedge
//! ("I think the error was something like 550 5.1.1"), a provider's
//! habit in reported speech ("Yahoo started returning 421 4.7.0"), a
//! policy ("messages over 25 MB are rejected with 552 5.3.4"), or an
//! incident that ran for a time or has recovered. Such text gets no
//! failure card, only the note that names the reply. Real replies, pasted
//! alone, quoted after a lead-in or below a line of the user's own, stay
//! failures. Documentation addresses only.

/// True when the note names `codes` among the replies the text mentions.
fn mentions(report: &bounce_explainer::Report, codes: &str) -> bool {
    report
        .notes
        .iter()
        .any(|n| n.message.contains("mentions the repl") && n.message.contains(codes))
}

/// Pasted text that describes a reply, with the codes its note names.
const DESCRIBED: &[(&str, &str)] = &[
    // Hedges around a remembered reply.
    (
        "Hello,\n\nMy message to the accountant came back this morning. I think the error\n\
         was something like 550 5.1.1 but I deleted it. Could you check whether\n\
         carol@example.org still exists? Our IP is 198.51.100.23.\n\nThanks,\nDan\n",
        "550 5.1.1",
    ),
    (
        "The bounce said 552 5.2.2 or something like that, I didn't keep it. Is dave@example.com full?\n",
        "552 5.2.2",
    ),
    ("I'm fairly sure it was 550 5.1.1, maybe? Can you check bob@example.net?\n", "550 5.1.1"),
    ("Not sure, but I believe Outlook gave us 550 5.7.1 for erin@example.net.\n", "550 5.7.1"),
    // A provider's habit in reported speech.
    (
        "This month: Yahoo started returning 421 4.7.0 to senders without DMARC,\n\
         and Outlook now answers 550 5.7.515 to bulk senders that fail authentication.\n",
        "421 4.7.0",
    ),
    ("Heads-up: Gmail keeps answering 421 4.7.28 to our bulk sends from 203.0.113.9.\n", "421 4.7.28"),
    ("Gmail rejects unauthenticated bulk mail with 550 5.7.26 since February.\n", "550 5.7.26"),
    ("Since the migration, the relay is returning 451 4.3.0 for every third message.\n", "451 4.3.0"),
    // A policy.
    (
        "House rule: attachments over 20 MB are rejected with 552 5.3.4 Message size exceeds fixed limit.\n",
        "552 5.3.4",
    ),
    ("Mail to addresses we no longer host gets rejected with 550 5.1.1 User unknown.\n", "550 5.1.1"),
    ("Connections from IPs on Spamhaus are refused with 554 5.7.1 Service unavailable.\n", "554 5.7.1"),
    // An incident that ran for a time or is over.
    (
        "Tuesday's incident: Outlook answered \"451 4.7.500 Server busy. Please try again later\" \
         for about forty minutes. It has recovered.\n",
        "451 4.7.500",
    ),
    (
        "Status note: mx.example.net answered '452 4.3.1 Insufficient system storage' to all \
         senders this afternoon. That has been fixed.\n",
        "452 4.3.1",
    ),
    ("Yahoo deferred us with 421 4.7.0 on Friday morning.\nIt has recovered since.\n", "421 4.7.0"),
    (
        "Yesterday mx.example.org answered \u{201c}550 5.7.1 Access denied\u{201d} for an hour or two.\n",
        "550 5.7.1",
    ),
];

#[test]
fn described_reply_is_mention() {
    for (text, codes) in DESCRIBED {
        let report = bounce_explainer::explain(text);
        let cards: Vec<_> =
            report.recipients.iter().map(|r| (&r.recipient, &r.reply, &r.reason)).collect();
        assert!(cards.is_empty(), "{text}: {cards:#?}");
        assert!(mentions(&report, codes), "{text}: {:#?}", report.notes);
    }
}

/// Questions that recount a bounce second-hand or in summary ("the
/// bounce mentions 550 5.7.1"), with the codes their note names.
const RECOUNTED: &[(&str, &str)] = &[
    (
        "Hello, since yesterday every message we send to bob@example.org comes back.\n\
         Our mail admin says the bounce mentions 550 5.7.1 and our IP 203.0.113.45.\n\
         Is our server on a blocklist? What should we do?\n",
        "550 5.7.1",
    ),
    ("The NDR mentions 550 5.1.1 for carol@example.org. Is her mailbox gone?\n", "550 5.1.1"),
    (
        "Apparently the bounce has 554 5.7.1 and our IP 192.0.2.40 in it. What does that mean?\n",
        "554 5.7.1",
    ),
    (
        "Our provider told us the error mentioned 421 4.7.0 and something about 198.51.100.23.\n",
        "421 4.7.0",
    ),
    ("The error message talks about 550 5.7.26 and DMARC. What should we change?\n", "550 5.7.26"),
    ("The bounce for dave@example.net refers to 552 5.2.2, so is his mailbox full?\n", "552 5.2.2"),
];

/// A recounted reply gets the note, which quotes no IP address, and no
/// card, because the writer reports the bounce's content second-hand.
#[test]
fn recounted_bounce_is_mention() {
    for (text, codes) in RECOUNTED {
        let report = bounce_explainer::explain(text);
        let cards: Vec<_> =
            report.recipients.iter().map(|r| (&r.recipient, &r.reply, &r.reason)).collect();
        assert!(cards.is_empty(), "{text}: {cards:#?}");
        assert!(mentions(&report, codes), "{text}: {:#?}", report.notes);
        for ip in ["203.0.113.45", "192.0.2.40", "198.51.100.23"] {
            assert!(
                report.notes.iter().all(|n| !n.message.contains(ip)),
                "{text}: {:#?}",
                report.notes
            );
        }
    }
}

/// Real replies, with the reply code each card must carry.
const REPLIES: &[(&str, &str)] = &[
    // Postfix
    (
        "<bob@example.net>: host mx.example.net[198.51.100.5] said: 550 5.1.1\n    \
         <bob@example.net>: Recipient address rejected: User unknown in virtual\n    \
         mailbox table (in reply to RCPT TO command)\n",
        "550",
    ),
    // Exim
    (
        "  bob@example.net\n    host mx.example.net [198.51.100.5]\n    \
         SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n    \
         550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n",
        "550",
    ),
    // Sendmail
    (
        "   ----- Transcript of session follows -----\n... while talking to mx.example.net.:\n\
         >>> RCPT To:<bob@example.net>\n<<< 550 5.1.1 <bob@example.net>... User unknown\n\
         550 5.1.1 bob@example.net... User unknown\n",
        "550",
    ),
    // Exchange, with a time word inside the reply.
    (
        "Delivery has failed to these recipients or groups:\n\nbob@example.net\n\
         Remote Server returned '550 5.7.1 Sender blocked for two hours'\n",
        "550",
    ),
    // Gmail
    (
        "The response from the remote server was:\n\
         550 5.1.1 The email account that you tried to reach does not exist. Please try \
         double-checking the recipient's email address for typos or unnecessary spaces. \
         https://support.google.com/mail/?p=NoSuchUser - gsmtp\n",
        "550",
    ),
    // A single reply line, and one whose text names a wait.
    ("550 5.7.1 Service unavailable; client host [192.0.2.40] blocked using zen.spamhaus.org\n", "550"),
    ("451 4.7.1 Greylisted for 5 minutes, please try again later\n", "451"),
    ("554 5.7.1 Message rejected, possibly spam\n", "554"),
    // A reply quoted after `said:`.
    (
        "mx.example.net said: 421 4.7.0 [TSS04] Messages from 192.0.2.44 temporarily deferred \
         due to unexpected volume or user complaints - 4.16.55.1\n",
        "421",
    ),
    // A user's paste: the bounce with a line of their own above or below.
    ("got this today:\n550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n", "550"),
    (
        "I think this is the error we got this morning:\n\n\
         550 5.7.1 Service unavailable; client host [192.0.2.40] blocked using zen.spamhaus.org\n",
        "550",
    ),
    (
        "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n\nwhat does this mean?\n",
        "550",
    ),
    // A hedge or a verb in another clause is about something else.
    (
        "Our mail probably got blocked, the server returned '550 5.7.1 Service unavailable; client \
         host [192.0.2.4] blocked using zen.spamhaus.org'\n",
        "550",
    ),
    ("Our relay is sending fine, but mx.example.net returned \"550 5.7.1 Access denied\" to us\n", "550"),
    ("Maybe you can help, mx.example.net returned \"554 5.7.1 Relay access denied\" to us\n", "554"),
    // A reply set off on its own line after a line that mentions it.
    (
        "The bounce mentions this:\n\n\
         550 5.7.1 Service unavailable; client host [192.0.2.40] blocked using zen.spamhaus.org\n",
        "550",
    ),
];

#[test]
fn pasted_reply_stays_failure() {
    for (text, reply) in REPLIES {
        let report = bounce_explainer::explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
        assert_eq!(report.recipients[0].reply.as_deref(), Some(*reply), "{text}");
        assert!(!mentions(&report, reply), "{text}: {:#?}", report.notes);
    }
}
