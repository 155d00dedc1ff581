//! The domains that a bounce's addresses name. A bounce is addressed to
//! the sender, so its To names the sender's domain. A forwarder that
//! rewrote the envelope sender with the Sender Rewriting Scheme (SRS)
//! gets the bounce at its own address instead, which encodes the sender's
//! domain inside.

use crate::input::Decoded;

/// Returns the sender's domain that the bounce's To header names: the
/// domain inside an SRS address, or else the address's own domain.
/// Returns `None` for an email without a To header, such as pasted text.
pub(super) fn bounce_sender_domain(bounce: &Decoded) -> Option<&str> {
    let to = bounce.header("To")?;
    srs_domain(to).or_else(|| domain_of(to))
}

/// Returns the domain of the first mail address in a header value such as
/// `Mail Delivery System <MAILER-DAEMON@mx.example.org>`.
pub(super) fn domain_of(value: &str) -> Option<&str> {
    let (_, after) = value.split_once('@')?;
    let end = after
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(after.len());
    let domain = after[..end].trim_end_matches('.');
    domain.contains('.').then_some(domain)
}

/// Returns the original sender's domain inside an address rewritten by
/// the Sender Rewriting Scheme, which forwarders use so that SPF passes:
/// `SRS0=hash=time=example.com=alice@fwd.example.org`, or
/// `SRS1=hash=first-forwarder==hash=time=example.com=alice@...` after two
/// forwards. The forwarder's bounce goes to that address, in its own
/// domain, so the domain inside is the sender's.
fn srs_domain(value: &str) -> Option<&str> {
    let start = value.char_indices().find_map(|(at, _)| {
        let rest = value.get(at..at + 5)?;
        (rest.eq_ignore_ascii_case("srs0=") || rest.eq_ignore_ascii_case("srs1=")).then_some(at)
    })?;
    let local = &value[start..value[start..].find('@').map(|end| start + end)?];
    // SRS1 keeps the first forwarder's SRS0 fields after a double `=`.
    let fields = local.rsplit_once("==").map_or(local, |(_, last)| last);
    let mut parts = fields.split('=');
    if local[..4].eq_ignore_ascii_case("srs0") && !local.contains("==") {
        parts.next();
    }
    // hash, time, domain, local part
    let domain = parts.nth(2)?;
    domain.contains('.').then_some(domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn srs_addresses_decoded() {
        let cases = [
            ("SRS0=HHH=TT=example.com=alice@fwd.example.net", Some("example.com")),
            ("<srs0=HHH=TT=example.com=alice@fwd.example.net>", Some("example.com")),
            (
                "SRS1=HHH=fwd.example.net==HHH=TT=example.com=alice@fwd2.example.org",
                Some("example.com"),
            ),
            ("alice@example.com", None),
            ("SRS0=HHH=TT=nodot=alice@fwd.example.net", None),
        ];
        for (value, expected) in cases {
            assert_eq!(srs_domain(value), expected, "{value}");
        }
    }

    #[test]
    fn sender_domain_from_to_header() {
        let with_to = |value: &str| Decoded {
            headers: vec![("To".to_string(), value.to_string())],
            ..Default::default()
        };
        let srs = with_to("SRS0=HHH=TT=example.com=alice@fwd.example.net");
        let plain = with_to("Alice <alice@example.org>");
        assert_eq!(bounce_sender_domain(&srs), Some("example.com"));
        assert_eq!(bounce_sender_domain(&plain), Some("example.org"));
        assert_eq!(bounce_sender_domain(&Decoded::default()), None);
    }
}
