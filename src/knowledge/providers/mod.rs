//! Receiving providers and gateways: how to recognise them, and their own
//! codes and phrases.
//!
//! A provider is recognised from the receiving host (the DSN's Remote-MTA
//! or "host x said"), from host names and fixed tokens in its reply, and
//! last from the domain of an address in the reply. A rule of that
//! provider then picks the explanation. Rules are tried only for the
//! providers recognised, so a bare `5.7.26` or a forged provider name in a
//! sentence does not pull in a provider's removal links.
//!
//! NOTE: two signs are judgement calls. An address domain (`@gmail.com`)
//! names the provider only when the text names no receiving host, and a
//! code family (Comcast's `BL000010`, Orange's `OFR006_102`, Cox's
//! `AUP#CXBL`) names its provider even without a host name, so a forged
//! reply carrying such a code gets that provider's (genuine) links.
//!
//! Some enhanced status codes mean something else at a provider than in
//! the IANA registry: Microsoft's 5.1.10, Yahoo's 5.7.9, Gmail's 5.7.27,
//! 5.7.29 and 5.7.30. Provider rules run before the registry fallback, so
//! the provider's reading wins.

mod apple;
mod att;
mod barracuda;
mod cisco;
#[cfg(test)]
mod cited_codes;
mod cox;
mod esp;
mod esp_submission;
mod forpsi;
mod free;
mod gmx;
mod godaddy;
mod google;
mod japan;
mod mcafee;
mod messagelabs;
mod microsoft;
mod mimecast;
mod netease;
mod orange;
mod proofpoint;
mod russia;
mod sophos;
mod spectrum;
mod tencent;
pub mod text;
mod tonline;
mod trendmicro;
mod yahoo;
mod zoho;

pub use esp_submission::SPARKPOST_UNCONFIGURED_DOMAIN;

use super::{comcast, Entry, Match};
pub(crate) use barracuda::CLOUD_REFUSAL as BARRACUDA_CLOUD_REFUSAL;
pub(crate) use microsoft::at_sender_tenant;
use text::{flatten, has_word, host_is_under, host_names, status_codes, status_matches};

/// A receiving provider or gateway.
#[derive(Debug)]
pub struct Provider {
    /// Lowercase id, e.g. `comcast`.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Host name suffixes of its mail servers and web pages, matched on
    /// label boundaries.
    pub hosts: &'static [&'static str],
    /// Domains of the mailboxes it hosts. An address in one of them is a
    /// weaker sign than a host name, so it is tried last.
    pub mail_domains: &'static [&'static str],
    /// Lowercase whole-word tokens that only its replies carry.
    pub tokens: &'static [&'static str],
    /// Its rules, tried in order.
    pub rules: &'static [Rule],
    /// A decoder for a family of codes that name the provider by
    /// themselves (Comcast's `BL000010`), tried even when nothing else
    /// recognised the provider.
    pub codes: Option<fn(&str, Option<&str>) -> Option<Match>>,
}

/// One provider rule: the codes and phrases that select an explanation.
#[derive(Debug)]
pub struct Rule {
    /// The provider's code to report, e.g. `TSS04`. Empty reports the
    /// enhanced status code that matched.
    pub code: &'static str,
    /// Enhanced status codes, one of which must appear in the reply;
    /// `5.7.606-649` is a range of details. Empty means any.
    pub status: &'static [&'static str],
    /// Lowercase fragments, one of which must appear. Empty means any.
    pub phrases: &'static [&'static str],
    /// The explanation.
    pub entry: &'static Entry,
}

/// Lists the entries that providers' code decoders pick, which no rule
/// lists.
pub(crate) fn decoded_entries() -> impl Iterator<Item = &'static Entry> {
    [orange::ENTRIES, spectrum::ENTRIES, cox::ENTRIES, microsoft::ENTRIES, &sophos::ENTRIES]
        .into_iter()
        .flatten()
        .copied()
}

