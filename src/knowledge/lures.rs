//! Words of phishing mail dressed up as a bounce. Such mail claims that
//! messages failed or are held, then asks the reader to sign in, confirm
//! a password or "release" messages through a link, which leads to a
//! page that collects the password. A real bounce only reports what
//! failed: the mail system that writes it has nothing to ask of its
//! reader, least of all a password.
//!
//! Sources: university and security advisories that quote such mail,
//! e.g. the University of Michigan's alert "You have 21 pending
//! undelivered emails in your mail box" (checked 2026-12-06):
//! <https://safecomputing.umich.edu/phishing-alerts/you-have-21-pending-undelivered-emails-your-mail-box-2019-04-04-000000>

/// Public page the lure wordings are taken from.
pub const SOURCE: &str = "https://safecomputing.umich.edu/phishing-alerts/you-have-21-pending-undelivered-emails-your-mail-box-2019-04-04-000000";

/// Lowercase fragments that ask the reader for a password or a sign-in.
pub const CREDENTIAL_ASKS: &[&str] = &[
    "confirm your password",
    "verify your password",
    "enter your password",
    "re-enter your password",
    "update your password",
    "sign in below",
    "log in below",
    "login below",
    "sign in to release",
    "log in to release",
    "login to release",
    "must be verified",
    "verify your mailbox",
    "verify your email account",
    "validate your account",
    "validate your mailbox",
    "confirm your account",
    "failure to verify",
];

/// Lowercase fragments that offer to release, restore or deliver held or
/// pending messages from a link.
pub const RELEASE_ASKS: &[&str] = &[
    "release messages",
    "release your messages",
    "release pending messages",
    "pending incoming messages",
    "pending messages to inbox",
    "recover your messages",
    "retrieve your messages",
    "restore your messages",
    "resend messages",
    "resend the failed messages",
    "awaiting approval from you",
];
