//! Comcast (Xfinity) inbound mail: every code and reply on its SMTP error
//! code page.
//!
//! Real replies carry the code as a URL fragment
//! (`smtp-error-codes.php#BL000010`, or the older
//! `help.comcast.net/content/faq/BL000001`) or as a bare token between the
//! receiving host names and the sender's IP
//! (`resimta-ch2-01v.sys.comcast.net resimta-ch2-01v.sys.comcast.net
//! 203.0.113.5 BL000010 ...`). In `BL000abc` the three last digits are
//! flags: `a` Validity (Return Path) RPBL, `b` Cloudmark CSI, `c` Spamhaus
//! ZEN; all zero is Comcast's own list.
//!
//! Replies without a code ("Too many sessions opened", "Not our
//! Customer", ...) are matched by wording, but only when the reply comes
//! from a `comcast.net` host or names Comcast outside an email address.
//!
//! Source: <https://postmaster.comcast.net/smtp-error-codes.php>.

pub mod coded;
pub mod listed;
pub mod replies;

use std::sync::LazyLock;

use regex_lite::Regex;

use super::{LinkRef, Match};
use crate::smtp;

/// Date these tables were checked against a copy of Comcast's page.
const CHECKED: &str = "2026-12-04";

static CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(ES0000(?:01|10)|BL000[01]{3}|DM000001|RL0000[0-9]{2})\b")
        .expect("Comcast code pattern is valid")
});

/// Comcast's block removal request form, which requires the blocked IP.
pub const REMOVAL_FORM: LinkRef = LinkRef {
    label: "Comcast block removal request (quote the blocked IP)",
    url: "https://postmaster.comcast.net/block-removal-request.html",
};

/// Comcast Customer Security Assurance, the phone number the page gives.
pub const COMCAST_PHONE: LinkRef = LinkRef {
    label: "Comcast Customer Security Assurance: 1-888-565-4329",
    url: "tel:+18885654329",
};

