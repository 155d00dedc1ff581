//! Mailing list managers' notices to a sender whose post the list refused
//! or held. They come from the list's owner, bounce or robot address and
//! often carry no Auto-Submitted field. Still, they report that the post
//! did not reach the list. A refusal needs the sender to join the list or
//! ask its owner, and a hold needs the moderator. The wordings follow the list
//! managers' own templates (GNU Mailman 2.1 and 3, Sympa 6.2).
//! Documentation addresses only.

use bounce_explainer::{explain, Actor, InputKind, Reason, Recipient, Report};

fn notice(from: &str, extra_headers: &str, subject: &str, body: &str) -> String {
    format!(
        "From: {from}\nTo: alice@example.com\nSubject: {subject}\n{extra_headers}\
         Date: Sat, 05 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\n\
         Content-Type: text/plain; charset=\"us-ascii\"\n\n{body}"
    )
}

fn only(report: &Report) -> &Recipient {
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    &report.recipients[0]
}

/// (sender, subject, body, list address) of list refusals.
const REFUSALS: &[(&str, &str, &str, &str)] = &[
    // Mailman 3, a moderator's rejection.
    (
        "ant-bounces@lists.example.org",
        "Request to mailing list \"A Test List\" rejected",
        "Your request to the ant@lists.example.org mailing list\n\n\
         \x20   Posting of your message titled \"Something important\"\n\n\
         has been rejected by the list moderator.  The moderator gave the\n\
         following reason for rejecting your request:\n\n\"Off topic\"\n\n\
         Any questions or comments should be directed to the list administrator\n\
         at:\n\n    ant-owner@lists.example.org\n",
        "ant@lists.example.org",
    ),
    // Mailman 2.1, a non-member's post rejected automatically.
    (
        "foo-owner@lists.example.org",
        "Your message to Foo was rejected",
        "You are not allowed to post to this mailing list, and your message has been\n\
         automatically rejected.  If you think that your messages are being rejected in\n\
         error, contact the mailing list owner at foo-owner@lists.example.org.\n",
        "foo@lists.example.org",
    ),
    // Mailman 3, a post rejected by the list's rules.
    (
        "foo-owner@lists.example.org",
        "Your message to foo@lists.example.org was rejected",
        "Your message to the foo@lists.example.org mailing-list was rejected for the following\n\
         reasons:\n\nThe message is not from a list member\n",
        "foo@lists.example.org",
    ),
    // Sympa 6.2, the plain text of its "Authorization denied" notice.
    (
        "sympa@lists.example.org",
        "Message distribution: Authorization denied",
        "This is an automatic response sent by Sympa Mailing Lists Manager.\n\
         Your message for list 'foo@lists.example.org' (attached below) was rejected.\n\
         You are not allowed to send this message for the following reason:\n\n\
         \x20Message distribution in the list is restricted to list subscribers.\n\n\
         For further information, please contact foo-request@lists.example.org\n",
        "foo@lists.example.org",
    ),
];

#[test]
fn list_refusal_needs_sender() {
    for (from, subject, body, list) in REFUSALS {
        let report = explain(&notice(from, "", subject, body));
        assert_ne!(report.input_kind, InputKind::NotBounce, "{body}");
        let card = only(&report);
        assert_eq!(card.recipient.as_deref(), Some(*list), "{body}");
        assert_eq!(card.explanation.entry, "auto-reply/list-refusal", "{body}");
        assert_eq!(card.reason, Reason::Rejected, "{body}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{body}");
        assert!(card.permanent, "{body}");
        assert!(!card.held, "{body}");
        assert_eq!(card.sender_ip, None, "{body}");
        let steps = card.explanation.steps.join(" ");
        assert!(steps.contains("owner"), "{steps}");
        assert!(steps.contains("subscribe"), "{steps}");
        assert!(!report.summary.contains("not a delivery failure"), "{}", report.summary);
    }
}

#[test]
fn list_refusal_flagged_auto_reply() {
    let (from, subject, body, list) = REFUSALS[0];
    let text = notice(from, "Auto-Submitted: auto-replied\n", subject, body);
    let report = explain(&text);
    let card = only(&report);
    assert_eq!(card.recipient.as_deref(), Some(list));
    assert_eq!(card.explanation.entry, "auto-reply/list-refusal");
}

