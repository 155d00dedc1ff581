//! A sending service's event record can carry the sending IP in a field
//! of its own, beside the receiver's reply that names one too.

use super::address::{self, parse_public};
use crate::extract::Failure;

/// Writes a note when a sending service's event record gives, in a field
/// of its own, another sending IP than the `quoted` one read from the
/// receiver's text. The receiver's address stays quoted, since the
/// receiving server saw it, and the note shows the field's address beside
/// it. An internal address in the field gets no note, because a receiver
/// outside the sending network never gets a connection from it.
pub fn field_disagreement(failure: &Failure, quoted: Option<&str>) -> Option<String> {
    let (field_text, field) = failure.sending_ip.as_ref()?;
    let quoted_text = quoted?;
    let field_ip = parse_public(field_text)?;
    let quoted_ip = address::parse_token(quoted_text).map(|(ip, _)| ip)?;
    if field_ip == quoted_ip {
        return None;
    }
    Some(format!(
        "The event record's `{field}` field gives {field_ip} as the sending IP address, but the \
         receiver's reply names {quoted_text}. The reply's address is the one quoted here, because \
         the receiving server saw it. Ask the sending service which of the two sent this message \
         before you request a removal."
    ))
}
