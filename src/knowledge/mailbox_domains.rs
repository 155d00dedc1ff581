//! Public mailbox domains that the provider tables do not list: free or
//! consumer mailbox services whose replies this crate has no rules for,
//! and the country forms of the providers' own domains (`hotmail.de`,
//! `yahoo.fr`). Anyone can sign up for an address at these domains, so the
//! domain's postmaster is a provider that does not act on one sender's
//! report, and the card tells the user to reach the recipient another way.
//!
//! The domains of one service come from one source, read 2026-12-06. The
//! Thunderbird ISPDB (<https://github.com/thunderbird/autoconfig>, folder
//! `ispdb/`) lists, for each mail service, the domains its mailboxes use,
//! so that the mail program can set an account up from the address alone.
//! Host names that the ISPDB lists for MX lookups are left out.

use super::providers::text::host_is_under;

/// The mailbox domains of one service.
pub struct MailboxService {
    /// Lowercase id, the provider table's id where the service has one.
    pub id: &'static str,
    /// Domains (lowercase, ASCII) where the service gives out addresses.
    pub domains: &'static [&'static str],
    /// The page or file that lists the domains.
    pub source: &'static str,
}

/// Public mailbox services and their domains.
pub static MAILBOX_SERVICES: &[MailboxService] = &[
    MailboxService {
        id: "microsoft",
        domains: &[
            "windowslive.com",
            "outlook.at",
            "outlook.be",
            "outlook.cl",
            "outlook.cz",
            "outlook.de",
            "outlook.dk",
            "outlook.es",
            "outlook.fr",
            "outlook.hu",
            "outlook.ie",
            "outlook.in",
            "outlook.it",
            "outlook.kr",
            "outlook.lv",
            "outlook.my",
            "outlook.ph",
            "outlook.pt",
            "outlook.sa",
            "outlook.sg",
            "outlook.sk",
            "outlook.co.id",
            "outlook.co.il",
            "outlook.co.th",
            "outlook.com.ar",
            "outlook.com.au",
            "outlook.com.br",
            "outlook.com.gr",
            "outlook.com.tr",
            "outlook.com.vn",
            "hotmail.be",
            "hotmail.ca",
            "hotmail.cl",
            "hotmail.cz",
            "hotmail.de",
            "hotmail.dk",
            "hotmail.es",
            "hotmail.fi",
            "hotmail.gr",
            "hotmail.hu",
            "hotmail.it",
            "hotmail.lt",
            "hotmail.lv",
            "hotmail.my",
            "hotmail.nl",
            "hotmail.no",
            "hotmail.ph",
            "hotmail.rs",
            "hotmail.se",
            "hotmail.sg",
            "hotmail.sk",
            "hotmail.co.id",
            "hotmail.co.il",
            "hotmail.co.in",
            "hotmail.co.jp",
            "hotmail.co.kr",
            "hotmail.co.th",
            "hotmail.co.za",
            "hotmail.com.ar",
            "hotmail.com.au",
            "hotmail.com.br",
            "hotmail.com.hk",
            "hotmail.com.tr",
            "hotmail.com.tw",
            "hotmail.com.vn",
            "live.at",
            "live.be",
            "live.ca",
            "live.cl",
            "live.cn",
            "live.de",
            "live.dk",
            "live.fi",
            "live.fr",
            "live.hk",
            "live.ie",
            "live.in",
            "live.it",
            "live.jp",
            "live.nl",
            "live.no",
            "live.ru",
            "live.se",
            "live.co.jp",
            "live.co.kr",
            "live.co.uk",
            "live.co.za",
            "live.com.ar",
            "live.com.au",
            "live.com.mx",
            "live.com.my",
            "live.com.ph",
            "live.com.pt",
            "live.com.sg",
            "livemail.tw",
        ],
        source: "Thunderbird ISPDB, ispdb/hotmail.com.xml (Outlook.com)",
    },
    MailboxService {
        id: "yahoo",
        domains: &[
            "yahoo.de",
            "yahoo.it",
            "yahoo.fr",
            "yahoo.es",
            "yahoo.se",
            "yahoo.co.in",
            "yahoo.co.nz",
            "yahoo.com.au",
            "yahoo.com.ar",
            "yahoo.com.br",
            "yahoo.com.mx",
            "myyahoo.com",
        ],
        source: "Thunderbird ISPDB, ispdb/yahoo.com.xml (Yahoo! Mail)",
    },
    MailboxService {
        id: "gmx",
        domains: &[
            "gmx.at",
            "gmx.ch",
            "gmx.eu",
            "gmx.biz",
            "gmx.org",
            "gmx.info",
            "mein.gmx",
            "mail.gmx",
            "email.gmx",
        ],
        source: "Thunderbird ISPDB, ispdb/gmx.net.xml (GMX Freemail)",
    },
    MailboxService {
        id: "yandex",
        domains: &["yandex.by", "yandex.kz", "yandex.ua"],
        source: "Thunderbird ISPDB, ispdb/yandex.ru.xml (Yandex Mail)",
    },
    MailboxService {
        id: "naver",
        domains: &["naver.com"],
        source: "Thunderbird ISPDB, ispdb/naver.com.xml (Naver)",
    },
    MailboxService {
        id: "daum",
        domains: &["daum.net"],
        source: "Thunderbird ISPDB, ispdb/daum.net.xml (Daum Mail)",
    },
    MailboxService {
        id: "libero",
        domains: &["libero.it", "iol.it", "blu.it", "inwind.it", "giallo.it"],
        source: "Thunderbird ISPDB, ispdb/libero.it (Libero Mail)",
    },
    MailboxService {
        id: "o2",
        domains: &["o2.pl", "go2.pl", "tlen.pl", "prokonto.pl"],
        source: "Thunderbird ISPDB, ispdb/o2.pl.xml (o2 Poczta)",
    },
    MailboxService {
        id: "inbox-lv",
        domains: &["inbox.lv", "inbox.eu", "inbox.lt", "inbox.la"],
        source: "Thunderbird ISPDB, ispdb/inbox.lv.xml (Inbox.lv)",
    },
    MailboxService {
        id: "mailbox-org",
        domains: &["mailbox.org"],
        source: "Thunderbird ISPDB, ispdb/mailbox.org.xml (mailbox.org)",
    },
    MailboxService {
        id: "seznam",
        domains: &["seznam.cz", "email.cz", "post.cz"],
        source: "Seznam.cz help, \"Registrace účtu s novou e-mailovou schránkou\", \
                 https://napoveda.seznam.cz/cz/registrace-uctu-s-novou-e-mailovou-schrankou/",
    },
    MailboxService {
        id: "proton",
        domains: &["proton.me", "protonmail.com", "protonmail.ch", "pm.me"],
        source: "Proton support, \"Types of email addresses and aliases\", \
                 https://proton.me/support/addresses-and-aliases",
    },
];

