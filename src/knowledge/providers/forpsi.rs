//! Forpsi (forpsi.com, with konto.pl and forpsi.pl in Poland), a Czech web
//! host. Its shared outgoing server smtp.forpsi.com stops a customer's
//! account, domain or IP address for a while when their mail looks like an
//! abused account, and replies "550 5.1.0 ... policy violation" with a
//! link to the support article for the check that tripped.
//!
//! Sources: Forpsi's article on the domain block
//! (<https://support.forpsi.com/kb/a4656/error-policy-violation-emails-from-domain-to-addresses-similar-to-recipients-of-spams.aspx>),
//! and the Polish articles on the account block for mail to qq.com and
//! yahoo.com (<http://support.konto.pl/kb/a2813/blad-policy-violation-spam-do-qq_com-yahoo_com.aspx>)
//! and the IP block for mail to invalid recipients
//! (<https://support.forpsi.pl/kb/a2873/blad-policy-violation-nieprawidlowe-adresy-odbiorcow-z-adresu-ip.aspx>).

use super::{Provider, Rule};
use crate::knowledge::{Entry, LinkRef};
use crate::reason::Reason;
use crate::report::Actor;

const SMTP_CHECKS: LinkRef = LinkRef {
    label: "Forpsi: checks and errors of smtp.forpsi.com",
    url: "https://support.forpsi.com/kb/a3147/konfigurace-smtp-serveru.aspx",
};

#[rustfmt::skip]
pub static PROVIDER: Provider = Provider {
    id: "forpsi",
    name: "Forpsi",
    hosts: &["forpsi.com", "forpsi.pl", "konto.pl"],
    mail_domains: &[],
    tokens: &[],
    rules: &[
        // The Polish article quotes the reply with "Naruszenie zasad".
        Rule { code: "", status: &["5.1.0"], phrases: &["policy violation", "naruszenie zasad"], entry: &OUTGOING_BLOCK },
    ],
    codes: None,
};

/// The articles give 60 minutes for an account or IP block and up to 24
/// hours for a domain block, and state that POP3, IMAP and webmail keep
/// working. PolicyViolation is Sisimai's reason for a refusal by policy.
static OUTGOING_BLOCK: Entry = Entry {
    id: "forpsi/outgoing-block",
    reason: Reason::PolicyViolation,
    what: "Forpsi's outgoing server (smtp.forpsi.com) has stopped sending \
           for your account, your domain or your IP address for a while, so \
           this message was not sent. No recipient address is at fault.",
    why: "Forpsi blocks sending when the mail that goes out looks like an \
          abused account: many messages to qq.com or yahoo.com addresses, \
          many to invalid recipients, or many to addresses that spam is sent \
          to. The support article linked in the reply names which check \
          tripped. Reading mail over POP3, IMAP and webmail still works.",
    steps: &[
        "Open the support.forpsi.com article the reply links to see which \
         check stopped your sending.",
        "Check the account for a stolen password or a program sending \
         spam, and change the password if in doubt.",
        "Wait for the block to lift (60 minutes for an account or an IP \
         address, up to 24 hours for a domain), or ask Forpsi's support \
         with an authorised ticket to lift it sooner, then send the message \
         again.",
    ],
    who: Actor::You,
    temporary: Some(true),
    links: &[SMTP_CHECKS],
    source: "https://support.forpsi.com/kb/a4656/error-policy-violation-emails-from-domain-to-addresses-similar-to-recipients-of-spams.aspx",
    checked: "2026-12-06",
};
