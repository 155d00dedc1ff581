//! Checks that a provider's explanation cites only codes that the reply
//! it explains must carry. An entry shared by several rules (one for
//! `[TSS04]`, one for `[TSS05]`) or a rule that matches on words alone
//! must not tell the reader "its 5.7.2 here means ..." when the reply
//! carried 4.7.0.

use super::{text::status_matches, Rule, PROVIDERS};
use regex_lite::Regex;

/// Returns the entry's reader-facing text: what, why and the steps.
fn entry_text(rule: &Rule) -> String {
    let entry = rule.entry;
    let mut text = format!("{} {}", entry.what, entry.why);
    for step in entry.steps {
        text.push(' ');
        text.push_str(step);
    }
    text
}

/// Returns the cited codes that `rule` does not guarantee in the reply.
fn unguaranteed(rule: &Rule, text: &str) -> Vec<String> {
    let status = Regex::new(r"\b[245]\.\d{1,3}\.\d{1,3}\b").unwrap();
    let bracketed = Regex::new(r"\[([A-Z]{2,}[0-9]+)\]").unwrap();
    let mut missing = Vec::new();
    for found in status.find_iter(text) {
        let code = found.as_str();
        if !rule.status.iter().any(|pattern| status_matches(pattern, code)) {
            missing.push(code.to_string());
        }
    }
    for found in bracketed.captures_iter(text) {
        let code = &found[1];
        let token = format!("[{}]", code.to_ascii_lowercase());
        let required = !rule.phrases.is_empty() && rule.phrases.iter().all(|p| p.contains(&token));
        if rule.code != code && !required {
            missing.push(format!("[{code}]"));
        }
    }
    missing
}

#[test]
fn provider_entries_cite_only_matched_codes() {
    let mut faults = Vec::new();
    for provider in PROVIDERS {
        for rule in provider.rules {
            let missing = unguaranteed(rule, &entry_text(rule));
            if !missing.is_empty() {
                faults.push(format!(
                    "{} rule {:?} -> {}: {missing:?}",
                    provider.id, rule.code, rule.entry.id
                ));
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn uncited_code_found() {
    let rule =
        Rule { code: "", status: &[], phrases: &["[tss09]"], entry: &crate::knowledge::UNKNOWN };
    assert_eq!(unguaranteed(&rule, "Its 5.7.2 here means a block ([TSS09])."), vec!["5.7.2"]);
    let rule =
        Rule { code: "TSS05", status: &["5.7.2"], phrases: &[], entry: &crate::knowledge::UNKNOWN };
    assert_eq!(unguaranteed(&rule, "This code ([TSS04]) and 5.7.2."), vec!["[TSS04]"]);
}