/// Mailman's hold notice, as Mailman 2.1 and 3 word it.
const HOLD: &str = "Your mail to 'Foo' with the subject\n\n    Quarterly report\n\n\
    Is being held until the list moderator can review it for approval.\n\n\
    The message is being held because:\n\n    The message is not from a list member\n\n\
    Either the message will get posted to the list, or you will receive\n\
    notification of the moderator's decision.\n";

#[test]
fn list_hold_reads_same_flagged_or_not() {
    for headers in ["", "Auto-Submitted: auto-generated\n", "Auto-Submitted: auto-replied\n"] {
        let text = notice(
            "foo-bounces@lists.example.org",
            headers,
            "Your message to Foo awaits moderator approval",
            HOLD,
        );
        let report = explain(&text);
        let card = only(&report);
        assert_eq!(card.recipient.as_deref(), Some("foo@lists.example.org"), "{headers}");
        assert_eq!(card.explanation.entry, "auto-reply/moderation", "{headers}");
        assert_eq!(card.explanation.who_acts, Actor::Recipient, "{headers}");
        assert!(card.held, "{headers}");
        assert!(card.explanation.retry.starts_with("Held, not returned"), "{headers}");
    }
}

#[test]
fn sympa_forward_to_moderator_is_hold() {
    let body = "This is an automatic response sent by Sympa Mailing Lists Manager.\n\
        Your message to the list 'foo' has been forwarded to the moderator(s)\n";
    let report =
        explain(&notice("sympa@lists.example.org", "", "Message distribution: Forwarded", body));
    let card = only(&report);
    assert_eq!(card.explanation.entry, "auto-reply/moderation");
    assert!(card.held);
}

/// A person who writes about a refusal, and a list's ordinary mail, are
/// not notices of a refused post.
#[test]
fn list_words_elsewhere_not_bounce() {
    let person = notice(
        "Bob <bob@example.org>",
        "",
        "Re: the list",
        "My post was rejected by the list moderator yesterday, so I will resend it.\n",
    );
    assert_eq!(explain(&person).input_kind, InputKind::NotBounce);
    let welcome = notice(
        "foo-request@lists.example.org",
        "",
        "Welcome to the \"Foo\" mailing list",
        "Welcome to the \"Foo\" mailing list!\n\nTo post to this list, send your email to:\n\n\
         \x20 foo@lists.example.org\n",
    );
    assert_eq!(explain(&welcome).input_kind, InputKind::NotBounce);
}

/// Sympa 6.2 sends its refusal as a delivery status notification: status
/// 5.7.1 and a Diagnostic-Code of type X-Sympa for the list's address.
#[test]
fn sympa_dsn_refusal_needs_sender() {
    let text = "From: sympa@lists.example.org\nTo: alice@example.com\n\
        Subject: Message distribution: Authorization denied\nMIME-Version: 1.0\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n\
        --b1\nContent-Disposition: inline\n\n\
        This is an automatic response sent by Sympa Mailing Lists Manager.\n\
        Your message for list 'foo' (attached below) was rejected.\n\
        You are not allowed to send this message for the following reason:\n\n\
        \x20Message distribution in the list is restricted to list subscribers.\n\n\
        --b1\nContent-Type: message/delivery-status\n\n\
        Reporting-MTA: dns; lists.example.org\n\n\
        Final-Recipient: rfc822; foo@lists.example.org\nAction: failed\nStatus: 5.7.1\n\
        Remote-MTA: dns; lists.example.org\nDiagnostic-Code: X-Sympa; send_subscriber\n\n\
        --b1--\n";
    let report = explain(text);
    let card = only(&report);
    assert_eq!(card.recipient.as_deref(), Some("foo@lists.example.org"));
    assert_eq!(card.explanation.entry, "auto-reply/list-refusal");
    assert_eq!(card.explanation.who_acts, Actor::You);
}

