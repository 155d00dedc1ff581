// The Report that explain() returns, as the WASM module serialises it
// from the Rust crate's report.rs. Field names are snake_case there and
// here; optional values are null, never missing.

/** Everything the explainer found in one pasted input. */
export interface Report {
  /** What kind of text was pasted. */
  input_kind: InputKind;
  /** The software or service that wrote the bounce, when recognised. */
  mta: string | null;
  /** The display name of `mta` when it is a sending service whose JSON
   * event records the module reads ("Amazon SES", "SendGrid", ...). */
  mta_name: string | null;
  /** One plain sentence on what was found. */
  summary: string;
  /** One entry per recipient the bounce reports on, in the bounce's order. */
  recipients: Recipient[];
  /** Remarks about the input itself (undecodable parts, truncation, ...). */
  notes: Note[];
}

export type InputKind = "empty" | "binary" | "smtp_reply" | "ndr_text" | "email" | "not_bounce" | "json_record" | "csv_export" | "mail_program_alert";

/** Sisimai's reason names. */
export type Reason =
  | "authfailure" | "badreputation" | "blocked" | "contenterror" | "delivered" | "exceedlimit"
  | "expired" | "feedback" | "filtered" | "hasmoved" | "hostunknown" | "mailboxfull"
  | "mailererror" | "mesgtoobig" | "networkerror" | "norelaying" | "notaccept"
  | "notcompliantrfc" | "onhold" | "policyviolation" | "rejected" | "requireptr"
  | "securityerror" | "spamdetected" | "speeding" | "suppressed" | "suspend" | "syntaxerror" | "systemerror"
  | "systemfull" | "toomanyconn" | "undefined" | "userunknown" | "vacation" | "virusdetected";

/** The bounce's account of one recipient, and what to do about it. */
export interface Recipient {
  recipient: string | null;
  /**
   * The address the sender wrote to, when an alias or a forward at the
   * recipient's side changed it to `recipient`. It comes from a DSN's
   * Original-Recipient or Postfix's "expanded from", and is null when it is
   * the same address.
   */
  original_recipient: string | null;
  /** RFC 3464 action: failed, delayed, delivered, relayed, expanded; or feedback, vacation. */
  action: string;
  /** Enhanced status code (RFC 3463), e.g. "5.7.1". */
  status: string | null;
  /** Three-digit SMTP reply code, e.g. "550". */
  reply: string | null;
  reason: Reason;
  /** True when retrying unchanged cannot work. */
  permanent: boolean;
  /** True when the address itself is bad. */
  hard: boolean;
  /** True while the sending server still retries on its own, and false once a bounce reports the failure as final. */
  retrying: boolean;
  /**
   * True when the receiving side holds the message until someone acts: the sender answers a
   * challenge-response filter, or a list moderator approves the post. `permanent` is also true,
   * because a resend only adds a second held copy, but the message has not failed for good.
   */
  held: boolean;
  /** Lowercase id of the receiving provider whose rule matched ("comcast", ...). */
  provider: string | null;
  /**
   * Lowercase id of the public mailbox provider whose domain the
   * recipient's address is at ("google" for gmail.com). Null for other
   * domains, an organisation's own among them.
   */
  mailbox_provider: string | null;
  /** The provider's own code, e.g. "BL000010". */
  code: string | null;
  /** Blocklists the text names as listing the sender. */
  blocklists: string[];
  /** The receiving host that gave the reply. */
  remote_host: string | null;
  /** The SMTP command the reply was to ("RCPT", "DATA", ...). */
  smtp_command: string | null;
  /** The receiver's reply or the bounce's diagnostic text. */
  diagnostic: string;
  /**
   * Host names in the diagnostic, and the address or receiving host, that
   * mix ASCII letters with letters that can imitate them; shown with a
   * warning.
   */
  lookalike_hosts: string[];
  /** The sending server's IP address a removal request must quote. */
  sender_ip: string | null;
  sender_ip_source: SenderIpSource;
  explanation: Explanation;
  /** Removal, delisting or sender-support pages from the knowledge tables. */
  links: Link[];
  notes: Note[];
  /**
   * The 0-based index of the message this recipient was read from, when
   * the input contains several messages: an mbox, or bounce emails pasted
   * or forwarded one after another. Null for any other input. The CLI
   * splits an mbox file itself and sets this to the line's `index`.
   */
  mbox_index: number | null;
}

/** Where the sender IP was found, or why none was reported. */
export interface SenderIpSource {
  /** 1-based line holding the address: of the pasted text, or of the decoded text when `decoded`. */
  line: number | null;
  /**
   * True when the address was found in a quoted-printable or base64 part, so
   * `line` counts lines of the email's text parts after decoding.
   */
  decoded: boolean;
  /**
   * The nesting level of the email a decoded `line` counts lines of: 0 for the
   * pasted one, 1 for a bounce attached to it, 2 for a bounce attached to that
   * attachment. Always 0 when `decoded` is false.
   */
  forward_depth: number;
  /**
   * The part of that email a decoded `line` counts lines of: its text parts, or
   * its delivery-status part. Always "text" when `decoded` is false.
   */
  part: "text" | "delivery_status";
  /** The delivery-status field that states the address, such as "Diagnostic-Code", when `part` is "delivery_status". */
  field: string | null;
  excerpt: string | null;
  /** The rule that picked the address. */
  rule: string | null;
  /** When no address is reported: why, and where to look. */
  hint: string | null;
}

/** The plain-language layer above the reason. */
export interface Explanation {
  /** Id of the knowledge entry used, e.g. "comcast/BL000010". */
  entry: string;
  what: string;
  why: string;
  steps: string[];
  who_acts: Actor;
  retry: string;
  /** Public page the explanation is based on. */
  source: string;
}

/**
 * The party who must act on a failure. "service" is the sending service
 * (SendGrid, Amazon SES, ...) whose own IP a blocklist lists: the user
 * contacts its support.
 */
export type Actor = "you" | "admin" | "recipient" | "service" | "wait" | "nobody";

export interface Link {
  label: string;
  url: string;
}

export interface Note {
  level: "info" | "warning";
  message: string;
}
