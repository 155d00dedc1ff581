//! Recipients whose address is at a public mailbox provider's domain
//! (`gmail.com`, `outlook.com`, `yahoo.com`). When the receiving side must
//! act, only the provider can, and it does not handle one sender's report
//! by mail to its postmaster. So the page and the widget draft no note to
//! that postmaster, and the card's note tells the user whom to tell.

use crate::knowledge::{mailbox_domains, providers};
use crate::reason::Reason;
use crate::report::{Actor, Note};

/// Returns the id of the public mailbox provider (`google`, `microsoft`,
/// ...) whose domain `address` is at, or `None` for any other domain.
/// The provider tables are read first, then the table of consumer
/// mailbox domains that those do not list (`naver.com`, `hotmail.de`).
// NOTE: a public provider in neither table (`fastmail.com`, most
// internet service providers' own domains) still gets a note to its
// postmaster.
pub(super) fn provider_of(address: Option<&str>) -> Option<&'static str> {
    let (_, domain) = address?.rsplit_once('@')?;
    let domain = domain.trim().trim_end_matches('>').to_ascii_lowercase();
    providers::mailbox_provider(&domain)
        .map(|provider| provider.id)
        .or_else(|| mailbox_domains::mailbox_service(&domain).map(|service| service.id))
}

/// Builds the card's note for a failure the recipient's side must fix at
/// a public mailbox provider. A full mailbox or a disabled account gets
/// none, because its steps already tell the user to reach the recipient.
pub(super) fn note(address: &str, actor: Actor, reason: Reason) -> Option<Note> {
    if actor != Actor::Recipient || matches!(reason, Reason::MailboxFull | Reason::Suspend) {
        return None;
    }
    let domain = address.rsplit_once('@').map_or(address, |(_, domain)| domain);
    Some(Note::info(format!(
        "{address} is a mailbox at {domain}, a public mailbox provider, so only the \
         provider can fix this on the receiving side. Such a provider does not handle \
         one sender's report by mail to its postmaster, so no note to it is offered. If the \
         message matters, reach the recipient another way, by phone for example, and \
         ask them to report the fault to their provider."
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provider_domains_found() {
        assert_eq!(provider_of(Some("bob@gmail.com")), Some("google"));
        assert_eq!(provider_of(Some("bob@Outlook.COM")), Some("microsoft"));
        assert_eq!(provider_of(Some("bob@yahoo.com")), Some("yahoo"));
    }

    #[test]
    fn other_consumer_domains_found() {
        let cases = [
            ("bob@naver.com", "naver"),
            ("bob@seznam.cz", "seznam"),
            ("bob@libero.it", "libero"),
            ("bob@proton.me", "proton"),
            ("bob@pm.me", "proton"),
            ("bob@hotmail.de", "microsoft"),
            ("bob@Outlook.FR", "microsoft"),
            ("bob@live.co.uk", "microsoft"),
            ("bob@yahoo.de", "yahoo"),
            ("bob@gmx.at", "gmx"),
            ("bob@yandex.ua", "yandex"),
        ];
        for (address, id) in cases {
            assert_eq!(provider_of(Some(address)), Some(id), "{address}");
        }
    }

    #[test]
    fn organisation_domains_not_found() {
        assert_eq!(provider_of(Some("bob@example.com")), None);
        // A domain that only ends in a provider's name is another domain.
        assert_eq!(provider_of(Some("bob@notgmail.com")), None);
        assert_eq!(provider_of(Some("bob@notnaver.com")), None);
        assert_eq!(provider_of(Some("bob@proton.me.example.com")), None);
        assert_eq!(provider_of(Some("bob")), None);
        assert_eq!(provider_of(None), None);
    }

    #[test]
    fn note_only_for_receiving_side() {
        assert!(note("bob@gmail.com", Actor::Recipient, Reason::NetworkError).is_some());
        assert!(note("bob@gmail.com", Actor::Admin, Reason::Blocked).is_none());
        assert!(note("bob@gmail.com", Actor::Recipient, Reason::MailboxFull).is_none());
    }
}
