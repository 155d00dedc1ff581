//! Postfix records wrapped onto indented lines. Postfix starts each
//! recipient's record at the left margin with `<address>:` and indents
//! the lines that continue it. So an address or a reply code on an
//! indented line belongs to the record above it, as do a sender's address
//! in a Mimecast reply, a link ending in `#550`, or "see code 550".

use bounce_explainer::{explain, Actor, Reason, Report};

fn recipients(report: &Report) -> Vec<&str> {
    report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect()
}

/// Mimecast's anti-spoofing reply wrapped so that a continuation line
/// starts with the sender's address and ends in `tail`.
fn mimecast_spoof(tail: &str) -> String {
    format!(
        "<bob@example.net>: host eu-smtp-inbound-1.mimecast.com[198.51.100.70] said:\n    \
         550 Rejected by header based Anti-Spoofing policy:\n    \
         alice@example.com - {tail}\n    \
         [aBcDeFgHiJ.uk123] (in reply to end of DATA command)\n"
    )
}

#[test]
fn continuation_address_stays_in_record() {
    let tails = [
        "https://community.mimecast.com/docs/DOC-1369#550",
        "https://community.mimecast.com/docs/DOC-1369#554",
        "https://help.example.com/errors#550-spoofing",
        "see code 550 in the policy guide",
        "see error 550",
    ];
    for tail in tails {
        let report = explain(&mimecast_spoof(tail));
        assert_eq!(recipients(&report), ["bob@example.net"], "{tail}");
        let card = &report.recipients[0];
        assert_eq!(card.reply.as_deref(), Some("550"), "{tail}");
        assert_eq!(card.reason, Reason::SecurityError, "{tail}");
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{tail}");
        assert!(card.diagnostic.contains("Anti-Spoofing policy"), "{tail}: {}", card.diagnostic);
        assert!(card.diagnostic.contains("[aBcDeFgHiJ.uk123]"), "{tail}: {}", card.diagnostic);
        assert!(card.diagnostic.contains("alice@example.com"), "{tail}: {}", card.diagnostic);
    }
}

#[test]
fn continuation_address_in_full_notice() {
    let text = format!(
        "This is the mail system at host mail.example.com.\n\n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients. It's attached below.\n\n\
         {}\n\
         <carol@example.net>: host eu-smtp-inbound-1.mimecast.com[198.51.100.70] said:\n    \
         550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550\n    \
         [xYz123.uk456] (in reply to RCPT TO command)\n",
        mimecast_spoof("https://community.mimecast.com/docs/DOC-1369#550")
    );
    let report = explain(&text);
    assert_eq!(recipients(&report), ["bob@example.net", "carol@example.net"]);
    let bob = &report.recipients[0];
    assert!(bob.diagnostic.contains("[aBcDeFgHiJ.uk123]"), "{}", bob.diagnostic);
    let carol = &report.recipients[1];
    assert_eq!(carol.reply.as_deref(), Some("550"));
    assert!(carol.diagnostic.contains("Envelope blocked"), "{}", carol.diagnostic);
}

/// Records indented as a whole, as in a quoted or forwarded copy, still
/// start a record each: only a line indented past its record's first line
/// continues it.
#[test]
fn indented_records_stay_apart() {
    let text = "\
  <bob@example.net>: host mx.example.net[198.51.100.10] said: 550 5.1.1
      <bob@example.net>: Recipient address rejected: User unknown (in reply
      to RCPT TO command)
  <carol@example.org>: host mx.example.org[198.51.100.11] said: 552 5.2.2
      Mailbox full (in reply to RCPT TO command)
";
    let report = explain(text);
    assert_eq!(recipients(&report), ["bob@example.net", "carol@example.org"]);
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
    assert_eq!(report.recipients[1].reason, Reason::MailboxFull);
}

/// A code in a link's fragment is part of the link, not a reply.
#[test]
fn link_fragment_code_is_no_reply() {
    let text = "<bob@example.net>: host mx.example.net[198.51.100.10] said:\n    \
                Rejected by policy - https://help.example.net/codes#550\n    \
                (in reply to end of DATA command)\n";
    let report = explain(text);
    assert_eq!(recipients(&report), ["bob@example.net"]);
    assert_eq!(report.recipients[0].reply, None, "{}", report.recipients[0].diagnostic);
}

/// A reply wrapped before `<address>:` keeps that address in the record:
/// here it is the refused sender's, not a second recipient's.
#[test]
fn wrapped_sender_opening_stays_in_record() {
    let text = "<bob@example.net>: host mx.example.net[198.51.100.10] said: 553 5.7.1\n    \
                <alice@example.com>: Sender address rejected: not owned by user\n    \
                alice@example.com (in reply to MAIL FROM command)\n";
    let report = explain(text);
    assert_eq!(recipients(&report), ["bob@example.net"]);
    let card = &report.recipients[0];
    assert_eq!(card.reply.as_deref(), Some("553"));
    assert!(card.diagnostic.contains("Sender address rejected"), "{}", card.diagnostic);
}

/// Postfix wraps before `said:` when the receiving host's name is long,
/// as Barracuda's cloud filter's names are. The record alone, with no
/// enhanced status code, is still a bounce.
#[test]
fn record_wrapped_before_said() {
    let barracuda = "\
<bob@example.net>: host d123456a.ess.barracudanetworks.com[198.51.100.60]
    said: 550 permanent failure for one or more recipients
    (bob@example.net:blocked) (in reply to end of DATA command)
";
    let report = explain(barracuda);
    assert_eq!(recipients(&report), ["bob@example.net"]);
    let card = &report.recipients[0];
    assert_eq!(card.reply.as_deref(), Some("550"));
    assert_eq!(card.reason, Reason::Blocked, "{}", card.diagnostic);
    assert_eq!(card.provider.as_deref(), Some("barracuda"));
    assert_eq!(card.remote_host.as_deref(), Some("d123456a.ess.barracudanetworks.com"));

    for (text, reply) in [
        (
            "<bob@example.net>: host mx.example.net[198.51.100.60]\n    \
             said: 550 mailbox unavailable\n    (in reply to RCPT TO command)\n",
            "550",
        ),
        (
            "<bob@example.net>: host mx.example.net[198.51.100.60]\n    \
             said: 554 transaction failed (in reply to end of DATA command)\n",
            "554",
        ),
        (
            "<bob@example.net>: host mx.example.net[198.51.100.60]\n    \
             said: 451 please try again later (in reply to RCPT TO command)\n",
            "451",
        ),
    ] {
        let report = explain(text);
        assert_eq!(recipients(&report), ["bob@example.net"], "{text}");
        assert_eq!(report.recipients[0].reply.as_deref(), Some(reply), "{text}");
    }
}

/// The words that make a Postfix record a bounce must be the record's
/// own: an indented line after a blank line is not part of it.
#[test]
fn record_words_end_at_blank_line() {
    let text = "<bob@example.net>: see you on Monday\n\n    said: 550 people came\n";
    let report = explain(text);
    assert!(report.recipients.is_empty(), "{:?}", recipients(&report));
}
