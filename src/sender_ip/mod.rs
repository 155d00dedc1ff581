//! Which IP address a removal request must quote, and where it was found.
//!
//! The receiver's own words are the only trustworthy source: "Client host
//! [x] blocked", "IP=x", "Messages from x", Comcast's "<host> <host> x
//! BL000010", an `ip=x` parameter in a link the receiver gives, and in a
//! feedback report the `Source-IP` field. The receiving server's own
//! address (Remote-MTA, `host mx[ip] said`) is never reported, and
//! neither is a private, loopback, link-local, CGNAT or unique-local
//! address, which can only be an internal hop.
//!
//! Received headers are not used: in a bounce they record the sender's
//! own internal hops or the user's PC, not the address the receiver saw.
//! When the text states no usable address, the result reports that and
//! points to where the address can be found instead.

mod address;
mod hint;
mod locate;
mod rules;


use std::cell::{Cell, OnceCell};
use std::net::IpAddr;

use crate::extract::{self, Failure};
use crate::input::Decoded;
use crate::reason::Reason;
use crate::report::{InputKind, SenderIpSource};

pub use address::{is_public, parse_public, Rejection};
pub use locate::locate;
use rules::{Rule, ARF_RULES, RECEIVER_RULES, SENDER_RULES};

/// An address picked as the sender IP, and the rule that picked it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The address as written.
    pub ip: String,
    /// Short name of the rule, e.g. `Client host [<ip>]`.
    pub rule: &'static str,
}

/// The result of one scan: the picked address, and the addresses that
/// rules matched but that cannot be quoted, with the reason.
#[derive(Debug, Default)]
struct Scan {
    found: Option<Found>,
    rejected: Vec<(String, Rejection)>,
}

/// Picks the sender IP from the receiver's text. `receivers` are addresses
/// known to belong to the receiving side (Remote-MTA and the like); the
/// receiver phrases in `text` itself are excluded too.
pub fn find(text: &str, receivers: &[String]) -> Option<Found> {
    let segments = address_segments(text);
    let mut known: Vec<IpAddr> = receivers.iter().filter_map(|r| parse_ip(r)).collect();
    known.extend(receivers_in_segments(&segments));
    scan_segments(text, &segments, &SENDER_RULES, &known).found
}

/// Picks the sender IP for one recipient and records where it was found,
/// or why none is reported and where to look. For a bounce with several
/// recipients, build one [`Context`] and call [`Context::resolve`].
pub fn resolve(
    decoded: &Decoded,
    failure: &Failure,
    reason: Reason,
) -> (Option<String>, SenderIpSource) {
    Context::new(decoded).resolve(failure, reason)
}

/// The per-input part of the search, shared by every recipient: the
/// receiving side's addresses, the DSN groups and the pasted text's lines.
pub struct Context<'a> {
    decoded: &'a Decoded,
    receivers: Vec<IpAddr>,
    dsn_groups: Vec<Failure>,
    lines: locate::Lines<'a>,
    /// The decoded report's lines, split when first needed: an email's
    /// statement may be encoded in the pasted text.
    decoded_lines: OnceCell<locate::Lines<'a>>,
    has_transcript: bool,
    /// How many recipients' lines have been looked up, up to [`MAX_LOCATED`].
    located: Cell<usize>,
}

/// Most recipients per input whose sender-IP line is looked up. Each
/// lookup reads every line of the text, so a paste listing thousands of
/// recipients would take time growing with the square of its size. Past
/// this the address is still reported, only without its line.
const MAX_LOCATED: usize = 64;

impl<'a> Context<'a> {
    /// Reads the parts of `decoded` that do not depend on the recipient.
    pub fn new(decoded: &'a Decoded) -> Self {
        let mut receivers = receiver_addresses(&decoded.body);
        if let Some(dsn) = &decoded.dsn {
            receivers.extend(receiver_addresses(dsn));
        }
        Context {
            decoded,
            receivers,
            dsn_groups: decoded
                .dsn
                .as_deref()
                .map(extract::parse_dsn)
                .unwrap_or_default(),
            lines: locate::Lines::new(&decoded.text),
            decoded_lines: OnceCell::new(),
            has_transcript: crate::extract::transcript::has_transcript(&decoded.body),
            located: Cell::new(0),
        }
    }

