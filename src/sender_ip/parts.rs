//! A bounce with a delivery-status part copies the receiver's reply twice:
//! into its human-readable text and into each recipient's Diagnostic-Code
//! field (RFC 3464). When the two copies name different sending IPs, the
//! field's address is quoted and the card warns that the parts disagree.

/// Returns the warning for a recipient whose Diagnostic-Code field names
/// `quoted` as the sending IP and whose text part names `other`.
pub(super) fn disagreement(quoted: &str, other: &str) -> String {
    format!(
        "The bounce names two different sending IP addresses: its Diagnostic-Code field gives \
         {quoted}, and its text part gives {other}. This card quotes {quoted}, the field's \
         address. Check which of the two is your sending server's before you request a removal."
    )
}
