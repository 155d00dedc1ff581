//! Dotted numbers that the words before them name as something other
//! than an address: a version, a policy, a document section or an RFC
//! clause. `section 4.1.1.1` looks exactly like an IPv4 address.

/// Words after which a dotted number is a version, a policy or a
/// reference, not an address: `Sophos UTM 9.7.1.2, blocked`, `policy
/// 12.4.0.1`, `section 4.1.1.1`, `clause 8.1.2.3`. Compared lowercase.
const NUMBER_NAMES: &[&str] = &[
    "article",
    "build",
    "chapter",
    "clause",
    "firmware",
    "kb",
    "para",
    "paragraph",
    "patch",
    "policy",
    "reference",
    "ref",
    "release",
    "rev",
    "revision",
    "rule",
    "section",
    "sections",
    "utm",
    "v",
    "ver",
    "version",
];

/// Abbreviations that name a section or paragraph when written with a
/// dot: `sec. 4.1.1.1`, `para. 4.1.1.1`. A full word before a dot ends a
/// sentence, and the token after it may well be an address.
const NUMBER_ABBREVIATIONS: &[&str] = &["art", "ch", "cl", "para", "sec"];

/// Words that join a list of numbers: `sections 4.1.1.1 and 4.1.1.2`.
const LIST_JOINS: &[&str] = &["and", "or", "to", "through"];

/// Maximum number of earlier list items checked for a naming word, so a
/// long run of dotted numbers costs linear time.
const MAX_LIST_ITEMS: usize = 8;

/// True when the words right before the token name it as a version,
/// policy, reference or document section number. That is the case after
/// one of [`NUMBER_NAMES`], after `§` or an RFC number (`RFC 5321
/// 4.1.1.1`), and for a later item in a list of such numbers.
pub fn is_named_number(text: &str, start: usize) -> bool {
    is_named_item(text, start, MAX_LIST_ITEMS)
}

fn is_named_item(text: &str, start: usize, items_left: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t', '#', ':']);
    if before.ends_with('§') {
        return true;
    }
    let (word, dotted) = match before.strip_suffix('.') {
        Some(abbreviated) => (last_word(abbreviated), true),
        None => (last_word(before), false),
    };
    let named = if dotted {
        NUMBER_ABBREVIATIONS.iter().any(|name| word.eq_ignore_ascii_case(name))
    } else {
        NUMBER_NAMES.iter().any(|name| word.eq_ignore_ascii_case(name))
    };
    if named || follows_rfc_number(before) {
        return true;
    }
    items_left > 0
        && previous_list_item(before, word)
            .is_some_and(|item| is_named_item(text, item, items_left - 1))
}

/// Returns the run of ASCII letters that ends `text`.
fn last_word(text: &str) -> &str {
    let letters = text.bytes().rev().take_while(u8::is_ascii_alphabetic).count();
    &text[text.len() - letters..]
}

/// True when `before` ends with an RFC's number: `RFC 5321`, `RFC5321`,
/// `RFC 5321,`.
fn follows_rfc_number(before: &str) -> bool {
    let before = before.trim_end_matches(',');
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return false;
    }
    let name = before[..before.len() - digits].trim_end();
    // `get` returns None inside a multi-byte character, which cannot end `rfc`.
    name.get(name.len().saturating_sub(3)..).is_some_and(|word| word.eq_ignore_ascii_case("rfc"))
}

/// Returns where the previous dotted number starts when `before` ends
/// with one and a list separator (`4.1.1.1,`, `4.1.1.1 and`), so the
/// naming word of the whole list can be found.
fn previous_list_item(before: &str, word: &str) -> Option<usize> {
    let rest = if LIST_JOINS.iter().any(|join| word.eq_ignore_ascii_case(join)) {
        before[..before.len() - word.len()].trim_end()
    } else {
        before.strip_suffix(',')?
    };
    let rest = rest.trim_end_matches([',', ' ']);
    let number = rest.bytes().rev().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
    let item = &rest[rest.len() - number..];
    (item.contains('.') && item.starts_with(|c: char| c.is_ascii_digit()))
        .then_some(rest.len() - number)
}
