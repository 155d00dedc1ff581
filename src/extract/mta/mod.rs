//! Detection of the software or service that wrote a bounce.
//!
//! Each family is recognised by cheap signals first: its From address,
//! Subject, an X-Mailer or a header only it writes, and the fixed sentence
//! that opens its report. The table is tried in order and the first match
//! wins, so a service built on a common MTA (Google Groups on Gmail,
//! Mail.ru on Exim) comes before that MTA.

use crate::input::Decoded;
use crate::knowledge::blocklists;

/// The header values and report text that routing reads, lowercased once.
pub struct Signals<'a> {
    decoded: &'a Decoded,
    /// The bounce's From header.
    pub from: String,
    /// The bounce's Subject header.
    pub subject: String,
    /// The first few kilobytes of the human-readable report, with the
    /// blocklists' names blanked out.
    pub head: String,
}

/// Report text read for the fixed opening sentences; they sit near the top.
const HEAD_LIMIT: usize = 8 * 1024;

impl<'a> Signals<'a> {
    /// Collects the signals of one decoded input.
    pub fn new(decoded: &'a Decoded) -> Self {
        let header = |name| decoded.header(name).unwrap_or("").to_lowercase();
        // The returned original may name other software (its Received
        // lines, its X-Mailer), so only the report itself is read.
        let report = super::section::error_section(&decoded.body);
        let mut end = report.len().min(HEAD_LIMIT);
        while !report.is_char_boundary(end) {
            end -= 1;
        }
        Signals {
            decoded,
            from: header("From"),
            subject: header("Subject"),
            // A reply names the lists its receiver queries, and a list's
            // name (`cidr.bl.mcafee.com`) is no sign of who wrote the bounce.
            head: blocklists::blank_list_names(&report[..end].to_lowercase()),
        }
    }

    /// True when the header exists.
    pub fn has(&self, name: &str) -> bool {
        self.decoded.header(name).is_some()
    }

    /// True when the header's value contains `needle` (lowercase).
    pub fn header_has(&self, name: &str, needle: &str) -> bool {
        self.decoded
            .headers
            .iter()
            .any(|(n, v)| n.eq_ignore_ascii_case(name) && v.to_lowercase().contains(needle))
    }

    /// True when a Received header of the bounce contains `needle`
    /// (lowercase).
    pub fn received_has(&self, needle: &str) -> bool {
        self.header_has("Received", needle)
    }

    /// True when the report's opening text contains `needle` (lowercase).
    pub fn says(&self, needle: &str) -> bool {
        self.head.contains(needle)
    }

    /// Returns true when the text is one `Remote Server returned '...'`
    /// line and nothing else. Such a reply copied out of a bounce names the
    /// rejecting server, not the MTA that wrote the bounce.
    fn only_quoted_reply(&self) -> bool {
        const OPENING: &str = "remote server returned '";
        let head = self.head.trim();
        self.decoded.headers.is_empty()
            && head.starts_with(OPENING)
            && head.ends_with('\'')
            && !head[OPENING.len()..head.len() - 1].contains(OPENING)
    }

    fn dsn_has(&self, needle: &str) -> bool {
        self.decoded.dsn.as_deref().is_some_and(|d| d.to_lowercase().contains(needle))
    }
}

type Detect = fn(&Signals) -> bool;

/// The heading of the technical part of Exchange and Microsoft 365 NDRs,
/// in the languages seen, lowercase.
const EXCHANGE_DIAGNOSTIC: &[&str] = &[
    "diagnostic information for administrators",
    "diagnoseinformationen für administratoren",
    "informations de diagnostic pour les administrateurs",
    "información de diagnóstico para administradores",
    "informazioni di diagnostica per gli amministratori",
    "диагностические сведения для администраторов",
    "管理者向けの診断情報",
];

