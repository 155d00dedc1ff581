//! Wordings of an auto-reply saying that nobody reads the mailbox any
//! more: the address has changed, is no longer read, or takes no incoming
//! mail. The reply reached a mailbox but no person.

/// Lowercase fragments that say the mailbox is not read for good, in
/// English, German, French, Spanish, Italian, Portuguese and Dutch.
const NOT_READ: &[&str] = &[
    "no longer read",
    "no longer monitored",
    "no longer being monitored",
    "no longer checked",
    "address has changed",
    "address is no longer in use",
    "mailbox is no longer in use",
    "account is no longer in use",
    "address is no longer active",
    "mailbox is no longer active",
    "does not accept incoming",
    "do not accept incoming",
    "cannot receive incoming",
    "does not receive incoming",
    "wird nicht mehr gelesen",
    "n'est plus consultée",
    "n'est plus consulté",
    "ya no se revisa",
    "non è più monitorata",
    "não é mais monitorada",
    "wordt niet meer gelezen",
];

/// Lowercase fragments that say the mailbox is not read but could mean
/// only during an absence, as in "this mailbox is not monitored while I am
/// away". They count only when the reply mentions no absence.
const UNWATCHED: &[&str] = &["is not monitored", "is not read", "an unmonitored"];

/// Lowercase fragments of an out-of-office reply's absence.
const ABSENCE: &[&str] = &[
    "out of office",
    "out of the office",
    "on leave",
    "on vacation",
    "on holiday",
    "while i am away",
    "while i'm away",
    "during my absence",
    "until ",
    "when i return",
    "on my return",
];

/// True when `text` (lowercase, spaces collapsed) says that nobody reads
/// the mailbox.
pub(super) fn is_not_read(text: &str) -> bool {
    let contains_any = |fragments: &[&str]| fragments.iter().any(|f| text.contains(f));
    contains_any(NOT_READ) || (contains_any(UNWATCHED) && !contains_any(ABSENCE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unwatched_mailbox_outside_absence() {
        assert!(is_not_read("this mailbox is not monitored. please use our contact form."));
        assert!(!is_not_read("this mailbox is not monitored while i am away."));
        assert!(is_not_read("i am away until monday. my address has changed to b@example.net."));
    }
}
