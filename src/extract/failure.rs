//! The extract stage's output: what a bounce states about each recipient,
//! before any classification.

use std::borrow::Cow;

use super::control_chars::RejectedValue;
use crate::reason::Reason;
use crate::report::Note;

/// What a bounce says about one recipient, before classification.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Failure {
    /// The recipient address.
    pub recipient: Option<String>,
    /// The address the sender wrote to, when an alias or a forward
    /// changed it on the way: a DSN's Original-Recipient, or Postfix's
    /// `(expanded from <info@example.org>)`.
    pub original_recipient: Option<String>,
    /// RFC 3464 action (`failed`, `delayed`, `delivered`, ...), lowercase.
    pub action: Option<String>,
    /// Enhanced status code as the bounce states it.
    pub status: Option<String>,
    /// Reply code as the bounce states it.
    pub reply: Option<String>,
    /// The receiving host (Remote-MTA or the host that "said" the reply).
    pub remote_mta: Option<String>,
    /// The SMTP command the reply answered, uppercase (`RCPT`, `DATA`).
    pub command: Option<String>,
    /// The receiver's reply or the bounce's diagnostic, joined to one line.
    pub diagnostic: String,
    /// The sending MTA's own words around the reply: its lines after it
    /// (qmail's `I'm not going to try again; this message has been in the
    /// queue too long.`), opened by its sentence before the reply when
    /// that sentence states the cause (Postfix's `TLS is required, but host
    /// ... refused to start TLS:`). They are not the receiver's words, but
    /// they may state why the MTA gave up.
    pub mta_trailer: String,
    /// The human-readable report's own reply for this recipient, when
    /// the DSN's Diagnostic-Code stays `diagnostic` and the report words
    /// the reply otherwise. Read only to compare the sending IP that each
    /// part states.
    pub text_part_diagnostic: Option<String>,
    /// A reason the format itself decides (a feedback report, an
    /// auto-reply, a delivery confirmation), overriding text matching.
    pub reason: Option<Reason>,
    /// For a delayed message, how long the sending server keeps retrying,
    /// when the bounce states it: a period in the bounce's own words (`5
    /// day(s)`, `message is 5 days old`) or a deadline from the DSN's
    /// Will-Retry-Until field (`until Fri, 30 Jan 2015 21:28:58 -0800`).
    pub retry_window: Option<String>,
    /// For a message the sending server gave up on, how long it tried,
    /// when the bounce states it, written readably: `840 minutes (14
    /// hours)`, `5 days`.
    pub tried_for: Option<String>,
    /// The RFC 3464 diagnostic-type of the DSN's Diagnostic-Code,
    /// lowercase: `smtp` for a remote server's reply, `x-unix` for a local
    /// delivery program's exit status, and others MTAs define. An X-Unix
    /// failure whose text names no cause is a mailer error, but its text
    /// (`mailbox full`) wins when it names one, so this is left to the
    /// classifier.
    pub diagnostic_type: Option<String>,
    /// The name the bounce gives a recipient whose address it leaves out:
    /// Exchange's `'Jane Doe' on 7/2/2024 8:00 AM`. Set only when
    /// `recipient` is `None`.
    pub display_name: Option<String>,
    /// The returned message's To and Cc addresses when the bounce names
    /// no failed recipient and the message had several, so none of them
    /// can be taken as the one that failed. Empty otherwise.
    pub addressees: Vec<String>,
    /// The sending IP as a sending service's event record states it in a
    /// field of its own, with the field's name: SendGrid's `ip`,
    /// Mailgun's `envelope.sending-ip`, SparkPost's `sending_ip`,
    /// Mandrill's `smtp_events.source_ip`, Brevo's `sending_ip`, or a
    /// CSV export's column such as `Sending IP`.
    pub sending_ip: Option<(String, Cow<'static, str>)>,
    /// The address of the client that submitted the message to a sending
    /// service, as the service's event states it: Amazon SES's
    /// `mail.sourceIp`. It is the sender's own address, not one the
    /// service sends from.
    pub client_ip: Option<String>,
    /// True when a sending service's event record calls the failure a
    /// soft bounce (Mailjet's `hard_bounce: false`, Brevo's
    /// `soft_bounce`): the service judges the cause temporary, whatever
    /// the reply's class.
    pub soft_bounce: bool,
    /// True when the bounce has a delivery-status part that lists no
    /// group for this recipient, so the failure was read from the
    /// human-readable text alone.
    pub outside_dsn: bool,
    /// True when a queue listing shows the message on hold in the sending
    /// server's queue (Postfix's `!` after the queue id, Exim's `***
    /// frozen ***`): no attempt is made until an administrator releases it.
    pub queue_hold: bool,
    /// True when a sending service's event record states that the service
    /// itself did not send the message, so no receiving server saw it:
    /// SparkPost's `policy_rejection`, `generation_rejection` and
    /// `generation_failure` or bounce class 25 or 26, and SendGrid's
    /// `dropped`.
    pub dropped_by_service: bool,
    /// The sending service's own type for the event, when the record's
    /// layout has one that names more than its reply: Postmark's bounce
    /// `Type` (`ChallengeVerification`, `AddressChange`, `DnsError`),
    /// SendGrid's `spamreport`, or the `reason` of Mailgun's failure (`old`).
    pub event_type: Option<String>,
    /// The event type of a sending service's record that names this
    /// recipient but reports no outcome this tool reads (an open, a
    /// click, an unsubscribe), or the reason a CSV row with this
    /// recipient was not read. Such a failure gives a note, not a card.
    pub not_read: Option<String>,
    /// The `event` name of a record read by its service's layout although
    /// that service does not use the name, or empty when the record has
    /// none. The card then notes that the outcome was read from the layout.
    /// With `not_read` also set, the layout stated no outcome, and the
    /// report's note states that.
    pub unknown_event: Option<String>,
    /// The message id and time of a sending service's event, by which
    /// several events about one message to one address are folded into
    /// the latest.
    pub event_key: Option<super::event_sequence::EventKey>,
    /// How many earlier events about the same message to the same address
    /// were folded into this one.
    pub earlier_events: usize,
    /// The addresses and host names left out because they contain control
    /// characters, which no valid one contains.
    pub rejected: Vec<RejectedValue>,
    /// The id of the `knowledge::mail_program_alerts` entry when the text
    /// is a mail program's own alert that it could not send, which quotes
    /// no server reply (Outlook's `0x800CCC0F`, Apple Mail's `Cannot Send
    /// Mail`). No server queued or rejected the message.
    pub mail_program_alert: Option<&'static str>,
}