    /// Picks the sender IP for one recipient and records where it was
    /// found, or why none is reported and where to look.
    pub fn resolve(&self, failure: &Failure, reason: Reason) -> (Option<String>, SenderIpSource) {
        let mut receivers = self.receivers.clone();
        receivers.extend(receiver_addresses(&failure.diagnostic));
        if let Some(remote) = &failure.remote_mta {
            receivers.extend(addresses_in(remote));
        }
        let mut rejected = Vec::new();
        for (source, text, rules) in self.sources(failure) {
            let result = scan(&text, rules, &receivers);
            rejected.extend(result.rejected);
            let Some(found) = result.found else { continue };
            let rule = rules.iter().find(|r| r.name == found.rule);
            let located = rule.filter(|_| self.located.get() < MAX_LOCATED).and_then(|r| {
                self.located.set(self.located.get() + 1);
                self.locate(&found.ip, r, source, failure.recipient.as_deref())
            });
            let (line, decoded, excerpt) = match located {
                Some((l, decoded)) => (Some(l.line), decoded, Some(l.excerpt)),
                None => (None, false, None),
            };
            let source = SenderIpSource {
                line,
                decoded,
                excerpt,
                rule: Some(found.rule.to_string()),
                hint: None,
            };
            return (Some(found.ip), source);
        }
        let source = SenderIpSource {
            hint: hint::not_stated(self.decoded, failure, reason, &rejected),
            ..Default::default()
        };
        (None, source)
    }

    /// Finds the line that states `ip`, and whether it is a line of the
    /// decoded report rather than of the pasted text. The pasted text
    /// comes first. The decoded report is searched when no pasted line
    /// contains the statement, which happens when an email's text part is
    /// quoted-printable (a soft line break can split the address) or
    /// base64. A decoded line is used only when it holds the statement.
    fn locate(
        &self,
        ip: &str,
        rule: &Rule,
        source: Source,
        recipient: Option<&str>,
    ) -> Option<(locate::Located, bool)> {
        let pasted = self.lines.locate_rule(ip, rule, source, recipient);
        if pasted.as_ref().is_some_and(|l| l.stated) || self.decoded.kind != Some(InputKind::Email) {
            return pasted.map(|l| (l, false));
        }
        let decoded = self
            .decoded_lines
            .get_or_init(|| locate::Lines::new(&self.decoded.body))
            .locate_rule(ip, rule, source, recipient)
            .filter(|l| l.stated);
        match decoded {
            Some(l) => Some((l, true)),
            None => pasted.map(|l| (l, false)),
        }
    }

