//! Microsoft 365 sends its non-delivery reports with `Auto-Submitted:
//! auto-replied` from a system mailbox, and a saved or pasted report may
//! have lost its delivery-status part. Such a report is a bounce, not an
//! out-of-office reply: each failed recipient gets a card with the
//! receiver's reply, and a block gets the IP to quote. A real
//! out-of-office reply that mentions a reply code in a sentence stays an
//! out-of-office reply.

use bounce_explainer::{explain, Actor, Reason, Recipient, Report};

/// One recipient's NDR in English: a Spamhaus block of 192.0.2.92.
const ONE_RECIPIENT: &[(&str, &str)] = &[
    ("text part only", include_str!("fixtures/auto_replied_ndr/m365-en-plain.eml")),
    ("report without DSN", include_str!("fixtures/auto_replied_ndr/m365-en-nodsn.eml")),
    ("HTML only", include_str!("fixtures/auto_replied_ndr/m365-en-htmlonly.eml")),
];

/// Two recipients' NDRs: bob@example.net unknown, and carol@example.org
/// blocked by Spamhaus for 192.0.2.90. The first line is in the language
/// named.
const TWO_RECIPIENTS: &[(&str, &str)] = &[
    ("German", include_str!("fixtures/auto_replied_ndr/m365-de-2rcpt.eml")),
    ("German, HTML only", include_str!("fixtures/auto_replied_ndr/m365-de-htmlonly.eml")),
    ("German, no NDR header", include_str!("fixtures/auto_replied_ndr/m365-de-noisndr.eml")),
    ("German, English subject", include_str!("fixtures/auto_replied_ndr/m365-de-ensubj.eml")),
    ("Italian", include_str!("fixtures/auto_replied_ndr/m365-it-2rcpt.eml")),
    ("Spanish", include_str!("fixtures/auto_replied_ndr/m365-es-plain-autosub.eml")),
    ("Dutch", include_str!("fixtures/auto_replied_ndr/m365-nl-plain-autosub.eml")),
    ("Portuguese", include_str!("fixtures/auto_replied_ndr/m365-pt-plain-autosub.eml")),
    ("Polish", include_str!("fixtures/auto_replied_ndr/m365-pl-plain-autosub.eml")),
    ("Swedish", include_str!("fixtures/auto_replied_ndr/m365-sv-plain-autosub.eml")),
];

const OUT_OF_OFFICE: &str = include_str!("fixtures/auto_replied_ndr/ooo-quotes-reply.eml");

fn card<'a>(report: &'a Report, address: &str) -> &'a Recipient {
    let found = report.recipients.iter().find(|r| r.recipient.as_deref() == Some(address));
    found.unwrap_or_else(|| panic!("no card for {address}: {report:#?}"))
}

/// Asserts the card of a Spamhaus block of `ip` for `address`.
fn assert_blocked(report: &Report, address: &str, ip: &str, label: &str) {
    let blocked = card(report, address);
    assert_eq!(blocked.reason, Reason::Blocked, "{label}");
    assert_eq!(blocked.reply.as_deref(), Some("554"), "{label}");
    assert_eq!(blocked.sender_ip.as_deref(), Some(ip), "{label}");
    assert_eq!(blocked.blocklists, ["spamhaus"], "{label}");
    assert_ne!(blocked.explanation.who_acts, Actor::Nobody, "{label}");
}

/// Asserts that no card calls the report an out-of-office reply.
fn assert_no_vacation(report: &Report, label: &str) {
    for recipient in &report.recipients {
        assert_ne!(recipient.reason, Reason::Vacation, "{label}: {recipient:#?}");
        let mailbox = recipient.recipient.as_deref().unwrap_or("");
        assert!(!mailbox.starts_with("microsoftexchange"), "{label}: {mailbox}");
    }
    assert!(!report.summary.contains("not a delivery failure"), "{label}: {}", report.summary);
}

#[test]
fn one_recipient_ndr_read() {
    for (label, text) in ONE_RECIPIENT {
        let report = explain(text);
        assert_no_vacation(&report, label);
        assert_eq!(report.recipients.len(), 1, "{label}: {report:#?}");
        assert_blocked(&report, "bob@example.net", "192.0.2.92", label);
    }
}

#[test]
fn two_recipient_ndrs_read() {
    for (label, text) in TWO_RECIPIENTS {
        let report = explain(text);
        assert_no_vacation(&report, label);
        assert_eq!(report.recipients.len(), 2, "{label}: {report:#?}");
        let unknown = card(&report, "bob@example.net");
        assert_eq!(unknown.reason, Reason::UserUnknown, "{label}");
        assert_eq!(unknown.reply.as_deref(), Some("550"), "{label}");
        assert_eq!(unknown.explanation.who_acts, Actor::You, "{label}");
        assert_blocked(&report, "carol@example.org", "192.0.2.90", label);
    }
}

/// With neither the NDR header nor a bounce subject, the replies in the
/// body still make the text a bounce.
#[test]
fn body_replies_outweigh_flag() {
    for (label, text) in TWO_RECIPIENTS {
        let (header, body) = text.split_once("\n\n").expect("header and body");
        let header: Vec<&str> = header
            .lines()
            .filter(|line| !line.starts_with("X-MS-Exchange-Message-Is-Ndr"))
            .map(|line| match line.starts_with("Subject: ") {
                true => "Subject: Quarterly figures",
                false => line,
            })
            .collect();
        let plain = format!("{}\n\n{body}", header.join("\n"));
        assert!(!plain.contains("Is-Ndr"), "{label}");
        let report = explain(&plain);
        assert_no_vacation(&report, label);
        assert_blocked(&report, "carol@example.org", "192.0.2.90", label);
        assert_eq!(card(&report, "bob@example.net").reason, Reason::UserUnknown, "{label}");
    }
}

/// The NDR header or a bounce subject alone overrides the flag, even when
/// the body contains no reply code.
#[test]
fn ndr_marks_outweigh_flag() {
    let body = "Your message to bob@example.net couldn't be delivered.\n\n\
                bob wasn't found at example.net.\n";
    let headers = [
        "Subject: Undeliverable: Quarterly figures\n",
        "Subject: Quarterly figures\nX-MS-Exchange-Message-Is-Ndr:\n",
        "Subject: Onbestelbaar: Kwartaalcijfers\n",
    ];
    for extra in headers {
        let text = format!(
            "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>\n\
             To: alice@example.com\n{extra}Auto-Submitted: auto-replied\n\n{body}"
        );
        let report = explain(&text);
        assert_no_vacation(&report, extra);
    }
}

/// An out-of-office reply that mentions a bounce inside a sentence is
/// still an out-of-office reply for its author.
#[test]
fn out_of_office_mentioning_reply_stays() {
    let report = explain(OUT_OF_OFFICE);
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    let reply = &report.recipients[0];
    assert_eq!(reply.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(reply.reason, Reason::Vacation);
    assert_eq!(reply.explanation.who_acts, Actor::Nobody);
}
