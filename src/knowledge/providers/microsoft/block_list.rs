//! Outlook.com's refusal "Please contact your Internet service provider
//! since part of their network is on our block list (S3150)". Bounces
//! posted in public forums show the same sentence with S3140, S3150,
//! AS3140 and AS3150 after it, and older ones with SC-001 before it and
//! no code after. The sentence names the block, so every code in it gets
//! the network-block entry, including codes that no rule lists.
//! NOTE: Microsoft publishes no list of these codes. S3113 and the other
//! S31xx codes are read by the sentence alone.

use super::super::text::flatten;
use super::NETWORK_BLOCKED;
use crate::knowledge::Match;

/// Outlook.com's sentence for a sending network on its block list,
/// lowercase.
pub(super) const SENTENCE: &str = "part of their network is on our block list";

/// Returns the network-block match with the code in brackets after
/// Outlook.com's block-list sentence (`(S3113)`, `(AS3150)`): an `S` or
/// `AS` and one to six digits. Text without that sentence or code
/// returns `None`, so the provider's rules read it.
pub(super) fn lookup(text: &str, _remote_host: Option<&str>) -> Option<Match> {
    let flat = flatten(&text.to_ascii_lowercase());
    let after = flat.find(SENTENCE)? + SENTENCE.len();
    let bracketed = flat[after..].trim_start().strip_prefix('(')?;
    let code = &bracketed[..bracketed.find(')')?];
    let digits = code.strip_prefix("as").or_else(|| code.strip_prefix('s'))?;
    let numeric = (1..=6).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    numeric.then(|| Match {
        provider: Some("microsoft"),
        code: Some(code.to_ascii_uppercase()),
        entry: &NETWORK_BLOCKED,
        blocklists: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_code_after_sentence() {
        let wrapped = "550 5.7.1 ... since part of their network\n    is on our block list \
                       (S3113). You can also refer";
        let found = lookup(wrapped, None).expect("sentence with code");
        assert_eq!(found.code.as_deref(), Some("S3113"));
        assert_eq!(found.entry.id, "microsoft/network-blocked");
        let prefixed = "part of their network is on our block list (AS3150)";
        assert_eq!(lookup(prefixed, None).and_then(|m| m.code).as_deref(), Some("AS3150"));
    }

    #[test]
    fn ignores_other_brackets() {
        assert!(lookup("part of their network is on our block list. You can", None).is_none());
        assert!(lookup("part of their network is on our block list (see below)", None).is_none());
        assert!(lookup("part of their network is on our block list (S)", None).is_none());
        assert!(lookup("550 5.7.1 blocked (S3150)", None).is_none());
    }
}
