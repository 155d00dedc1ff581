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
];

/// Puts the status Postfix sends with its own sentence on each failure
/// that carries no code of its own.
pub(super) fn add(failures: &mut [Failure]) {
    for failure in failures.iter_mut().filter(|f| !has_codes(f)) {
        let flat = failure.diagnostic.split_whitespace().collect::<Vec<_>>().join(" ");
        let lower = flat.to_ascii_lowercase();
        let found = SENTENCES.iter().find(|(fragments, _)| in_order(&lower, fragments));
        if let Some((_, status)) = found {
            failure.status = Some(status.to_string());
        }
    }
}
