//! Reading a report's text once the structured sources have found no
//! failure. The text's own readers are tried in order (reply lines,
//! Exchange's and GroupWise's recipient lists, blocks cut at addresses,
//! bare replies, Gmail's and other fixed notices, a client's session
//! transcript). Their failures are then merged with the delivery-status
//! fields and completed from the transcript and the returned message.

use super::context::{
    add_local_report, add_tried_for, failed_recipients_header, mark_postfix_own, summary_text,
    widen_from_transcript,
};
use super::described::describes_reply;
use super::failure_sentences::FailureSentences;
use super::marks::{bounce_by_words_only, looks_like_bounce};
use super::recounted::{is_recounted, is_set_off, recounts_past};
use super::reply_like::{self, is_reply_like, reads_as_smtp_reply};
use super::reply_table::{is_reply_code_list, is_reply_table};
use super::rule::states_rule;
use super::section::{self, NotRecipients};
use super::{
    action, blocks, by_codes, client_session, delay, exception_text, exchange_list, exim_log,
    forwarded_failures, fullwidth, generic, gmail_notice, groupwise_list, has_codes, merge, notice,
    parse_dsn, paste_marks, postfix_status, reply_lines, returned, run_on, sendmail_log, stated,
    superseded_delay, transcript,
};
use super::{Extracted, Failure};
use crate::input::Decoded;
use crate::reason::Reason;

