//! Assembles the [`Report`] from the pipeline stages.

use crate::classify::{self, Classification};
use crate::extract::{self, Failure};
use crate::input::{self, Decoded};
use crate::knowledge::{blocklists, Entry};
use crate::reason::Reason;
use crate::report::{
    Actor, Explanation, InputKind, Link, Note, Recipient, Report,
};
use crate::sender_ip;

/// Explains pasted bytes: a reply line, an NDR's text or a raw email.
pub fn explain_bytes(raw: &[u8]) -> Report {
    let decoded = input::decode(raw);
    match decoded.kind {
        Some(InputKind::Empty) => return empty_report(InputKind::Empty, decoded.notes),
        Some(InputKind::Binary) => return empty_report(InputKind::Binary, decoded.notes),
        _ => {}
    }
    let extracted = extract::extract(&decoded);
    let kind = decoded.kind.unwrap_or(if extracted.failures.is_empty() {
        InputKind::NotBounce
    } else if looks_like_reply_only(&decoded.text) {
        InputKind::SmtpReply
    } else {
        InputKind::NdrText
    });
    let recipients: Vec<Recipient> =
        extracted.failures.iter().map(|f| recipient(&decoded, f, extracted.mta)).collect();
    let kind = if recipients.is_empty() && kind == InputKind::Email {
        InputKind::NotBounce
    } else {
        kind
    };
    let mut notes = decoded.notes;
    if kind == InputKind::NotBounce {
        notes.push(Note::info(
            "No delivery failure was found. Paste the whole bounce message, \
             or the line of it that starts with a three-digit code such as 550.",
        ));
    }
    Report {
        input_kind: kind,
        mta: extracted.mta.map(str::to_string),
        summary: summary(kind, &recipients),
        recipients,
        notes,
    }
}

fn empty_report(kind: InputKind, notes: Vec<Note>) -> Report {
    let summary = match kind {
        InputKind::Empty => "Nothing to explain yet: paste a bounce or an SMTP error line.",
        _ => "The input is not text, so no bounce could be read from it.",
    };
    Report {
        input_kind: kind,
        mta: None,
        summary: summary.to_string(),
        recipients: Vec::new(),
        notes,
    }
}

/// True when every non-blank line starts with a reply code.
fn looks_like_reply_only(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .all(|l| l.len() >= 3 && l.as_bytes()[..3].iter().all(u8::is_ascii_digit))
}

fn recipient(decoded: &Decoded, failure: &Failure, mta: Option<&str>) -> Recipient {
    let verdict = classify::classify(failure, mta);
    let (sender_ip, sender_ip_source) = sender_ip::resolve(decoded, failure, verdict.reason);
    let action = failure.action.clone().unwrap_or_else(|| default_action(verdict.reason));
    let permanent = is_permanent(failure, &verdict, &action);
    let links = links(verdict.matched.entry, &verdict.matched.blocklists, sender_ip.as_deref());
    Recipient {
        recipient: failure.recipient.clone(),
        action,
        status: failure.status.clone(),
        reply: failure.reply.clone(),
        reason: verdict.reason,
        permanent,
        hard: verdict.reason.is_hard(),
        provider: verdict.provider.map(str::to_string),
        code: verdict.matched.code.clone(),
        blocklists: verdict.matched.blocklists.iter().map(|b| b.to_string()).collect(),
        remote_host: failure.remote_mta.clone(),
        smtp_command: failure.command.clone(),
        diagnostic: failure.diagnostic.clone(),
        sender_ip,
        sender_ip_source,
        explanation: explanation(verdict.matched.entry, permanent),
        links,
        notes: verdict.notes,
    }
}

fn default_action(reason: Reason) -> String {
    match reason {
        Reason::Delivered => "delivered",
        Reason::Feedback => "feedback",
        Reason::Vacation => "vacation",
        _ => "failed",
    }
    .to_string()
}

/// Permanent unless the reply class is 4, the DSN says delayed, the entry
/// marks the failure temporary, or it is not a failure at all.
fn is_permanent(failure: &Failure, verdict: &Classification, action: &str) -> bool {
    if verdict.reason.is_not_failure() || action == "delayed" {
        return false;
    }
    if let Some(temporary) = verdict.matched.entry.temporary {
        return !temporary;
    }
    let class = failure
        .reply
        .as_deref()
        .or(failure.status.as_deref())
        .and_then(|c| c.chars().next());
    class != Some('4')
}

fn links(entry: &Entry, lists: &[&str], ip: Option<&str>) -> Vec<Link> {
    let mut out: Vec<Link> = entry
        .links
        .iter()
        .map(|l| Link { label: l.label.to_string(), url: l.resolve(ip) })
        .collect();
    for list in lists.iter().filter_map(|id| blocklists::by_id(id)) {
        for link in list.links {
            let url = link.resolve(ip);
            if !out.iter().any(|l| l.url == url) {
                out.push(Link { label: link.label.to_string(), url });
            }
        }
    }
    out
}

fn explanation(entry: &Entry, permanent: bool) -> Explanation {
    let retry = match (entry.who, permanent) {
        (Actor::Nobody, _) => "Nothing to retry: this is not a delivery failure.",
        (_, false) => {
            "Temporary: the sending server keeps retrying on its own for a while; \
             do not resend by hand yet."
        }
        (_, true) => "Permanent: sending again unchanged will fail the same way; fix the cause first.",
    };
    Explanation {
        entry: entry.id.to_string(),
        what: entry.what.to_string(),
        why: entry.why.to_string(),
        steps: entry.steps.iter().map(|s| s.to_string()).collect(),
        who_acts: if permanent || entry.who == Actor::Nobody { entry.who } else { Actor::Wait },
        retry: retry.to_string(),
        source: entry.source.to_string(),
    }
}

fn summary(kind: InputKind, recipients: &[Recipient]) -> String {
    match (kind, recipients.len()) {
        (InputKind::NotBounce, _) | (_, 0) => "No delivery failure was found in this text.".into(),
        (_, 1) => recipients[0].explanation.what.clone(),
        (_, n) => format!("The bounce reports on {n} recipients; each is explained below."),
    }
}
