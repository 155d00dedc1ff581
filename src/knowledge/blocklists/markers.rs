//! Markers by which a reply names the part of a list that lists the
//! sender, where one DNS zone returns listings of several parts.

use super::{spamhaus_codes, Blocklist, Part};
use crate::knowledge::providers::text::find_word;

/// Markers, more specific than a zone's name, by which a reply names the
/// part of one list that lists the sender: a DNSBL return code, or the
/// text of the listing's TXT record.
#[derive(Debug)]
pub struct SublistMarkers {
    /// Id of the list whose parts the markers name.
    pub list: &'static str,
    /// The markers.
    pub markers: &'static [Marker],
    /// Public page the codes come from.
    pub source: &'static str,
    /// Date the source was last checked, `YYYY-MM-DD`.
    pub checked: &'static str,
}

/// One marker of a [`Part`].
#[derive(Debug)]
pub struct Marker {
    /// Lowercase text of the marker.
    pub text: &'static str,
    /// Code of the part it names, e.g. `PBL`.
    pub part: &'static str,
    /// True for a return code, matched as a whole word so that
    /// `127.0.0.1` is not found inside `127.0.0.10`. Other markers match
    /// anywhere.
    pub return_code: bool,
}

/// The lists whose replies name their parts by [`SublistMarkers`].
pub static SUBLIST_MARKERS: &[&SublistMarkers] = &[&spamhaus_codes::MARKERS];

/// Returns the part named by the marker that the text mentions first.
pub(super) fn marked_part(list: &'static Blocklist, lower: &str) -> Option<&'static Part> {
    let markers = SUBLIST_MARKERS.iter().find(|m| m.list == list.id)?;
    let (_, code) = markers
        .markers
        .iter()
        .filter_map(|m| {
            let at = match m.return_code {
                true => find_word(lower, m.text),
                false => lower.find(m.text),
            };
            at.map(|at| (at, m.part))
        })
        .min_by_key(|(at, _)| *at)?;
    list.parts.iter().find(|p| p.code == code)
}
