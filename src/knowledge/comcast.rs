//! Comcast (Xfinity) inbound mail: the codes of its SMTP error code page.
//!
//! Real replies carry the code as a URL fragment
//! (`smtp-error-codes.php#BL000010`) or as a bare token between the
//! receiving host names and the sender's IP
//! (`resimta-ch2-01v.sys.comcast.net resimta-ch2-01v.sys.comcast.net
//! 203.0.113.5 BL000010 ...`). In `BL000abc` the three last digits are
//! flags: `a` Validity (Return Path) RPBL, `b` Cloudmark CSI, `c` Spamhaus
//! ZEN; all zero is Comcast's own list.
//!
//! Source: <https://postmaster.comcast.net/smtp-error-codes.php>.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::{Entry, LinkRef, Match};
use crate::reason::Reason;
use crate::report::Actor;

const SOURCE: &str = "https://postmaster.comcast.net/smtp-error-codes.php";
const CHECKED: &str = "2026-12-04";

static CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(ES0000(?:01|10)|BL000[01]{3}|DM000001|RL00000[1-3])\b")
        .expect("Comcast code pattern is valid")
});

/// Comcast's block-removal request form; it asks for the blocked IP.
pub static REMOVAL_FORM: LinkRef = LinkRef {
    label: "Comcast block removal request (quote the blocked IP)",
    url: "https://postmaster.comcast.net/block-removal-request.html",
};

/// Listed by Cloudmark CSI.
pub static BL000010: Entry = Entry {
    id: "comcast/BL000010",
    reason: Reason::Blocked,
    what: "Comcast refused the message because the sending server's IP \
           address is listed by Cloudmark Sender Intelligence (CSI).",
    why: "Cloudmark scores IP addresses by the spam seen from them; Comcast \
          rejects mail from addresses Cloudmark rates badly. A shared mail \
          server can be listed because of another user's mail.",
    steps: &[
        "Tell whoever runs your mail server (your provider or IT) that its \
         IP is listed by Cloudmark CSI, and pass on the bounce.",
        "They find and stop the source of the spam on that server.",
        "They ask Cloudmark for a reset of the IP's reputation, quoting the \
         IP shown here.",
        "Send the message again once the listing is cleared.",
    ],
    who: Actor::Admin,
    temporary: Some(false),
    links: &[LinkRef {
        label: "Cloudmark CSI reset request",
        url: "https://csi.cloudmark.com/reset-request/?ip={ip}",
    }],
    source: SOURCE,
    checked: CHECKED,
};

/// Finds a Comcast code in the receiver's text and returns its entry.
pub fn lookup(text: &str) -> Option<Match> {
    let code = CODE.captures(text)?.get(1)?.as_str();
    let entry = entry_for(code)?;
    Some(Match {
        provider: Some("comcast"),
        code: Some(code.to_string()),
        entry,
        blocklists: bl_flags(code),
    })
}

fn entry_for(code: &str) -> Option<&'static Entry> {
    match code {
        "BL000010" => Some(&BL000010),
        _ => None,
    }
}

/// Decodes the flag digits of a `BL000abc` code into blocklist ids.
pub fn bl_flags(code: &str) -> Vec<&'static str> {
    let Some(flags) = code.strip_prefix("BL000") else {
        return Vec::new();
    };
    let bits: Vec<bool> = flags.bytes().map(|b| b == b'1').collect();
    let mut lists = Vec::new();
    if bits.first() == Some(&true) {
        lists.push("validity");
    }
    if bits.get(1) == Some(&true) {
        lists.push("cloudmark");
    }
    if bits.get(2) == Some(&true) {
        lists.push("spamhaus");
    }
    lists
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_decoded() {
        let cases: [(&str, &[&str]); 4] = [
            ("BL000000", &[]),
            ("BL000001", &["spamhaus"]),
            ("BL000010", &["cloudmark"]),
            ("BL000111", &["validity", "cloudmark", "spamhaus"]),
        ];
        for (code, lists) in cases {
            assert_eq!(bl_flags(code), lists, "{code}");
        }
    }

    #[test]
    fn code_found_in_fragment_and_token() {
        let fragment = "554 5.7.1 More information at \
                        http://postmaster.comcast.net/smtp-error-codes.php#BL000010";
        assert_eq!(lookup(fragment).unwrap().code.as_deref(), Some("BL000010"));
        let token = "554 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net \
                     203.0.113.5 BL000010 found on one or more DNSBLs";
        assert_eq!(lookup(token).unwrap().code.as_deref(), Some("BL000010"));
    }
}
