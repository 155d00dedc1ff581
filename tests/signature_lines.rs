//! A signature or a forward note around a bounce: its address is the
//! writer's, not a failed recipient, and the telephone number beside it
//! is no reply code.

use bounce_explainer::{explain, Reason};

fn found(text: &str) -> Vec<(Option<String>, Option<String>, Reason)> {
    explain(text).recipients.into_iter().map(|r| (r.recipient, r.reply, r.reason)).collect()
}

const POSTFIX: &str = "This is the mail system at host mx.example.com.\n\n\
    I'm sorry to have to inform you that your message could not\n\
    be delivered to one or more recipients. It's attached below.\n\n\
    For further assistance, please send mail to postmaster.\n\n\
    \x20                  The mail system\n\n\
    <bob@mail.example.net>: Host or domain name not found. Name service error for\n\
    \x20   name=mail.example.net type=A: Host not found\n";

const CARD: &str = "Jane Doe | IT | jane@example.com | +1 203 555 0100";

fn assert_only_bob(text: &str, reason: Reason) {
    let got = found(text);
    assert_eq!(got.len(), 1, "{text}\n{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("bob@mail.example.net"), "{text}");
    assert_eq!(got[0].2, reason, "{text}");
}

#[test]
fn signature_after_postfix_ndr() {
    for separator in ["--", "-- "] {
        assert_only_bob(&format!("{POSTFIX}\n{separator}\n{CARD}\n"), Reason::HostUnknown);
    }
    // A card line without the separator is still the writer's.
    assert_only_bob(&format!("{POSTFIX}\n{CARD}\n"), Reason::HostUnknown);
    // And without a telephone number.
    assert_only_bob(&format!("{POSTFIX}\n--\nJane Doe\njane@example.com\n"), Reason::HostUnknown);
}

#[test]
fn forward_note_above_postfix_ndr() {
    let text = format!(
        "Hi, can you check why this bounced?\n\n{CARD}\n\n-----Original Message-----\n{POSTFIX}"
    );
    assert_only_bob(&text, Reason::HostUnknown);
}

#[test]
fn forward_note_above_exim_bounce() {
    let text = "Hi, can you check why this bounced?\n\nJane Doe\nIT Services\njane@example.com\n\
        Tel +1 203 555 0100\n\nBegin forwarded message:\n\n\
        This message was created automatically by mail delivery software.\n\n\
        A message that you sent could not be delivered to one or more of its\n\
        recipients. This is a permanent error. The following address(es) failed:\n\n\
        \x20 bob@mail.example.net\n\
        \x20   host mx.example.net [203.0.113.20]\n\
        \x20   SMTP error from remote mail server after RCPT TO:<bob@mail.example.net>:\n\
        \x20   550 5.1.1 User unknown\n\n\
        Please contact carol@example.com (our postmaster team) on 0800 450 1234\n\
        or 020 7946 0958 if you need help.\n";
    assert_only_bob(text, Reason::UserUnknown);
    assert_eq!(found(text)[0].1.as_deref(), Some("550"));
}

#[test]
fn phone_in_signature_is_no_reply_code() {
    let reply =
        "550 5.1.1 <bob@mail.example.net>: Recipient address rejected: User unknown\n\n--\n";
    let cards = [
        CARD,
        "Jane Doe | jane@example.com | Mobile: +44 20 450 1234",
        "Jane Doe, jane@example.com, Tel. 0049 30 550 1234",
        "Jane Doe, jane@example.com, +1 (203) 555 0100",
        "Jane Doe, jane@example.com, 020 7946 0958",
    ];
    for card in cards {
        let text = format!("{reply}{card}\n");
        assert_only_bob(&text, Reason::UserUnknown);
        assert_eq!(found(&text)[0].1.as_deref(), Some("550"), "{text}");
    }
}

#[test]
fn signature_without_separator() {
    // After an NDR whose recipient has no reply code, and after a reply.
    assert_only_bob(
        &format!("{POSTFIX}\nThanks,\nJane Doe\njane@example.com\n"),
        Reason::HostUnknown,
    );
    let reply = "550 5.1.1 <bob@mail.example.net>: Recipient address rejected: User unknown\n";
    assert_only_bob(
        &format!("{reply}\nThanks,\nJane Doe\njane@example.com\n"),
        Reason::UserUnknown,
    );
    // Above the reply, as a forward note without a marker line.
    assert_only_bob(
        &format!("Jane Doe\nIT Services\njane@example.com\n\n{reply}"),
        Reason::UserUnknown,
    );
}

#[test]
fn report_address_with_reason_below_is_kept() {
    // A report line opens each block with the address; a reason in words
    // the signature check does not list still keeps its recipient.
    let text = "Unable to deliver message to the following address(es).\n\n\
        <carol@example.net>:\nThis person has no mail here [0]\n\n\
        <bob@mail.example.net>:\n550 5.1.1 User unknown\n";
    let got = found(text);
    let names: Vec<_> = got.iter().filter_map(|f| f.0.as_deref()).collect();
    assert_eq!(names, ["carol@example.net", "bob@mail.example.net"], "{got:?}");
}

/// Returns the one card's recipient and reason for `text`.
fn only_card(text: &str) -> (Option<String>, Reason) {
    let got = found(text);
    assert_eq!(got.len(), 1, "{text}\n{got:?}");
    let (recipient, _, reason) = got.into_iter().next().expect("length checked above");
    (recipient, reason)
}

#[test]
fn closing_signature_after_bare_reply() {
    let reply = "Hi, I tried to email our client and got this back:\n550 5.1.1 User unknown\n\n";
    let signatures = [
        "Thanks,\nJane Doe\njane@example.com\n",
        "Best regards\nJane Doe\nSales Manager\nEmail: jane@example.com\nPhone: +1 555 0100\n",
        "Thanks, Jane\njane@example.com\n",
        "Kind regards,\nJane Doe\nE: jane@example.com\n",
        "Mit freundlichen Grüßen\nJane Doe\nE-Mail: jane@example.com\n",
        "> Thanks,\n> Jane Doe\n> jane@example.com\n",
    ];
    for signature in signatures {
        let text = format!("{reply}{signature}");
        let (recipient, reason) = only_card(&text);
        assert_eq!(recipient, None, "{text}");
        assert_eq!(reason, Reason::UserUnknown, "{text}");
    }
}

#[test]
fn closing_signature_after_blocklist_reply() {
    let text = "The mail bounced with: 550 5.7.1 Service unavailable; Client host \
        [203.0.113.5] blocked using zen.spamhaus.org\n\n\
        Kind regards,\nJane Doe\nExample Corp | Sales\nT: +1 555 0100 E: jane@example.com\n";
    let (recipient, _) = only_card(text);
    assert_eq!(recipient, None, "{text}");
}

#[test]
fn recipient_in_note_before_closing() {
    let note = "Hi, the mail to bob@example.net bounced with this:\n550 5.1.1 User unknown\n\n";
    for signature in ["Thanks,\nJane Doe\njane@example.com\n", "Best regards\nJane Doe\n"] {
        let text = format!("{note}{signature}");
        let (recipient, reason) = only_card(&text);
        assert_eq!(recipient.as_deref(), Some("bob@example.net"), "{text}");
        assert_eq!(reason, Reason::UserUnknown, "{text}");
    }
}

#[test]
fn closing_above_reply_keeps_recipient() {
    // A closing ends the writer's note, but a reply pasted below it after a
    // blank line is no part of the signature.
    let text = "Can you look at this one?\nThanks,\nJane\n\n\
        <bob@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown\n";
    let (recipient, reason) = only_card(text);
    assert_eq!(recipient.as_deref(), Some("bob@example.net"), "{text}");
    assert_eq!(reason, Reason::UserUnknown);
}

#[test]
fn thanks_sentence_not_closing() {
    // "Thanks" opening a sentence of the note closes nothing.
    let text = "Thanks for looking. Our mail to this address came back:\n\
        bob@example.net\n550 5.1.1 User unknown\n";
    let (recipient, _) = only_card(text);
    assert_eq!(recipient.as_deref(), Some("bob@example.net"), "{text}");
}

#[test]
fn quoted_signature_of_failed_recipient() {
    // The reply names Bob, and the quoted message below it ends with
    // Bob's own signature: he stays the failed recipient.
    let text = "Hi, I replied to Bob and got this:\n\
        550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n\n\
        > Thanks,\n> Bob\n> bob@example.net\n";
    let (recipient, reason) = only_card(text);
    assert_eq!(recipient.as_deref(), Some("bob@example.net"), "{text}");
    assert_eq!(reason, Reason::UserUnknown);
}

#[test]
fn common_closings_open_signature() {
    let reply = "Hi, I tried to email our client and got this back:\n550 5.1.1 User unknown\n\n";
    let closings = [
        "Thanks & regards,",
        "Thanks and regards,",
        "Thanks a lot,",
        "Thank you very much,",
        "Many thanks,",
        "Warm regards,",
        "BR,",
        "Vielen Dank,",
        "Mit freundlichen Grüßen,",
        "Cordialement,",
        "Saludos cordiales,",
        "Cordiali saluti,",
        "Met vriendelijke groet,",
        "Atenciosamente,",
        "Obrigado,",
        "Abraços,",
        "Com os melhores cumprimentos,",
        "Mvh",
        "Med vänliga hälsningar,",
    ];
    for closing in closings {
        let text = format!("{reply}{closing}\nJane Doe\njane@example.com\n");
        let (recipient, reason) = only_card(&text);
        assert_eq!(recipient, None, "{text}");
        assert_eq!(reason, Reason::UserUnknown, "{text}");
    }
}

#[test]
fn one_word_closing_before_name() {
    // A one-word closing in a language without a table entry (Polish,
    // Swedish) still opens a signature when a name line follows it.
    let reply = "Hi, I tried to email our client and got this back:\n550 5.1.1 User unknown\n\n";
    for closing in ["Pozdrawiam,", "Hälsningar,"] {
        let text = format!("{reply}{closing}\nJan Kowalski\njan@example.com\n");
        let (recipient, _) = only_card(&text);
        assert_eq!(recipient, None, "{text}");
    }
}

#[test]
fn greeting_or_sentence_keeps_recipient() {
    // Lines that end in a comma but open or continue the note are no
    // closing, so the address below them stays the failed recipient.
    let reply = "550 5.1.1 User unknown\n";
    let notes = [
        "Hi,\nBob Smith\nbob@example.net\n",
        "Hello,\nBob Smith\nbob@example.net\n",
        "I wrote to our client today,\nBob Smith\nbob@example.net\n",
        "Thanks to our client,\nBob Smith\nbob@example.net\n",
    ];
    for note in notes {
        let text = format!("{note}{reply}");
        let (recipient, _) = only_card(&text);
        assert_eq!(recipient.as_deref(), Some("bob@example.net"), "{text}");
    }
}
