//! Phishing mail dressed up as a bounce: it claims that messages failed
//! or are held, then asks the reader to sign in, confirm a password or
//! release messages through a link. A real bounce has nothing to ask of
//! its reader, so such a request is a warning sign whatever else the
//! text holds.

use crate::input::{self, Decoded};
use crate::knowledge::lures;
use crate::report::Note;

/// How much of the notice is read for the request, so that a long paste
/// costs no more than its start. A lure states its request near the top.
const MAX_TEXT: usize = 16 * 1024;

/// The summary of a text that asks for a sign-in and carries neither a
/// DSN nor a mail system's layout, so its failures are taken for made up.
pub(super) const SUMMARY: &str = "This looks like phishing made to look like a bounce: it asks \
     you to sign in, confirm a password or release messages through a link. Do not open the link.";

/// True when the notice's own text (not a returned message below it)
/// holds a link and asks its reader for a password or a sign-in, or
/// offers to release held or pending messages, in English or another
/// language whose NDRs are read.
pub(super) fn asks_for_sign_in(decoded: &Decoded) -> bool {
    let notice = input::head(crate::extract::error_section(&decoded.body), MAX_TEXT);
    let text = notice.to_lowercase();
    // "https:" without its slashes too, as a redacted copy may leave it.
    let written_link = ["http:", "https:", "www."].iter().any(|mark| text.contains(mark));
    let link = written_link || has_html_link(decoded, &text);
    let asks = lures::all_asks().any(|words| text.contains(words));
    link && asks
}

/// True when an HTML body had a web link whose visible text is in the
/// lowercase `notice`. The rendered text drops the link's target, and a
/// lure puts it behind words such as "Verify your mailbox". Spaces are
/// compared collapsed, because cleaning the body may change them.
fn has_html_link(decoded: &Decoded, notice: &str) -> bool {
    if decoded.link_texts.is_empty() {
        return false;
    }
    let notice = collapse_spaces(notice);
    decoded.link_texts.iter().any(|text| notice.contains(&collapse_spaces(&text.to_lowercase())))
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Host name endings of the servers that relay or report a provider's own
/// bounces. A lure whose Received chain or DSN `Reporting-MTA` names one
/// still credits the provider that its From header names.
///
/// NOTE: only the large webmail providers that lures imitate are listed.
/// For any other family a lure's From header alone names no writer.
const PROVIDER_HOSTS: &[(&str, &[&str])] = &[
    ("gmail", &[".google.com"]),
    ("googlegroups", &[".google.com"]),
    ("outlook", &[".outlook.com", ".hotmail.com"]),
    ("office365", &[".outlook.com"]),
    ("yahoo", &[".yahoo.com"]),
];

/// Returns the writer to report for a text that [`asks_for_sign_in`]. A
/// family that only the From header names is dropped, unless the
/// provider's hosts appear in the Received chain or the DSN. A family
/// named otherwise (its report layout, a header only it writes, a
/// forwarded bounce) is kept.
pub(super) fn lure_writer(decoded: &Decoded, writer: Option<&'static str>) -> Option<&'static str> {
    // Keep a writer named by something other than this text's own
    // signals, such as a forwarded bounce or a JSON record.
    if writer.is_none() || writer != crate::extract::mta::detect(decoded) {
        return writer;
    }
    let without_from = crate::extract::mta::detect_ignoring_from(decoded);
    if without_from == writer || provider_hosts_seen(decoded, writer) {
        writer
    } else {
        without_from
    }
}

/// True when a Received header or the DSN's `Reporting-MTA` field names
/// a host of the provider behind `writer`.
fn provider_hosts_seen(decoded: &Decoded, writer: Option<&str>) -> bool {
    let Some((_, hosts)) = PROVIDER_HOSTS.iter().find(|(id, _)| Some(*id) == writer) else {
        return false;
    };
    let received = decoded
        .headers
        .iter()
        .filter(|(name, _)| name.eq_ignore_ascii_case("Received"))
        .map(|(_, value)| value.to_lowercase());
    let dsn = decoded.dsn.as_deref().unwrap_or_default().to_lowercase();
    let reporting =
        dsn.lines().filter(|line| line.starts_with("reporting-mta:")).map(str::to_string);
    received.chain(reporting).any(|line| hosts.iter().any(|host| line.contains(host)))
}

/// Builds the warning shown with any text that [`asks_for_sign_in`].
pub(super) fn warning() -> Note {
    Note::warning(
        "This text asks you, through a link, to sign in, confirm a password or release \
         messages. A real bounce never does: the mail system that writes it only reports \
         what failed. Treat it as phishing: do not open the link or enter a password, and \
         report the message to your mail administrator. To check your mailbox, type your \
         provider's address into the browser yourself.",
    )
}
