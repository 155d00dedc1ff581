//! Wordings that report a failed lookup of the recipient's mailbox.

use crate::classify::matcher::Phrases;
use crate::reason::Reason;

/// The receiver looked the recipient up and found none. Receivers that
/// check recipients after the end of DATA (Mail.ru and Yandex among
/// them) send these words there, so they mean an unknown address after
/// DATA too. A guide to Mail.ru's errors (https://mailout.ru/2015/09)
/// reads its "User not found" as an address that does not exist. The bare
/// "unknown user" and "no such user" are left out on purpose: filtering
/// gateways send them after DATA for a message their rules refuse, and
/// Sisimai reads them there as a filter's verdict.
pub static MAILBOX_NOT_FOUND: Phrases = Phrases {
    reason: Reason::UserUnknown,
    any: &[
        "address does not exist",
        "recipient does not exist",
        "recipient not found",
        "user does not exist",
        "user not found",
    ],
    ordered: &[&["user ", " does not exist"]],
    except: &[],
};

/// The subset of [`MAILBOX_NOT_FOUND`] that names the mailbox itself,
/// trusted when the bounce does not name the command the reply is to.
/// NOTE: Sisimai reads a stage-less "Recipient Not Found" (Exchange 2003)
/// as a filter's verdict, and this split keeps results comparable with it.
pub static MAILBOX_NAMED_NOT_FOUND: Phrases = Phrases {
    reason: Reason::UserUnknown,
    any: &["invalid mailbox", "mailbox not found", "mailbox does not exist", "no such mailbox"],
    ordered: &[&["mailbox ", " does not exist"]],
    except: &[],
};
