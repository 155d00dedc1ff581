//! Phrases about the message itself: its size, spam and virus filters,
//! site policy and malformed content.

use crate::classify::matcher::Phrases;
use crate::reason::Reason;

/// A spam filter judged the message to be spam.
pub static SPAM_DETECTED: Phrases = Phrases {
    reason: Reason::SpamDetected,
    any: &[
        // amavisd-new: "554 5.7.0 Reject, id=12345-09 - SPAM".
        " - spam",
        "//www.spamhaus.org/help/help_spam_16.htm",
        "//dsbl.org/help/help_spam_16.htm",
        "//mail.163.com/help/help_spam_16.htm",
        "554 5.7.0 reject, id=",
        "appears to be unsolicited",
        "blacklisted url in message",
        "blocklisted url in message",
        "denylisted url in message",
        "block for spam",
        "blocked by policy: no spam please",
        "blocked by spamassassin",
        "blocked for abuse. see http://att.net/blocks", // AT&T
        "cannot be forwarded because it was detected as spam",
        "considered unsolicited bulk e-mail (spam) by our mail filters",
        "content filter rejection",
        // "554 5.7.1 Your message has been classified as spam". The except
        // list below vetoes "not classified as spam".
        "classified as spam",
        "cyberoam anti spam engine has identified this email as a bulk email",
        "denied due to spam list",
        "high probability of spam",
        "is classified as spam and is rejected",
        "listed in work.drbl.imedia.ru",
        // Yandex: "554 5.7.1 [2] Message rejected under suspicion of SPAM".
        "message rejected under suspicion of spam",
        "the mail server detected your message as spam and has prevented delivery.",
        "mail appears to be unsolicited",
        "mail content denied", // QQ
        "may consider spam",
        "message considered as spam or virus",
        "message contains spam or virus",
        // Barracuda: "550 5.7.1 Message content rejected, UBE, id=...".
        "message content rejected",
        "message detected as spam",
        "message filtered. please see the faqs section on spam",
        "message filtered. refer to the troubleshooting page at ",
        "message looks like spam",
        "message is being rejected as it seems to be a spam",
        "message refused by mailmarshal spamprofiler",
        "message refused by trustwave seg spamprofiler",
        "message rejected as spam",
        "refused as spam", // "554 Message refused as spam"
        "message rejected because of unacceptable content",
        "message rejected due to suspected spam content",
        "message rejected for policy reasons",
        "message was rejected for possible spam/virus content",
        "our email server thinks this email is spam",
        "our system has detected that this message is ",
        "probable spam",
        "reject bulk.advertising",
        "rejected by spamassassin",
        "rejected: spamassassin score ",
        "rejected - bulk email",
        "rejecting banned content",
        "rejecting mail content",
        "related to content with spam-like characteristics",
        "sender domain listed at ",
        "sending address not accepted due to spam filter",
        "spam blocked",
        "spam check",
        "spam content matched",
        "spam detected",
        "spam email",
        "spam message rejected", // Mail.ru ends it with a full stop
        "spam not accepted",
        "spam refused",
        "spam rejection",
        "spam score ",
        "spambouncer identified spam",
        "spamming not allowed",
        "too many spam complaints",
        "too much spam.", // EarthLink
        "the email message was detected as spam",
        "the message has been rejected by spam filtering engine",
        "the message was rejected due to classification as bulk mail",
        "the content of this message looked like spam", // SendGrid
        "this message appears to be spam",
        "this message has been identified as spam",
        "this message has been scored as spam with a probability",
        "this message was classified as spam",
        "this message was rejected by recurrent pattern detection system",
        "transaction failed spam message not queued", // SendGrid
        "we dont accept spam",
        "your email appears similar to spam we have received before",
        "your email breaches local uribl policy",
        "your email had spam-like ",
        "your email is considered spam",
        "your email is probably spam",
        "your email was detected as spam",
        "your message as spam and has prevented delivery",
        "your message has been temporarily blocked by our filter",
        "your message has been rejected because it appears to be spam",
        "your message has triggered a spam block",
        "your message may contain the spam contents",
        "your message failed several antispam checks",
        // Gmail: "550-5.7.1 [203.0.113.5] Gmail has detected that this
        // message is likely unsolicited mail."
        "this message is likely unsolicited mail",
        "als spam eingestuft",  // German: "classified as spam"
        "considéré comme spam", // French: "considered spam"
        "considere comme spam",
        "considerado como spam",        // Spanish: "considered spam"
        "correo no deseado",            // Spanish: "unwanted mail"
        "сообщение отклонено как спам", // Russian: "rejected as spam"
        "被识别为垃圾邮件",             // Chinese: "identified as spam"
        "распознано как спам",          // Russian: "recognised as spam"
        "垃圾邮件",                     // Chinese: "spam"
        "迷惑メール",                   // Japanese: "spam"
    ],
    // Sisimai's pair "greylisted" ... " please try again in" is left out:
    // greylisting is no spam verdict (see knowledge/greylisting.rs).
    ordered: &[
        &["mail score (", " over "],
        &["mail rejete. mail rejected. ", "506"], // Orange
        &["our filters rate at and above ", " percent probability of being spam"],
        &["rejected by ", " (spam)"],
        &["rejected due to spam ", "classification"],
        &["rejected due to spam ", "content"],
        &["rule imposed as ", " is blacklisted on"],
        &["spam ", " exceeded"],
        &["this message scored ", " spam points"],
    ],
    // A filter that found no spam names no spam verdict.
    except: &["not classified as spam", "not refused as spam"],
};

