//! RFC 3464 delivery-status fields.
//!
//! A message/delivery-status part is one per-message field group, then one
//! group per recipient, groups separated by blank lines. Fields may be
//! folded; values carry a type prefix (`rfc822; user@example.org`,
//! `smtp; 550 5.1.1 ...`, `dns; mx.example.net`).

use super::generic::{paragraphs, receiver_text};
use super::section::clean_address;
use super::Failure;
use crate::smtp;

/// Parses `Name: value` fields, unfolding continuation lines and decoding
/// RFC 2047 encoded words (`=?utf-8?B?...?=`), which some MTAs write into
/// a value as into a header.
pub fn fields(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = out.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':') {
            let name = name.trim();
            if !name.is_empty() && !name.contains(' ') {
                out.push((name.to_string(), value.trim().to_string()));
            }
        }
    }
    for (_, value) in &mut out {
        if let Some(decoded) = crate::input::decode_encoded_words(value) {
            *value = decoded;
        }
    }
    out
}

/// Splits a delivery-status part into recipient groups and turns each into
/// a [`Failure`]. Groups without a recipient field are per-message fields.
pub fn parse_dsn(text: &str) -> Vec<Failure> {
    let mut failures = Vec::new();
    for group in paragraphs(text) {
        let fields = fields(&group);
        let get = |name: &str| {
            fields.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
        };
        let Some(recipient) = get("Final-Recipient").or_else(|| get("Original-Recipient")) else {
            continue;
        };
        // RFC 3464 requires Action and Status in every recipient group; a
        // group with neither was cut short (its address may be too).
        if get("Action").is_none() && get("Status").is_none() {
            continue;
        }
        let diagnostic = get("Diagnostic-Code").map(strip_type).unwrap_or_default();
        let diagnostic_type = get("Diagnostic-Code")
            .and_then(|value| value.split_once(';'))
            .map(|(kind, _)| kind.trim().to_ascii_lowercase())
            .filter(|kind| !kind.is_empty() && !kind.contains(' ') && kind.len() < 16);
        let codes = smtp::find_codes(diagnostic);
        let status = get("Status")
            .map(|s| s.split_whitespace().next().unwrap_or("").to_string())
            .filter(|s| smtp::is_valid_status(s));
        let recipient = address_value(recipient);
        failures.push(Failure {
            // RFC 3464's Original-Recipient is the address as the sender
            // gave it, before any alias or forward changed it.
            original_recipient: get("Final-Recipient")
                .and(get("Original-Recipient"))
                .map(|value| original_address(value, &recipient))
                .filter(|address| address.contains('@')),
            recipient: Some(recipient),
            action: get("Action").map(|a| a.to_ascii_lowercase()),
            // The receiver's own enhanced code beats the Status field,
            // which sending MTAs often fill with a generic or a queue
            // code (5.0.0, 4.4.7) of their own.
            status: smtp::prefer_status(codes.status.filter(|s| smtp::is_valid_status(s)), status),
            reply: codes.reply,
            remote_mta: get("Remote-MTA").map(strip_type).map(str::to_string),
            // Postfix's `X-Postfix; host mx[ip] said: 550 ...` contains the
            // receiver's reply inside its own sentence.
            diagnostic: smtp::drop_repeated_codes(receiver_text(diagnostic)),
            mta_trailer: super::wrapper::cause_before_reply(diagnostic)
                .unwrap_or_default()
                .to_string(),
            // RFC 3464 gives a delayed message's retry deadline as a date.
            retry_window: get("Will-Retry-Until").map(|date| format!("until {date}")),
            diagnostic_type,
            ..Default::default()
        });
    }
    failures
}

/// Reads the address of a `Final-Recipient` or `Original-Recipient`
/// value: without its type, its RFC 5322 comments (`(the boss)`) and any
/// display name before an angle-addr (`"Jane Doe" <jane@example.net>`),
/// and, for the `utf-8` type, with RFC 6533's `\x{HEX}` escapes decoded.
fn address_value(value: &str) -> String {
    let address = strip_comments(strip_type(value));
    let address = match angle_addr(&address) {
        Some(inner) => inner.to_string(),
        None => address,
    };
    let utf8 =
        value.split_once(';').is_some_and(|(kind, _)| kind.trim().eq_ignore_ascii_case("utf-8"));
    let address = if utf8 { decode_unicode_escapes(&address) } else { address };
    clean_address(address.trim())
}

/// Reads an Original-Recipient value. RFC 3461 (section 4) carries the
/// ORCPT parameter it comes from as xtext, where `+` and two upper-case
/// hex digits encode one octet (`bob+2Bnews` is `bob+news`), and some MTAs
/// copy it into the DSN undecoded. It is decoded unless it is already
/// written as `final_recipient`, or the octets decoded are no UTF-8 text:
/// `alice+DEV` is a plus tag, not the octet 0xDE.
// NOTE: a plus tag of two upper-case hex digits that do decode
// (`bob+41` for `bobA`) is read as xtext too, because RFC 3461 gives no
// marker that distinguishes the two.
fn original_address(value: &str, final_recipient: &str) -> String {
    let written = address_value(value);
    if written.eq_ignore_ascii_case(final_recipient) {
        return written;
    }
    decode_xtext(&written).unwrap_or(written)
}

