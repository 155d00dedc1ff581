//! Punycode (RFC 3492): the `xn--` form in which mail headers and SMTP
//! carry an internationalised host name label. A lookalike such as
//! `оutlook.com` with a Cyrillic `о` travels as `xn--utlook-vqf.com`, so
//! the lookalike check has to see the decoded label. The forward check
//! decodes too, because a DSN may name one recipient once with U-labels
//! and once with A-labels.
//!
//! Only decoding is needed, which is a short algorithm; the `idna` crate
//! would also bring Unicode's mapping tables into the .wasm.

const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 128;
/// A DNS label has at most 63 octets, which bounds the work per label.
const MAX_LABEL: usize = 63;

/// Decodes one label in its `xn--` form (any case) to Unicode. Returns
/// `None` for a label without the prefix or with invalid Punycode.
pub fn decode_label(label: &str) -> Option<String> {
    if label.len() > MAX_LABEL || !label.get(..4)?.eq_ignore_ascii_case("xn--") {
        return None;
    }
    let encoded = &label[4..];
    if encoded.is_empty() || !encoded.is_ascii() {
        return None;
    }
    // Basic code points come before the last '-', the encoded deltas after.
    let (basic, deltas) = match encoded.rfind('-') {
        Some(at) => (&encoded[..at], &encoded[at + 1..]),
        None => ("", encoded),
    };
    let mut output: Vec<char> = basic.chars().collect();
    let (mut n, mut i, mut bias) = (INITIAL_N, 0u32, INITIAL_BIAS);
    let mut digits = deltas.bytes().peekable();
    while digits.peek().is_some() {
        let old_i = i;
        let mut weight = 1u32;
        let mut k = BASE;
        loop {
            let digit = digit_value(digits.next()?)?;
            i = i.checked_add(digit.checked_mul(weight)?)?;
            let threshold = if k <= bias {
                T_MIN
            } else if k >= bias + T_MAX {
                T_MAX
            } else {
                k - bias
            };
            if digit < threshold {
                break;
            }
            weight = weight.checked_mul(BASE - threshold)?;
            k += BASE;
        }
        let length = output.len() as u32 + 1;
        bias = adapt(i - old_i, length, old_i == 0);
        n = n.checked_add(i / length)?;
        i %= length;
        output.insert(i as usize, char::from_u32(n)?);
        i += 1;
    }
    Some(output.into_iter().collect())
}

/// Decodes every `xn--` label of a dotted name; `None` when it has none
/// or one does not decode.
pub fn decode_name(name: &str) -> Option<String> {
    let mut any = false;
    let mut labels = Vec::new();
    for label in name.split('.') {
        if label.get(..4).is_some_and(|prefix| prefix.eq_ignore_ascii_case("xn--")) {
            labels.push(decode_label(label)?);
            any = true;
        } else {
            labels.push(label.to_string());
        }
    }
    any.then(|| labels.join("."))
}

/// Returns `address` with its domain in lower case when the domain has an
/// A-label (`USER@XN--BCHER-KVA.EXAMPLE` to `USER@xn--bcher-kva.example`),
/// the form that IDNA's ToASCII produces (RFC 3490). Domain names are
/// case-insensitive (RFC 5890), but the local part may not be (RFC 5321),
/// so it keeps its case, and so does a domain without an A-label.
pub fn lowercase_a_label_domain(address: &str) -> String {
    let Some((local, domain)) = address.rsplit_once('@') else {
        return address.to_string();
    };
    let has_a_label = domain
        .split('.')
        .any(|label| label.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("xn--")));
    match has_a_label {
        true => format!("{local}@{}", domain.to_ascii_lowercase()),
        false => address.to_string(),
    }
}

fn digit_value(byte: u8) -> Option<u32> {
    match byte {
        b'a'..=b'z' => Some(u32::from(byte - b'a')),
        b'A'..=b'Z' => Some(u32::from(byte - b'A')),
        b'0'..=b'9' => Some(u32::from(byte - b'0') + 26),
        _ => None,
    }
}

/// RFC 3492 section 6.1: the bias for the next delta.
fn adapt(delta: u32, length: u32, first: bool) -> u32 {
    let mut delta = if first { delta / DAMP } else { delta / 2 };
    delta += delta / length;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_a_label_domain_cases() {
        let cases = [
            ("USER@XN--BCHER-KVA.EXAMPLE", "USER@xn--bcher-kva.example"),
            ("info@MAIL.EXAMPLE.XN--P1AI", "info@mail.example.xn--p1ai"),
            ("USER@EXAMPLE.NET", "USER@EXAMPLE.NET"),
            ("XN--USER@EXAMPLE.NET", "XN--USER@EXAMPLE.NET"),
            ("no address", "no address"),
        ];
        for (written, shown) in cases {
            assert_eq!(lowercase_a_label_domain(written), shown, "{written}");
        }
    }

    #[test]
    fn labels_decode() {
        assert_eq!(decode_label("xn--utlook-vqf").as_deref(), Some("\u{43e}utlook"));
        assert_eq!(decode_label("xn--bcher-kva").as_deref(), Some("bücher"));
        assert_eq!(decode_label("XN--MNCHEN-3YA").as_deref(), Some("MüNCHEN"));
        // RFC 3492 section 7.1 (A): Arabic (Egyptian).
        assert_eq!(
            decode_label("xn--egbpdaj6bu4bxfgehfvwxn").as_deref(),
            Some("\u{644}\u{64a}\u{647}\u{645}\u{627}\u{628}\u{62a}\u{643}\u{644}\u{645}\u{648}\u{634}\u{639}\u{631}\u{628}\u{64a}\u{61f}")
        );
    }

    #[test]
    fn bad_input_gives_none() {
        for label in [
            "example",
            "xn--",
            "xn--99999999999",
            "xn--ü",
            "xn--a-!",
            &format!("xn--{}", "a".repeat(80)),
        ] {
            assert!(decode_label(label).is_none(), "{label}");
        }
        assert_eq!(decode_name("mail.example.com"), None);
        // A multi-byte character across the prefix's end is no prefix.
        assert_eq!(decode_name("josé@bücher.exa\u{202e}mple"), None);
        assert_eq!(decode_name("mx.xn--bcher-kva.example").as_deref(), Some("mx.bücher.example"));
    }
}