/// Every known provider and gateway. Mailbox providers come before the
/// gateways, so a reply that names both is read as the mailbox provider's
/// when one of its rules matches.
pub static PROVIDERS: &[&Provider] = &[
    &COMCAST,
    &google::PROVIDER,
    &microsoft::PROVIDER,
    &yahoo::PROVIDER,
    &apple::PROVIDER,
    &orange::ORANGE,
    &orange::LAPOSTE,
    &free::PROVIDER,
    &forpsi::PROVIDER,
    &cox::PROVIDER,
    &att::PROVIDER,
    &spectrum::PROVIDER,
    &gmx::PROVIDER,
    &tonline::PROVIDER,
    &russia::MAILRU,
    &russia::YANDEX,
    &tencent::PROVIDER,
    &netease::PROVIDER,
    &zoho::PROVIDER,
    &godaddy::PROVIDER,
    &japan::DOCOMO,
    &japan::KDDI,
    &japan::SOFTBANK,
    &proofpoint::PROVIDER,
    &mimecast::PROVIDER,
    &cisco::PROVIDER,
    &sophos::PROVIDER,
    &messagelabs::PROVIDER,
    &trendmicro::PROVIDER,
    &esp::AMAZON,
    &esp::SENDGRID,
    &esp::MAILGUN,
    &esp::POSTMARK,
    &esp::SPARKPOST,
    &mcafee::PROVIDER,
    &barracuda::PROVIDER,
];

static COMCAST: Provider = Provider {
    id: "comcast",
    name: "Comcast (Xfinity)",
    hosts: &["comcast.net"],
    mail_domains: &["comcast.net"],
    tokens: &[],
    rules: &[],
    codes: Some(comcast::lookup),
};

/// Identifies the provider from the remote host or the reply text
/// (lowercase).
pub fn identify(remote_host: Option<&str>, lower: &str) -> Option<&'static Provider> {
    candidates(remote_host, lower).into_iter().next()
}

/// Finds a provider-specific explanation for the reply text.
/// `remote_host` is the receiving host when the bounce names it.
pub fn lookup(text: &str, lower: &str, remote_host: Option<&str>) -> Option<Match> {
    let recognised = candidates(remote_host, lower);
    for provider in &recognised {
        if let Some(found) = run(provider, text, lower, remote_host) {
            return Some(found);
        }
    }
    // A code family is evidence by itself, even without a host name.
    PROVIDERS
        .iter()
        .filter(|p| !recognised.iter().any(|r| r.id == p.id))
        .find_map(|p| decode(p, text, remote_host))
}

/// True when a provider's code decoder recognises `text`: a code family
/// such as Cox's `AUP#CXBL` or Telekom's `IP=<ip> - ... (BL)` names the
/// provider and the failed check, even in a reply with no other words.
pub fn has_provider_code(text: &str) -> bool {
    PROVIDERS.iter().any(|p| decode(p, text, None).is_some())
}

/// Providers the text points at, strongest sign first: the remote host,
/// then host names and tokens in the text, then address domains. An
/// address domain counts only when no receiving host is named at all,
/// because `host mx.example.com said: 550 <a@gmail.com> unknown` comes
/// from mx.example.com, not from Google.
fn candidates(remote_host: Option<&str>, lower: &str) -> Vec<&'static Provider> {
    // Remote-MTA values can carry more than the name, as in
    // "lsean.ezweb.ne.jp. (192.0.2.8, the server for the domain ...)".
    let remote =
        remote_host.and_then(|h| h.split_whitespace().next()).unwrap_or("").to_ascii_lowercase();
    // A blocklist's zone (`cidr.bl.mcafee.com`) names the list the receiver
    // queried, not the receiver, even where the list's operator also runs
    // a mail filter. So the lists' names are blanked before reading.
    let lists_blanked = super::blocklists::blank_list_names(lower);
    let lower = lists_blanked.as_str();
    let (servers, mail_domains) = host_names(lower);
    let mut found: Vec<&'static Provider> = Vec::new();
    let mut add = |p: &'static Provider| {
        if !found.iter().any(|f| f.id == p.id) {
            found.push(p);
        }
    };
    for &p in PROVIDERS {
        if p.hosts.iter().any(|h| host_is_under(&remote, h)) {
            add(p);
        }
    }
    for &p in PROVIDERS {
        let by_host = servers.iter().any(|s| p.hosts.iter().any(|h| host_is_under(s, h)));
        if by_host || p.tokens.iter().any(|t| has_word(lower, t)) {
            add(p);
        }
    }
    let receiver_named = !remote.is_empty() || !servers.is_empty();
    for &p in PROVIDERS.iter().filter(|_| !receiver_named) {
        if mail_domains.iter().any(|d| p.mail_domains.iter().any(|m| host_is_under(d, m))) {
            add(p);
        }
    }
    found
}

