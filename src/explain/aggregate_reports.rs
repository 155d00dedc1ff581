//! DMARC aggregate reports and SMTP TLS reports pasted in place of a
//! bounce. Both reach the same postmaster mailbox as bounces do, and both
//! count failures, so a reader can take one for a bounce. They report no
//! failed delivery of the reader's message, so the result names them.
//!
//! Sources: RFC 7489, section 7.2.1.1 and appendix C (DMARC: XML with a
//! `<feedback>` root, sent zipped or gzipped, file name
//! `receiver!domain!begin!end.xml.gz`, subject `Report Domain: ...
//! Submitter: ...`), and RFC 8460, section 5.3 (TLS-RPT: JSON as
//! `application/tlsrpt+json` or `application/tlsrpt+gzip`, inside
//! `multipart/report; report-type="tlsrpt"` with `TLS-Report-Domain` and
//! `TLS-Report-Submitter` headers).

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::input::Decoded;
use crate::report::{InputKind, Note};

/// A report that is not a bounce but is often pasted as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AggregateReport {
    Dmarc,
    Tls,
}

/// An attachment named as RFC 7489 and RFC 8460 name reports:
/// `sender!policy-domain!begin!end[!unique-id].extension`. Group 1 is the
/// extension.
static REPORT_FILE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\bfilename\*?="?[^"!\s]+![^"!\s]+![0-9]+![0-9]+(?:![^"!\s.]+)?\.((?:xml|json)(?:\.gz)?|zip|gz)\b"#)
        .expect("report file name pattern is valid")
});

/// The subject both RFCs ask for: `Report Domain: example.com Submitter:
/// google.com`.
static REPORT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*report\s+domain:\s*\S+\s+submitter:\s*\S+")
        .expect("report subject pattern is valid")
});

/// Identifies a DMARC aggregate report or a TLS report from its headers,
/// its attachment's type or name, or its own XML or JSON when pasted bare.
pub(super) fn identify(decoded: &Decoded) -> Option<AggregateReport> {
    let lower = decoded.text.to_ascii_lowercase();
    let file_extension = REPORT_FILE_NAME
        .captures(&decoded.text)
        .and_then(|caps| caps.get(1))
        .map(|m| m.as_str().to_ascii_lowercase());
    let tls = decoded.header("TLS-Report-Domain").is_some()
        || decoded.header("TLS-Report-Submitter").is_some()
        || lower.contains("application/tlsrpt+")
        || lower.contains("report-type=\"tlsrpt\"")
        || lower.contains("report-type=tlsrpt")
        || file_extension.as_deref().is_some_and(|ext| ext.starts_with("json"))
        || is_tls_report_json(&lower);
    if tls {
        return Some(AggregateReport::Tls);
    }
    let subject = decoded.header("Subject").is_some_and(|s| REPORT_SUBJECT.is_match(s));
    let dmarc = subject || file_extension.is_some() || is_dmarc_report_xml(&lower);
    dmarc.then_some(AggregateReport::Dmarc)
}

/// True when the input as a whole is a DMARC or TLS report: its XML or
/// JSON pasted on its own, or a report email without a bounce's marks.
/// Such a report can quote a reply in a free-text field (RFC 7489's
/// `<comment>`, RFC 8460's `failure-reason-code`), which reports no
/// failed delivery of the reader's message. A bounce that returns a
/// report, or a reply pasted above one, is not a report as a whole.
pub(super) fn is_whole_report(decoded: &Decoded) -> bool {
    let lower = decoded.text.trim_start().to_ascii_lowercase();
    let bare_xml = (lower.starts_with("<?xml") || lower.starts_with("<feedback"))
        && is_dmarc_report_xml(&lower);
    if bare_xml || is_tls_report_json(&lower) {
        return true;
    }
    decoded.kind == Some(InputKind::Email)
        && identify(decoded).is_some()
        && !crate::extract::has_bounce_marks(decoded)
}

/// True for a DMARC report's XML: a `<feedback>` root with the report's
/// metadata and the policy it was checked against.
fn is_dmarc_report_xml(lower: &str) -> bool {
    lower.contains("<feedback")
        && lower.contains("<report_metadata>")
        && lower.contains("<policy_published>")
}

/// True for a TLS report's JSON, which has these top-level fields.
fn is_tls_report_json(lower: &str) -> bool {
    lower.trim_start().starts_with('{')
        && ["\"organization-name\"", "\"report-id\"", "\"policies\""]
            .iter()
            .all(|field| lower.contains(field))
}

/// Returns the report's summary line.
pub(super) fn summary(report: AggregateReport) -> &'static str {
    match report {
        AggregateReport::Dmarc => {
            "This is not a bounce but a DMARC aggregate report: a receiver's count of the messages \
             it got in your domain's name, and how they fared against SPF, DKIM and your DMARC policy."
        }
        AggregateReport::Tls => {
            "This is not a bounce but an SMTP TLS report (TLS-RPT): a sending server's count of \
             its TLS connections to your domain's mail servers, and of those that failed."
        }
    }
}

/// Returns what the reader can do with the report.
pub(super) fn note(report: AggregateReport) -> Note {
    let message = match report {
        AggregateReport::Dmarc => {
            "Receivers send these reports because your domain's DMARC record asks for them (its \
             rua= address). A row with disposition reject or quarantine counts messages the \
             receiver rejected or filed as spam: if its source IP is one of your servers, that \
             server needs DKIM signing or an entry in your SPF record. A DMARC report tool reads \
             the attached file for you."
        }
        AggregateReport::Tls => {
            "Sending servers send these reports because your domain publishes an _smtp._tls \
             record asking for them. Failures such as certificate-expired mean that servers \
             could not set up TLS with your MX host: your mail administrator should check that \
             host's certificate and your MTA-STS or DANE policy."
        }
    };
    Note::info(message)
}
