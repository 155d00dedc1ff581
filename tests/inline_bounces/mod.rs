//! Bounces as mail programs show them when forwarding or quoting one, with
//! the cards each must give, shared by the tests of bounces forwarded
//! inline and quoted in replies.

use bounce_explainer::{Actor, Reason, Recipient, Report};

/// A bounce as a mail program shows it when forwarding it (see the
/// fixtures' README), and the cards it must give: recipient, reason, who
/// acts and the IP to quote.
pub struct Bounce {
    pub name: &'static str,
    pub text: &'static str,
    pub cards: &'static [(&'static str, Reason, Actor, Option<&'static str>)],
}

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../fixtures/forwarded_inline/", $name, ".txt"))
    };
}

pub const BOUNCES: &[Bounce] = &[
    Bounce {
        name: "orange",
        text: fixture!("orange-fr"),
        cards: &[("bob@example.net", Reason::Blocked, Actor::Admin, Some("192.0.2.33"))],
    },
    Bounce {
        name: "exchange 2003",
        text: fixture!("exchange2003"),
        cards: &[
            ("bob@example.net", Reason::Blocked, Actor::Admin, Some("192.0.2.51")),
            ("carol@example.org", Reason::UserUnknown, Actor::You, None),
            ("dave@example.com", Reason::Expired, Actor::Admin, None),
        ],
    },
    Bounce {
        name: "hmailserver",
        text: fixture!("hmailserver"),
        cards: &[
            ("bob@example.net", Reason::Blocked, Actor::Admin, None),
            ("carol@example.org", Reason::Blocked, Actor::Admin, Some("192.0.2.50")),
        ],
    },
    Bounce {
        name: "mailenable",
        text: fixture!("mailenable"),
        cards: &[
            ("bob@example.net", Reason::PolicyViolation, Actor::You, None),
            ("carol@example.org", Reason::Blocked, Actor::Admin, Some("192.0.2.52")),
        ],
    },
    Bounce {
        name: "opensmtpd",
        text: fixture!("opensmtpd"),
        cards: &[
            ("bob@example.net", Reason::Blocked, Actor::Admin, Some("192.0.2.10")),
            ("carol@example.org", Reason::UserUnknown, Actor::You, None),
        ],
    },
    Bounce {
        name: "stalwart",
        text: fixture!("stalwart"),
        cards: &[
            ("bob@example.net", Reason::UserUnknown, Actor::You, None),
            ("carol@example.net", Reason::Blocked, Actor::Admin, Some("192.0.2.12")),
        ],
    },
    Bounce {
        name: "web.de",
        text: fixture!("webde-de"),
        cards: &[("bob@example.net", Reason::UserUnknown, Actor::You, None)],
    },
    Bounce {
        name: "libero",
        text: fixture!("libero-it"),
        cards: &[
            ("bob@example.net", Reason::MailboxFull, Actor::Recipient, None),
            ("carol@example.net", Reason::OnHold, Actor::Admin, None),
        ],
    },
    Bounce {
        name: "163.com",
        text: fixture!("netease163"),
        cards: &[("bob@example.net", Reason::UserUnknown, Actor::You, None)],
    },
    Bounce {
        name: "gmail, could not connect, spamhaus",
        text: fixture!("gmail-fail-conn-block"),
        cards: &[("bob@example.net", Reason::Blocked, Actor::Admin, Some("192.0.2.160"))],
    },
    Bounce {
        name: "microsoft 365",
        text: fixture!("m365-en"),
        cards: &[("bob@example.net", Reason::Blocked, Actor::Admin, Some("192.0.2.92"))],
    },
    Bounce {
        name: "kerio, spamcop",
        text: fixture!("kerio-spamcop"),
        cards: &[("bob@example.net", Reason::Blocked, Actor::Admin, Some("192.0.2.44"))],
    },
    Bounce {
        name: "domino, spamhaus",
        text: fixture!("domino-spamhaus"),
        cards: &[("bob@example.net", Reason::Blocked, Actor::Admin, Some("192.0.2.41"))],
    },
    Bounce {
        name: "groupwise, spamhaus",
        text: fixture!("groupwise-spamhaus"),
        cards: &[("bob@example.net", Reason::Blocked, Actor::Admin, Some("192.0.2.53"))],
    },
    Bounce {
        name: "icewarp",
        text: fixture!("icewarp"),
        cards: &[("bob@example.net", Reason::UserUnknown, Actor::You, None)],
    },
    Bounce {
        name: "oracle messaging server",
        text: fixture!("oracle-messaging"),
        cards: &[("bob@example.net", Reason::UserUnknown, Actor::You, None)],
    },
    Bounce {
        name: "exchange 2003 delay",
        text: fixture!("exchange2003-delay"),
        cards: &[("bob@example.net", Reason::Expired, Actor::Wait, None)],
    },
    Bounce {
        name: "amazon ses email",
        text: fixture!("amazonses-email"),
        cards: &[("bob@example.net", Reason::OnHold, Actor::Admin, None)],
    },
    Bounce {
        name: "amazon ses email with its delivery-status fields",
        text: fixture!("amazonses-email-dsn"),
        cards: &[("bob@example.net", Reason::UserUnknown, Actor::You, None)],
    },
    Bounce {
        name: "domino in french, not in the directory",
        text: fixture!("domino-fr-directory"),
        cards: &[("bob@example.net", Reason::UserUnknown, Actor::You, None)],
    },
    Bounce {
        name: "domino in french, spamhaus",
        text: fixture!("domino-fr-spamhaus"),
        cards: &[
            ("bob@example.net", Reason::Blocked, Actor::Admin, Some("192.0.2.41")),
            ("carol@example.net", Reason::Blocked, Actor::Admin, Some("192.0.2.41")),
        ],
    },
    Bounce {
        name: "groupwise, bare user id",
        text: fixture!("groupwise-user-id"),
        cards: &[("bob@example.org", Reason::UserUnknown, Actor::You, None)],
    },
];

