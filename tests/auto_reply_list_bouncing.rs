//! A mailing list's notice to a member whose own mailbox bounced the
//! list's mail. Mailman disables the membership, and Sympa warns before
//! it unsubscribes. No message of the reader's failed, but mail to the
//! reader does, so the card asks the reader to fix their mailbox and
//! re-enable the membership, not "not a bounce". The bodies follow
//! Mailman 2.1's `templates/en/disabled.txt` and Sympa 6.2's
//! `user_notification.tt2` (`auto_notify_bouncers`). The probe follows a
//! third-party copy of Mailman's templates. Documentation addresses only.

use bounce_explainer::{explain, Actor, InputKind, Reason};

/// Wraps a list manager's notice to alice@example.com.
fn notice(from: &str, subject: &str, body: &str) -> String {
    format!(
        "From: {from}\nTo: alice@example.com\nSubject: {subject}\nPrecedence: bulk\n\
         Date: Sun, 06 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\n\
         Content-Type: text/plain; charset=\"us-ascii\"\n\n{body}"
    )
}

/// Mailman 2.1's notice, sent as a confirmation request from the list's
/// request address, so that a reply re-enables the membership.
const MAILMAN_DISABLED: &str = "Your membership in the mailing list Foo has been disabled due\n\
    to excessive bounces.  You will not get any more messages from this\n\
    list until you re-enable your membership.  You will receive\n\
    3 more reminders like this before your membership in the\n\
    list is deleted.\n\n\
    To re-enable your membership, you can simply respond to this message\n\
    (leaving the Subject: line intact), or visit the confirmation page at\n\n\
    \x20   https://lists.example.org/mailman/confirm/foo/0123456789abcdef\n\n\
    You can also visit your membership page at\n\n\
    \x20   https://lists.example.org/mailman/options/foo/alice%40example.com\n\n\
    If you have any questions or problems, you can contact the list owner\n\
    at\n\n    foo-owner@lists.example.org\n";

/// Mailman's probe to a member whose address bounced the list's mail.
const MAILMAN_PROBE: &str = "This is a probe message.  You can ignore this message.\n\n\
    The foo mailing list has received a number of bounces from you,\n\
    indicating that there may be a problem delivering messages to\n\
    alice@example.com.  You may want to check with your mail administrator\n\
    for more help.\n\n\
    If you have any questions or problems, you can contact the mailing\n\
    list owner at\n\n    foo-owner@lists.example.org\n";

/// Sympa 6.2's warning to a member whose address bounces.
const SYMPA_WARNING: &str = "Messages from list foo that were sent to your address \
    alice@example.com have generated non-delivery reports since 01 Dec 2026.\n\
    If this problem persists, you will be automatically unsubscribed from the list.\n\n\
    You can contact list owner: foo-request@lists.example.org\n";

/// (sender, subject, body) of the notices a member gets.
const NOTICES: &[(&str, &str, &str)] = &[
    ("foo-request@lists.example.org", "confirm 0123456789abcdef", MAILMAN_DISABLED),
    ("foo-bounces@lists.example.org", "Foo mailing list probe message", MAILMAN_PROBE),
    ("sympa@lists.example.org", "Your bouncing address in list foo", SYMPA_WARNING),
];

#[test]
fn bouncing_member_fixes_own_mailbox() {
    for (from, subject, body) in NOTICES {
        let report = explain(&notice(from, subject, body));
        assert_ne!(report.input_kind, InputKind::NotBounce, "{body}");
        assert_eq!(report.mta.as_deref(), Some("list-manager"), "{body}");
        assert_eq!(report.recipients.len(), 1, "{report:#?}");
        let card = &report.recipients[0];
        let text = &card.explanation;
        // The list's mail to the reader is what fails.
        assert_eq!(card.recipient.as_deref(), Some("alice@example.com"), "{body}");
        assert_eq!(text.entry, "auto-reply/list-bouncing", "{body}");
        assert_eq!(card.reason, Reason::Undefined, "{body}");
        assert_eq!(text.who_acts, Actor::You, "{body}");
        assert!(!card.held, "{body}");
        assert_eq!(card.sender_ip, None, "{body}");
        assert!(text.what.contains("your address"), "{}", text.what);
        assert!(!report.summary.contains("not a delivery failure"), "{}", report.summary);
        let steps = text.steps.join(" ");
        assert!(steps.contains("full"), "{steps}");
        assert!(steps.contains("re-enable"), "{steps}");
        assert!(steps.contains("owner"), "{steps}");
        assert!(text.retry.starts_with("Nothing to resend"), "{}", text.retry);
        // The notice's own links stay text: no link on the card comes
        // from the pasted notice.
        assert!(card.links.iter().all(|l| !l.url.contains("lists.example.org")), "{body}");
    }
}

/// The list's owner gets a notice about the member, not about the
/// reader's mailbox: Mailman 2.1's "bounce action notification".
#[test]
fn owner_bounce_report_not_member_card() {
    let body = "This is a Mailman mailing list bounce action notice:\n\n\
        \x20   List:       Foo\n    Member:     bob@example.net\n\
        \x20   Action:     Subscription disabled.\n\
        \x20   Reason:     Excessive or fatal bounces.\n";
    let report =
        explain(&notice("foo-bounces@lists.example.org", "Bounce action notification", body));
    assert!(
        report.recipients.iter().all(|r| r.explanation.entry != "auto-reply/list-bouncing"),
        "{report:#?}"
    );
}

/// A member who writes about the notice is not a list manager's notice.
#[test]
fn member_quoting_notice_not_bounce() {
    let text = notice(
        "Bob <bob@example.org>",
        "Re: list mail",
        "Odd: my membership in the mailing list Foo has been disabled due to excessive \
         bounces, but my mailbox is fine.\n",
    );
    assert_eq!(explain(&text).input_kind, InputKind::NotBounce);
}