fn run(
    provider: &'static Provider,
    text: &str,
    lower: &str,
    remote_host: Option<&str>,
) -> Option<Match> {
    if let Some(found) = decode(provider, text, remote_host) {
        return Some(found);
    }
    let statuses = status_codes(text);
    let flat = flatten(lower);
    provider.rules.iter().find_map(|rule| {
        let status = if rule.status.is_empty() {
            None
        } else {
            let hit = statuses.iter().find(|s| rule.status.iter().any(|p| status_matches(p, s)));
            Some(*hit?)
        };
        if !rule.phrases.is_empty() && !rule.phrases.iter().any(|p| flat.contains(p)) {
            return None;
        }
        let code = match (rule.code, status) {
            ("", Some(status)) => Some(status.to_string()),
            ("", None) => None,
            (code, _) => Some(code.to_string()),
        };
        Some(Match { provider: Some(provider.id), code, entry: rule.entry, blocklists: Vec::new() })
    })
}

fn decode(provider: &'static Provider, text: &str, remote_host: Option<&str>) -> Option<Match> {
    let mut found = (provider.codes?)(text, remote_host)?;
    found.provider = found.provider.or(Some(provider.id));
    Some(found)
}

/// Returns a provider's entry for an unassigned status code, for a reply
/// in which only the code's class decided the reason. Only Microsoft's
/// 5.7.700 to 5.7.750, its blocks on a sending organisation, are read so
/// far.
pub fn lookup_code_alone(status: &str) -> Option<Match> {
    microsoft::lookup_code_alone(status)
}

/// Providers' entries for a listing of a domain in the message rather
/// than of the sending IP, such as Cox's `URLBL` codes and Sophos's
/// sender domain check.
static DOMAIN_LISTINGS: &[&Entry] = &[&cox::URL_LISTED, &sophos::DOMAIN_BLOCKLIST];

/// True when `entry` is a provider's explanation of a domain listing.
pub fn is_domain_listing(entry: &Entry) -> bool {
    DOMAIN_LISTINGS.iter().any(|listed| std::ptr::eq(*listed, entry))
}

/// Providers' entries for a listing of the sending IP on the receiver's
/// own block list, whose card states how the IP's owner requests its
/// removal. Such a list refuses a sending service's address as a public
/// IP blocklist does.
///
/// NOTE: only Microsoft's lists are here so far.
static OWN_IP_LISTS: &[&Entry] = microsoft::OWN_IP_LISTS;

/// True when `entry` is a provider's explanation of a listing of the
/// sending IP on its own block list.
pub fn is_own_ip_list(entry: &Entry) -> bool {
    OWN_IP_LISTS.iter().any(|listed| std::ptr::eq(*listed, entry))
}