/// The families in routing order, each with its detector.
const FAMILIES: &[(&str, Detect)] = &[
    ("amazonworkmail", |s| s.header_has("X-Mailer", "amazon workmail")),
    // Yahoo's own text, even when Amazon SES relayed the bounce.
    ("yahoo", |s| {
        s.from.contains("mailer-daemon@yahoo")
            || s.says("sorry, we were unable to deliver your message")
    }),
    ("amazonses", |s| {
        s.from.contains("amazonses.com")
            || s.from.contains("sns.amazonaws.com")
            || s.says("\"notificationtype\"")
    }),
    ("receivingses", |s| s.has("X-SES-Outgoing")),
    ("googlegroups", |s| {
        s.from.contains("googlemail.com")
            && (s.header_has("X-Failed-Recipients", "googlegroups.com") || s.says("google groups"))
    }),
    ("gmail", |s| {
        s.from.contains("mailer-daemon@googlemail.com")
            || s.from.contains("mailer-daemon@google.com")
            || s.says("the response from the remote server was:")
    }),
    ("outlook", |s| {
        s.from.contains("hotmail")
            || s.from.contains("postmaster@mail.outlook")
            || (s.from.contains("postmaster@mail.")
                && s.subject.starts_with("delivery status notification"))
    }),
    ("office365", |s| {
        s.from.contains("postmaster@outlook.com")
            || s.from.contains("onmicrosoft.com")
            || s.says(".outlook.com") && s.says("diagnostic information for administrators")
            || s.has("X-MS-Exchange-CrossTenant-Id")
    }),
    ("exchange2007", |s| {
        EXCHANGE_DIAGNOSTIC.iter().any(|m| s.says(m))
            || s.says("remote server returned '") && !s.only_quoted_reply()
            || s.subject.starts_with("non remis")
    }),
    ("exchange2003", |s| {
        s.has("X-MS-Embedded-Report")
            || s.header_has("X-Mailer", "internet mail service")
            || s.header_has("X-Mailer", "internet mail connector")
            || s.says("did not reach the following recipient")
    }),
    ("mailru", |s| {
        s.from.contains("mail.ru") && s.has("X-Failed-Recipients") || s.says("сервером mail.ru")
    }),
    ("yandex", |s| s.from.contains("yandex") || s.header_has("X-Mailer", "yamail")),
    ("zoho", |s| s.from.contains("zoho.com") || s.header_has("X-Mailer", "zoho mail")),
    ("gmx", |s| s.from.contains("gmx.")),
    ("einsundeins", |s| s.from.contains("kundenserver") || s.says("1&1")),
    ("biglobe", |s| s.from.contains("biglobe.ne.jp")),
    ("ezweb", |s| s.from.contains("ezweb.ne.jp")),
    ("kddi", |s| s.from.contains("dion.ne.jp") || s.from.contains("kddi")),
    ("verizon", |s| s.from.contains("vzwpix.com") || s.from.contains("vtext.com")),
    ("apachejames", |s| s.says("apache james") || s.header_has("Message-ID", "javamail.")),
    ("mfilter", |s| s.header_has("X-Mailer", "m-filter")),
    ("surfcontrol", |s| s.header_has("X-Mailer", "surfcontrol")),
    ("trendmicro", |s| s.from.contains("interscan") || s.says("interscan")),
    ("mcafee", |s| s.subject == "delivery status" || s.says("mcafee")),
    ("mxlogic", |s| s.from.contains("mxlogic") || s.from.contains("mxl8.") || s.says("mxlogic")),
    ("messagelabs", |s| s.from.contains("messagelabs.com")),
    ("mailfoundry", |s| s.subject == "message delivery has failed"),
    ("mailmarshal", |s| s.subject.starts_with("undeliverable mail: \"") || s.says("mailmarshal")),
    ("activehunter", |s| s.subject.starts_with("failure notice :") || s.says("activehunter")),
    // Barracuda's own marks only: a reply that names its blocklist
    // (`b.barracudacentral.org`) can sit in any MTA's bounce.
    ("barracuda", |s| {
        s.subject.contains("bulk email filter")
            || s.from.contains("barracuda")
            || s.says("our spam firewall")
            || s.dsn_has("reporting-mta: dns; barracuda")
    }),
    ("amavis", |s| s.from.contains("content-filter") || s.says("amavis")),
    ("imailserver", |s| s.header_has("X-Mailer", "smtp32")),
    ("notes", |s| s.says("------- failure reasons") || s.subject == "undeliverable message"),
    // A French report names the Domino Directory "annuaire Domino", as
    // HCL's French help does.
    ("domino", |s| {
        s.subject.starts_with("delivery failure:")
            || s.says("lotus domino")
            || s.says("annuaire domino")
    }),
    ("messagingserver", |s| s.subject.starts_with("delivery notification:")),
    ("courier", |s| {
        s.subject.starts_with("notice: mail delivery status") || s.says("courier mail server")
    }),
    ("fml", |s| s.has("X-ML-Name") || s.subject.contains("are not member")),
    // OpenSMTPD opens every notice with its `NOTICE_INTRO` sentence
    // (usr.sbin/smtpd/bounce.c), so a body pasted without the header
    // still names it.
    ("opensmtpd", |s| {
        s.subject.starts_with("delivery status notification: ")
            || s.says("opensmtpd")
            || s.says("this is the mailer-daemon, please do not reply to this e")
    }),
    ("dragonfly", |s| s.says("dragonfly mail agent")),
    ("powermta", |s| s.subject == "delivery report" || s.dsn_has("x-powermta")),
    ("sendgrid", |s| s.header_has("X-Mailer", "mime-tools") && s.subject.contains("undelivered")),
    ("qmail", |s| s.says("this is the qmail-send program") || s.says("qmail")),
    ("postfix", |s| {
        s.has("X-Postfix-Queue-ID")
            || s.says("this is the mail system at host")
            || s.says("the postfix program")
            || s.dsn_has("x-postfix-")
            || s.subject.starts_with("postfix smtp server")
    }),
    // Exim's own marks only. Its default From, `Mail Delivery System
    // <Mailer-Daemon@host>`, is used by other MTAs too. Exim submits its
    // bounce to itself, so the bounce has a Received line such as `from
    // mailnull by host with local (Exim 4.96)`. A line `with esmtp (Exim`
    // only shows that an Exim server received the bounce on its way.
    ("exim", |s| {
        s.has("X-Failed-Recipients")
            || s.says("this message was created automatically by mail delivery software")
            || s.received_has("with local (exim ")
    }),
    // Old Sendmail (V5) sends no MIME; this is a heuristic, so a modern
    // Sendmail report sent without MIME is named v5sendmail too.
    ("v5sendmail", |s| {
        s.says("----- transcript of session follows -----") && !s.has("MIME-Version")
    }),
    ("sendmail", |s| {
        s.says("----- transcript of session follows -----")
            || s.subject.contains("see transcript for details")
    }),
];