/// Spam named only as the cause of a refusal ("Message rejected due to
/// spam", "refused: spam"). In reply to DATA the receiver has read the
/// message, so these words give a verdict on its content. Before DATA
/// they refuse the sender for spam it sent earlier, which is a block.
pub static SPAM_AS_CAUSE: Phrases = Phrases {
    reason: Reason::SpamDetected,
    any: &[
        "due to spam",
        "because of spam",
        "rejected as spam",
        "refused as spam",
        "blocked as spam",
        "for spam",
        "refused: spam",
        "rejected: spam",
        "blocked: spam",
        "spam content",
    ],
    ordered: &[],
    except: &["not spam", "no spam"],
};

/// A virus scanner found malware in the message.
pub static VIRUS_DETECTED: Phrases = Phrases {
    reason: Reason::VirusDetected,
    any: &[
        "it has a potentially executable attachment",
        "the message was rejected because it contains prohibited virus or spam content",
        "this form of attachment has been used by recent viruses or other malware",
        "virus detected",
        "virus phishing/malicious_url detected",
        "your message was infected with a virus",
        "contained a virus",
        "contains a virus",
        "virus found",
        "virus gefunden",  // German
        "обнаружен вирус", // Russian
        "含有病毒",        // Chinese
    ],
    ordered: &[],
    except: &[],
};

/// amavisd-new's reply for a message its virus scanner flagged: its
/// `%smtp_reason_by_ccat` format `id=%n - INFECTED: %V` (amavisd-new
/// 2.11.1, amavisd line 1840), after "554 5.7.0 Reject,". It is read
/// before the spam table, whose "554 5.7.0 reject, id=" is amavisd-new's
/// opening for every verdict.
pub static AMAVIS_INFECTED: Phrases =
    Phrases { reason: Reason::VirusDetected, any: &[" - infected: "], ordered: &[], except: &[] };

/// A refusal of an attachment's file type rather than of a virus:
/// amavisd-new's `id=%n - BANNED: %F` (the same table as
/// [`AMAVIS_INFECTED`]), and sites' "Attachment blocked" or "Attachment
/// type not allowed" under any code, even a size code such as 5.3.4. It
/// decides before the status code, and a reply that also names a virus
/// is left to the virus table.
pub static BANNED_ATTACHMENT: Phrases = Phrases {
    reason: Reason::PolicyViolation,
    any: &[
        " - banned: ",
        "attachment blocked",
        "attachment type not allowed",
        "attachment type not permitted",
        "attachment type is not allowed",
        "attachment not allowed",
        "attachment not permitted",
        "attachments are not allowed",
        "blocked attachment",
        "attachment type that",
    ],
    ordered: &[],
    except: &["virus", "infected", "malware"],
};

