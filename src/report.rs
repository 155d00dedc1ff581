//! The output model: one [`Report`] per pasted input, the same serde value
//! for the Rust API, the CLI's JSON and the WASM binding.

use serde::Serialize;

use crate::reason::Reason;

/// Everything the explainer found in one pasted input.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    /// What kind of text was pasted.
    pub input_kind: InputKind,
    /// The software or service that wrote the bounce, when recognised
    /// (`postfix`, `exim`, `exchange`, `gmail`, ...).
    pub mta: Option<String>,
    /// The display name of `mta` when it is a sending service whose JSON
    /// event records the crate reads (`Amazon SES`, `SendGrid`,
    /// `Mailgun`, `Postmark`, `SparkPost`, `Mandrill`), whatever the
    /// input kind. `None` for other MTAs.
    pub mta_name: Option<String>,
    /// One plain sentence on what was found, for the top of the page.
    pub summary: String,
    /// One entry per recipient the bounce reports on, in the bounce's order.
    pub recipients: Vec<Recipient>,
    /// Things the reader should know about the input itself: parts that
    /// could not be decoded, a truncated body, a forged-looking claim.
    pub notes: Vec<Note>,
}

/// The kind of text that was pasted.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    /// Nothing but whitespace.
    Empty,
    /// Bytes that are not text (mostly control or invalid UTF-8 bytes).
    Binary,
    /// One or more SMTP reply lines without a surrounding message.
    SmtpReply,
    /// The human-readable text of a non-delivery report, without headers.
    NdrText,
    /// A whole email with RFC 5322 headers.
    Email,
    /// Text in which no bounce was found.
    NotBounce,
    /// A sending service's JSON event record (an Amazon SES notification or
    /// a webhook event), pasted as it is or inside an email. `mta` names
    /// the service.
    JsonRecord,
    /// A sending service's bounce export in CSV, one row per recipient,
    /// pasted or opened as a file (an export in an email's body is read
    /// the same way but keeps the kind `Email`).
    CsvExport,
    /// A mail program's own alert that it could not send a message, with
    /// no server reply in it: Outlook's error numbers such as 0x800CCC0F,
    /// Apple Mail's "Cannot Send Mail", the Gmail app's "Couldn't send
    /// message". It is no bounce, and its card has no recipient.
    MailProgramAlert,
}

/// What the bounce says about one recipient, and what to do about it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Recipient {
    /// The recipient address, when the bounce names it.
    pub recipient: Option<String>,
    /// The address the sender wrote to, when an alias or a forward at the
    /// recipient's side turned it into `recipient`: a DSN's
    /// Original-Recipient or Postfix's `(expanded from <...>)`. `None`
    /// when it is the same address.
    pub original_recipient: Option<String>,
    /// RFC 3464 action: `failed`, `delayed`, `delivered`, `relayed`,
    /// `expanded`; or `feedback` and `vacation` for those non-bounces.
    pub action: String,
    /// Enhanced status code (RFC 3463), e.g. `5.7.1`.
    pub status: Option<String>,
    /// Three-digit SMTP reply code (RFC 5321), e.g. `550`.
    pub reply: Option<String>,
    /// The failure reason, using Sisimai's reason names.
    pub reason: Reason,
    /// True when retrying unchanged cannot work (5xx, or a permanent
    /// reason); false for temporary failures, delays and non-failures.
    pub permanent: bool,
    /// True when the address itself is bad, so resending can never work.
    pub hard: bool,
    /// True while the sending server still retries the message on its own:
    /// a delay notice, or a 4xx reply with no sign that the server gave up.
    /// False once a bounce reports the failure as final.
    pub retrying: bool,
    /// True when the message is held until someone acts. On the receiving
    /// side the sender replies to a challenge-response filter, or a list
    /// moderator approves the post, and `permanent` is also true, because
    /// a resend only adds a second held copy, but the message has not
    /// failed for good. In the sending server's queue an administrator
    /// releases it, and `action` stays `delayed` with `retrying` false.
    pub held: bool,
    /// Lowercase id of the receiving provider or gateway whose rule
    /// matched (`comcast`, `google`, `microsoft`, ...).
    pub provider: Option<String>,
    /// Lowercase id of the public mailbox provider whose domain the
    /// recipient's address is at (`google` for `gmail.com`, `microsoft`
    /// for `outlook.com`). `None` for other domains, an organisation's own
    /// domain among them even when such a provider hosts its mail. The
    /// page and the widget draft no note to such a provider's postmaster.
    pub mailbox_provider: Option<String>,
    /// The provider's own code, e.g. `BL000010`, `S3150`, `TSS04`. None
    /// when it would only repeat `status` or `reply`.
    pub code: Option<String>,
    /// Blocklists the text names as listing the sender (`spamhaus`, ...).
    pub blocklists: Vec<String>,
    /// The receiving host that gave the reply (Remote-MTA or the host in
    /// "host mx.example.net[198.51.100.2] said").
    pub remote_host: Option<String>,
    /// The SMTP command the reply answered (`RCPT`, `DATA`, ...).
    pub smtp_command: Option<String>,
    /// The receiver's reply or the bounce's diagnostic text, unfolded.
    pub diagnostic: String,
    /// Host names in the diagnostic, and the address or receiving host,
    /// that mix ASCII letters with letters that can imitate them
    /// (`sp\u{430}mhaus.org`) or join labels with a dot lookalike
    /// (`spamhaus.org\u{2024}example`), each once: the reader should not trust them
    /// at a glance.
    pub lookalike_hosts: Vec<String>,
    /// The sending server's IP address a removal request must quote.
    /// Always one address, never a network range: when the text names
    /// only a blocked range (`192.0.2.0/24`), this is `None` and
    /// `sender_ip_source.hint` shows the range as written.
    pub sender_ip: Option<String>,
    /// Where `sender_ip` was found, or why none was reported.
    pub sender_ip_source: SenderIpSource,
    /// The plain-language explanation.
    pub explanation: Explanation,
    /// Where the request goes: removal, delisting or sender-support pages
    /// from the knowledge tables, with the IP filled in where they take it.
    pub links: Vec<Link>,
    /// Notes about this recipient, e.g. a status code the text contradicts.
    pub notes: Vec<Note>,
    /// When the input contains several messages (an mbox, or bounce emails
    /// pasted or forwarded one after another), the 0-based index of the
    /// message this recipient was read from. The CLI, which splits an mbox
    /// file itself, sets it to the line's `index`. `None` for any other
    /// input.
    pub mbox_index: Option<usize>,
}