/// Detects the family that wrote the bounce, when one is recognised.
///
/// NOTE: the small unnamed families that Sisimai calls X1 to X6 have no
/// detector and give `None`. Their reports are still read by the generic
/// block scan.
pub fn detect(decoded: &Decoded) -> Option<&'static str> {
    if decoded.headers.is_empty() && decoded.body.is_empty() {
        return None;
    }
    let signals = Signals::new(decoded);
    FAMILIES.iter().find(|(_, detect)| detect(&signals)).map(|(id, _)| *id)
}

/// Detects the family as [`detect`] does, but without reading the From
/// header. A lure's From header is as easy to forge as its text, so only
/// the other signals may name the writer of a lure.
pub fn detect_ignoring_from(decoded: &Decoded) -> Option<&'static str> {
    if decoded.headers.is_empty() && decoded.body.is_empty() {
        return None;
    }
    let mut signals = Signals::new(decoded);
    signals.from.clear();
    FAMILIES.iter().find(|(_, detect)| detect(&signals)).map(|(id, _)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(headers: &[(&str, &str)], body: &str) -> Decoded {
        Decoded {
            headers: headers.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect(),
            body: body.to_string(),
            ..Default::default()
        }
    }

    #[test]
    fn families_detected() {
        let cases = [
            (vec![("X-Postfix-Queue-ID", "ABC")], "", Some("postfix")),
            (vec![], "Hi. This is the qmail-send program at example.net.", Some("qmail")),
            (
                vec![("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>")],
                "",
                Some("gmail"),
            ),
            (vec![("X-Failed-Recipients", "a@example.org")], "", Some("exim")),
            (vec![("Subject", "Returned mail: see transcript for details")], "", Some("sendmail")),
            (vec![], "Diagnoseinformationen für Administratoren:", Some("exchange2007")),
            (vec![("Subject", "hello")], "just text", None),
        ];
        for (headers, body, expected) in cases {
            assert_eq!(detect(&decoded(&headers, body)), expected, "{headers:?} {body:?}");
        }
    }

    #[test]
    fn blocklist_in_a_reply_does_not_name_barracuda() {
        let exim = "This message was created automatically by mail delivery software.\n\n  \
            bob@example.org\n    host mx.example.org [198.51.100.20]\n    \
            554 5.7.1 Service unavailable; Client host [203.0.113.44] blocked using \
            b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.44\n";
        let headers = [("X-Failed-Recipients", "bob@example.org")];
        assert_eq!(detect(&decoded(&headers, exim)), Some("exim"));
        let cases = [
            (("Subject", "**Message you sent blocked by our bulk email filter**"), ""),
            (("From", "Barracuda Spam Firewall <postmaster@example.com>"), ""),
            (("Subject", "Undelivered"), "Your message was blocked by our Spam Firewall."),
        ];
        for (header, body) in cases {
            assert_eq!(detect(&decoded(&[header], body)), Some("barracuda"), "{header:?}");
        }
    }

    #[test]
    fn mcafee_list_names_no_mta() {
        for body in [
            "550 5.7.1 Service unavailable; client [203.0.113.7] blocked using cidr.bl.mcafee.com",
            "554 5.7.1 Rejected: 203.0.113.7 is listed in the McAfee RBL",
        ] {
            assert_eq!(detect(&decoded(&[], body)), None, "{body}");
        }
        let own = "This message was blocked by McAfee Email Protection.";
        assert_eq!(detect(&decoded(&[], own)), Some("mcafee"));
    }
}
