//! Explanations for an MTA's fixed wording that is more specific than
//! the status code it comes with, but names no reason of its own.
//!
//! Postfix's "Recipient address rejected: Access denied" with 5.7.1 is
//! the text of a check_recipient_access rule whose action is REJECT with
//! no text of its own. The 5.7.1 decides the reason, and this entry
//! explains the rule instead of the code's general causes. Exim's "Sender
//! verify failed" is a callout to the sender's own address, which the
//! generic `rejected` entry does not describe.

use super::{relay_host, status_codes, Entry};
use crate::reason::Reason;
use crate::report::Actor;

/// A lowercase fragment of the reply and the entry that explains it.
pub static WORDINGS: &[(&str, &Entry)] = &[
    ("recipient address rejected: access denied", &RECIPIENT_ACCESS_RULE),
    ("sender verify failed", &SENDER_CALLOUT),
    ("verification failed for <", &SENDER_CALLOUT),
    ("could not complete sender verify callout", &SENDER_CALLOUT),
    ("sender verification failed", &SENDER_CALLOUT),
    ("sender address verification failed", &SENDER_CALLOUT),
    ("sender callout verification failed", &SENDER_CALLOUT),
    // Postfix's reject_unknown_sender_domain. Receivers put 5.1.0 or 5.1.1
    // over it too, whose entries blame the recipient's address.
    ("sender address rejected: domain not found", &status_codes::address::X_1_8),
    // qmail-smtpd with the mfcheck patch (qmail-1.03-mfcheck.3.patch,
    // described at http://www.misterx.org/wiki/index.php/Mfcheck, checked
    // 2026-12-05) rejects an envelope sender whose domain has no MX or A
    // record. Its err_hmf() replies "553 sorry, your envelope sender
    // domain must exist (#5.7.1)", as in the qmail-smtpd.c of John
    // Simpson's combined qmail patch, version 7.08. The 5.7.1 entry would
    // describe a policy refusal instead of the sender's DNS.
    ("envelope sender domain must exist", &status_codes::address::X_1_8),
    // Other sites' wordings of the same check, each naming the sender's
    // domain.
    ("sender domain does not exist", &status_codes::address::X_1_8),
    ("sender domain not found", &status_codes::address::X_1_8),
    ("mail from domain has no", &status_codes::address::X_1_8),
    ("mail from domain does not exist", &status_codes::address::X_1_8),
    // An SPF refusal in the words of Exim SPF ACLs and of pypolicyd-spf,
    // which links the open-spf.org "Why" page. Sisimai files it under Blocked, whose generic steps
    // send the administrator to a blocklist that is not involved.
    ("is not allowed to send mail from", &SPF_NOT_ALLOWED),
    ("//www.open-spf.org/why?", &SPF_NOT_ALLOWED),
    ("//www.openspf.org/why?", &SPF_NOT_ALLOWED),
    ("//www.openspf.net/why?", &SPF_NOT_ALLOWED),
    // Zoho Mail's outgoing server when it stops an account's outgoing
    // mail. The 5.1.8 it carries would read as a sender domain that does
    // not exist.
    ("email outgoing blocked", &OUTGOING_BLOCKED),
    ("sender address blocked", &OUTGOING_BLOCKED),
    ("authentication required", &AUTH_REQUIRED),
    ("client not authenticated to send", &AUTH_REQUIRED),
    // Microsoft 365's longer form: "530 5.7.57 SMTP; Client was not
    // authenticated to send anonymous mail during MAIL FROM".
    ("client was not authenticated to send", &AUTH_REQUIRED),
    ("must authenticate first", &AUTH_REQUIRED),
    (relay_host::NOT_FOUND_SENTENCE, &relay_host::NOT_FOUND),
];

/// Returns the entry for the first wording that `lower` (the reply,
/// lowercased, spaces collapsed) contains.
pub fn lookup(lower: &str) -> Option<&'static Entry> {
    WORDINGS.iter().find(|(fragment, _)| lower.contains(fragment)).map(|(_, entry)| *entry)
}

