//! The per-input search for each recipient's sender IP: the receiving
//! side's addresses, DSN groups and lines are read once per input and
//! shared by every recipient's lookup. The texts scanned for one
//! recipient, and their order, are chosen in `sources`.

mod sources;

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::net::IpAddr;

use super::address::parse_token;
use super::receivers::{own_receivers, push_unique, receiver_addresses};
use super::rules::{Rule, SENDER_RULES};
use super::scan::{self, scan, Scan};
use super::{hint, locate, parse_public, parts, Found, Rejection, Source};
use crate::extract::{self, Failure};
use crate::input::Decoded;
use crate::reason::Reason;
use crate::report::{DecodedPart, InputKind, SenderIpSource};

/// The per-input part of the search, shared by every recipient: the
/// receiving side's addresses, the DSN groups and the pasted text's lines.
pub struct Context<'a> {
    /// The pasted input, whose text the line search reads first.
    pasted: &'a Decoded,
    /// The bounce the failures were read from: the pasted one, or one
    /// attached `forward_depth` forwards deep. Its text is scanned.
    decoded: &'a Decoded,
    forward_depth: usize,
    /// The email whose decoded report a line is counted in when the
    /// statement is not in the pasted text as written: `decoded`, or the
    /// email that forwards it inline, whose text holds the forward's.
    lines_of: &'a Decoded,
    /// The attachment level of `lines_of`: inline forwards do not count.
    lines_depth: usize,
    receivers: Vec<IpAddr>,
    dsn_groups: Vec<Failure>,
    lines: locate::Lines<'a>,
    /// The lines of the decoded report of `lines_of`, split when first
    /// needed: an email's statement may be encoded in the pasted text.
    decoded_lines: OnceCell<locate::Lines<'a>>,
    /// The lines of the delivery-status part of `lines_of`, split when
    /// first needed.
    dsn_lines: OnceCell<locate::Lines<'a>>,
    has_transcript: bool,
    /// How many recipients' lines have been looked up, up to [`MAX_LOCATED`].
    located: Cell<usize>,
    /// The pick from a feedback report's sources, made for the first
    /// recipient and reused, because those sources are the same texts for
    /// every recipient and a report may name thousands of them.
    feedback_pick: OnceCell<Pick>,
    /// Scans already made, by text, rules and receiver addresses. Many
    /// recipients can share a text, such as the transcript replies that
    /// belong to every recipient no transcript block names.
    scans: RefCell<HashMap<ScanKey, Scan>>,
    /// The Reporting-MTA for the hint, read when a hint is first needed.
    reporting: OnceCell<hint::Reporting>,
    /// How many recipients' transcript replies have been read, up to
    /// [`MAX_READS`](crate::extract::transcript::MAX_READS): each read
    /// walks the whole transcript.
    transcript_reads: Cell<usize>,
}

/// A scanned text, the address of its rule table, and the receivers.
type ScanKey = (String, usize, Vec<IpAddr>);

/// The outcome of scanning one recipient's sources in order.
#[derive(Default)]
struct Pick {
    /// The first quotable address, with the source and rules that found it.
    found: Option<(Source, &'static [Rule], Found)>,
    /// The addresses set aside before it, with the reason.
    rejected: Vec<(String, Rejection)>,
}

/// Most recipients per input whose sender-IP line is looked up. Each
/// lookup reads every line of the text, so a paste listing thousands of
/// recipients would take time growing with the square of its size. Past
/// this the address is still reported, only without its line.
const MAX_LOCATED: usize = 64;

impl<'a> Context<'a> {
    /// Reads the parts of `decoded` that do not depend on the recipient.
    pub fn new(decoded: &'a Decoded) -> Self {
        Self::forwarded(decoded, 0)
    }

    /// Reads the parts that do not depend on the recipient, for failures
    /// read from the bounce attached `forward_depth` forwards deep in
    /// `pasted` (see `Extracted::forward_depth`). That bounce's text is
    /// scanned, and lines are looked up in the pasted text first.
    pub fn forwarded(pasted: &'a Decoded, forward_depth: usize) -> Self {
        let mut decoded = pasted;
        let (mut lines_of, mut lines_depth) = (pasted, 0);
        for _ in 0..forward_depth {
            let inline = decoded.nested_inline;
            decoded = decoded.nested.as_deref().unwrap_or(decoded);
            if !inline {
                (lines_of, lines_depth) = (decoded, lines_depth + 1);
            }
        }
        let mut receivers = receiver_addresses(&decoded.body);
        if let Some(dsn) = &decoded.dsn {
            for ip in receiver_addresses(dsn) {
                push_unique(&mut receivers, ip);
            }
        }
        Context {
            pasted,
            decoded,
            forward_depth,
            lines_of,
            lines_depth,
            receivers,
            dsn_groups: decoded.dsn.as_deref().map(extract::parse_dsn).unwrap_or_default(),
            lines: locate::Lines::new(&pasted.text),
            decoded_lines: OnceCell::new(),
            dsn_lines: OnceCell::new(),
            has_transcript: crate::extract::transcript::has_transcript(&decoded.body),
            located: Cell::new(0),
            feedback_pick: OnceCell::new(),
            scans: RefCell::new(HashMap::new()),
            transcript_reads: Cell::new(0),
            reporting: OnceCell::new(),
        }
    }

