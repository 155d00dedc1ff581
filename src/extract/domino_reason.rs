//! Domino's report layout: the failed recipients listed under `was not
//! delivered to:`, then their reason under `because:`.

/// The position of a line scan in Domino's report, which lists the failed
/// recipients under `was not delivered to:` and then gives their reason in
/// the paragraph under `because:` (`User Bob (bob@example.net) not listed
/// in Domino Directory`). Sisimai's Domino reader
/// (<https://github.com/sisimai/p5-sisimai>, lib/Sisimai/Lhost/Domino.pm)
/// takes the recipients from the list alone.
#[derive(Default)]
pub(super) struct DominoReason {
    /// A `was not delivered to:` heading was seen.
    listed: bool,
    /// Inside the `because:` paragraph, and whether its text has started.
    in_reason: Option<bool>,
}

impl DominoReason {
    /// Advances past `line` and returns true when it belongs to the
    /// paragraph under `because:`.
    pub(super) fn is_reason_line(&mut self, line: &str) -> bool {
        let trimmed = line.trim();
        if ends_with_ignore_case(trimmed, "was not delivered to:") {
            self.listed = true;
            self.in_reason = None;
            return false;
        }
        if self.listed && trimmed.eq_ignore_ascii_case("because:") {
            self.in_reason = Some(false);
            return false;
        }
        match self.in_reason {
            Some(started) if trimmed.is_empty() => {
                // Blank lines between `because:` and its text are skipped,
                // and the first blank line after the text ends it.
                if started {
                    self.in_reason = None;
                }
                false
            }
            Some(_) => {
                self.in_reason = Some(true);
                true
            }
            None => false,
        }
    }
}

fn ends_with_ignore_case(text: &str, suffix: &str) -> bool {
    let (text, suffix) = (text.as_bytes(), suffix.as_bytes());
    text.len() >= suffix.len() && text[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}