    /// Lists the texts to scan for one recipient, most trusted first.
    fn sources(&self, failure: &Failure) -> Vec<(Source, String, &'static [Rule])> {
        let decoded = self.decoded;
        let mut out: Vec<(Source, String, &'static [Rule])> = Vec::new();
        let is_feedback = decoded.feedback.is_some() || failure.reason == Some(Reason::Feedback);
        if is_feedback {
            if let Some(report) = &decoded.feedback {
                out.push((Source::Field("Source-IP"), report.clone(), &ARF_RULES));
            }
            out.push((Source::Text, decoded.body.clone(), &ARF_RULES));
            if let Some(subject) = decoded.header("Subject") {
                out.push((Source::Text, subject.to_string(), &ARF_RULES));
            }
            return out;
        }
        if let Some(diagnostic) = self.dsn_diagnostic(failure) {
            out.push((Source::Field("Diagnostic-Code"), diagnostic, &SENDER_RULES));
        }
        out.push((Source::Text, failure.diagnostic.clone(), &SENDER_RULES));
        // Sendmail keeps the receiver's whole reply only in its transcript.
        let replies = self
            .has_transcript
            .then(|| crate::extract::transcript::replies_for(&decoded.body, failure.recipient.as_deref()))
            .flatten();
        if let Some(replies) = replies {
            out.push((Source::Text, replies, &SENDER_RULES));
        }
        out
    }

    /// Returns the recipient's own Diagnostic-Code field, which the
    /// extract stage may have replaced with the longer human-readable text.
    fn dsn_diagnostic(&self, failure: &Failure) -> Option<String> {
        let groups = &self.dsn_groups;
        let same = |f: &&Failure| match (&f.recipient, &failure.recipient) {
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
            _ => false,
        };
        let only = if groups.len() == 1 {
            groups.first()
        } else {
            None
        };
        let group = groups.iter().find(same).or(only)?;
        (!group.diagnostic.trim().is_empty()).then(|| group.diagnostic.clone())
    }
}

/// The origin of a scanned text, so that the line search can prefer the
/// same place in the pasted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A machine-readable field of this name (`Diagnostic-Code`,
    /// `Source-IP`): where it and the prose disagree, the field wins.
    Field(&'static str),
    /// The human-readable report or the reply as quoted in it.
    Text,
}

/// Runs `rules` over `text` in order and returns the first address that a
/// receiver could have seen and that is not the receiver's own.
fn scan(text: &str, rules: &[Rule], receivers: &[IpAddr]) -> Scan {
    scan_segments(text, &address_segments(text), rules, receivers)
}

/// Runs `rules` over the address segments of `text`, as [`scan`] does.
fn scan_segments(
    text: &str,
    segments: &[(usize, &str)],
    rules: &[Rule],
    receivers: &[IpAddr],
) -> Scan {
    let mut result = Scan::default();
    for rule in rules {
        for (offset, caps) in segments.iter().flat_map(|&(offset, segment)| {
            rule.regex.captures_iter(segment).map(move |caps| (offset, caps))
        }) {
            let Some(m) = caps.get(1) else { continue };
            if !rule.in_link && address::in_url(text, offset + m.start()) {
                continue;
            }
            match check(text, offset + m.start(), offset + m.end(), receivers) {
                Ok(ip) => {
                    result.found = Some(Found {
                        ip,
                        rule: rule.name,
                    });
                    return result;
                }
                Err(Some(rejection)) => result.rejected.push(rejection),
                Err(None) => {}
            }
        }
    }
    result
}

/// Checks the token at `start..end`: the address text when it can be
/// quoted, else why not (`None` when it is no address at all, such as a
/// status code or part of a build number).
fn check(
    text: &str,
    start: usize,
    end: usize,
    receivers: &[IpAddr],
) -> Result<String, Option<(String, Rejection)>> {
    let token = &text[start..end];
    let trimmed = token.trim_end_matches(['.', ':', ',', ';']);
    if address::is_embedded(text, start, start + trimmed.len())
        || address::in_status_position(text, start)
        || address::is_yahoo_code(text, trimmed)
    {
        return Err(None);
    }
    let Some((ip, written)) = address::parse_token(trimmed) else {
        // A token with the shape of an address (four dotted parts, or
        // several colons) that does not parse was most likely cut short
        // or masked, so the hint reports it instead of ignoring it.
        let shaped = trimmed.matches('.').count() == 3 || trimmed.matches(':').count() >= 2;
        let written = token.trim_end_matches(['.', ',', ';']);
        return Err(shaped.then(|| (written.to_string(), Rejection::Invalid)));
    };
    if !address::is_public(ip) {
        return Err(Some((written.to_string(), Rejection::Internal)));
    }
    if receivers.contains(&ip) {
        return Err(Some((written.to_string(), Rejection::Receiver)));
    }
    // An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) is an IPv4 sender
    // seen by a dual-stack receiver; blocklists and removal forms take the
    // IPv4 form.
    if let IpAddr::V6(v6) = ip {
        if let Some(v4) = v6.to_ipv4_mapped() {
            return Ok(v4.to_string());
        }
    }
    Ok(written.to_string())
}

/// Lists the addresses that the receiver phrases in `text` name as the
/// receiving side's own.
fn receiver_addresses(text: &str) -> Vec<IpAddr> {
    receivers_in_segments(&address_segments(text))
}

fn receivers_in_segments(segments: &[(usize, &str)]) -> Vec<IpAddr> {
    let segments: Vec<(&str, String)> = segments
        .iter()
        .map(|&(_, segment)| (segment, segment.to_ascii_lowercase()))
        .collect();
    RECEIVER_RULES
        .iter()
        .flat_map(|(keywords, regex)| {
            segments
                .iter()
                .filter(|(_, lower)| keywords.iter().any(|k| lower.contains(k)))
                .flat_map(move |(segment, _)| {
                    regex
                        .captures_iter(segment)
                        .filter_map(|caps| caps.get(1))
                        .filter(|m| !names_client(segment, m.start()))
                })
        })
        .flat_map(|m| addresses_in(m.as_str()))
        .collect()
}

/// True when the host name around `start` follows the word `from`, as in
/// Postfix smtpd's `RCPT from mail.example.com[192.0.2.1]:` and `connect
/// from host[ip]`. There the receiver's log names the connecting client,
/// which is the sender, so the phrase is not the receiver's address.
fn names_client(text: &str, start: usize) -> bool {
    let before = text[..start]
        .trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        .trim_end();
    let Some(word_start) = before.len().checked_sub(4) else {
        return false;
    };
    let is_from = before
        .get(word_start..)
        .is_some_and(|word| word.eq_ignore_ascii_case("from"));
    let joined = before[..word_start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric());
    is_from && !joined
}

/// Splits `text` into paragraphs (runs of lines between blank lines) and
/// keeps, with its byte offset, each one that holds something shaped like
/// an address: four dotted numbers, or a run of hex digits with two or more
/// colons. Every rule captures an address, so a paragraph without one
/// cannot match, and skipping it saves running dozens of patterns over
/// prose and returned messages; regex-lite, which the page uses, pays for
/// every byte it scans.
fn address_segments(text: &str) -> Vec<(usize, &str)> {
    let mut segments = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        offset += line.len();
        if line.trim().is_empty() {
            push_if_address(&mut segments, text, start, offset);
            start = offset;
        }
    }
    push_if_address(&mut segments, text, start, text.len());
    segments
}

