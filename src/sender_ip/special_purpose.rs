//! Whether an address could be a sending server's on the public Internet,
//! following the IANA special-purpose address registries (RFC 6890 and
//! its updates): <https://www.iana.org/assignments/iana-ipv4-special-registry>
//! and <https://www.iana.org/assignments/iana-ipv6-special-registry>.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// False for the blocks the registries mark as not globally reachable,
/// for IPv4 multicast, and for IPv6 outside global unicast. Such an
/// address is a hop inside a network or no host at all, so no blocklist
/// lists it. The documentation ranges (192.0.2.0/24, 198.51.100.0/24,
/// 203.0.113.0/24, 2001:db8::/32, 3fff::/20) count as public so that
/// anonymised bounces work.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, d] = ip.octets();
    // 192.0.0.0/24 is kept for IETF protocols. Only its anycast addresses
    // 192.0.0.9 (PCP) and 192.0.0.10 (TURN) are globally reachable.
    let ietf_protocol = a == 192 && b == 0 && c == 0 && d != 9 && d != 10;
    // 192.88.99.0/24 was the 6to4 relays' anycast block (deprecated by
    // RFC 7526). Relays carry IPv6 in it, so no SMTP client connects from it.
    let relay_anycast = a == 192 && b == 88 && c == 99;
    let benchmarking = a == 198 && (b & 0xfe) == 18;
    let shared = a == 100 && (64..128).contains(&b);
    !(ip.is_private()
        || ip.is_loopback()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || a == 0
        || a >= 240
        || shared
        || ietf_protocol
        || relay_anycast
        || benchmarking)
}

/// True inside 2000::/3, the only block IANA allocates global unicast
/// addresses from, outside the blocks of 2001::/23 that the registry marks
/// as not globally reachable. Everything outside 2000::/3 (loopback,
/// link-local fe80::/10, unique-local fc00::/7, multicast, the SRv6 block
/// 5f00::/16, and unallocated space that a token like `1::ffff` or
/// `12::34` falls into) cannot be a sending server.
fn is_public_v6(ip: Ipv6Addr) -> bool {
    let segments = ip.segments();
    if (segments[0] & 0xe000) != 0x2000 {
        return false;
    }
    segments[0] != 0x2001 || segments[1] >= 0x200 || is_reachable_ietf_v6(segments)
}

/// True for the parts of 2001::/23 (IETF protocol assignments) that a
/// sending server can connect from: Teredo 2001::/32, whose clients
/// connect from it directly (the registry gives "N/A"), and the blocks the
/// registry marks as globally reachable. These are the PCP, TURN and
/// DNS-SD SRP anycast addresses 2001:1::1 to 2001:1::3, AMT 2001:3::/32,
/// AS112-v6 2001:4:112::/48, ORCHIDv2 2001:20::/28 and DRIP 2001:30::/28.
/// The rest, such as the benchmarking block 2001:2::/48, is not.
fn is_reachable_ietf_v6(segments: [u16; 8]) -> bool {
    let anycast = segments[1] == 1 && segments[2..7] == [0; 5] && (1..=3).contains(&segments[7]);
    match segments[1] {
        0 | 3 => true,
        4 => segments[2] == 0x112,
        0x20..=0x3f => true,
        _ => anycast,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_purpose_blocks() {
        // Each address, and whether a sending server could connect from it.
        let cases = [
            ("198.18.0.5", false),
            ("198.19.255.254", false),
            ("198.17.255.255", true),
            ("198.20.0.1", true),
            ("192.0.0.8", false),
            ("192.0.0.170", false),
            ("192.0.0.9", true),
            ("192.0.0.10", true),
            ("192.0.1.1", true),
            ("192.88.99.1", false),
            ("192.31.196.1", true),
            ("192.52.193.1", true),
            ("192.175.48.1", true),
            ("240.0.0.1", false),
            ("224.0.0.5", false),
            ("::ffff:198.18.0.5", false),
            ("2001:2::1", false),
            ("2001:2:0:ffff::1", false),
            ("2001:10::1", false),
            ("2001:1::4", false),
            ("2001:1ff::1", false),
            ("2001:1::1", true),
            ("2001:1::3", true),
            ("2001::1", true),
            ("2001:3::1", true),
            ("2001:4:112::1", true),
            ("2001:4:113::1", false),
            ("2001:20::1", true),
            ("2001:3f::1", true),
            ("2001:200::1", true),
            ("2001:db8::1", true),
            ("2002:cb00:712d::1", true),
            ("2620:4f:8000::1", true),
            ("5f00::1", false),
            ("100::1", false),
            ("64:ff9b:1::1", false),
        ];
        for (text, expected) in cases {
            let ip: IpAddr = text.parse().expect("the case is an address");
            assert_eq!(is_public(ip), expected, "{text}");
        }
    }
}
