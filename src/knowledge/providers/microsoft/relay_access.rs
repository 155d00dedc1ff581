//! Exchange Online's "Relay Access Denied" refusals. Microsoft names an
//! administrator's settings as their cause, not the mail program's
//! sign-in. 5.7.64 TenantAttribution comes when the inbound connector for
//! an organisation's on-premises server no longer matches that server.
//! 5.4.1 comes when Exchange Online does not accept mail for the
//! recipient's domain. Each code must come with its sentence, because
//! 5.7.64 is Microsoft's own and 5.4.1 means "no answer from host" in the
//! IANA registry.

use super::super::text::{flatten, status_codes};
use super::EXO_SOURCE;
use crate::knowledge::{Entry, Match};
use crate::reason::Reason;
use crate::report::Actor;

const TENANT_ATTRIBUTION_SOURCE: &str =
    "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/relay-access-denied-smtp";
const OWN_CONNECTOR_SOURCE: &str = "https://support.microsoft.com/kb/2827473";

/// Returns the entry for a 5.7.64 or 5.4.1 reply that contains "Relay
/// Access Denied" (5.7.64 may contain "TenantAttribution" alone).
pub(super) fn lookup(text: &str) -> Option<Match> {
    let statuses = status_codes(text);
    let flat = flatten(&text.to_ascii_lowercase());
    let relay_denied = flat.contains("relay access denied");
    let (code, entry) =
        if statuses.contains(&"5.7.64") && (relay_denied || flat.contains("tenantattribution")) {
            ("5.7.64", &TENANT_ATTRIBUTION)
        } else if statuses.contains(&"5.4.1") && relay_denied {
            ("5.4.1", &RELAY_DENIED)
        } else {
            return None;
        };
    Some(Match {
        provider: Some("microsoft"),
        code: Some(code.to_string()),
        entry,
        blocklists: Vec::new(),
    })
}

/// Returns the entry for a 5.4.1 relay refusal (`entry`) that `host`
/// gave as the sender's own Microsoft 365 host, or `None`. A host that is
/// also the recipient domain's stays with the recipient's side.
pub(crate) fn at_sender_tenant(
    entry: &Entry,
    host: &str,
    sender_domain: Option<&str>,
    recipient_domain: Option<&str>,
) -> Option<&'static Entry> {
    if !std::ptr::eq(entry, &RELAY_DENIED) {
        return None;
    }
    let is_tenant_of = |domain: Option<&str>| domain.is_some_and(|d| is_tenant_host(host, d));
    (is_tenant_of(sender_domain) && !is_tenant_of(recipient_domain))
        .then_some(&RELAY_DENIED_OWN_CONNECTOR)
}

/// True when `host` is the Microsoft 365 MX host of `domain`, which
/// Microsoft names `<domain>.mail.protection.outlook.com` with the dots
/// of the domain written as hyphens (`contoso-com` in KB 2827473).
// NOTE: hosts with another form, such as a suffix after the domain's
// name, are not matched, so their refusal stays with the recipient's side,
// whose steps still name the sender's connector.
fn is_tenant_host(host: &str, domain: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let Some(label) = host.strip_suffix(".mail.protection.outlook.com") else {
        return false;
    };
    label == domain.trim_end_matches('.').to_ascii_lowercase().replace('.', "-")
}