fn push_if_address<'t>(
    segments: &mut Vec<(usize, &'t str)>,
    text: &'t str,
    start: usize,
    end: usize,
) {
    let segment = &text[start..end];
    if may_hold_address(segment) {
        segments.push((start, segment));
    }
}

/// True when `text` has a run of hex digits, dots and colons with three
/// dots or two colons: the shape of an IPv4 or IPv6 address.
fn may_hold_address(text: &str) -> bool {
    let (mut dots, mut colons) = (0, 0);
    for b in text.bytes() {
        match b {
            b'.' => dots += 1,
            b':' => colons += 1,
            b if b.is_ascii_hexdigit() => {}
            _ => {
                dots = 0;
                colons = 0;
                continue;
            }
        }
        if dots >= 3 || colons >= 2 {
            return true;
        }
    }
    false
}

/// Parses every address in a short text such as `mx.example.net
/// [192.0.2.1]:25` or `(TCP|192.0.2.1|25|198.51.100.1|54321)`.
fn addresses_in(text: &str) -> Vec<IpAddr> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == ':' || c == '.'))
        .filter_map(|piece| parse_ip(piece).or_else(|| leading_ipv4(piece)))
        .collect()
}

/// Parses the IPv4 address that starts `piece` when something other than
/// a port follows it, as in `192.0.2.1:smtp`.
fn leading_ipv4(piece: &str) -> Option<IpAddr> {
    let end = piece
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(piece.len());
    piece[..end]
        .trim_end_matches('.')
        .parse::<std::net::Ipv4Addr>()
        .ok()
        .map(IpAddr::V4)
}

fn parse_ip(text: &str) -> Option<IpAddr> {
    address::parse_token(text.trim()).map(|(ip, _)| ip)
}

#[cfg(test)]
mod tests;
