//! The place of a reply code in prose. Set off on its own line, it is a
//! quoted or pasted reply. Inside a sentence (`came back with "550 5.1.1
//! user unknown" but it works now`), it is a person's account of a failure.

use super::marks::has_postfix_recipient_failure;
use super::rule::REPLY_PAIR;
use super::Failure;

/// True when a reply in a person's email is set off from the prose, as a
/// quoted or pasted reply is. Its reply code or status code opens a line
/// (after quote marks or a `>`) that does not carry on the sentence of the
/// line before, or a Postfix recipient line carries it.
/// A code inside a sentence (`came back with "550 5.1.1 user unknown"
/// but it works now`) is the person's account of a past failure, not a
/// report of one.
pub(super) fn is_set_off(failure: &Failure, section: &str) -> bool {
    let codes = [failure.reply.as_deref(), failure.status.as_deref()];
    let mut previous = "";
    let opens = section.lines().any(|line| {
        let line = line.trim();
        let bare = line.trim_start_matches(|c: char| c.is_whitespace() || ">\"'`".contains(c));
        let opens = codes.iter().flatten().any(|code| {
            bare.strip_prefix(code).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '-', '\t']))
        });
        // Prose wrapped just before a quoted code carries on its sentence.
        let found = opens && !continues_sentence(previous.trim_start_matches('>').trim());
        previous = line;
        found
    });
    opens || has_postfix_recipient_failure(&section.to_lowercase())
}

/// True when a reply in pasted text sits inside a sentence, as the
/// writer's account of a failure rather than a report of one. Each place
/// its codes appear is prose: not after a field's mark (`said: 550`,
/// `Diagnostic-Code: smtp; 550`, `dsn=5.1.1`, `(#5.1.1)`), nor opening a
/// line, unless the line before stops mid-sentence, is no field
/// (`Recipient: bob@example.net`) and the code's own line has none of a
/// reply's marks (`<bob@example.net>:`, `[198.51.100.5]`).
pub(super) fn is_recounted(failure: &Failure, section: &str) -> bool {
    let codes: Vec<&str> = [failure.reply.as_deref(), failure.status.as_deref()].into_iter().flatten().collect();
    if has_postfix_recipient_failure(&section.to_lowercase()) {
        return false;
    }
    let mut code_found = false;
    let mut previous = "";
    let set_off = section.lines().any(|line| {
        let line = line.trim();
        let prior = std::mem::replace(&mut previous, line).trim_start_matches('>').trim();
        let places: Vec<usize> = codes.iter().flat_map(|code| line.match_indices(code).map(|(at, _)| at)).collect();
        code_found |= !places.is_empty();
        places.into_iter().any(|at| {
            let lead = line[..at].trim_end_matches(|c: char| c.is_whitespace() || "\"'`>".contains(c));
            if lead.is_empty() {
                let prose_line = !line.contains([':', ';', '<', '[', '#']);
                // A line before that opens with its own reply (`550 5.1.1
                // User unknown`) is a reply pasted from a log, not prose.
                let prose_before = continues_sentence(prior) && !opens_with_reply_pair(prior);
                return !(prose_before && !is_field(prior) && prose_line);
            }
            let lower = lead.to_lowercase();
            lead.ends_with([':', ';', '=', '(', '[', '#', '<', '-'])
                || ["said", "replied", "returned"].iter().any(|w| lower.ends_with(w))
        })
    });
    code_found && !set_off
}

/// True when `line` opens with a reply code and its enhanced status code.
fn opens_with_reply_pair(line: &str) -> bool {
    REPLY_PAIR.find(line).is_some_and(|found| found.start() == 0)
}

/// True when `line` reads as a labelled field (`Recipient e-mail: value`):
/// a label of one to three words before its first colon.
fn is_field(line: &str) -> bool {
    line.split_once(": ").is_some_and(|(label, _)| (1..=3).contains(&label.split_whitespace().count()))
}

/// True when `line` stops mid-sentence: it ends in a letter or a comma
/// and is neither a transcript line (`<<< 550 ...`) nor a reply line that
/// announces its continuation (`550-...`).
pub(super) fn continues_sentence(line: &str) -> bool {
    let bytes = line.as_bytes();
    let announces_more = bytes.len() > 3 && bytes[..3].iter().all(u8::is_ascii_digit) && bytes[3] == b'-';
    let smtp = line.starts_with("<<<") || line.starts_with(">>>") || announces_more;
    !smtp && line.ends_with(|c: char| c.is_alphabetic() || c == ',')
}
