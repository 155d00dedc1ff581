//! Explains bounced email in plain language.
//!
//! Give [`explain`] what a mail system sent back (one SMTP reply line, the
//! text of a non-delivery report, or a whole raw bounce email) and get a
//! [`Report`] with, for each failed recipient: the cause, the fix and who
//! must act, whether to retry, and for blocks the sending IP address a
//! removal request must quote, with where it was found.
//!
//! ```
//! let report = bounce_explainer::explain(
//!     "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net \
//!      203.0.113.5 BL000010 found on one or more DNSBLs, see \
//!      http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
//! );
//! let failure = &report.recipients[0];
//! assert_eq!(failure.code.as_deref(), Some("BL000010"));
//! assert_eq!(failure.sender_ip.as_deref(), Some("203.0.113.5"));
//! ```
//!
//! The pipeline runs in stages, one module each: [`input`] decodes,
//! [`extract`] finds one failure per recipient, [`classify`] picks the
//! reason and explanation from the [`knowledge`] tables, [`sender_ip`]
//! picks the address to quote, and [`explain`](explain()) builds the report.
//! Beside them, [`smtp`] reads reply codes and enhanced status codes,
//! [`reason`] names the reasons as Sisimai does, and [`report`] is the
//! output model. A private `wasm` module exports `explain` and
//! `explainBytes` to JavaScript in the `wasm32` build.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod classify;
mod explain;
pub mod extract;
pub mod input;
pub mod knowledge;
pub mod mbox;
pub mod reason;
pub mod report;
pub mod sender_ip;
pub mod smtp;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use reason::Reason;
pub use report::{Actor, Explanation, InputKind, Link, Note, Recipient, Report};

/// Explains a pasted bounce given as text.
pub fn explain(text: &str) -> Report {
    explain::explain_bytes(text.as_bytes())
}

/// Explains a bounce given as raw bytes, such as an .eml file in any
/// charset. Invalid UTF-8 is tolerated.
pub fn explain_bytes(raw: &[u8]) -> Report {
    explain::explain_bytes(raw)
}

/// Explains one message of an mbox file, given as raw bytes with its
/// "From " line, that `lines_before` lines of the file precede
/// ([`mbox::Messages::lines_before_next`]). Its line numbers then count
/// lines of the whole file, as [`explain_bytes`] counts them for the file
/// read whole.
pub fn explain_mbox_message(raw: &[u8], lines_before: usize) -> Report {
    explain::explain_mbox_message(raw, lines_before)
}
