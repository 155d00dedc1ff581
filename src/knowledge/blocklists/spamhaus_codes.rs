//! The markers by which a reply names the Spamhaus sub-list that lists
//! the IP: the DNSBL return code the receiver got back (`zen.spamhaus.org
//! (127.0.0.10)`), or the text of the listing's TXT record
//! (`https://www.spamhaus.org/sbl/query/SBLCSS` for a CSS listing). ZEN
//! returns listings of the SBL, CSS, XBL and PBL, and the SBL zone those
//! of the SBL and CSS, so a marker is more specific than the zone's name.

use super::markers::{Marker, SublistMarkers};

/// Spamhaus's table of zones and their return codes ("Available Zones" in
/// the Spamhaus data type documentation).
pub static MARKERS: SublistMarkers = SublistMarkers {
    list: "spamhaus",
    markers: &[
        Marker { text: "127.0.0.2", part: "SBL", return_code: true },
        Marker { text: "127.0.0.3", part: "CSS", return_code: true },
        // The XBL returns 127.0.0.4. Spamhaus keeps .5 to .7 for it,
        // unused at present.
        Marker { text: "127.0.0.4", part: "XBL", return_code: true },
        Marker { text: "127.0.0.5", part: "XBL", return_code: true },
        Marker { text: "127.0.0.6", part: "XBL", return_code: true },
        Marker { text: "127.0.0.7", part: "XBL", return_code: true },
        // DROP (hijacked or criminal ranges) and the BCL (botnet
        // controllers) are answered from the SBL zone, and a DROP range
        // is always an SBL listing too, so the SBL entry explains them.
        Marker { text: "127.0.0.9", part: "SBL", return_code: true },
        Marker { text: "127.0.0.30", part: "SBL", return_code: true },
        // The PBL: .10 for a range its ISP entered, .11 for one Spamhaus
        // entered.
        Marker { text: "127.0.0.10", part: "PBL", return_code: true },
        Marker { text: "127.0.0.11", part: "PBL", return_code: true },
        // The TXT record of a CSS listing. Receivers print it straight
        // before the next link (`.../SBLCSShttps://...`), so it is matched
        // as a substring.
        Marker { text: "spamhaus.org/sbl/query/sblcss", part: "CSS", return_code: false },
    ],
    source: "https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html",
    checked: "2026-12-06",
};

#[cfg(test)]
mod tests {
    use super::super::{by_id, lookup};
    use super::MARKERS;

    #[test]
    fn markers_route_zen_to_parts() {
        let zen = "550 5.7.1 rejected because 203.0.113.45 is in a black list at zen.spamhaus.org";
        let cases = [
            ("https://www.spamhaus.org/sbl/query/sblcss", "spamhaus/css", "CSS"),
            ("https://www.spamhaus.org/sbl/query/sblcsshttps://www.spamhaus.org/query/ip/203.0.113.45", "spamhaus/css", "CSS"),
            ("(127.0.0.2)", "spamhaus/sbl", "SBL"),
            ("(127.0.0.3)", "spamhaus/css", "CSS"),
            ("(127.0.0.4)", "spamhaus/xbl", "XBL"),
            ("(127.0.0.7)", "spamhaus/xbl", "XBL"),
            ("(127.0.0.9)", "spamhaus/sbl", "SBL"),
            ("(127.0.0.10)", "spamhaus/pbl", "PBL"),
            ("(127.0.0.11: https://www.spamhaus.org/query/ip/203.0.113.45)", "spamhaus/pbl", "PBL"),
            // The first code named decides.
            ("127.0.0.4,127.0.0.3", "spamhaus/xbl", "XBL"),
        ];
        for (marker, entry, code) in cases {
            let lower = format!("{zen} {marker}");
            let found = lookup(&lower).unwrap();
            assert_eq!(found.entry.id, entry, "{lower}");
            assert_eq!(found.code.as_deref(), Some(code), "{lower}");
            assert_eq!(found.blocklists, ["spamhaus"], "{lower}");
        }
    }

    #[test]
    fn marker_outranks_zone_name() {
        // The SBL zone returns CSS listings too, and the old combined
        // zone for the XBL.
        let cases = [
            ("blocked using sbl.spamhaus.org (127.0.0.3)", "spamhaus/css"),
            ("blocked using sbl-xbl.spamhaus.org (127.0.0.4)", "spamhaus/xbl"),
            (
                "blocked using sbl.spamhaus.org; https://www.spamhaus.org/sbl/query/sblcss",
                "spamhaus/css",
            ),
            (
                "blocked using sbl.spamhaus.org; https://www.spamhaus.org/sbl/query/sbl612345",
                "spamhaus/sbl",
            ),
        ];
        for (lower, entry) in cases {
            assert_eq!(lookup(lower).unwrap().entry.id, entry, "{lower}");
        }
    }

    #[test]
    fn other_codes_name_no_part() {
        for lower in [
            "blocked using zen.spamhaus.org (127.0.0.1)",
            "blocked using zen.spamhaus.org (127.0.0.100)",
        ] {
            assert_eq!(lookup(lower).unwrap().entry.id, "spamhaus/zen", "{lower}");
        }
    }

    #[test]
    fn refused_query_outranks_markers() {
        let lower = "blocked using zen.spamhaus.org (127.255.255.254) (127.0.0.2)";
        let found = lookup(lower).unwrap();
        assert_eq!(found.entry.id, "spamhaus/refused-query");
        assert!(found.blocklists.is_empty());
    }

    #[test]
    fn markers_name_parts_of_their_list() {
        let list = by_id(MARKERS.list).unwrap();
        for marker in MARKERS.markers {
            assert!(list.parts.iter().any(|p| p.code == marker.part), "{}", marker.text);
            assert_eq!(marker.text, marker.text.to_lowercase());
        }
        assert!(MARKERS.source.starts_with("https://"));
        assert_eq!(MARKERS.checked.len(), 10);
    }
}