/// Finds a Comcast code or reply in the receiver's text and returns its
/// explanation. `remote_host` is the receiving host when the bounce names
/// it (Remote-MTA, or the host that "said" the reply).
pub fn lookup(text: &str, remote_host: Option<&str>) -> Option<Match> {
    if let Some(found) = lookup_code(text) {
        return Some(found);
    }
    if !is_comcast(text, remote_host) {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    let reply = smtp::find_codes(text).reply;
    let phrase = replies::PHRASES.iter().find(|p| {
        p.fragments.iter().any(|f| lower.contains(f))
            && p.reply.is_none_or(|r| reply.as_deref() == Some(r))
    })?;
    Some(Match {
        provider: Some("comcast"),
        code: None,
        entry: phrase.entry,
        blocklists: Vec::new(),
    })
}

/// Finds a Comcast code anywhere in `text`. The codes are specific enough
/// to identify Comcast on their own.
fn lookup_code(text: &str) -> Option<Match> {
    let code = CODE.captures(text)?.get(1)?.as_str();
    let entry = coded::entry(code)?;
    Some(Match {
        provider: Some("comcast"),
        code: Some(code.to_string()),
        entry,
        blocklists: bl_flags(code),
    })
}

/// True when the reply comes from Comcast: the receiving host is a
/// `comcast.net` host, or the text names Comcast other than in an email
/// address. A recipient `@comcast.net`, or a host such as
/// `mx-comcast.mail.am0.yahoodns.net`, may be served by someone else.
pub fn is_comcast(text: &str, remote_host: Option<&str>) -> bool {
    if remote_host.is_some_and(is_comcast_host) {
        return true;
    }
    text.split(|c: char| c.is_whitespace() || "<>()[];,'\"".contains(c))
        .filter(|token| !token.contains('@'))
        .any(names_comcast)
}

/// True for `comcast.net` and its subdomains.
fn is_comcast_host(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host == "comcast.net" || host.ends_with(".comcast.net")
}

/// True when a word of the reply is "Comcast" itself, a Comcast host
/// name, or a link to a Comcast host.
fn names_comcast(token: &str) -> bool {
    let token = token.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let host = match token.split_once("://") {
        Some((_, rest)) => rest.split(['/', '#', '?', ':']).next().unwrap_or(""),
        None => token,
    };
    if host.contains('.') {
        is_comcast_host(host)
    } else {
        host.to_ascii_lowercase().starts_with("comcast")
    }
}

/// Decodes the flag digits of a `BL000abc` code into blocklist ids, in the
/// order Validity, Cloudmark, Spamhaus.
pub fn bl_flags(code: &str) -> Vec<&'static str> {
    let Some(flags) = code.strip_prefix("BL000") else {
        return Vec::new();
    };
    let ids = ["validity", "cloudmark", "spamhaus"];
    flags.bytes().zip(ids).filter(|(bit, _)| *bit == b'1').map(|(_, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Entry;
    use crate::reason::Reason;

    fn all_entries() -> Vec<&'static Entry> {
        let mut entries: Vec<&'static Entry> = coded::ALL.to_vec();
        entries.extend(replies::PHRASES.iter().map(|p| p.entry));
        entries
    }

    #[test]
    fn flags_decoded() {
        let cases: [(&str, &[&str]); 8] = [
            ("BL000000", &[]),
            ("BL000001", &["spamhaus"]),
            ("BL000010", &["cloudmark"]),
            ("BL000011", &["cloudmark", "spamhaus"]),
            ("BL000100", &["validity"]),
            ("BL000101", &["validity", "spamhaus"]),
            ("BL000110", &["validity", "cloudmark"]),
            ("BL000111", &["validity", "cloudmark", "spamhaus"]),
        ];
        for (code, lists) in cases {
            assert_eq!(bl_flags(code), lists, "{code}");
        }
        assert!(bl_flags("RL000001").is_empty());
    }

    #[test]
    fn bl_links_match_flags() {
        // Each listed flag brings that list's removal page, and only those.
        for code in
            ["BL000001", "BL000010", "BL000011", "BL000100", "BL000101", "BL000110", "BL000111"]
        {
            let entry = coded::entry(code).unwrap();
            let urls: Vec<&str> = entry.links.iter().map(|l| l.url).collect();
            let flags = bl_flags(code);
            for (id, link) in [
                ("validity", listed::VALIDITY),
                ("cloudmark", listed::CLOUDMARK),
                ("spamhaus", listed::SPAMHAUS),
            ] {
                assert_eq!(urls.contains(&link.url), flags.contains(&id), "{code} {id}");
            }
        }
    }

    #[test]
    fn list_links_match_blocklist_table() {
        // The report merges these links with the blocklist table's by URL,
        // so the two must not drift apart.
        for (id, link) in [
            ("validity", listed::VALIDITY),
            ("cloudmark", listed::CLOUDMARK),
            ("spamhaus", listed::SPAMHAUS),
        ] {
            let list = crate::knowledge::blocklists::by_id(id)
                .unwrap_or_else(|| panic!("blocklist {id} not found"));
            let urls: Vec<&str> = list.links.iter().map(|l| l.url).collect();
            assert!(urls.contains(&link.url), "{id}: {} not in {urls:?}", link.url);
        }
    }

    #[test]
    fn every_code_has_entry() {
        let codes = [
            "ES000001", "ES000010", "BL000000", "BL000001", "BL000010", "BL000011", "BL000100",
            "BL000101", "BL000110", "BL000111", "DM000001", "RL000001", "RL000002", "RL000003",
        ];
        for code in codes {
            let entry = coded::entry(code).unwrap_or_else(|| panic!("no entry for {code}"));
            assert_eq!(entry.id, format!("comcast/{code}"));
            assert!(entry.source.ends_with(&format!("#{code}")), "{code}: {}", entry.source);
            let found = lookup(&format!("550 see smtp-error-codes.php#{code}"), None).unwrap();
            assert_eq!(found.code.as_deref(), Some(code));
        }
        // Every listed code, plus the entry for undocumented RL codes.
        assert_eq!(codes.len() + 1, coded::ALL.len());
    }

    #[test]
    fn undocumented_rl_code_is_rate_limit() {
        let text =
            "451 4.2.0 Throttled - https://postmaster.comcast.net/smtp-error-codes.php#RL000010";
        let found = lookup(text, None).unwrap();
        assert_eq!(found.code.as_deref(), Some("RL000010"));
        assert_eq!(found.entry.id, "comcast/RL-other");
        assert_eq!(found.entry.temporary, Some(true));
    }

    #[test]
    fn entries_complete() {
        for entry in all_entries() {
            assert!(entry.id.starts_with("comcast/"), "{}", entry.id);
            assert!(!entry.what.is_empty(), "{}", entry.id);
            assert!(!entry.why.is_empty(), "{}", entry.id);
            assert!(entry.steps.len() >= 2, "{}", entry.id);
            assert!(entry.temporary.is_some(), "{}", entry.id);
            assert!(entry.source.starts_with("https://postmaster.comcast.net/"), "{}", entry.id);
            assert_eq!(entry.checked.len(), 10, "{}", entry.id);
        }
    }

    #[test]
    fn ids_unique() {
        let entries = all_entries();
        for (i, a) in entries.iter().enumerate() {
            for b in &entries[i + 1..] {
                assert_ne!(a.id, b.id);
            }
        }
    }

    #[test]
    fn senderscore_table_in_text() {
        // The RL000001 explanation must state every row of the table.
        let why = coded::RL000001.why;
        for (range, limit) in coded::SENDERSCORE_LIMITS {
            let limit = limit.to_string();
            let grouped = if limit.len() > 3 {
                format!("{},{}", &limit[..limit.len() - 3], &limit[limit.len() - 3..])
            } else {
                limit
            };
            assert!(why.contains(&grouped), "{grouped} missing");
            if let Some((low, high)) = range {
                assert!(why.contains(&format!("{low}-{high}: {grouped}")), "{low}-{high}");
            }
        }
    }

    #[test]
    fn code_found_in_fragment_and_token() {
        let fragment = "554 5.7.1 More information at \
                        http://postmaster.comcast.net/smtp-error-codes.php#BL000010";
        assert_eq!(lookup(fragment, None).unwrap().code.as_deref(), Some("BL000010"));
        let token = "554 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net \
                     203.0.113.5 BL000010 found on one or more DNSBLs";
        assert_eq!(lookup(token, None).unwrap().code.as_deref(), Some("BL000010"));
        let faq = "554 imta07.westchester.pa.mail.comcast.net comcast 203.0.113.6 found on \
                   one or more DNSBLs, see http://help.comcast.net/content/faq/BL000001";
        assert_eq!(lookup(faq, None).unwrap().code.as_deref(), Some("BL000001"));
    }

    #[test]
    fn code_inside_word_ignored() {
        assert!(lookup("550 5.1.1 XBL000010Y unknown", None).is_none());
        assert!(lookup("550 see smtp-error-codes.php#BL000012", None).is_none());
    }

    #[test]
    fn replies_need_comcast() {
        let cases = [
            (
                "421 resimta-ch2-03v.sys.comcast.net Too many sessions opened",
                None,
                Reason::TooManyConn,
            ),
            (
                "550 5.1.1 <a@comcast.net> Not our Customer",
                Some("mx1.comcast.net"),
                Reason::UserUnknown,
            ),
            ("421 imta01.mail.comcast.net comcast Try again later", None, Reason::Speeding),
            (
                "421 Reverse DNS failure : Try again later",
                Some("MX2.COMCAST.NET."),
                Reason::RequirePtr,
            ),
            ("554 PTR lookup failure", Some("mx1.comcast.net"), Reason::RequirePtr),
        ];
        for (text, host, reason) in cases {
            let found = lookup(text, host).unwrap_or_else(|| panic!("no match: {text}"));
            assert_eq!(found.entry.reason, reason, "{text}");
            assert_eq!(found.provider, Some("comcast"));
            assert_eq!(found.code, None);
        }
    }

    #[test]
    fn generic_phrase_elsewhere_not_comcast() {
        assert!(lookup("421 4.7.0 Try again later", Some("mx.example.net")).is_none());
        assert!(lookup("550 5.1.1 <bob@comcast.net> not our customer", None).is_none());
        assert!(lookup("421 4.7.0 Try again later", None).is_none());
    }

    #[test]
    fn comcast_named_only_by_own_hosts() {
        let cases = [
            ("Comcast block for spam", true),
            ("Comcast's servers", true),
            ("resimta-ch2-03v.sys.comcast.net", true),
            ("see http://postmaster.comcast.net/smtp-error-codes.php#554", true),
            ("host mx-comcast.mail.am0.yahoodns.net[198.51.100.1] said", false),
            ("<bob@comcast.net>", false),
            ("notcomcast.example.net", false),
        ];
        for (text, expected) in cases {
            assert_eq!(is_comcast(text, None), expected, "{text}");
        }
        assert!(!is_comcast("421 try again later", Some("mx-comcast.mail.am0.yahoodns.net")));
    }

    #[test]
    fn try_again_later_needs_421() {
        assert!(lookup("450 comcast try again later", None).is_none());
    }
}