    /// Returns the bounce the failures were read from: the pasted one,
    /// or the one attached `forward_depth` forwards deep.
    pub fn bounce(&self) -> &'a Decoded {
        self.decoded
    }

    /// Picks the sender IP for one recipient and records where it was
    /// found, or why none is reported and where to look.
    pub fn resolve(&self, failure: &Failure, reason: Reason) -> (Option<String>, SenderIpSource) {
        let own_receivers = own_receivers(failure);
        let shared_feedback = self.is_feedback(failure) && own_receivers.is_empty();
        let receivers = self.receivers_with(own_receivers);
        let computed;
        let pick = if shared_feedback {
            self.feedback_pick.get_or_init(|| self.pick(failure, &self.receivers))
        } else {
            computed = self.pick(failure, &receivers);
            &computed
        };
        if pick.found.is_none() {
            if let Some(field) = self.field_ip(failure, reason, &receivers) {
                return field;
            }
        }
        let Some((source, rules, found)) = &pick.found else {
            // Only looked for when no address was set aside: the hint
            // then names that one instead.
            let unplaced = pick
                .rejected
                .is_empty()
                .then(|| scan::unplaced(&failure.diagnostic, &receivers))
                .flatten();
            let unstated = hint::Unstated { rejected: &pick.rejected, unplaced: unplaced.as_ref() };
            let source = SenderIpSource {
                hint: hint::not_stated(self.reporting(), failure, reason, &unstated),
                ..Default::default()
            };
            return (None, source);
        };
        let rule = rules.iter().find(|r| r.name == found.rule);
        let located = rule.filter(|_| self.located.get() < MAX_LOCATED).and_then(|r| {
            self.located.set(self.located.get() + 1);
            self.locate(&found.ip, r, *source, failure.recipient.as_deref())
        });
        let (line, text, excerpt) = match located {
            Some((l, text)) => (Some(l.line), text, Some(l.excerpt)),
            None => (None, LineOf::Pasted, None),
        };
        let decoded = text != LineOf::Pasted;
        let (part, field) = match text {
            LineOf::DeliveryStatus(name) => (DecodedPart::DeliveryStatus, Some(name.to_string())),
            _ => (DecodedPart::Text, None),
        };
        let source = SenderIpSource {
            line,
            decoded,
            forward_depth: if decoded { self.lines_depth } else { 0 },
            part,
            field,
            excerpt,
            rule: Some(found.rule.to_string()),
            hint: None,
        };
        (Some(found.ip.clone()), source)
    }

    /// Returns the text of a warning when the recipient's Diagnostic-Code
    /// field states the `quoted` sending IP and the bounce's text part
    /// states another one for the same recipient. The card keeps the
    /// field's address, and the warning shows both.
    pub fn parts_disagreement(&self, failure: &Failure, quoted: Option<&str>) -> Option<String> {
        let quoted = ip_of(quoted?)?;
        let field = self.dsn_diagnostic(failure)?;
        let text = failure.text_part_diagnostic.as_deref().unwrap_or(&failure.diagnostic);
        let receivers = self.receivers_with(own_receivers(failure));
        let in_field = self.scan_cached(field, &SENDER_RULES, &receivers).found?;
        if ip_of(&in_field.ip) != Some(quoted) {
            return None;
        }
        let in_text = self.scan_cached(text.to_string(), &SENDER_RULES, &receivers).found?;
        if ip_of(&in_text.ip) == Some(quoted) {
            return None;
        }
        Some(parts::disagreement(&in_field.ip, &in_text.ip))
    }

