//! What codes mean: static tables of explanations, apart from the code
//! that matches them. Every entry names the public page its facts come
//! from and the date that page was checked.
//!
//! Links are written here, never taken from a pasted bounce, because a
//! forged bounce can carry a phishing link. A link may hold `{ip}`, which
//! is replaced by the sender IP when one was found.

pub mod auto_replies;
pub mod blocklists;
pub mod class_decides;
pub mod comcast;
pub mod dynamic_ip;
pub mod feedback_types;
pub mod greylisting;
pub mod harvest_protection;
pub mod link_hosts;
pub mod localised;
pub mod lures;
pub mod mail_program;
pub mod mail_program_alerts;
pub mod mailbox_domains;
pub mod postmark_types;
pub mod providers;
pub mod public_suffixes;
pub mod queue_states;
pub mod reasons;
pub mod relay_host;
pub mod remote_relay;
pub mod reply_codes;
pub mod retry_statements;
pub mod review_holds;
pub mod sendgrid_drops;
pub mod sending_account;
pub mod service_events;
pub mod service_ips;
pub mod ses_feedback;
pub mod smtputf8;
pub mod status_codes;
pub mod tls_required;
pub mod wordings;

/// True when `entry` explains a listing of a domain (a blocklist of
/// domains, or a provider's code for one), which the sending IP plays no
/// part in.
pub fn is_domain_listing(entry: &Entry) -> bool {
    blocklists::is_domain_listing(entry) || providers::is_domain_listing(entry)
}

/// Returns true when the sending IP address plays no part in the cause
/// `entry` explains. These are a listed domain, a limit on one
/// recipient's incoming mail, and every cause the sender fixes alone: an
/// account's sending limit, the message's content or recipient count.
/// A cause tied to the sending server is left to its administrator.
pub fn ip_plays_no_part(entry: &Entry) -> bool {
    is_domain_listing(entry) || providers::is_recipient_limit(entry) || entry.who == Actor::You
}

use crate::reason::Reason;
use crate::report::Actor;

/// One explanation: what happened, why, what to do and who does it.
#[derive(Debug)]
pub struct Entry {
    /// Stable id, `<table>/<key>`, e.g. `comcast/BL000010`.
    pub id: &'static str,
    /// Sisimai reason this entry implies.
    pub reason: Reason,
    /// What happened, in one plain sentence.
    pub what: &'static str,
    /// Why it happened.
    pub why: &'static str,
    /// Steps to fix it, in order.
    pub steps: &'static [&'static str],
    /// Who must act.
    pub who: Actor,
    /// `Some(true)` when the failure is temporary whatever the reply
    /// class says, `Some(false)` when permanent; `None` follows the reply.
    pub temporary: Option<bool>,
    /// Removal, delisting or support pages.
    pub links: &'static [LinkRef],
    /// Public page the facts come from.
    pub source: &'static str,
    /// Date the source was last checked, `YYYY-MM-DD`.
    pub checked: &'static str,
}

impl Entry {
    /// Builds an entry with only its source and checked date set, for a
    /// table whose entries fill in the rest with `..BASE`.
    pub(crate) const fn sourced(source: &'static str, checked: &'static str) -> Entry {
        Entry {
            id: "",
            reason: Reason::Undefined,
            what: "",
            why: "",
            steps: &[],
            who: Actor::Admin,
            temporary: None,
            links: &[],
            source,
            checked,
        }
    }
}

/// A link in a knowledge table. `url` may contain `{ip}`.
#[derive(Debug)]
pub struct LinkRef {
    /// What the page is for.
    pub label: &'static str,
    /// The address, possibly with an `{ip}` placeholder.
    pub url: &'static str,
}

impl LinkRef {
    /// Fills `{ip}` with the sender IP. Without one, a link that needs it
    /// falls back to the page without the parameter.
    pub fn resolve(&self, ip: Option<&str>) -> String {
        if !self.url.contains("{ip}") {
            return self.url.to_string();
        }
        match ip {
            Some(ip) => self.url.replace("{ip}", ip),
            None => {
                let cut = self.url.find("{ip}").unwrap_or(self.url.len());
                let prefix = &self.url[..cut];
                // Drop the whole `?ip=` or `&ip=` parameter, or the path step.
                let prefix = match prefix.strip_suffix('=') {
                    Some(rest) => &rest[..rest.rfind(['?', '&']).unwrap_or(rest.len())],
                    None => prefix,
                };
                prefix.trim_end_matches('/').to_string()
            }
        }
    }
}

