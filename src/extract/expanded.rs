//! The address the sender wrote to, as an MTA's report gives it after
//! the address an alias or a forward turned it into.
//!
//! Postfix writes `<sales@example.org> (expanded from <info@example.org>):`
//! and Sendmail a line `(expanded from: <info@example.org>)` under the
//! recipient's reason. Exim writes a line `(generated from
//! info@example.org)` under the address a redirection produced, and some
//! Exim bounces read `(ultimately generated from ...)` there instead.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::section::clean_address;

static EXPANDED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\((?:expanded|(?:ultimately\s+)?generated)\s+from:?\s*<?([^\s<>()@]+@[^\s<>()]+?)>?\s*\)",
    )
    .expect("expanded-from or generated-from pattern is valid")
});

/// Returns the original address named in a recipient's block of lines,
/// or `None` when the block names none. The lines are read joined,
/// because Postfix may wrap its line inside the brackets
/// (`<sales@example.org> (expanded from` / `    <info@example.org>):`).
pub fn original_in(lines: &[&str]) -> Option<String> {
    let joined = lines.join(" ");
    let captures = EXPANDED_FROM.captures(&joined)?;
    Some(clean_address(captures.get(1)?.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postfix_line_wrapped_in_alias() {
        let wrapped = ["<a@example.org> (expanded from", "    <b@example.org>): Command died with"];
        assert_eq!(original_in(&wrapped).as_deref(), Some("b@example.org"));
    }

    #[test]
    fn postfix_and_sendmail_forms() {
        let postfix =
            ["<a@example.org> (expanded from <b@example.org>): host x[192.0.2.1] said: 550"];
        assert_eq!(original_in(&postfix).as_deref(), Some("b@example.org"));
        let sendmail = [
            "<a@example.org>",
            "    (reason: 550 5.1.1 User unknown)",
            "    (expanded from: c@example.org)",
        ];
        assert_eq!(original_in(&sendmail).as_deref(), Some("c@example.org"));
    }

    #[test]
    fn exim_forms() {
        let generated = ["  a@example.org", "    (generated from b@example.org)"];
        assert_eq!(original_in(&generated).as_deref(), Some("b@example.org"));
        let ultimately = ["  a@example.org", "    (ultimately generated from <d@example.org>)"];
        assert_eq!(original_in(&ultimately).as_deref(), Some("d@example.org"));
    }

    #[test]
    fn local_alias_name_is_no_address() {
        // Sendmail names a local alias without a domain; it is not an
        // address the sender could have written to.
        assert_eq!(original_in(&["    (expanded from: staff)"]), None);
    }
}