/// The sender's own provider stopped outgoing mail from the account,
/// usually after unusual volume or spam complaints. Users quote Zoho
/// Mail's "554 5.1.8 Email Outgoing Blocked" and "554 5.1.8 Sender Address
/// Blocked" in Zoho's community forum when that happens.
pub static OUTGOING_BLOCKED: Entry = Entry {
    id: "wording/outgoing-blocked",
    reason: Reason::Rejected,
    what: "Your mail provider blocked outgoing mail from your account, so \
           it did not send the message.",
    why: "Providers block an account's outgoing mail when it sends unusual \
          volume, draws spam complaints, or looks compromised. Your domain \
          and the recipient's address are not the problem.",
    steps: &[
        "Ask your mail administrator or provider why the account was \
         blocked and to unblock it; with Zoho Mail, the organization's \
         administrator or Zoho's support does this.",
        "If the account may be compromised, change its password first.",
        "Send the message again once outgoing mail works.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://help.zoho.com/portal/en/community/topic/554-5-1-8-email-outgoing-blocked-13-11-2017",
    checked: "2026-12-05",
};

/// Postfix's access table (access(5)): REJECT with no text replies with
/// `access_map_reject_code` (554) and "Access denied". Sites use such a
/// rule to keep outside mail from internal lists and role addresses, and
/// some to turn away closed accounts, so the address may or may not exist.
pub static RECIPIENT_ACCESS_RULE: Entry = Entry {
    id: "wording/recipient-access-rule",
    reason: Reason::SecurityError,
    what: "The receiving server's access rules do not accept mail for this \
           address from you.",
    why: "A rule on the receiving server refuses this recipient address. \
          Such rules usually protect an address that exists but takes mail \
          only from inside the organisation, such as an internal list; \
          some sites also use them for closed accounts.",
    steps: &[
        "Keep the address on your lists for now: this bounce alone does \
         not show that it is gone.",
        "Ask the recipient by another channel whether the address takes \
         mail from outside, or which address you should use instead.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: "https://www.postfix.org/access.5.html",
    checked: "2026-12-04",
};

/// A sender callout: before accepting the message, the receiver connected
/// to the sender's mail server and tried `RCPT TO:<sender>` with the
/// empty return path, as a bounce would. The reply it quotes ("No such
/// user") is about the sender's address.
pub static SENDER_CALLOUT: Entry = Entry {
    id: "wording/sender-callout",
    reason: Reason::Rejected,
    what: "The receiving server checked your own address (the envelope \
           sender) with your mail server, the check failed, and so it \
           rejected the message. The recipient's address was not the problem.",
    why: "Some servers accept mail only when the return address could take \
          a reply. Your mail server said that address does not exist, or \
          did not accept the empty-sender test message, or could not be \
          reached.",
    steps: &[
        "Send the bounce to your mail administrator. The envelope sender \
         (return path) must be a mailbox that exists and accepts mail, \
         also from the empty sender that bounces use.",
        "If the mail comes from an application or a no-reply address, they \
         create that mailbox or set the return path to one that exists.",
        "Send the message again once the address passes the check.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: "https://github.com/Exim/exim/wiki/Q0740",
    checked: "2026-12-04",
};

/// An SPF check (RFC 7208) that failed because the domain's SPF record
/// does not list the connecting IP. Exim SPF ACLs word the refusal `<ip>
/// is not allowed to send mail from <domain>`, with the envelope sender's
/// domain, or the HELO name for a message with the empty sender. The
/// reason stays Blocked, as Sisimai files it, but the fix is a DNS
/// record, not a removal request.
pub static SPF_NOT_ALLOWED: Entry = Entry {
    id: "wording/spf-not-allowed",
    reason: Reason::Blocked,
    what: "The receiving server refused the message because the SPF record \
           of the domain named in the reply does not allow the sending IP \
           address to send its mail.",
    why: "A domain's SPF record lists the servers that may send mail from \
          it. The domain is the envelope sender's (or, for a bounce with an \
          empty sender, the sending server's HELO name). The receiver found \
          the sending IP outside that list, often because mail now goes \
          through a new server or an email service the record does not \
          name. No blocklist is involved.",
    steps: &[
        "Send the bounce to whoever manages the domain's DNS: the reply \
         names the domain and the refused IP address.",
        "They add that server or email service to the domain's SPF record \
         (an ip4:, ip6: or include: term), or send the mail through a \
         server the record already lists.",
        "Check the record with an SPF checker, then send the message again.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc7208#section-2.6.4",
    checked: "2026-12-05",
};

/// RFC 4954's reply for a server that takes mail from a client only
/// after SMTP AUTH: "530 5.7.0 Authentication required". Gmail's and
/// Microsoft 365's submission servers give it (Microsoft words it "5.7.57
/// Client not authenticated to send mail") when a program or device sends
/// without signing in.
pub static AUTH_REQUIRED: Entry = Entry {
    id: "wording/auth-required",
    reason: Reason::SecurityError,
    what: "The outgoing mail server takes mail only from programs that sign \
           in, and yours sent without signing in.",
    why: "Submission servers (port 587 or 465) ask for a user name and \
          password before they pass mail on, so that nobody else can send \
          through them.",
    steps: &[
        "In the program or device that sent the message, turn on \
         authentication for the outgoing (SMTP) server and enter the \
         mailbox's user name and password (or an app password).",
        "Use port 587 with STARTTLS, or 465 with SSL/TLS, as the provider \
         says.",
        "If sign-in is set and it still fails, your administrator checks \
         that sign-in for sending (SMTP AUTH) is allowed for the mailbox.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc4954#section-6",
    checked: "2026-12-04",
};

/// A reply that rejects the name the sending server gave in HELO or EHLO.
/// RFC 5321 section 4.1.1.1 expects the client's fully qualified domain
/// name (or an address literal). Postfix's smtpd_helo_restrictions reject
/// a malformed name (reject_invalid_helo_hostname, reply 501), a name
/// that is not fully qualified (reject_non_fqdn_helo_hostname, 504) and a
/// name with no DNS A or MX record (reject_unknown_helo_hostname, 450).
/// The reply code sets the retry advice (`temporary: None`), because
/// after a 4xx the sending server retries on its own and succeeds once
/// the name resolves.
pub static HELO_NAME_REJECTED: Entry = Entry {
    id: "wording/helo-name-rejected",
    reason: Reason::Blocked,
    what: "The receiving server rejected the name your sending server gave \
           when it opened the connection (the HELO or EHLO name).",
    why: "Receivers expect that name to be the sending server's fully \
          qualified host name, such as mail.example.com, and to exist in \
          DNS. A bare name (\"mail\", \"localhost\"), a private name under \
          .local, or a name with no DNS record is rejected. This is a \
          setting on the sending server, and no blocklist is involved.",
    steps: &[
        "Your mail administrator sets the sending server's HELO name to its \
         fully qualified host name (Postfix: smtp_helo_name; Exim: \
         helo_data; Exchange: the send connector's FQDN).",
        "They make sure that name resolves in DNS to the sending IP address, \
         and ideally that the IP's reverse DNS (PTR) record returns the same \
         name.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: "https://www.postfix.org/postconf.5.html#smtpd_helo_restrictions",
    checked: "2026-12-05",
};

/// SPF's temperror result: "a transient (generally DNS) error while
/// performing the check", after which "a later retry may succeed without
/// further DNS operator action" (RFC 7208, section 2.6.6). The lookup
/// that failed may be the receiver's own resolver or the sender domain's
/// name servers, so only a deferral that lasts points at the sender's DNS.
pub static SPF_TEMPERROR: Entry = Entry {
    id: "wording/spf-temperror",
    reason: Reason::SystemError,
    what: "The receiving server could not finish checking your domain's SPF \
           record because a DNS lookup failed for the moment, so it deferred \
           the message.",
    why: "SPF calls this a temporary error (temperror): the check did not \
          fail, it could not be completed. It usually passes at a later \
          attempt without anyone changing DNS.",
    steps: &[
        "Wait: the sending server retries, and the check usually passes once \
         the DNS lookup answers.",
        "If the deferrals go on for more than a day, whoever hosts your \
         domain's DNS checks that its name servers answer quickly for the \
         SPF (TXT) record, and for every domain it includes.",
    ],
    who: Actor::Wait,
    temporary: Some(true),
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc7208#section-2.6.6",
    checked: "2026-12-05",
};

/// The part of cPanel's Exim failure sentence that names a missing
/// account or domain: "The mail server could not deliver mail to X. The
/// account or domain may not exist, they may be blacklisted, or missing
/// the proper dns entries." It also comes as the whole text of a 550
/// reply, and the recipient-domain table lists it.
pub const CPANEL_SENTENCE: &str = "the account or domain may not exist";

/// cPanel's sentence with no reply after it that names the cause. The
/// sentence lists a missing account or domain, a blocklist listing and
/// missing DNS records as possible causes, so it does not say which one
/// applies. Zen Cart's troubleshooting page quotes it for mail that did
/// not arrive and lists checks for each of them. The reason stays
/// `hostunknown`, the reading of the most widely used bounce classifier
/// (Sisimai), so results still compare with it.
pub static CPANEL_UNSPECIFIED: Entry = Entry {
    id: "wording/cpanel-unspecified",
    reason: Reason::HostUnknown,
    what: "The message was not delivered, and the notice does not say why: \
           it lists a missing account or domain, a blocklist listing and \
           missing DNS records as possible causes.",
    why: "cPanel's mail server writes this one sentence for several \
          failures, and no other reply in the text names the cause.",
    steps: &[
        "Check the spelling of the address, and that its domain exists and \
         has mail (MX) records.",
        "If the address is right, check whether your sending server's IP \
         address is on a blocklist.",
        "If neither explains it, ask your mail administrator or host to find \
         the receiving server's reply in the mail server's log (on cPanel, \
         the Track Delivery page), which names the cause.",
    ],
    who: Actor::You,
    temporary: None,
    links: &[],
    source: "https://github.com/zencart/documentation/blob/8eb05b08f52589a329547e7c780e948447f50346/content/user/email/emails_not_received.md",
    checked: "2026-12-05",
};

/// A site's refusal of an attachment's file type, such as amavisd-new's
/// BANNED verdict. The file is refused for its type, not found infected.
pub static ATTACHMENT_BLOCKED: Entry = Entry {
    id: "wording/attachment-blocked",
    reason: Reason::PolicyViolation,
    what: "The receiving server refused the message because of an \
           attachment's file type, which its policy does not accept.",
    why: "Many sites and content filters, such as amavisd-new with its \
          BANNED verdict, refuse file types that often carry malware, such \
          as programs and scripts (.exe, .js), whatever the file contains.",
    steps: &[
        "Send the file another way: a link to a shared copy, or a format \
         the recipient's site accepts, such as a PDF.",
        "An archive (.zip) helps only where the site accepts archives, \
         because many filters look inside them.",
        "If you did not attach such a file, scan your computer: malware may \
         be sending mail from your account.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    // The amavis project's issue tracker, quoting a real reply
    // (`554 5.7.0 Reject, id=... - BANNED: ...`) for a banned attachment
    // and the `$smtp_reason_by_ccat{+CC_BANNED}` setting that words it.
    source: "https://gitlab.com/amavis/amavis/-/issues/102",
    checked: "2026-12-05",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_denied_wording_found() {
        let lower = "554 5.7.1 <bob@example.net>: recipient address rejected: access denied";
        assert_eq!(lookup(lower).map(|e| e.id), Some("wording/recipient-access-rule"));
        assert!(lookup("554 5.7.1 relay access denied").is_none());
    }
}