/// Discourse's rejection of a post sent by email, in the form all its
/// `email_reject_*` templates share (config/locales/server.en.yml):
/// "We're sorry, but your email message to X (titled Y) didn't work."
/// The second paragraph varies with the cause.
const DISCOURSE_CAUSES: &[&str] = &[
    "Your account does not have the privileges to post new topics in that category. \
     If you believe this is an error, contact a staff member.",
    "Your reply was sent from an unknown email address. Try sending from another email \
     address, or contact a staff member.",
    // A cause worded outside the current templates, after the same opening.
    "You do not have permission to post new topics in that category. If you\n\
     believe this is an error, contact a staff member.",
];

#[test]
fn discourse_refusal_flagged_or_not() {
    for headers in ["", "Auto-Submitted: auto-replied\n", "Auto-Submitted: auto-generated\n"] {
        for cause in DISCOURSE_CAUSES {
            let body = format!(
                "We're sorry, but your email message to [\"forum@example.org\"] (titled\n\
                 Quarterly report) didn't work.\n\n{cause}\n"
            );
            let text = notice(
                "Example Forum <forum@example.org>",
                headers,
                "[Example Forum] Email issue -- Invalid Access",
                &body,
            );
            let report = explain(&text);
            assert_ne!(report.input_kind, InputKind::NotBounce, "{headers}{cause}");
            let card = only(&report);
            assert_eq!(card.recipient.as_deref(), Some("forum@example.org"), "{headers}{cause}");
            assert_eq!(card.explanation.entry, "discourse/email-rejected", "{headers}{cause}");
            assert_eq!(card.reason, Reason::Rejected, "{headers}{cause}");
            assert_eq!(card.explanation.who_acts, Actor::You, "{headers}{cause}");
            assert!(card.permanent, "{headers}{cause}");
            assert!(!card.held, "{headers}{cause}");
        }
    }
}

#[test]
fn list_notice_writer_not_vacation() {
    let (from, subject, body, _) = REFUSALS[1];
    let report = explain(&notice(from, "", subject, body));
    assert_eq!(report.mta.as_deref(), Some("list-manager"));
    let hold =
        notice("foo-bounces@lists.example.org", "", "Your message awaits moderator approval", HOLD);
    assert_eq!(explain(&hold).mta.as_deref(), Some("list-manager"));
    // An out-of-office reply keeps the auto-reply writer.
    let away = notice(
        "bob@example.org",
        "Auto-Submitted: auto-replied\n",
        "Out of office",
        "I am away until Monday.\n",
    );
    assert_eq!(explain(&away).mta.as_deref(), Some("vacation"));
}

/// Microsoft 365 sends a group's moderation notice from the Microsoft
/// Exchange recipient, its system mailbox for generated messages
/// (`MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@<domain>`), so the
/// card names the group the notice names and does not send the reader
/// to that mailbox.
// NOTE: the notice's wording comes from a sample notice, not from
// Microsoft's template.
#[test]
fn exchange_moderation_hold_names_group() {
    let path =
        format!("{}/tests/fixtures/held/m365-moderation-pending.eml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture is readable");
    let report = explain(&text);
    let r = only(&report);
    assert_eq!(r.explanation.entry, "auto-reply/moderation");
    assert_eq!(r.recipient.as_deref(), Some("sales@example.net"));
    let steps = r.explanation.steps.join(" ");
    assert!(!steps.contains("which the notice comes from"), "{steps}");
    assert!(!steps.to_lowercase().contains("microsoftexchange329e"), "{steps}");
}

#[test]
fn system_sender_hold_names_group() {
    for (from, body) in [
        (
            "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>",
            "Your message to Board (board@example.org) is awaiting moderator approval.\n",
        ),
        (
            "no-reply@example.org",
            "Your message to <team@example.org> is held for moderator approval.\n",
        ),
    ] {
        let text = notice(from, "Auto-Submitted: auto-replied\n", "Held", body);
        let report = explain(&text);
        let r = only(&report);
        let group = if body.contains("board@") { "board@example.org" } else { "team@example.org" };
        assert_eq!(r.recipient.as_deref(), Some(group), "{from}");
    }
}