/// 5.7.64: Microsoft 365 attributes relayed mail to an organisation by an
/// inbound connector that identifies the on-premises server by its
/// certificate or IP address. When neither matches any more, the relay is
/// refused. "ATTR36" is the Hybrid Configuration Wizard's variant, for a
/// certificate whose name is not an accepted domain of the tenant
/// (Microsoft KB 4019940). Microsoft's page states that only an email
/// admin of the organisation can fix it.
pub(super) static TENANT_ATTRIBUTION: Entry = Entry {
    id: "microsoft/tenant-attribution",
    reason: Reason::NoRelaying,
    what: "Microsoft 365 refused to relay the message from your organisation's \
           own mail server, because it could not match that server to your \
           organisation.",
    why: "Your organisation sends its outgoing mail from an on-premises server \
          through Microsoft 365. The inbound connector that identifies that \
          server by its certificate or IP address no longer matches it, often \
          after a certificate was renewed or the server's public IP address \
          changed. Your mail program's settings are not the cause.",
    steps: &[
        "Send the bounce to your Microsoft 365 administrator; only they can fix this.",
        "They compare the inbound connector from your organisation's email \
         server (Exchange admin center, Mail flow, Connectors) with the \
         on-premises server: the certificate name it expects must match the \
         certificate the server presents, and its IP addresses must include \
         the server's current public IP address.",
        "In a hybrid deployment they run the Hybrid Configuration Wizard again \
         and select the current certificate. For \"ATTR36\", the certificate's \
         name must be an accepted domain of the Microsoft 365 organisation.",
        "Send the message again once the connector matches; the change can \
         take some time to apply.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: TENANT_ATTRIBUTION_SOURCE,
    checked: "2026-12-06",
};

const OWN_CONNECTOR_STEP: &str =
    "If your own organisation sends its outgoing mail through Microsoft 365 \
     from an on-premises Exchange server, send the bounce to your mail \
     administrator instead: that server's Send connector must route through your \
     domain's own Microsoft 365 host, and Microsoft 365 needs an inbound \
     connector for that server.";

/// 5.4.1 "Relay Access Denied": Microsoft's NDR table gives the cause, a
/// server that does not accept mail for the recipient's domain, because of a mail
/// server or DNS misconfiguration. Its fix page tells the recipient
/// domain's admin to check the MX record and that the domain is an active,
/// accepted domain of the tenant.
pub(super) static RELAY_DENIED: Entry = Entry {
    id: "microsoft/relay-denied",
    reason: Reason::NoRelaying,
    what: "Microsoft 365 refused the message as relaying: it does not accept \
           mail for the recipient's domain.",
    why: "The recipient's domain sends its mail (its MX record) to Microsoft \
          365, but no Microsoft 365 organisation has it as an accepted domain, \
          often after the domain was removed from its organisation or before \
          it is fully set up. This is not about your mail program's sign-in.",
    steps: &[
        "Tell the recipient by another way (phone, or another address) that \
         Microsoft 365 refuses mail for their domain, and pass on the bounce.",
        "Their mail administrator checks that the domain is listed as active \
         in the Microsoft 365 admin center and as an accepted domain \
         (Authoritative or Internal relay) in the Exchange admin center, and \
         that the domain has one MX record, pointing at its Microsoft 365 \
         host (<domain>.mail.protection.outlook.com).",
        "After a change to the domain's DNS records, allow up to 72 hours \
         before sending again.",
        OWN_CONNECTOR_STEP,
    ],
    who: Actor::Recipient,
    temporary: Some(false),
    links: &[],
    source: EXO_SOURCE,
    checked: "2026-12-06",
};

/// 5.4.1 "Relay Access Denied" from the sender's own tenant host
/// (`<domain>.mail.protection.outlook.com`): Microsoft KB 2827473 gives
/// this NDR when an on-premises Exchange organisation sends through
/// Exchange Online Protection. Its Send connector does not route to that
/// host, or the inbound connector is missing, wrong or turned off.
pub(super) static RELAY_DENIED_OWN_CONNECTOR: Entry = Entry {
    id: "microsoft/relay-denied-own-connector",
    reason: Reason::NoRelaying,
    what: "Microsoft 365 refused to relay the message from your organisation's \
           own mail server to the recipient.",
    why: "Your organisation's on-premises server passes outgoing mail to \
          Microsoft 365, which did not recognise it: the server's Send \
          connector or the inbound connector in Microsoft 365 is missing or set \
          up wrongly. Your mail program's settings are not the cause.",
    steps: &[
        "Send the bounce to your mail administrator.",
        "They check that the on-premises Send connector for internet mail \
         routes through the smart host of your domain in Microsoft 365 \
         (<your-domain>.mail.protection.outlook.com).",
        "They check that Microsoft 365 has an inbound connector from your \
         organisation's email server, turned on, that identifies the server \
         by its certificate or IP address.",
        "Send the message again once that is done.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[],
    source: OWN_CONNECTOR_SOURCE,
    checked: "2026-12-06",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_needs_its_sentence() {
        assert!(lookup("550 5.4.1 Recipient address rejected: Access denied").is_none());
        assert!(lookup("550 5.7.64 Access denied").is_none());
        assert!(lookup("554 5.7.1 <bob@example.net>: Relay access denied").is_none());
    }

    #[test]
    fn codes_pick_their_entries() {
        let found = lookup("550 5.7.64 TenantAttribution; Relay Access Denied").unwrap();
        assert_eq!(found.entry.id, "microsoft/tenant-attribution");
        let found = lookup("#550 5.4.1 Relay Access Denied ##").unwrap();
        assert_eq!(found.entry.id, "microsoft/relay-denied");
        assert_eq!(found.code.as_deref(), Some("5.4.1"));
    }
}