/// Number of bytes of a failure's reply, and of the lines after it, that
/// later stages read. A receiver's reply is a few lines of at most 512
/// bytes each (RFC 5321, section 4.5.3.1.5), so only a hostile or broken
/// paste is cut. Without the cut, every provider table, phrase table and
/// sender-IP rule reads the whole text again.
pub const MAX_DIAGNOSTIC: usize = 16 * 1024;

impl Failure {
    /// Cuts `diagnostic` and `mta_trailer` to `MAX_DIAGNOSTIC` (16 KB), at
    /// a character boundary.
    pub fn cut_long_texts(&mut self) {
        for text in [&mut self.diagnostic, &mut self.mta_trailer] {
            crate::input::truncate_at_char(text, MAX_DIAGNOSTIC);
        }
    }
}

/// The failures found in one input, and the MTA family that wrote them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// MTA family id when recognised (`postfix`, `exim`, `gmail`, ...),
    /// or `feedback`, `vacation`, `list-manager` and `amazonses` for those
    /// formats.
    pub mta: Option<&'static str>,
    /// One entry per recipient, in the bounce's order.
    pub failures: Vec<Failure>,
    /// True when the failures were read from a sending service's JSON
    /// record rather than from a bounce's text.
    pub json_record: bool,
    /// True when the JSON record was built from a form-encoded body, as
    /// Mailgun's legacy webhooks post one.
    pub form_encoded: bool,
    /// True when the failures were read from the rows of a CSV export.
    pub csv_export: bool,
    /// The decode notes of the forwarded bounces the failures were read
    /// from (`Decoded::nested`, outermost first). Empty when the failures
    /// are the input's own.
    pub forward_notes: Vec<Note>,
    /// How many forwards deep the failures were read: 0 for the input's
    /// own, 1 for `Decoded::nested`, 2 for the bounce nested in that.
    pub forward_depth: usize,
    /// Event records or CSV rows that name a recipient but were not read
    /// as a failure, each with `not_read` set, so that the report can say
    /// what it left out.
    pub not_read: Vec<Failure>,
    /// How many different replies that name no recipient got no failure,
    /// because the text had more than
    /// [`MAX_UNNAMED_REPLIES`](super::MAX_UNNAMED_REPLIES) of them.
    pub replies_cut: usize,
    /// For each event record that listed more than
    /// [`MAX_EVENT_RECIPIENTS`](super::MAX_EVENT_RECIPIENTS) recipients,
    /// how many different recipients past those got no failure.
    pub recipients_cut: Vec<usize>,
    /// True when the failure was read from a mail program's own alert
    /// that it could not send, not from a bounce.
    pub mail_program_alert: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_cut_at_a_character() {
        let mut failure = Failure {
            diagnostic: format!("550 5.7.1 {}", "é".repeat(MAX_DIAGNOSTIC)),
            mta_trailer: "short".to_string(),
            ..Default::default()
        };
        failure.cut_long_texts();
        assert!(failure.diagnostic.len() <= MAX_DIAGNOSTIC);
        assert!(failure.diagnostic.len() > MAX_DIAGNOSTIC - 2);
        assert!(failure.diagnostic.starts_with("550 5.7.1 é"));
        assert_eq!(failure.mta_trailer, "short");
    }
}
