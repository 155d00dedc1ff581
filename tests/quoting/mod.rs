//! Quoting as a mail program writes it in a reply, shared by the tests of
//! bounces forwarded or quoted inline.

/// Quotes every line with "> " (a blank line with ">" alone), as a mail
/// program does when replying.
#[allow(dead_code)] // Not every test file that declares this module uses it.
pub fn quoted(text: &str) -> String {
    quoted_with(text, "> ")
}

/// Quotes every line with `marker`, as [`quoted`] does with "> ". A blank
/// line gets the marker without its trailing space (`>`, `>>`, `> >`).
pub fn quoted_with(text: &str, marker: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        match line.is_empty() {
            true => out.push_str(marker.trim_end()),
            false => {
                out.push_str(marker);
                out.push_str(line);
            }
        }
        out.push('\n');
    }
    out
}