/// Fallback when nothing else matched.
pub static UNKNOWN: Entry = Entry {
    id: "generic/unknown",
    reason: Reason::Undefined,
    what: "The message was not delivered, and the bounce does not say why in \
           terms this tool recognises.",
    why: "The receiving server's reply carries no code or phrase with a \
          known meaning.",
    steps: &[
        "Read the receiver's reply under Technical details; it is the \
         receiver's own wording.",
        "Send the whole bounce to your mail administrator or provider, who \
         can look it up in the sending server's logs.",
    ],
    who: Actor::Admin,
    temporary: None,
    links: &[],
    source: "https://www.rfc-editor.org/rfc/rfc5321#section-4.2",
    checked: "2026-12-04",
};

/// Collects every entry of every table: Comcast, providers and
/// gateways, blocklists, reasons, status codes, reply codes,
/// auto-replies and the fallback. An entry shared by two tables appears
/// once. The widget checks a portal's explanation overrides against their ids.
pub fn all_entries() -> Vec<&'static Entry> {
    let mut entries: Vec<&'static Entry> = comcast::coded::ALL.to_vec();
    entries.extend(comcast::replies::PHRASES.iter().map(|p| p.entry));
    for provider in providers::PROVIDERS {
        entries.extend(provider.rules.iter().map(|rule| rule.entry));
    }
    entries.extend(providers::decoded_entries());
    for list in blocklists::BLOCKLISTS {
        entries.push(list.entry);
        entries.extend(list.parts.iter().map(|part| part.entry));
    }

    entries.extend(crate::reason::Reason::ALL.iter().map(|r| reasons::entry(*r)));
    entries.extend(status_codes::ALL.iter().copied());
    entries.extend(reply_codes::ALL.iter().copied());

    entries.push(&reasons::AUTH_FAILURE_REPORT);
    entries.extend(feedback_types::ENTRIES);
    entries.extend(ses_feedback::ENTRIES);
    entries.push(&greylisting::ENTRY);
    entries.push(&greylisting::GAVE_UP);
    entries.push(&harvest_protection::REFUSED);
    entries.extend(wordings::WORDINGS.iter().map(|(_, entry)| *entry));
    entries.push(&wordings::HELO_NAME_REJECTED);
    entries.push(&wordings::SPF_TEMPERROR);
    entries.push(&wordings::CPANEL_UNSPECIFIED);
    entries.push(&wordings::ATTACHMENT_BLOCKED);
    entries.push(&sending_account::SENDING_LIMIT);
    entries.push(&sending_account::FAILURE_LIMIT);
    entries.push(&sending_account::SENDER_SUSPENDED);
    entries.push(&sending_account::SPARKPOST_POLICY);
    entries.push(&sending_account::SENDGRID_DROPPED);
    entries.push(&sending_account::ACTIVITY_HOLD);
    entries.push(&blocklists::SERVER_NAME_LISTED);
    entries.extend(auto_replies::ENTRIES);
    entries.extend(postmark_types::ENTRIES);
    entries.extend(service_events::ENTRIES);
    entries.extend(sendgrid_drops::REASONS.iter().map(|(_, entry)| *entry));
    entries.push(&review_holds::HELD_FOR_REVIEW);
    entries.push(&queue_states::EXIM_RETRY_WAIT);
    entries.push(&queue_states::HELD_IN_QUEUE);
    entries.push(&tls_required::RECEIVER_REQUIRES);
    entries.push(&mail_program::STARTTLS_SETTING);
    entries.extend(mail_program_alerts::ENTRIES);
    entries.push(&tls_required::SENDER_POLICY);
    entries.push(&dynamic_ip::REFUSED);
    entries.push(&tls_required::RECEIVER_CERTIFICATE);
    entries.push(&tls_required::RECEIVER_VALIDATION);
    entries.push(&tls_required::RECEIVER_CERTIFICATE_INVALID);
    entries.push(&smtputf8::NOT_OFFERED);
    entries.push(&remote_relay::RELAY_AT_RECIPIENT);
    entries.push(&remote_relay::RELAY_AT_OWN_RELAY);
    entries.push(&remote_relay::AUTH_AT_RECIPIENT);
    entries.push(&remote_relay::AUTH_AT_OWN_RELAY);
    entries.push(&remote_relay::SIGN_IN_FAILED_AT_OWN_RELAY);
    entries.push(&remote_relay::ANONYMOUS_REJECTED_AT_RECIPIENT);
    entries.push(&UNKNOWN);

    entries.sort_by_key(|e| *e as *const Entry);
    entries.dedup_by_key(|e| *e as *const Entry);
    entries
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    // Tests elsewhere walk every entry through this path.
    pub(crate) use super::all_entries;

    #[test]
    fn link_ip_filled() {
        let link = LinkRef { label: "x", url: "https://check.example.org/?ip={ip}" };
        assert_eq!(link.resolve(Some("192.0.2.1")), "https://check.example.org/?ip=192.0.2.1");
        assert_eq!(link.resolve(None), "https://check.example.org");
    }

    /// Reads every `id: "<table>/<key>"` written under src/knowledge, so
    /// that an entry no table lists cannot escape the source and date
    /// check.
    fn entry_ids_in_source() -> Vec<String> {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src/knowledge");
        let mut dirs = vec![std::path::PathBuf::from(root)];
        let mut ids = Vec::new();
        while let Some(dir) = dirs.pop() {
            for item in std::fs::read_dir(&dir).expect("src/knowledge is readable") {
                let path = item.expect("directory entry is readable").path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("knowledge file is UTF-8");
                for line in text.lines() {
                    let Some(rest) = line.trim_start().strip_prefix("id: \"") else {
                        continue;
                    };
                    let id = &rest[..rest.find('"').unwrap_or(0)];
                    if id.contains('/') {
                        ids.push(id.to_string());
                    }
                }
            }
        }
        ids
    }

    #[test]
    fn every_entry_reachable_from_a_table() {
        let listed: Vec<&str> = all_entries().iter().map(|e| e.id).collect();
        let in_source = entry_ids_in_source();
        assert!(in_source.len() > 300, "found only {} entry ids", in_source.len());
        let missing: Vec<&String> =
            in_source.iter().filter(|id| !listed.contains(&id.as_str())).collect();
        assert!(missing.is_empty(), "entries in no table the tests walk: {missing:?}");
    }

    #[test]
    fn entry_ids_unique_across_tables() {
        let mut ids: Vec<&str> = all_entries().iter().map(|e| e.id).collect();
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count);
    }

    #[test]
    fn entry_dates_and_sources_valid() {
        for entry in all_entries() {
            let date: Vec<&str> = entry.checked.split('-').collect();
            assert_eq!(date.len(), 3, "{}: {}", entry.id, entry.checked);
            assert_eq!(date[0].len(), 4, "{}", entry.id);
            assert!(date.iter().all(|p| p.parse::<u16>().is_ok()), "{}", entry.id);
            assert!(entry.source.starts_with("https://"), "{}: {}", entry.id, entry.source);
            for link in entry.links {
                let scheme_ok =
                    ["https://", "mailto:", "tel:"].iter().any(|s| link.url.starts_with(s));
                assert!(scheme_ok, "{}: {}", entry.id, link.url);
                assert!(!link.label.is_empty(), "{}", entry.id);
            }
        }
    }

    /// The card's first sentence, and so a one-recipient summary, is the
    /// entry's `what`. The same entry explains a pasted 4xx reply, a delay
    /// notice and a returned message, so only the retry line may state
    /// whether the message is still queued. Left out: the sending server's
    /// own queue states, which mean that the message is queued.
    #[test]
    fn entry_causes_state_no_delivery_state() {
        let queue_states = [&queue_states::EXIM_RETRY_WAIT, &queue_states::HELD_IN_QUEUE];
        for entry in all_entries() {
            if queue_states.iter().any(|state| std::ptr::eq(*state, entry)) {
                continue;
            }
            let what = entry.what.to_ascii_lowercase();
            for claim in ["not lost", "is delayed", "still queued", "will be retried"] {
                assert!(!what.contains(claim), "{}: {}", entry.id, entry.what);
            }
        }
    }

    /// A rate or connection limit comes with a 4xx or a 5xx reply, and a
    /// 5xx reply refuses the message rather than defers it.
    #[test]
    fn rate_limit_causes_name_no_deferral() {
        use crate::reason::Reason;
        let limits = all_entries().into_iter().filter(|e| {
            matches!(e.reason, Reason::Speeding | Reason::TooManyConn) && e.temporary != Some(false)
        });
        for entry in limits {
            let what = entry.what.to_ascii_lowercase();
            for claim in ["deferred the message", "deferred this message", "message was deferred"] {
                assert!(!what.contains(claim), "{}: {}", entry.id, entry.what);
            }
        }
    }
}

/// A knowledge entry chosen for one failure, with what picked it.
#[derive(Debug, Clone)]
pub struct Match {
    /// Provider or gateway id when a provider table matched.
    pub provider: Option<&'static str>,
    /// The provider's own code found in the text, e.g. `BL000010`.
    pub code: Option<String>,
    /// The explanation.
    pub entry: &'static Entry,
    /// Blocklist ids the match implies (Comcast's BL flags name them).
    pub blocklists: Vec<&'static str>,
}

impl Match {
    /// A match on an entry alone, with no provider or code.
    pub fn entry(entry: &'static Entry) -> Self {
        Match { provider: None, code: None, entry, blocklists: Vec::new() }
    }
}