/// Words that call a refusal a policy decision, read only beside X.1.0,
/// whose code names no fault of an address of its own. They are kept out
/// of [`POLICY_VIOLATION`] because Sisimai reads a bare "policy
/// violation" beside 5.7.0 as a security error.
pub static POLICY_WORDS: Phrases = Phrases {
    reason: Reason::PolicyViolation,
    any: &["policy violation", "policy reasons", "violates our policy", "rejected by policy"],
    ordered: &[],
    except: &[],
};

/// The message or its sender broke a policy of the receiving site.
pub static POLICY_VIOLATION: Phrases = Phrases {
    reason: Reason::PolicyViolation,
    any: &[
        "an illegal attachment on your message",
        "because the recipient is not accepting mail with ", // AOL
        "by non-member to a members-only list",
        "closed mailing list",
        // Security gateways' notices of a blocked attachment type or a
        // data loss prevention (DLP) rule.
        "attachment type that",
        "blocked attachment",
        "data loss prevention policy",
        "denied by policy",
        "email not accepted for policy reasons",
        "email rejected due to security policies", // Mimecast
        "header are not accepted",
        "header error",
        "local policy violation",
        "message bounced due to organizational settings",
        "message given low priority",
        "message not accepted for policy reasons",
        "message rejected due to local policy",
        "messages with multiple addresses",
        "rejected for policy reasons",
        "rejected due to content restrictions",
        "protocol violation",
        "the email address used to send your message is not subscribed to this group",
        "the message was rejected by organization policy",
        "this message was blocked because its content presents a potential",
        "we do not accept messages containing images or other attachments",
        "you're using a mass mailer",
    ],
    ordered: &[&["you have exceeded the", "allowable number of posts without solving a captcha"]],
    except: &[],
};

/// The message headers or MIME structure were unacceptable.
pub static CONTENT_ERROR: Phrases = Phrases {
    reason: Reason::ContentError,
    any: &[
        "duplicate header",
        "header size exceeds maximum permitted",
        "improper use of 8-bit data in message header",
        "message header size, or recipient list, exceeds policy limit",
        "message mime complexity exceeds the policy maximum",
        "routing loop detected -- too many received: headers",
        // Exim's deliver.c: "Too many "Received" headers - suspected mail
        // loop", which Sisimai's Exim parser files as contenterror.
        "too many \"received\" headers",
        "this message contain invalid mime headers",
        "this message contain improperly-formatted binary content",
        "this message contain text that uses unnecessary base64 encoding",
    ],
    ordered: &[],
    except: &[],
};

/// The message breaks RFC 5322 (duplicate or multiple-address headers).
pub static NOT_COMPLIANT_RFC: Phrases = Phrases {
    reason: Reason::NotCompliantRfc,
    any: &[
        "duplicate header",
        "this message is not rfc 5322 compliant",
        "https://support.google.com/mail/?p=rfcmessagenoncompliant",
        // The same Gmail refusal cut at its first line, as Sendmail's DSN
        // quotes it: "550-5.7.1 [192.0.2.222 13] Messages with multiple
        // addresses in From:".
        "messages with multiple addresses in from:",
    ],
    // Gmail: "Messages with multiple addresses in From: header are not
    // accepted."
    ordered: &[&[" multiple ", " header"]],
    except: &[],
};

/// The message is larger than the receiving system accepts.
pub static MESG_TOO_BIG: Phrases = Phrases {
    reason: Reason::MesgTooBig,
    any: &[
        "exceeded maximum inbound message size",
        "exceeded the maximum incoming message size",
        "line limit exceeded",
        "max message size exceeded",
        "message file too big",
        "message length exceeds administrative limit",
        // Postfix ("fixed limit"), Exim ("maximum permitted") and others
        // word it "message size exceeds ...", whatever limit follows.
        "message size exceeds",
        "exceeds maximum message size",
        "maximum message size exceeded",
        "message exceeds maximum size",
        "message is too big",
        "message too big",
        "message too large for this ",
        "size limit",
        "taille limite du message atteinte",
        "nachricht zu groß",
        "слишком большой размер",
    ],
    ordered: &[],
    except: &[],
};

/// The message exceeded a per-recipient limit.
pub static EXCEED_LIMIT: Phrases = Phrases {
    reason: Reason::ExceedLimit,
    any: &["message header size exceeds limit", "message too large"],
    ordered: &[],
    except: &[],
};
