//! The enhanced status codes Postfix gives its own code-less sentences.
//!
//! A Postfix bounce prints only the sentence above its attachments
//! (`<bob@example.net>: lost connection with mx.example.net[...] while
//! sending end of data`), and the code sits in the delivery-status part.
//! Pasted alone, the sentence would lose what the whole bounce states, so
//! the code Postfix's source attaches to each sentence is put back.

use super::{has_codes, Failure};
use crate::classify::in_order;

/// Lowercase fragments of a Postfix sentence, in the order they appear,
/// and the status Postfix sends with it, each from Postfix's source
/// (github.com/vdukhovni/postfix, checked 2026-12-05).
const SENTENCES: &[(&[&str], &str)] = &[
    // smtp(8), smtp_proto.c: "mail for %s loops back to myself", 5.4.6
    // for the best MX. Postfix returns the message at once, so without the
    // code the card would read it as a network fault that is retried.
    (&["loops back to myself"], "5.4.6"),
    // local(8) and pipe(8): "mail forwarding loop for %s", 5.4.6, when
    // the message already carries a Delivered-To header for the recipient.
    (&["mail forwarding loop for "], "5.4.6"),
    // smtp(8), smtp_trouble.c: "conversation with %s timed out while %s"
    // and "lost connection with %s while %s", both 4.4.2.
    (&["conversation with ", " timed out while "], "4.4.2"),
    (&["lost connection with ", " while "], "4.4.2"),
    // smtp(8), smtp_proto.c: "message size %lu exceeds size limit %.0f of
    // server %s", 5.3.4.
    (&["message size ", " exceeds size limit ", " of server "], "5.3.4"),
    // local(8): "cannot update mailbox %s for user %s. error writing
    // message: %m", where Postfix's mbox_dsn() turns EFBIG ("File too
    // large") and EDQUOT ("Disk quota exceeded") into 5.2.2, a full
    // mailbox.
    (&["cannot update mailbox ", "error writing message: file too large"], "5.2.2"),
    (&["cannot update mailbox ", "error writing message: disk quota exceeded"], "5.2.2"),
    (&["cannot update mailbox ", "error writing message: disc quota exceeded"], "5.2.2"),
    // local(8) and pipe(8) running a delivery program, global/pipe_command.c:
    // "Command died with signal %d: "%s"", 4.3.0 and deferred, and
    // "Command time limit exceeded: "%s"", 5.3.0 and returned.
    (&["command died with signal "], "4.3.0"),
    (&["command time limit exceeded"], "5.3.0"),
];

/// Returns the status pipe_command.c sends with "Command died with status
/// %d", by the program's exit status: a <sysexits.h> code takes its status
/// from Postfix's table in global/sys_exits.c, and any other code 5.3.0.
/// Only EX_OSERR (71) and EX_TEMPFAIL (75) are temporary there.
/// NOTE: the Postfix source read (NetBSD's copy of
/// external/ibm-public/postfix/dist/src/global/) writes this sentence only
/// for codes outside <sysexits.h>, and the code's text for those inside.
/// Older releases may write it for both, which the table covers.
fn exit_status(lower: &str) -> Option<&'static str> {
    const OPENING: &str = "command died with status ";
    let after = &lower[lower.find(OPENING)? + OPENING.len()..];
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    let status = match digits.parse::<u32>().ok()? {
        64 | 66 | 69 | 70 | 72 | 74 => "5.3.0",
        65 => "5.6.0",
        67 => "5.1.1",
        68 => "5.1.2",
        71 | 75 => "4.3.0",
        73 => "5.2.0",
        76 => "5.5.0",
        77 => "5.7.0",
        78 => "5.3.5",
        _ => "5.3.0",
    };
    Some(status)
}

/// Puts the status Postfix sends with its own sentence on each failure
/// that carries no code of its own.
pub(super) fn add(failures: &mut [Failure]) {
    for failure in failures.iter_mut().filter(|f| !has_codes(f)) {
        let flat = failure.diagnostic.split_whitespace().collect::<Vec<_>>().join(" ");
        let lower = flat.to_ascii_lowercase();
        let found = SENTENCES.iter().find(|(fragments, _)| in_order(&lower, fragments));
        let status = found.map(|(_, status)| *status).or_else(|| exit_status(&lower));
        if let Some(status) = status {
            failure.status = Some(status.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::exit_status;

    #[test]
    fn exit_status_by_sysexits_code() {
        let status = |code: u32| exit_status(&format!("command died with status {code}: \"x\""));
        assert_eq!(status(75), Some("4.3.0"));
        assert_eq!(status(71), Some("4.3.0"));
        assert_eq!(status(67), Some("5.1.1"));
        assert_eq!(status(1), Some("5.3.0"));
        assert_eq!(status(127), Some("5.3.0"));
        assert_eq!(exit_status("command died with status: \"x\""), None);
    }
}