    /// Returns the sending IP a sending service's event record gives in a
    /// field of its own, when the receiver's text states none. It is
    /// quoted only for a failure about the sending address, and never when
    /// it is internal or the receiver's own.
    fn field_ip(
        &self,
        failure: &Failure,
        reason: Reason,
        receivers: &[IpAddr],
    ) -> Option<(Option<String>, SenderIpSource)> {
        let (ip, field) = failure.sending_ip.as_ref()?;
        let address = parse_public(ip)?;
        if receivers.contains(&address) || !hint::concerns_ip(failure, reason) {
            return None;
        }
        let (line, excerpt) =
            locate::locate_field(&self.pasted.text, ip, failure.recipient.as_deref()).unzip();
        let source = SenderIpSource {
            line,
            excerpt,
            rule: Some(format!("the event's `{field}` field")),
            ..Default::default()
        };
        Some((Some(ip.clone()), source))
    }

    fn reporting(&self) -> &hint::Reporting {
        self.reporting.get_or_init(|| hint::Reporting::read(self.decoded))
    }

    /// Scans the recipient's sources in order, up to the first one that
    /// states a quotable address.
    fn pick(&self, failure: &Failure, receivers: &[IpAddr]) -> Pick {
        let mut pick = Pick::default();
        for (source, text, rules) in self.sources(failure) {
            let result = self.scan_cached(text, rules, receivers);
            pick.rejected.extend(result.rejected);
            if let Some(found) = result.found {
                pick.found = Some((source, rules, found));
                break;
            }
        }
        pick
    }

    /// Returns the input's receiving-side addresses with `own` added,
    /// each once.
    fn receivers_with(&self, own: Vec<IpAddr>) -> Vec<IpAddr> {
        let mut receivers = self.receivers.clone();
        for ip in own {
            push_unique(&mut receivers, ip);
        }
        receivers
    }

    /// Scans `text` with `rules`, or returns the scan already made of it.
    fn scan_cached(&self, text: String, rules: &'static [Rule], receivers: &[IpAddr]) -> Scan {
        let key = (text, rules.as_ptr() as usize, receivers.to_vec());
        let cached = self.scans.borrow().get(&key).cloned();
        cached.unwrap_or_else(|| {
            let result = scan(&key.0, rules, receivers);
            self.scans.borrow_mut().insert(key, result.clone());
            result
        })
    }

    /// Finds the line that states `ip`, and the text it is a line of. The
    /// pasted text comes first. When no pasted line contains the
    /// statement, the decoded report of the bounce the failures were read
    /// from is searched, and then, for an address read from a
    /// delivery-status field, that bounce's decoded delivery-status part.
    /// That happens when an email's part, or a forwarded bounce attached
    /// as a file, is quoted-printable (a soft line break can split the
    /// address) or base64. A decoded line is used only when it contains
    /// the statement.
    fn locate(
        &self,
        ip: &str,
        rule: &Rule,
        source: Source,
        recipient: Option<&str>,
    ) -> Option<(locate::Located, LineOf)> {
        let pasted = self.lines.locate_rule(ip, rule, source, recipient);
        // Text without headers has a decoded report apart from its text
        // only when it was quoted-printable.
        let is_email = self.forward_depth > 0
            || self.pasted.kind == Some(InputKind::Email)
            || self.lines_of.quoted_printable;
        if pasted.as_ref().is_some_and(|l| l.stated) || !is_email {
            return pasted.map(|l| (l, LineOf::Pasted));
        }
        let decoded = self
            .decoded_lines
            .get_or_init(|| locate::Lines::new(&self.lines_of.body))
            .locate_rule(ip, rule, source, recipient)
            .filter(|l| l.stated);
        if let Some(l) = decoded {
            return Some((l, LineOf::DecodedText));
        }
        if let (Source::Field(name), Some(dsn)) = (source, self.lines_of.dsn.as_deref()) {
            let in_dsn = self
                .dsn_lines
                .get_or_init(|| locate::Lines::new(dsn))
                .locate_rule(ip, rule, source, recipient)
                .filter(|l| l.stated);
            if let Some(l) = in_dsn {
                return Some((l, LineOf::DeliveryStatus(name)));
            }
        }
        pasted.map(|l| (l, LineOf::Pasted))
    }
}

/// Parses an address as written, so that two spellings of one address
/// (`2001:db8::1`, `2001:DB8:0::1`) compare equal.
fn ip_of(written: &str) -> Option<IpAddr> {
    parse_token(written).map(|(ip, _)| ip)
}

/// The text a located line is a line of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineOf {
    /// The pasted text as written.
    Pasted,
    /// The decoded text parts of the bounce the failures were read from.
    DecodedText,
    /// That bounce's decoded delivery-status part, in the named field.
    DeliveryStatus(&'static str),
}