/// The bounce's header fields as `(name, value)`, and its text.
pub fn split(bounce: &str) -> (Vec<(&str, &str)>, &str) {
    let (head, text) = bounce.split_once("\n\n").expect("fixture has a header and a text");
    let fields =
        head.lines().map(|line| line.split_once(": ").expect("fixture header line")).collect();
    (fields, text)
}

pub fn field<'a>(fields: &[(&str, &'a str)], name: &str) -> &'a str {
    fields.iter().find(|(n, _)| *n == name).map_or("", |(_, v)| v)
}

/// What a card tells the reader, in the order the cards come.
pub fn cards(report: &Report) -> Vec<String> {
    report.recipients.iter().map(card).collect()
}

pub fn card(r: &Recipient) -> String {
    format!(
        "{:?} | {:?} {:?} {:?} | who {:?} | ip {:?} | {} | {} | {:?}",
        r.recipient,
        r.reason,
        r.reply,
        r.status,
        r.explanation.who_acts,
        r.sender_ip,
        r.explanation.what,
        r.explanation.retry,
        r.explanation.steps,
    )
}

pub fn assert_expected(label: &str, report: &Report, bounce: &Bounce) {
    assert_eq!(report.recipients.len(), bounce.cards.len(), "{label}: {:#?}", cards(report));
    for (address, reason, who, ip) in bounce.cards {
        let found = report.recipients.iter().find(|r| r.recipient.as_deref() == Some(*address));
        let r = found.unwrap_or_else(|| panic!("{label}: no card for {address}: {report:#?}"));
        assert_eq!(r.reason, *reason, "{label}: {}", card(r));
        assert_eq!(r.explanation.who_acts, *who, "{label}: {}", card(r));
        assert_eq!(r.sender_ip.as_deref(), *ip, "{label}: {}", card(r));
    }
}
