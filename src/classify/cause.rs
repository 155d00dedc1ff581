//! Causes a receiver names in its own words, where no fixed phrase fits.
//!
//! A site's own reply such as "554 5.7.1 [C14] Missing reverse DNS for
//! 203.0.113.2" names its cause plainly, but sites word the same cause in
//! many ways: "no PTR record", "has no reverse DNS", "rDNS lookup failed".
//! A fixed-phrase table misses most of them, and the generic status code
//! then decides. A [`NamedCause`] instead pairs a subject ("reverse dns")
//! with a fault word ("missing", "failed") a few words before or after it.

use crate::reason::Reason;

mod sender_role;

pub use sender_role::SenderRole;

/// A cause stated as a subject with a fault word next to it.
#[derive(Debug)]
pub struct NamedCause {
    /// The reason the cause implies.
    pub reason: Reason,
    /// Names of the faulty thing, as lowercase words separated by one
    /// space (`reverse dns`).
    pub subjects: &'static [&'static str],
    /// Fault words that state the cause when they come shortly before a
    /// subject (`no`, `does not have`).
    pub before: &'static [&'static str],
    /// Fault words that state the cause when they come shortly after a
    /// subject (`missing`, `lookup failed`).
    pub after: &'static [&'static str],
}

/// Maximum number of words between a fault word and the subject it
/// comes before: "does not have a valid PTR record" has two.
const GAP_BEFORE: usize = 2;

/// Maximum number of words between a subject and the fault word after
/// it: "reverse DNS lookup for 192.0.2.4 failed" has three.
const GAP_AFTER: usize = 3;

impl NamedCause {
    /// Returns the subject that `text` (normalised, as the phrase tables
    /// read it) names with a fault word next to it.
    pub fn find(&self, text: &str) -> Option<&'static str> {
        let words = words(text);
        self.subjects.iter().copied().find(|subject| {
            let subject_words: Vec<&str> = subject.split(' ').collect();
            let named = starts(&words, &subject_words).any(|at| {
                let end = at + subject_words.len();
                self.fault_before(&words, at) || self.fault_after(&words, end)
            });
            named
        })
    }

    /// True when a fault word ends at most [`GAP_BEFORE`] words before
    /// the subject that starts at `at`.
    fn fault_before(&self, words: &[&str], at: usize) -> bool {
        self.before.iter().any(|fault| {
            let fault: Vec<&str> = fault.split(' ').collect();
            (0..=GAP_BEFORE).any(|gap| {
                let Some(start) = at.checked_sub(gap + fault.len()) else {
                    return false;
                };
                let between = &words[start + fault.len()..at];
                // "not identified as spam" denies the fault word itself.
                let denied = negated(&words[start.saturating_sub(1)..start]);
                words[start..start + fault.len()] == fault[..] && !negated(between) && !denied
            })
        })
    }

    /// True when a fault word starts at most [`GAP_AFTER`] words after the
    /// subject that ends at `end`.
    fn fault_after(&self, words: &[&str], end: usize) -> bool {
        self.after.iter().any(|fault| {
            let fault: Vec<&str> = fault.split(' ').collect();
            (0..=GAP_AFTER).any(|gap| {
                let start = end + gap;
                let found = words.get(start..start + fault.len());
                found.is_some_and(|found| found == &fault[..]) && !negated(&words[end..start])
            })
        })
    }
}

/// A listing on a blocklist: a listing word, a preposition, then within a
/// few words either a list's description ("a DNS blocklist") or its DNS
/// zone ("bl.example.net"). "203.0.113.5 is listed on a DNS blocklist" and
/// "rejected: listed at bl.example.net" both name one, whichever list it
/// is, while "not listed in the directory" names neither.
#[derive(Debug)]
pub struct Listing {
    /// The reason a listing implies.
    pub reason: Reason,
    /// Listing words (`listed`, `blacklisted`).
    pub verbs: &'static [&'static str],
    /// Prepositions that must follow the listing word (`on`, `at`).
    pub prepositions: &'static [&'static str],
    /// Descriptions of a list, as lowercase words separated by one space
    /// (`dns blocklist`, `rbl`).
    pub lists: &'static [&'static str],
}

/// Maximum number of words between the preposition and the list: "listed
/// on the Spamhaus DNS blocklist" has two.
const GAP_LIST: usize = 2;

