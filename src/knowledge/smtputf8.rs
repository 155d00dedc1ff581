//! The sending server's report that the message needs SMTPUTF8 (RFC 6531)
//! and the receiving server did not offer that extension. Postfix's
//! smtp(8) writes "SMTPUTF8 is required, but was not offered by host
//! mx.example.net[198.51.100.20]" with status 5.6.7 and no reply from
//! the receiver, as Postfix logs quoted in public notes show
//! (`dsn=5.6.7, status=bounced (SMTPUTF8 is required, but was not
//! offered by host ...)`). A message needs SMTPUTF8 when an envelope
//! address or, under Postfix's autodetection, a header carries raw UTF-8
//! (Postfix's SMTPUTF8_README, "SMTPUTF8 autodetection").
//!
//! NOTE: the wording and its 5.6.7 come from Postfix logs quoted in public
//! notes; Postfix's smtp_proto.c, which writes them, was not opened.

use super::Entry;
use crate::reason::Reason;
use crate::report::Actor;

/// Lowercase fragments of the sending server's report.
pub static PHRASES: &[&str] = &["smtputf8 is required, but"];

/// Returns the entry when `lower` (the text, lowercased, spaces
/// collapsed) contains the sending server's report.
pub fn lookup(lower: &str) -> Option<&'static Entry> {
    PHRASES.iter().any(|phrase| lower.contains(phrase)).then_some(&NOT_OFFERED)
}

/// The message needs SMTPUTF8 and the receiving server lacks it, so no
/// retry over the same route delivers it.
pub static NOT_OFFERED: Entry = Entry {
    id: "smtputf8/not-offered",
    reason: Reason::ContentError,
    what: "The message needs international (UTF-8) addresses or headers, \
           which the SMTPUTF8 extension carries, and the recipient's mail \
           server does not support SMTPUTF8.",
    why: "An address of the message, often the recipient's, has non-ASCII \
          characters (accents, non-Latin script), or a header such as the \
          subject was sent as raw UTF-8. The receiving server did not offer \
          SMTPUTF8, so the sending server gave up without trying. Every \
          retry fails the same way.",
    steps: &[
        "If the recipient's address has non-ASCII characters, ask the \
         recipient by another channel for an ASCII-only address and send \
         to that one. Nothing else on your side makes their server accept \
         the non-ASCII address.",
        "If every address is ASCII-only, the subject or a name was sent as \
         raw UTF-8: your mail administrator has the sending program encode \
         headers (RFC 2047), or sets smtputf8_enable = no in Postfix.",
        "Send the message again.",
    ],
    who: Actor::You,
    temporary: Some(false),
    links: &[],
    source: "https://www.postfix.org/SMTPUTF8_README.html",
    checked: "2026-12-05",
};