/// Returns the service whose mailbox domains include `domain`
/// (lowercase) or a domain above it, as `providers::mailbox_provider`
/// does for the provider tables.
pub fn mailbox_service(domain: &str) -> Option<&'static MailboxService> {
    MAILBOX_SERVICES.iter().find(|s| s.domains.iter().any(|d| host_is_under(domain, d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_lowercase_ascii() {
        for service in MAILBOX_SERVICES {
            for domain in service.domains {
                assert!(domain.is_ascii(), "{domain}");
                assert_eq!(*domain, domain.to_ascii_lowercase(), "{domain}");
                assert!(domain.contains('.'), "{domain}");
            }
        }
    }

    // A domain that a provider table lists is found there first, so an
    // entry here would never be read.
    #[test]
    fn no_domain_of_provider_tables() {
        for service in MAILBOX_SERVICES {
            for domain in service.domains {
                let provider = super::super::providers::mailbox_provider(domain).map(|p| p.id);
                assert_eq!(provider, None, "{domain}");
            }
        }
    }

    #[test]
    fn each_domain_listed_once() {
        let all: Vec<&str> =
            MAILBOX_SERVICES.iter().flat_map(|s| s.domains.iter().copied()).collect();
        for (i, domain) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(domain), "{domain}");
        }
    }
}