impl Listing {
    /// Returns the listing word when `text` (normalised) names a listing.
    pub fn find(&self, text: &str) -> Option<&'static str> {
        let words = words(text);
        let at = (0..words.len()).find(|&i| self.names_listing(text, &words, i))?;
        self.verbs.iter().copied().find(|v| *v == words[at])
    }

    /// True when the listing word at `at` is followed by a preposition and
    /// then a list, and no denial comes just before it.
    fn names_listing(&self, text: &str, words: &[&str], at: usize) -> bool {
        if !self.verbs.contains(&words[at]) || negated(&words[at.saturating_sub(2)..at]) {
            return false;
        }
        let Some(preposition) = words.get(at + 1) else {
            return false;
        };
        if !self.prepositions.contains(preposition) {
            return false;
        }
        let from = at + 2;
        (from..=from + GAP_LIST).filter(|&i| i < words.len()).any(|i| {
            let names_list = self.lists.iter().any(|list| {
                let list: Vec<&str> = list.split(' ').collect();
                words.get(i..i + list.len()).is_some_and(|found| found == &list[..])
            });
            names_list || is_zone(text, words[i])
        })
    }
}

/// An IP address named as the thing refused: the fault word, then the
/// address, as in "Mail refused - <203.0.113.5>", or "IP" or "from", the
/// address, then the fault word, as in "IP 203.0.113.5 refused" and
/// "Connection from 203.0.113.5 refused". Either way the receiver refused
/// the sending server, whichever command the reply was to. A mail address
/// in the same place ("refused - <a@example.com>") is not an address
/// literal, so it does not match.
///
/// A listing word also counts after "host NAME [IP]", as smtpf writes
/// "host mail.example.com [203.0.113.5] black listed": a host named with
/// its address and then called listed is the client. A fault word there
/// does not count, because "host mx.example.net [198.51.100.20] refused
/// the connection" names the receiving server.
#[derive(Debug)]
pub struct RefusedAddress {
    /// The reason such a refusal implies.
    pub reason: Reason,
    /// Fault words (`refused`, `blocked`).
    pub faults: &'static [&'static str],
    /// Listing words (`blacklisted`), each also matched when written as
    /// two words (`black listed`).
    pub listings: &'static [&'static str],
}

impl RefusedAddress {
    /// Returns the fault word when `text` (normalised) names an IP
    /// address as refused.
    pub fn find(&self, text: &str) -> Option<&'static str> {
        let tokens: Vec<&str> = text
            .split_whitespace()
            .map(|t| t.trim_matches(|c: char| "<>[](),;:.".contains(c)))
            .filter(|t| !t.is_empty() && *t != "-")
            .collect();
        let fault = |t: &str| self.faults.iter().copied().find(|f| *f == t);
        // The listing word at the start of `words`, written as one word or
        // as two ("black listed").
        let listing = |words: &[&str]| {
            self.listings.iter().copied().find(|l| match words {
                [one, ..] if one == l => true,
                [first, "listed", ..] => l.strip_suffix("listed") == Some(*first),
                _ => false,
            })
        };
        for (at, token) in tokens.iter().enumerate() {
            if !is_ip(token) {
                continue;
            }
            if let Some(hit) = at.checked_sub(1).and_then(|b| fault(tokens[b])) {
                return Some(hit);
            }
            // "from" covers "Mail from", "Connection from" and "Access
            // from", where the address is the client the mail came from.
            let named_ip = at >= 1 && matches!(tokens[at - 1], "ip" | "from")
                || at >= 2 && tokens[at - 2..at] == ["ip", "address"];
            let rest = &tokens[at + 1..];
            let verb = match rest {
                ["has" | "have", "been", ..] => 2,
                ["is" | "was" | "are" | "were", ..] => 1,
                _ => 0,
            };
            if let Some(hit) = rest.get(verb).and_then(|t| fault(t)).filter(|_| named_ip) {
                return Some(hit);
            }
            let named_host = at >= 2 && tokens[at - 2] == "host";
            if let Some(hit) =
                listing(&rest[verb.min(rest.len())..]).filter(|_| named_ip || named_host)
            {
                return Some(hit);
            }
        }
        None
    }
}

/// True when `token` is an IPv4 or IPv6 address literal.
fn is_ip(token: &str) -> bool {
    let token = token.trim_end_matches('.');
    token.strip_prefix("ipv6:").unwrap_or(token).parse::<std::net::IpAddr>().is_ok()
}

/// True when `word` is a DNS zone such as `bl.example.net`: two or more
/// labels with a letter in them, not the domain of an email address.
fn is_zone(text: &str, word: &str) -> bool {
    let dotted = word.contains('.') && word.bytes().any(|b| b.is_ascii_alphabetic());
    dotted && !text.contains(&format!("@{word}"))
}

/// Splits normalised text into words: runs of letters, digits,
/// apostrophes and inner dots. "ptr-record" and "(rdns:" split as a
/// reader would split them, while "can't", an IP address and a host name
/// each stay one word, so they count once towards a gap.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// True when the words between a subject and its fault word deny the
/// fault, as in "your IP is not listed".
fn negated(between: &[&str]) -> bool {
    between.iter().any(|word| matches!(*word, "not" | "no" | "never") || word.ends_with("n't"))
}

