//! The texts scanned for one recipient's sender IP, most trusted first:
//! an abuse feedback report's fields and text, or else the recipient's
//! Diagnostic-Code field, its reply, the lines after it, and Sendmail's
//! transcript.

use super::Context;
use crate::extract::{transcript, Failure};
use crate::reason::Reason;
use crate::sender_ip::rules::{Rule, ARF_RULES, SENDER_RULES};
use crate::sender_ip::Source;

impl<'a> Context<'a> {
    /// True when the failure comes from an abuse feedback report, whose
    /// sources are the report's fields and text, whatever the recipient.
    pub(super) fn is_feedback(&self, failure: &Failure) -> bool {
        self.decoded.feedback.is_some() || failure.reason == Some(Reason::Feedback)
    }

    /// Lists the texts to scan for one recipient, most trusted first.
    pub(super) fn sources(&self, failure: &Failure) -> Vec<(Source, String, &'static [Rule])> {
        let decoded = self.decoded;
        let mut out: Vec<(Source, String, &'static [Rule])> = Vec::new();
        if self.is_feedback(failure) {
            if let Some(report) = &decoded.feedback {
                out.push((Source::Field("Source-IP"), report.clone(), &ARF_RULES));
            }
            out.push((Source::Text, decoded.body.clone(), &ARF_RULES));
            if let Some(subject) = decoded.header("Subject") {
                out.push((Source::Text, subject.to_string(), &ARF_RULES));
            }
            return out;
        }
        if let Some(diagnostic) = self.dsn_diagnostic(failure) {
            out.push((Source::Field("Diagnostic-Code"), diagnostic, &SENDER_RULES));
        }
        out.push((Source::Text, failure.diagnostic.clone(), &SENDER_RULES));
        // The classifier reads the lines after the reply too, and a delay
        // notice may carry the receiver's actual reply there: Exchange
        // Online's dated last-attempt line below its generic `400 4.4.7
        // Message delayed`. Whatever the cause is read from is read for the
        // address as well.
        if !failure.mta_trailer.trim().is_empty() {
            out.push((Source::Text, failure.mta_trailer.clone(), &SENDER_RULES));
        }
        // Sendmail keeps the receiver's whole reply only in its transcript.
        // NOTE: past MAX_READS recipients the transcript is not read, so a
        // later recipient's address stated only there is not reported.
        let reads = self.transcript_reads.get();
        let read_transcript = self.has_transcript && reads < transcript::MAX_READS;
        if read_transcript {
            self.transcript_reads.set(reads + 1);
        }
        let replies = read_transcript
            .then(|| {
                let host = failure.remote_mta.as_deref();
                transcript::replies_for(&decoded.body, failure.recipient.as_deref(), host)
            })
            .flatten();
        if let Some(replies) = replies {
            out.push((Source::Text, replies, &SENDER_RULES));
        }
        out
    }

    /// Returns the recipient's own Diagnostic-Code field, which the
    /// extract stage may have replaced with the longer human-readable text.
    pub(super) fn dsn_diagnostic(&self, failure: &Failure) -> Option<String> {
        let groups = &self.dsn_groups;
        let same = |f: &&Failure| match (&f.recipient, &failure.recipient) {
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
            _ => false,
        };
        let only = if groups.len() == 1 { groups.first() } else { None };
        let group = groups.iter().find(same).or(only)?;
        (!group.diagnostic.trim().is_empty()).then(|| group.diagnostic.clone())
    }
}