/// Providers' entries for a limit on what one recipient receives, which
/// holds for mail from any sending IP.
static RECIPIENT_LIMITS: &[&Entry] = &[
    &google::RECEIVING_RATE,
    &apple::EXCESSIVE_VOLUME,
    &yahoo::RECEIVING_FAST,
    &russia::YANDEX_RATE,
    &microsoft::SENDER_HOURLY_LIMIT,
    &microsoft::RECIPIENT_HOURLY_LIMIT,
    &sophos::RECIPIENT_RATE,
];

/// True when `entry` is a provider's explanation of a limit on the
/// recipient's incoming mail.
pub fn is_recipient_limit(entry: &Entry) -> bool {
    RECIPIENT_LIMITS.iter().any(|limit| std::ptr::eq(*limit, entry))
}

/// Filtering services and the providers whose inbound mail they filter.
/// Proofpoint filters iCloud Mail, as Suped's guide "Why are my emails
/// being blocked by Apple Mail and Proofpoint?" states (suped.com, read
/// 2026-12-06).
// NOTE: this rests on a deliverability vendor's guide, not on Apple's
// documentation.
const FILTERED_FOR: &[(&str, &[&str])] = &[("proofpoint", &["apple"])];

/// True when `host` (lowercase) is one of `provider`'s servers, or one of
/// a provider's whose inbound mail `provider` filters, so that its reply
/// from that host is genuine.
pub fn handles_mail_at(provider: &Provider, host: &str) -> bool {
    let filtered = FILTERED_FOR
        .iter()
        .filter(|(filter, _)| *filter == provider.id)
        .flat_map(|(_, clients)| clients.iter().filter_map(|id| by_id(id)));
    std::iter::once(provider)
        .chain(filtered)
        .any(|p| p.hosts.iter().any(|h| text::host_is_under(host, h)))
}

/// Returns the provider whose public mailbox domains include `domain`
/// (lowercase) or a domain above it, such as Google for `gmail.com`. An
/// organisation's own domain whose mail such a provider hosts is in no
/// table, so it gives `None`.
pub fn mailbox_provider(domain: &str) -> Option<&'static Provider> {
    PROVIDERS.iter().copied().find(|p| p.mail_domains.iter().any(|m| host_is_under(domain, m)))
}

/// Returns the provider with this id.
pub fn by_id(id: &str) -> Option<&'static Provider> {
    PROVIDERS.iter().copied().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_name_does_not_identify() {
        let lower = "550 rejected. comcast says you are a spammer, see http://phish.example.com/";
        assert!(identify(None, lower).is_none());
        assert!(lookup(lower, lower, None).is_none());
    }

    #[test]
    fn remote_host_beats_text() {
        let lower = "550 5.1.1 <a@example.com> unknown, see mx.comcast.net";
        let found = identify(Some("gmail-smtp-in.l.google.com"), lower).unwrap();
        assert_eq!(found.id, "google");
        let annotated = "lsean.ezweb.ne.jp. (192.0.2.8, the server for the domain ezweb.ne.jp.)";
        assert_eq!(identify(Some(annotated), "550 user unknown").map(|p| p.id), Some("kddi"));
    }

    #[test]
    fn address_domain_yields_to_named_host() {
        let lower = "550 5.1.1 <someone@gmail.com>: recipient address rejected";
        assert_eq!(identify(None, lower).map(|p| p.id), Some("google"));
        assert!(identify(Some("mx.example.com"), lower).is_none());
        let with_host = format!("host mx.example.com[192.0.2.1] said: {lower}");
        assert!(identify(None, &with_host).is_none());
    }

    #[test]
    fn lookalike_host_ignored() {
        let lower = "550 5.7.26 rejected by mx.notgoogle.com";
        assert!(identify(Some("mx.google.com.example.net"), lower).is_none());
    }

    #[test]
    fn provider_ids_unique() {
        for (i, p) in PROVIDERS.iter().enumerate() {
            assert!(PROVIDERS[i + 1..].iter().all(|q| q.id != p.id), "{}", p.id);
            assert_eq!(by_id(p.id).map(|q| q.id), Some(p.id));
        }
    }
}