/// Positions in `words` where the word sequence `phrase` starts.
fn starts<'a>(words: &'a [&str], phrase: &'a [&str]) -> impl Iterator<Item = usize> + 'a {
    (0..words.len().saturating_sub(phrase.len() - 1))
        .filter(move |&at| words[at..at + phrase.len()] == *phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    static SAMPLE: NamedCause = NamedCause {
        reason: Reason::RequirePtr,
        subjects: &["reverse dns", "ptr"],
        before: &["no", "does not have"],
        after: &["missing", "failed"],
    };

    #[test]
    fn fault_before_subject() {
        assert_eq!(SAMPLE.find("550 no reverse dns for 192.0.2.4"), Some("reverse dns"));
        assert_eq!(SAMPLE.find("host does not have a valid ptr record"), Some("ptr"));
    }

    #[test]
    fn fault_after_subject() {
        assert_eq!(SAMPLE.find("554 5.7.1 [c14] reverse dns missing"), Some("reverse dns"));
        assert_eq!(SAMPLE.find("reverse dns lookup for 192.0.2.4 failed"), Some("reverse dns"));
    }

    #[test]
    fn distant_fault_ignored() {
        assert_eq!(SAMPLE.find("no such user at this site (reverse dns host.example.net)"), None);
        assert_eq!(SAMPLE.find("reverse dns host.example.net, then the user check failed"), None);
    }

    #[test]
    fn denied_fault_ignored() {
        assert_eq!(SAMPLE.find("reverse dns was not missing"), None);
        assert_eq!(SAMPLE.find("this host is not no reverse dns"), None);
        assert_eq!(SAMPLE.find("reverse dns isn't missing"), None);
    }

    static LISTING: Listing = Listing {
        reason: Reason::Blocked,
        verbs: &["listed"],
        prepositions: &["on", "at"],
        lists: &["dns blocklist", "rbl"],
    };

    #[test]
    fn listing_names_list_or_zone() {
        assert_eq!(LISTING.find("203.0.113.5 is listed on a dns blocklist"), Some("listed"));
        assert_eq!(LISTING.find("rejected: listed at bl.example.net"), Some("listed"));
        assert_eq!(LISTING.find("listed on the local rbl"), Some("listed"));
    }

    #[test]
    fn listing_without_list_ignored() {
        assert_eq!(LISTING.find("user not listed on bl.example.net"), None);
        assert_eq!(LISTING.find("listed at the front desk"), None);
        assert_eq!(LISTING.find("listed on bob@example.org's page"), None);
        assert_eq!(LISTING.find("listed in a dns blocklist"), None);
        assert_eq!(LISTING.find("listed"), None);
    }

    static REFUSED: RefusedAddress = RefusedAddress {
        reason: Reason::Blocked,
        faults: &["refused", "rejected", "blocked"],
        listings: &["blacklisted"],
    };

    #[test]
    fn refused_address_literal() {
        assert_eq!(REFUSED.find("554 mail refused - <203.0.113.5> - see"), Some("refused"));
        assert_eq!(REFUSED.find("550 rejected: [2001:db8::5]"), Some("rejected"));
        assert_eq!(REFUSED.find("554 ip 203.0.113.5 refused"), Some("refused"));
        assert_eq!(REFUSED.find("554 ip address [192.0.2.4] has been blocked."), Some("blocked"));
        assert_eq!(REFUSED.find("550 connection from 203.0.113.5 refused"), Some("refused"));
        assert_eq!(REFUSED.find("550 connections from 203.0.113.5 are blocked"), Some("blocked"));
        assert_eq!(REFUSED.find("550 ip 203.0.113.5 is blacklisted"), Some("blacklisted"));
        assert_eq!(REFUSED.find("550 ip 203.0.113.5 is black listed"), Some("blacklisted"));
        let smtpf = "550 5.7.1 host mail.example.com [203.0.113.5] black listed #120";
        assert_eq!(REFUSED.find(smtpf), Some("blacklisted"));
    }

    #[test]
    fn refusal_without_ip_literal_ignored() {
        assert_eq!(REFUSED.find("553 mail refused - <a@example.com>"), None);
        assert_eq!(REFUSED.find("host mx.example.net[198.51.100.7] refused to talk to me"), None);
        assert_eq!(REFUSED.find("connected to 192.0.2.1 but sender was rejected"), None);
        assert_eq!(REFUSED.find("ip 203.0.113.5 not refused"), None);
        assert_eq!(REFUSED.find("mail from <a@example.com> refused"), None);
        assert_eq!(REFUSED.find("mail from 203.0.113.5 accepted, recipient refused"), None);
        // A fault word after "host NAME [IP]" is about the receiving server.
        assert_eq!(REFUSED.find("host mx.example.net [198.51.100.7] refused the connection"), None);
        assert_eq!(REFUSED.find("host mail.example.com [203.0.113.5] is not black listed"), None);
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(SAMPLE.find("no ptrace allowed"), None);
        assert_eq!(SAMPLE.find("ptr-record missing"), Some("ptr"));
        assert_eq!(SAMPLE.find(""), None);
    }
}