/// Decodes xtext's `+XX` octets. Returns `None` when `value` has none, or
/// when the octets are not UTF-8 text without control characters.
fn decode_xtext(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let is_upper_hex = |b: &u8| b.is_ascii_digit() || (b'A'..=b'F').contains(b);
    let mut out = Vec::with_capacity(bytes.len());
    let mut decoded = false;
    let mut at = 0;
    while at < bytes.len() {
        let hex = bytes.get(at + 1..at + 3).filter(|hex| hex.iter().all(is_upper_hex));
        match hex {
            Some(hex) if bytes[at] == b'+' => {
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                decoded = true;
                at += 3;
            }
            _ => {
                out.push(bytes[at]);
                at += 1;
            }
        }
    }
    let text = String::from_utf8(out).ok()?;
    (decoded && !text.chars().any(char::is_control)).then_some(text)
}

/// Removes RFC 5322 comments: text in parentheses, which may nest and
/// contain `\(`, outside a quoted local part (`"a (b)"@example.org`).
fn strip_comments(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut depth = 0usize;
    let mut quoted = false;
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if depth > 0 => {
                chars.next();
            }
            '\\' if quoted => {
                out.push(c);
                out.extend(chars.next());
            }
            '"' if depth == 0 => {
                quoted = !quoted;
                out.push(c);
            }
            '(' if !quoted => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Returns the address inside the first `<...>` outside a quoted string,
/// as RFC 5322's name-addr writes it after a display name, or `None`
/// without one.
fn angle_addr(value: &str) -> Option<&str> {
    let mut quoted = false;
    let mut escaped = false;
    for (at, c) in value.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '<' if !quoted => {
                let rest = &value[at + 1..];
                return rest.find('>').map(|end| rest[..end].trim());
            }
            _ => {}
        }
    }
    None
}

/// Decodes RFC 6533's `\x{HEX}` escapes (one to six hex digits naming a
/// Unicode scalar value). An escape that is invalid is kept as written.
fn decode_unicode_escapes(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find("\\x{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let decoded = after.find('}').and_then(|end| {
            let hex = &after[..end];
            let valid = (1..=6).contains(&hex.len()) && hex.chars().all(|c| c.is_ascii_hexdigit());
            let c = valid.then(|| u32::from_str_radix(hex, 16).ok().and_then(char::from_u32))??;
            Some((c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push_str("\\x{");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Drops the address-type or diagnostic-type prefix: `rfc822; x` -> `x`.
fn strip_type(value: &str) -> &str {
    match value.split_once(';') {
        Some((kind, rest)) if !kind.contains(' ') && kind.len() < 16 => rest.trim(),
        _ => value.trim(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_comments_and_escapes() {
        let cases = [
            ("rfc822; (the boss) bob@example.net", "bob@example.net"),
            ("rfc822; bob@example.net (Bob (at) home)", "bob@example.net"),
            ("rfc822; <bob@example.net> (a \\) in it)", "bob@example.net"),
            ("rfc822; \"b (o) b\"@example.net", "\"b (o) b\"@example.net"),
            ("utf-8; m\\x{FC}ller@example.de", "müller@example.de"),
            ("UTF-8; \\x{1F600}@example.de", "\u{1F600}@example.de"),
            ("utf-8; m\\x{D800}ller@example.de", "m\\x{D800}ller@example.de"),
            ("rfc822; m\\x{FC}ller@example.de", "m\\x{FC}ller@example.de"),
            ("rfc822; \"Display Name\" <named@example.net> (comment)", "named@example.net"),
            ("rfc822; Plain Name <plain@example.net>", "plain@example.net"),
            ("rfc822; \"Doe, <Jane>\" <jane@example.net>", "jane@example.net"),
            ("rfc822; \"a<b\"@example.net", "\"a<b\"@example.net"),
            ("utf-8; J\\x{FC}rgen <j\\x{FC}rgen@example.de>", "jürgen@example.de"),
        ];
        for (value, address) in cases {
            assert_eq!(address_value(value), address, "{value}");
        }
    }

    #[test]
    fn xtext_octets() {
        let cases = [
            ("bob+2Bnews@example.net", Some("bob+news@example.net")),
            ("m+C3+BCller@example.de", Some("müller@example.de")),
            ("alice+DEV@example.net", None),
            ("bob+2bnews@example.net", None),
            ("bob+0Anews@example.net", None),
            ("bob@example.net", None),
            ("bob+2", None),
        ];
        for (value, expected) in cases {
            assert_eq!(decode_xtext(value).as_deref(), expected, "{value}");
        }
    }

    #[test]
    fn two_recipients() {
        let text = "Reporting-MTA: dns; smtp.example.com\n\n\
            Final-Recipient: rfc822; a@example.org\n\
            Action: failed\n\
            Status: 5.2.1\n\
            Remote-MTA: dns; mx.example.org\n\
            Diagnostic-Code: smtp; 550 5.2.1 <a@example.org>... User\n  Unknown\n\n\
            Final-Recipient: rfc822; <b@example.org>\n\
            Action: delayed\n\
            Status: 4.4.7\n";
        let failures = parse_dsn(text);
        assert_eq!(failures.len(), 2);
        assert_eq!(failures[0].recipient.as_deref(), Some("a@example.org"));
        assert_eq!(failures[0].reply.as_deref(), Some("550"));
        assert_eq!(failures[0].remote_mta.as_deref(), Some("mx.example.org"));
        assert!(failures[0].diagnostic.ends_with("User Unknown"));
        assert_eq!(failures[0].diagnostic_type.as_deref(), Some("smtp"));
        assert_eq!(failures[1].recipient.as_deref(), Some("b@example.org"));
        assert_eq!(failures[1].action.as_deref(), Some("delayed"));
        assert_eq!(failures[1].status.as_deref(), Some("4.4.7"));
    }
}
