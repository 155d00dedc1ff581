//! Phrases about the state of an existing mailbox: disabled, moved
//! without forwarding, or full.

use crate::classify::matcher::Phrases;
use crate::reason::Reason;

/// The account exists but is disabled, suspended or locked.
pub static SUSPEND: Phrases = Phrases {
    reason: Reason::Suspend,
    any: &[
        " is currently suspended",
        // au (EZweb): "The user(s) account is disabled."
        "account is disabled",
        // Orange: "550 5.5.0 Le compte du destinataire est bloque. The
        // recipient account is blocked. LPN007_426"
        "the recipient account is blocked",
        "le compte du destinataire est bloque",
        // "550 5.7.1 <user@example.com>: Recipient address rejected:
        // User user@example.com temporary locked. Please try again later!"
        " temporary locked",
        "archived recipient",
        "boite du destinataire archivee",
        "email account that you tried to reach is disabled",
        "has been suspended",
        "inactive account",
        "invalid/inactive user",
        "is a deactivated mailbox", // QQ
        "is unavailable: user is terminated",
        "mailbox currently suspended",
        "mailbox disabled",
        "mailbox is frozen",
        "mailbox unavailable or access denied",
        "recipient rejected: temporarily inactive",
        "recipient suspend the service",
        "the email account that you tried to reach is inactive",
        "this account has been disabled or discontinued",
        "this account has been temporarily suspended",
        "this address no longer accepts mail",
        "this mailbox is disabled",
        "user or domain is disabled",
        "user suspended", // 163.com
        "vdelivermail: account is locked email bounced",
        // German: "mailbox blocked/deactivated".
        "postfach gesperrt",
        "postfach deaktiviert",
        // Russian: "mailbox is blocked", "account disabled".
        "ящик заблокирован",
        "аккаунт заблокирован",
        "учетная запись отключена",
        // Spanish: "account disabled"; French: "account disabled".
        "cuenta deshabilitada",
        "compte désactivé",
        // Chinese: "account frozen/disabled".
        "帐户已冻结",
        "账户已被禁用",
        // Short replies that name the account's state, such as "550
        // Account disabled" or "554 Account closed".
        // NOTE: these forms come from reported replies, not from one
        // vendor's published table, so the family is matched rather than
        // one server's sentence. A suspended sending account is read
        // first (`SENDER_SUSPENDED`), and so is "account disabled
        // temporarly for exceeding receiving limits" (`MAILBOX_FULL`).
        "account disabled",
        "account inactive",
        "account suspended",
        "account closed",
        "account locked",
        "account expired",
        "account is inactive",
        "account is locked",
        "account is closed",
        "account is suspended",
        "account has expired",
        "account has been closed",
        "account has been disabled",
        "account has been locked",
    ],
    // "Account bob@example.net is disabled", with the address between, is
    // read by the named cause `ACCOUNT_STATE`, which bounds the gap.
    ordered: &[],
    except: &[],
};

/// The mailbox has moved to another address and mail is not forwarded.
pub static HAS_MOVED: Phrases = Phrases {
    reason: Reason::HasMoved,
    // "550 5.1.6 recipient no longer on server: user@example.org" is
    // left to its status code; this catches the wording without one.
    any: &[" has been replaced by "],
    ordered: &[],
    except: &[],
};

/// The recipient's mailbox is over quota.
pub static MAILBOX_FULL: Phrases = Phrases {
    reason: Reason::MailboxFull,
    any: &[
        "452 insufficient disk space",
        "account disabled temporarly for exceeding receiving limits",
        "boite du destinataire pleine",
        "exceeded storage allocation",
        "full mailbox",
        "mailbox exceeds allowed size",
        "mailbox size limit exceeded",
        "mailbox would exceed maximum allowed storage",
        "mailfolder is full",
        "no space left on device",
        "not sufficient disk space",
        "quota violation for",
        // Exchange's store driver: "554 5.2.0 STOREDRV.Deliver.Exception:
        // QuotaExceededException.MapiExceptionShutoffQuotaExceeded".
        "quotaexceededexception",
        "too much mail data", // NTT Docomo
        "user has exceeded quota, bouncing mail",
        "user has too many messages on the server",
        "user's space has been used up",
        // From Sisimai's list (lib/Sisimai/Reason/MailboxFull.pm). The
        // ordered group for "enough ... space" below needs a word between
        // the two, and the "mail file" of the second is the recipient's
        // mailbox, not the message.
        "does not have enough space",
        "mail file size exceeds the maximum size allowed for mail delivery",
        // German: "mailbox full", "storage exceeded".
        "postfach voll",
        "postfach ist voll",
        "speicherplatz des postfachs",
        "speicherplatz überschritten",
        // French: "mailbox full".
        "boîte pleine",
        "boite pleine",
        "boîte aux lettres pleine",
        // Spanish: "mailbox full".
        "buzón lleno",
        "buzon lleno",
        "el buzón está lleno",
        "buzón de correo lleno",
        // Italian: "mailbox full". Libero returns new mail to the sender
        // with a notice that the mailbox is full:
        // http://aiuto.libero.it/articolo/mail/messaggio-di-casella-postale-piena/
        "casella piena",
        "casella è piena",
        "casella di posta piena",
        // Russian: "mailbox is full", "quota exceeded".
        "ящик переполнен",
        "превышен размер ящика",
        "превышена квота",
        // Chinese: "mailbox is full", "insufficient space".
        "邮箱已满",
        "空间不足",
        // Japanese: "mailbox capacity exceeded".
        "容量超過",
        "容量オーバー",
        "メールボックスがいっぱい",
    ],
    ordered: &[
        &["account is ", " quota"],
        &["disk", "quota"],
        &["enough ", " space"],
        // "User bob@example.net has exceeded its quota".
        &["has exceeded ", "quota"],
        &["mailbox ", "exceeded", " limit"],
        &["mailbox ", "full"],
        &["mailbox ", "quota"],
        &["maildir ", "quota"],
        &["over ", "quota"],
        &["quota ", "exceeded"],
    ],
    // A quota named as the sender's sending limit is not the recipient's
    // storage: "Sending quota exceeded for alice@example.com".
    except: super::sender::SENDING_QUOTA_WORDS,
};
