//! Quoting as a mail program writes it in a reply, shared by the tests of
//! bounces forwarded or quoted inline.

/// Quotes every line with "> " (a blank line with ">" alone), as a mail
/// program does when replying.
pub fn quoted(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        match line.is_empty() {
            true => out.push_str(">\n"),
            false => out.push_str(&format!("> {line}\n")),
        }
    }
    out
}
