//! A Domino non-delivery report in French, read alone and forwarded
//! inline from Thunderbird in French: the report names Domino as the MTA,
//! and its cause reads as an unknown address.

use bounce_explainer::{explain, Reason};

const REPORT: &str = include_str!("fixtures/forwarded_inline/domino-fr-directory.txt");

/// The help-desk email that forwards the report under Thunderbird's
/// French block.
fn forwarded() -> String {
    let (head, text) = REPORT.split_once("\n\n").expect("fixture has a header and a text");
    let field = |name: &str| {
        head.lines().find_map(|line| line.strip_prefix(name)).unwrap_or("").to_string()
    };
    format!(
        "From: Alice <alice@example.com>\nTo: helpdesk@example.com\n\
         Subject: Tr: non-remise\nContent-Type: text/plain; charset=utf-8\n\n\
         Bonjour, je reçois ceci quand j'écris à Bob.\n\n\
         -------- Message transféré --------\nSujet : \t{}\nDate : \t{}\nDe : \t{}\n\
         Pour : \t{}\n\n{text}",
        field("Subject: "),
        field("Date: "),
        field("From: "),
        field("To: "),
    )
}

#[test]
fn report_alone_names_domino() {
    let report = explain(REPORT);
    assert_eq!(report.mta.as_deref(), Some("domino"));
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
}

#[test]
fn forwarded_report_names_domino() {
    let report = explain(&forwarded());
    assert_eq!(report.mta.as_deref(), Some("domino"));
    let recipients: Vec<_> =
        report.recipients.iter().map(|r| (r.recipient.as_deref(), r.reason)).collect();
    assert_eq!(recipients, [(Some("bob@example.net"), Reason::UserUnknown)]);
}
