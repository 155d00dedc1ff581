//! DNS blocklists (DNSBLs) and reputation services a receiver may name.

use super::LinkRef;

/// One blocklist: how to recognise it in a reply and where delisting goes.
#[derive(Debug)]
pub struct Blocklist {
    /// Lowercase id, e.g. `spamhaus`.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Lowercase fragments that name the list in a reply.
    pub tokens: &'static [&'static str],
    /// Lookup and delisting pages.
    pub links: &'static [LinkRef],
    /// Public page the facts come from.
    pub source: &'static str,
}

/// Every known list.
pub static BLOCKLISTS: &[Blocklist] = &[
    Blocklist {
        id: "spamhaus",
        name: "Spamhaus",
        tokens: &["spamhaus", "zen.spamhaus"],
        links: &[LinkRef {
            label: "Spamhaus IP and domain reputation checker",
            url: "https://check.spamhaus.org/results/?query={ip}",
        }],
        source: "https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html",
    },
    Blocklist {
        id: "cloudmark",
        name: "Cloudmark Sender Intelligence (CSI)",
        tokens: &["cloudmark", "csi.cloudmark"],
        links: &[LinkRef {
            label: "Cloudmark CSI reset request",
            url: "https://csi.cloudmark.com/reset-request/?ip={ip}",
        }],
        source: "http://csi.cloudmark.com/reasons-admin.php",
    },
    Blocklist {
        id: "validity",
        name: "Validity (Return Path) Reputation Network Blocklist",
        tokens: &["senderscore", "returnpath", "return path"],
        links: &[LinkRef {
            label: "Sender Score blocklist lookup",
            url: "https://senderscore.org/blocklistlookup/",
        }],
        source: "https://help.returnpath.com/hc/en-us/articles/360003366532",
    },
];

/// Returns the list with this id.
pub fn by_id(id: &str) -> Option<&'static Blocklist> {
    BLOCKLISTS.iter().find(|b| b.id == id)
}

/// Returns the lists named in `lower` (lowercase text), in table order.
pub fn named_in(lower: &str) -> Vec<&'static Blocklist> {
    BLOCKLISTS.iter().filter(|b| b.tokens.iter().any(|t| lower.contains(t))).collect()
}