/// Extracts the failures from the text of a report, its delivery-status
/// fields and a bounce nested in it, once the structured sources that
/// [`super::extract`] tries first have found none.
pub(super) fn read_report(decoded: &Decoded, family: Option<&'static str>) -> Extracted {
    let report = section::error_section(&decoded.body);
    let unquoted = section::unquote(report);
    // A program's stack trace after a mail library's exception is none
    // of the reply's lines.
    let unframed = exception_text::clean(unquoted.as_ref());
    let ascii = fullwidth::ascii_marks(unframed.as_ref());
    // A reply pasted from a log or a chat may follow a timestamp or a
    // bullet, which the readers below would take for text before it.
    let unmarked = paste_marks::drop_line_marks(ascii.as_ref());
    // A report pasted with its line breaks lost runs each recipient's
    // record on after the one before, on one line.
    let rebroken = run_on::break_records(unmarked.as_ref());
    // A delay notice pasted with the final notice for the same recipient
    // is left out, so the final one decides the card.
    let current = superseded_delay::blank_superseded_delays(rebroken.as_ref());
    let section = current.as_ref();
    let mut filter = NotRecipients::from_headers(decoded);
    filter.add_marked_senders(section);
    filter.add_participants(section);
    // Reply lines pasted one after another are each a delivery's own,
    // whether or not they name a recipient.
    let series = reply_lines::scan(section, &filter);
    let (mut from_text, mut replies_cut) = (series.failures, series.left_out);
    // The prose checks below read the replies of a series without the
    // notes between them, unless the first reply runs on from a sentence
    // before it, as in prose that recounts replies.
    let mut in_series = from_text
        .first()
        .is_some_and(|first| !is_recounted(first, section) && !recounts_past(first, section));
    // Exchange's and GroupWise's lists name each recipient on a line of
    // its own, so they take precedence over the blocks cut at addresses.
    let mut listed = false;
    if from_text.is_empty() {
        from_text = exchange_list::scan(section, &filter);
        listed = !from_text.is_empty();
    }
    if from_text.is_empty() {
        from_text = groupwise_list::scan(section, &filter);
        listed = !from_text.is_empty();
    }
    if from_text.is_empty() {
        from_text = blocks::scan(section, &filter);
    }
    if from_text.is_empty() {
        filter.skip_system = false;
        from_text = blocks::scan(section, &filter);
    }
    // A number such as `450` opening a sentence of an ordinary message is
    // not a reply: without the marks of a bounce, a reply counts only when
    // its text reads as one.
    let bounce = looks_like_bounce(decoded, family, section);
    // In a person's email, a reply counts only when it is set off from the
    // prose, as a forwarded or pasted reply is.
    let person = !bounce && decoded.header("From").is_some() && decoded.dsn.is_none();
    // Pasted prose that states a rule with a code (`will reject mail with
    // 550 5.7.1 if SPF fails`) describes a reply rather than reporting one.
    // So does prose that recounts what a server returned at a past time,
    // or that hedges, reports or states a policy around a code.
    let mut placed_as_reply = by_codes::cached_by_codes(
        |f: &Failure| {
            let placed = if person { is_set_off(f, section) } else { !states_rule(f, section) };
            placed && !recounts_past(f, section) && !describes_reply(f, section)
        },
        true,
    );
    let mut reads = |f: &Failure| {
        is_reply_like(f, section) && reads_as_smtp_reply(f, section) && placed_as_reply(f)
    };
    let counts = |f: &Failure| has_codes(f) && (bounce || reads(f));
    // A list of codes with their textbook meanings, or of the replies a
    // server gives for each case, explains replies and reports none.
    let code_list = is_reply_code_list(section) || is_reply_table(decoded, family, section);
    if code_list || (!bounce && !from_text.iter().any(counts)) {
        from_text.clear();
        replies_cut = 0;
        in_series = false;
    }
    if from_text.is_empty() && !code_list {
        (from_text, replies_cut) = generic::scan_counting_cut(section);
        from_text.retain(|f| bounce || reads(f));
    }
    // A list of recipients is an MTA's own structure, not prose.
    if !listed && bounce_by_words_only(decoded, family, section) {
        let text = if in_series { series.text.as_str() } else { section };
        // A reply recounted inside a sentence of pasted prose is the
        // writer's account, as it is in a person's email.
        // So is a reply in a sentence that states a rule.
        let mut in_prose = by_codes::cached_by_codes(
            |f: &Failure| {
                is_recounted(f, text)
                    || states_rule(f, text)
                    || recounts_past(f, text)
                    || describes_reply(f, text)
            },
            false,
        );
        let stated = FailureSentences::new(text);
        from_text.retain(|f| stated.states_failure(f) && !in_prose(f));
    }
    // A notice whose sending server could not reach the receiver, or found
    // no such domain, states the failure in a fixed sentence without a
    // reply code. In a bounce email that sentence may sit apart from the
    // recipient's block.
    // Gmail's own notice may carry only its own sentence after the label,
    // with no reply code, so its heading and label mark the failure.
    if from_text.is_empty() && !code_list {
        from_text = gmail_notice::scan(section, &filter);
    }
    if from_text.is_empty() && !code_list {
        from_text = notice::scan(section, &filter);
    } else if !from_text.iter().any(has_codes) {
        notice::add_statement(section, &mut from_text);
    }

    // A client's own session transcript pairs each reply with the command
    // it responds to, which the readers above, made for reports, cannot do.
    if let Some(session) = client_session::scan(section) {
        from_text = session;
        replies_cut = 0;
    }
    exim_log::apply(section, &mut from_text);
    sendmail_log::apply(section, &mut from_text);

    if family == Some("postfix") {
        mark_postfix_own(&mut from_text);
    }
    postfix_status::add(&mut from_text);

    let dsn = decoded.dsn.as_deref().or_else(|| {
        // Only a report or plain text carries its own fields in the text.
        // In a multipart/mixed message they belong to an attached or
        // forwarded message, which the decode stage keeps as `nested`.
        let content_type = decoded.header("Content-Type").unwrap_or("").to_ascii_lowercase();
        let own = content_type.is_empty()
            || content_type.starts_with("multipart/report")
            || content_type.starts_with("text/");
        own.then(|| section::embedded_dsn(&decoded.body)).flatten()
    });
    let from_dsn = dsn.map(parse_dsn).unwrap_or_default();
    // Replies left out past the cap were read from the text alone, so
    // they count only when no text failure was dropped or replaced and
    // the DSN does not name the recipients.
    if !from_dsn.is_empty() || from_text.is_empty() {
        replies_cut = 0;
    }
    let mut failures = if from_dsn.is_empty() {
        from_text
    } else {
        merge::merge_text(from_dsn, &from_text, decoded.cut_short)
    };
    if failures.iter().all(|f| f.recipient.is_none()) {
        failures = failed_recipients_header(decoded, failures, section);
    }
    if failures.is_empty() {
        if let Some(nested) = decoded.nested.as_deref().filter(|_| !decoded.nested_inline) {
            // A bounce forwarded as an attachment: the report is inside.
            let inner = forwarded_failures(nested);
            if !inner.failures.is_empty() {
                return inner;
            }
        }
        // A bounce that states its failure only in prose still concerns
        // the returned message's addressees.
        let bounce = decoded.dsn.is_some() || looks_like_bounce(decoded, family, section);
        if bounce && !returned::addressees(decoded, report).is_empty() {
            failures.push(Failure { diagnostic: summary_text(report), ..Default::default() });
        }
    }
    // A failure the text states without naming the recipient concerns
    // the returned message's addressee, when there is only one.
    if !failures.is_empty() && failures.iter().all(|f| f.recipient.is_none()) {
        returned::assign(&mut failures, returned::addressees(decoded, report));
    }
    if transcript::has_transcript(&decoded.body) {
        // NOTE: recipients past MAX_READS keep the reason line as it is.
        for failure in failures.iter_mut().take(transcript::MAX_READS) {
            widen_from_transcript(&decoded.body, failure);
            add_local_report(&decoded.body, failure);
        }
    }
    action::mark_local_deliveries(&mut failures);
    delay::mark(decoded, section, &mut failures);
    action::apply(section, &mut failures);
    stated::apply(family, &mut failures);
    add_tried_for(decoded, section, &mut failures);
    for failure in failures.iter_mut().filter(|f| f.reason.is_none()) {
        // RFC 3464: `relayed` and `expanded` are successes too, handed on
        // to a system without DSNs or to a list's members.
        let success =
            matches!(failure.action.as_deref(), Some("delivered" | "relayed" | "expanded"));
        let success = success || is_success_reply(failure, section);
        if success {
            failure.reason = Some(Reason::Delivered);
        }
    }
    Extracted { mta: family, failures, replies_cut, ..Default::default() }
}

/// True when a failure is a 2xx reply without a status code (`251 User
/// not local; will forward to <...>`, `252 Cannot VRFY user, but will
/// accept message`), which RFC 5321 makes a positive completion. Text
/// that states a failure around it ("was not delivered") only quotes it.
fn is_success_reply(failure: &Failure, section: &str) -> bool {
    let reply = failure.reply.as_deref().unwrap_or("");
    reply.starts_with('2')
        && failure.status.is_none()
        && failure.action.is_none()
        && !reply_like::has_failure_wording(section)
}