/// Where the sender IP was found.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct SenderIpSource {
    /// 1-based line holding the receiver's statement of the address. It
    /// counts lines of the pasted text, unless `decoded` is set.
    pub line: Option<usize>,
    /// True when the statement is not in the pasted text as written,
    /// because it sits in a quoted-printable or base64 part. `line` then
    /// counts lines of the decoded report: the text parts, after transfer
    /// decoding and joined in order, of the email `forward_depth` names.
    pub decoded: bool,
    /// The nesting level of the email a decoded `line` counts lines of: 0
    /// for the pasted email, 1 for a bounce attached to it, 2 for a bounce
    /// attached to that attachment, and so on. Always 0 when `decoded` is
    /// false.
    pub forward_depth: usize,
    /// The part of that email a decoded `line` counts lines of: its text
    /// parts, or its delivery-status part, which a mail program shows only
    /// as an attachment. Always `Text` when `decoded` is false.
    pub part: DecodedPart,
    /// The delivery-status field that states the address, such as
    /// `Diagnostic-Code`, when `part` is `DeliveryStatus`.
    pub field: Option<String>,
    /// The text of that line, for display next to the address.
    pub excerpt: Option<String>,
    /// The rule that picked the address, e.g. `Client host [<ip>]`.
    pub rule: Option<String>,
    /// When no address is reported: why, and where the user can look.
    /// It names any address or network range the text gives that was
    /// not quoted.
    pub hint: Option<String>,
}

/// The part of a decoded email that a sender IP's line counts lines of.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum DecodedPart {
    /// The text parts, after transfer decoding and joined in order.
    #[default]
    Text,
    /// The message/delivery-status part (RFC 3464), after transfer
    /// decoding.
    DeliveryStatus,
}

/// The plain-language layer above the reason.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Explanation {
    /// Id of the knowledge entry used, e.g. `comcast/BL000010`, `status/5.1.1`.
    pub entry: String,
    /// What happened, in one plain sentence.
    pub what: String,
    /// Why it happened.
    pub why: String,
    /// Steps to fix it, in order.
    pub steps: Vec<String>,
    /// Who must act.
    pub who_acts: Actor,
    /// Retry advice in one sentence.
    pub retry: String,
    /// Public page the explanation is based on.
    pub source: String,
}

/// The party who must act on a failure.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The person who sent the message.
    You,
    /// Whoever runs the sending server: the mail administrator or provider.
    Admin,
    /// The recipient or the recipient's mail administrator.
    Recipient,
    /// The sending service (SendGrid, Amazon SES, ...) whose own IP a
    /// blocklist lists: the sender contacts its support, because the
    /// sender's mail administrator cannot have that IP delisted.
    Service,
    /// Nobody yet: the sending server retries on its own.
    Wait,
    /// Nothing to do: not a failure (delivery report, auto-reply).
    Nobody,
}

/// A link from the knowledge tables, never from the pasted text.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Link {
    /// What the page is for, e.g. `Request removal from Cloudmark CSI`.
    pub label: String,
    /// The address, with the sender IP filled in where the page takes it.
    pub url: String,
}

/// A remark about the input or one recipient.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Note {
    /// `info` or `warning`.
    pub level: NoteLevel,
    /// The remark, in one or two plain sentences.
    pub message: String,
}

/// How much a note matters.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum NoteLevel {
    /// Background the reader may want.
    Info,
    /// Something that changes how far the result can be trusted.
    Warning,
}

impl Note {
    /// Builds an informational note.
    pub fn info(message: impl Into<String>) -> Self {
        Note { level: NoteLevel::Info, message: message.into() }
    }

    /// Builds a warning note.
    pub fn warning(message: impl Into<String>) -> Self {
        Note { level: NoteLevel::Warning, message: message.into() }
    }
}

/// Pairs of a sending service's id in [`Report::mta`] and its display
/// name, for the services whose JSON event records the crate reads field
/// by field. The CLI's text output and the page show these names.
const SENDING_SERVICES: &[(&str, &str)] = &[
    ("amazonses", "Amazon SES"),
    ("sendgrid", "SendGrid"),
    ("mailgun", "Mailgun"),
    ("postmark", "Postmark"),
    ("sparkpost", "SparkPost"),
    ("mandrill", "Mandrill"),
    ("mailjet", "Mailjet"),
    ("brevo", "Brevo"),
    ("smtp2go", "SMTP2GO"),
];

/// Returns the display name of the sending service with id `mta`, or
/// `None` for an MTA that is no such service.
pub(crate) fn sending_service_name(mta: &str) -> Option<&'static str> {
    SENDING_SERVICES.iter().find(|(id, _)| *id == mta).map(|(_, name)| *name)
}
