//! Gmail, Microsoft, Yahoo and Apple replies.

use super::{check, Case};
use bounce_explainer::Reason;

const GMAIL: &str = "gmail-smtp-in.l.google.com";

#[test]
fn gmail_replies() {
    let cases = [
        Case {
            name: "dmarc",
            rcpt: "someone@gmail.com",
            host: GMAIL,
            reply: "550-5.7.26 Unauthenticated email from example.com is not accepted due\n    \
                    550-5.7.26 to domain's DMARC policy. Please contact the administrator of\n    \
                    550 5.7.26 example.com domain. https://support.google.com/mail/?p=DmarcRejection \
                    a1si123 - gsmtp",
            provider: Some("google"),
            code: None,
            reason: Reason::AuthFailure,
            entry: "google/dmarc",
        },
        Case {
            name: "unauthenticated",
            rcpt: "someone@gmail.com",
            host: GMAIL,
            reply: "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n    \
                    550 5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp",
            provider: Some("google"),
            code: None,
            reason: Reason::AuthFailure,
            entry: "google/unauthenticated",
        },
        Case {
            name: "ptr",
            rcpt: "someone@gmail.com",
            host: GMAIL,
            reply: "550-5.7.25 [192.0.2.202] The IP address sending this message does not have a\n    \
                    550 5.7.25 PTR record setup, or the corresponding forward DNS entry does not \
                    point to the sending IP. - gsmtp",
            provider: Some("google"),
            code: None,
            reason: Reason::RequirePtr,
            entry: "google/no-ptr",
        },
        Case {
            name: "unusual rate",
            rcpt: "someone@gmail.com",
            host: GMAIL,
            reply: "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating\n    \
                    421 4.7.28 from your IP address 192.0.2.10. - gsmtp",
            provider: Some("google"),
            code: None,
            reason: Reason::Blocked,
            entry: "google/unusual-rate",
        },
        Case {
            name: "unsolicited",
            rcpt: "someone@gmail.com",
            host: GMAIL,
            reply: "550-5.7.1 Our system has detected that this message is likely unsolicited\n    \
                    550 5.7.1 mail. https://support.google.com/mail/?p=UnsolicitedMessageError - gsmtp",
            provider: Some("google"),
            code: None,
            reason: Reason::SpamDetected,
            entry: "google/unsolicited",
        },
        Case {
            name: "bulk spf read provider-first",
            rcpt: "someone@example.com",
            host: "aspmx.l.google.com",
            reply: "550 5.7.27 This mail has been blocked because SPF did not pass. Gmail requires \
                    all bulk senders to authenticate with SPF. - gsmtp",
            provider: Some("google"),
            code: None,
            reason: Reason::AuthFailure,
            entry: "google/bulk-spf",
        },
        Case {
            name: "bulk tls",
            rcpt: "someone@gmail.com",
            host: GMAIL,
            reply: "421 4.7.29 Your email has been rate limited because this message wasn't sent over \
                    a TLS connection. - gsmtp",
            provider: Some("google"),
            code: None,
            reason: Reason::SecurityError,
            entry: "google/bulk-tls",
        },
        Case {
            name: "bulk dkim",
            rcpt: "someone@gmail.com",
            host: GMAIL,
            reply: "550 5.7.30 This mail has been blocked because DKIM does not pass. - gsmtp",
            provider: Some("google"),
            code: None,
            reason: Reason::AuthFailure,
            entry: "google/bulk-dkim",
        },
        Case {
            name: "disabled",
            rcpt: "someone@gmail.com",
            host: GMAIL,
            reply: "550-5.2.1 The email account that you tried to reach is disabled.\n    \
                    550 5.2.1 https://support.google.com/mail/?p=DisabledUser - gsmtp",
            provider: Some("google"),
            code: None,
            reason: Reason::Suspend,
            entry: "google/disabled",
        },
        Case {
            name: "over quota",
            rcpt: "someone@gmail.com",
            host: GMAIL,
            reply: "552-5.2.2 The recipient's inbox is out of storage space and inactive. - gsmtp",
            provider: Some("google"),
            code: None,
            reason: Reason::MailboxFull,
            entry: "google/over-quota",
        },
        Case {
            name: "receiving rate",
            rcpt: "someone@gmail.com",
            host: GMAIL,
            reply: "450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n    \
                    450 4.2.1 prevents additional messages from being delivered. - gsmtp",
            provider: Some("google"),
            code: None,
            reason: Reason::Speeding,
            entry: "google/receiving-rate",
        },
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn microsoft_replies() {
    let cases = [
        Case {
            name: "S3150",
            rcpt: "user@hotmail.com",
            host: "hotmail-com.olc.protection.outlook.com",
            reply: "550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent. Please \
                    contact your Internet service provider since part of their network is on our \
                    block list (S3150). [BN8NAM12FT066.eop-nam12.prod.protection.outlook.com]",
            provider: Some("microsoft"),
            code: Some("S3150"),
            reason: Reason::Blocked,
            entry: "microsoft/network-blocked",
        },
        Case {
            name: "banned sending IP",
            rcpt: "user@example.org",
            host: "example-org.mail.protection.outlook.com",
            reply:
                "550 5.7.606 Access denied, banned sending IP [203.0.113.40]. To request removal \
                    from this list please visit https://sender.office.com/ and follow the \
                    directions. (AS16012609)",
            provider: Some("microsoft"),
            code: None,
            reason: Reason::Blocked,
            entry: "microsoft/banned-ip",
        },
        Case {
            name: "throttled",
            rcpt: "user@outlook.com",
            host: "outlook-com.olc.protection.outlook.com",
            reply:
                "451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due \
                    to IP reputation. For e-mail delivery information, see \
                    https://postmaster.live.com (S775)",
            provider: Some("microsoft"),
            code: None,
            reason: Reason::BadReputation,
            entry: "microsoft/throttled",
        },
        Case {
            name: "5.1.10 read provider-first",
            rcpt: "user@example.org",
            host: "example-org.mail.protection.outlook.com",
            reply:
                "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address \
                    lookup",
            provider: Some("microsoft"),
            code: None,
            reason: Reason::UserUnknown,
            entry: "microsoft/recipient-not-found",
        },
        Case {
            name: "5.4.1 access denied",
            rcpt: "user@example.org",
            host: "example-org.mail.protection.outlook.com",
            reply: "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) \
                    [DM6NAM10FT012.eop-nam10.prod.protection.outlook.com]",
            provider: Some("microsoft"),
            code: None,
            reason: Reason::UserUnknown,
            entry: "microsoft/recipient-not-found",
        },
        Case {
            name: "tenant blocked",
            rcpt: "user@example.net",
            host: "mx.example.net",
            reply:
                "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this \
                    IP. [AM6PR04MB1234.eurprd04.prod.outlook.com]",
            provider: Some("microsoft"),
            code: None,
            reason: Reason::Blocked,
            entry: "microsoft/low-reputation-pool",
        },
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn yahoo_replies() {
    let cases = [
        Case {
            name: "TSS04",
            rcpt: "user@yahoo.com",
            host: "mta7.am0.yahoodns.net",
            reply: "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to \
                    unexpected volume or user complaints - 4.16.55.1; see \
                    https://postmaster.yahooinc.com/error-codes",
            provider: Some("yahoo"),
            code: Some("TSS04"),
            reason: Reason::BadReputation,
            entry: "yahoo/deferred",
        },
        Case {
            name: "TSS09",
            rcpt: "user@aol.com",
            host: "mx-aol.mail.gm0.yahoodns.net",
            reply: "553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred; \
                    Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes",
            provider: Some("yahoo"),
            code: Some("TSS09"),
            reason: Reason::Blocked,
            entry: "yahoo/permanently-deferred",
        },
        Case {
            name: "5.7.9 unauthenticated",
            rcpt: "user@yahoo.com",
            host: "mta6.am0.yahoodns.net",
            reply: "550 5.7.9 This mail has been blocked because the sender is unauthenticated. \
                    Yahoo requires all senders to authenticate with either SPF or DKIM.",
            provider: Some("yahoo"),
            code: None,
            reason: Reason::AuthFailure,
            entry: "yahoo/unauthenticated",
        },
        Case {
            name: "policy",
            rcpt: "user@verizon.net",
            host: "mx-aol.mail.gm0.yahoodns.net",
            reply: "554 5.7.9 Message not accepted for policy reasons. See \
                    https://postmaster.yahooinc.com/error-codes",
            provider: Some("yahoo"),
            code: None,
            reason: Reason::PolicyViolation,
            entry: "yahoo/policy",
        },
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn apple_replies() {
    let cases = [
        Case {
            name: "CS01",
            rcpt: "user@icloud.com",
            host: "mx01.mail.icloud.com",
            reply: "550 5.7.1 [CS01] Message rejected due to local policy. Please visit \
                    https://support.apple.com/en-us/HT204137",
            provider: Some("apple"),
            code: Some("CS01"),
            reason: Reason::PolicyViolation,
            entry: "apple/local-policy",
        },
        Case {
            name: "HM08",
            rcpt: "user@me.com",
            host: "mx02.mail.icloud.com",
            reply: "554 5.7.1 [HM08] Message rejected due to local policy. Please visit \
                    https://support.apple.com/en-us/HT204137",
            provider: Some("apple"),
            code: Some("HM08"),
            reason: Reason::Blocked,
            entry: "apple/reputation-policy",
        },
    ];
    for case in &cases {
        check(case);
    }
}
