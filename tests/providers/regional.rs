//! Regional mailbox providers: cable and telecom ISPs in the US, Europe,
//! Russia, China and Japan, and GoDaddy.

use super::{check, one, postfix, Case};
use bounce_explainer::{Actor, Reason};

#[test]
fn orange_and_laposte_codes() {
    let cases = [
        Case {
            name: "Orange Cloudmark block",
            rcpt: "user@orange.fr",
            host: "smtp-in.orange.fr",
            reply: "550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host \
                    blocked for spamming issues. OFR006_102 Ref \
                    http://csi.cloudmark.com/reset-request/?ip=192.0.2.14 [102]",
            provider: Some("orange"),
            code: Some("OFR006_102"),
            reason: Reason::Blocked,
            entry: "orange/102",
        },
        Case {
            name: "Orange 999",
            rcpt: "user@wanadoo.fr",
            host: "smtp-in.orange.fr",
            reply: "421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, \
                    please try later. OFR_999 [999]",
            provider: Some("orange"),
            code: Some("OFR_999"),
            reason: Reason::Blocked,
            entry: "orange/refused",
        },
        Case {
            name: "La Poste blocked account",
            rcpt: "user@laposte.net",
            host: "smtpz4.laposte.net",
            reply: "550 5.5.0 Le compte du destinataire est bloque. The recipient account is \
                    blocked. LPN007_426",
            provider: Some("laposte"),
            code: Some("LPN007_426"),
            reason: Reason::Suspend,
            entry: "orange/account-blocked",
        },
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn orange_cloudmark_link_has_ip() {
    let r = one(&postfix(
        "user@orange.fr",
        "smtp-in.orange.fr",
        "550 mwinf5c04 ME Client host blocked for spamming issues. OFR006_102 Ref \
         http://csi.cloudmark.com/reset-request/?ip=192.0.2.14 [102]",
    ));
    assert_eq!(r.blocklists, ["cloudmark"]);
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.14"));
    let urls: Vec<&str> = r.links.iter().map(|l| l.url.as_str()).collect();
    assert!(urls.contains(&"https://csi.cloudmark.com/reset-request/?ip=192.0.2.14"), "{urls:?}");
}

#[test]
fn cox_ipbl_flags_name_lists() {
    let r = one(&postfix(
        "user@cox.net",
        "cxr.mx.a.cox.net",
        "554 cxr.mx.a.cox.net cmsmtp IP 192.0.2.44 rejected. AUP#IPBL1001",
    ));
    assert_eq!(r.provider.as_deref(), Some("cox"));
    assert_eq!(r.code.as_deref(), Some("AUP#IPBL1001"));
    assert_eq!(r.explanation.entry, "cox/IPBL");
    assert_eq!(r.blocklists, ["cloudmark", "spamhaus"]);
    let urls: Vec<&str> = r.links.iter().map(|l| l.url.as_str()).collect();
    assert!(urls.contains(&"https://csi.cloudmark.com/reset-request/?ip=192.0.2.44"), "{urls:?}");
}

#[test]
fn other_regional_replies() {
    let cases = [
        Case {
            name: "Spectrum Spamhaus range",
            rcpt: "user@charter.net",
            host: "mx0.charter.net",
            reply: "554 5.7.1 cmsmtp 192.0.2.80 blocked. AUP#I-1230",
            provider: Some("spectrum"),
            code: Some("AUP#I-1230"),
            reason: Reason::Blocked,
            entry: "spectrum/spamhaus",
        },
        Case {
            name: "AT&T RBL",
            rcpt: "user@att.net",
            host: "ff-ip4-mx-vip1.prodigy.net",
            reply: "553 5.3.0 flpd575 DNSBL:RBL 521< 192.0.2.91 >_is_blocked.For assistance \
                    forward this error to abuse_rbl@abuse-att.net",
            provider: Some("att"),
            code: Some("DNSBL:RBL"),
            reason: Reason::Blocked,
            entry: "att/rbl",
        },
        Case {
            name: "GMX PTR",
            rcpt: "user@gmx.de",
            host: "mx00.emig.gmx.net",
            reply: "554-gmx.net (mxgmx117) Nemesis ESMTP Service not available 554-No SMTP \
                    service 554-Bad DNS PTR resource record. 554 For explanation visit \
                    https://postmaster.gmx.net/en/case?c=r0601&i=ip&v=192.0.2.61&r=1N2kA",
            provider: Some("gmx"),
            code: None,
            reason: Reason::RequirePtr,
            entry: "gmx/bad-ptr",
        },
        Case {
            name: "T-Online NOWL",
            rcpt: "user@t-online.de",
            host: "mx00.t-online.de",
            reply: "554 IP=192.0.2.62 - None/bad reputation. Contact tobr@rx.t-online.de for \
                    reset. (NOWL)",
            provider: Some("t-online"),
            code: Some("NOWL"),
            reason: Reason::BadReputation,
            entry: "t-online/NOWL",
        },
        Case {
            name: "Free spam block",
            rcpt: "user@free.fr",
            host: "mx1.free.fr",
            reply: "421 Too many spams from your IP (192.0.2.63), please visit \
                    http://postmaster.free.fr/",
            provider: Some("free"),
            code: None,
            reason: Reason::Blocked,
            entry: "free/spam-block",
        },
        Case {
            name: "Mail.ru spam",
            rcpt: "user@mail.ru",
            host: "mxs.mail.ru",
            reply: "550 spam message rejected. Please visit \
                    http://help.mail.ru/notspam-support/id?c=AbCd or report details to \
                    abuse@corp.mail.ru. Error code: 0123. ID: 4567.",
            provider: Some("mailru"),
            code: None,
            reason: Reason::SpamDetected,
            entry: "mailru/spam",
        },
        Case {
            name: "Yandex spam",
            rcpt: "user@yandex.ru",
            host: "mx.yandex.ru",
            reply: "554 5.7.1 [1] Message rejected under suspicion of SPAM; \
                    https://ya.cc/1IrBc 1234567890-AbCdEfGh",
            provider: Some("yandex"),
            code: None,
            reason: Reason::SpamDetected,
            entry: "yandex/spam",
        },
        Case {
            name: "QQ connection frequency",
            rcpt: "user@qq.com",
            host: "mx3.qq.com",
            reply: "550 Connection frequency limited. Blocked IP 192.0.2.22",
            provider: Some("tencent"),
            code: None,
            reason: Reason::TooManyConn,
            entry: "tencent/connection-frequency",
        },
        Case {
            name: "Zoho spam",
            rcpt: "user@zoho.com",
            host: "mx.zoho.com",
            reply: "554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.",
            provider: Some("zoho"),
            code: None,
            reason: Reason::SpamDetected,
            entry: "zoho/spam",
        },
        Case {
            name: "GoDaddy recipient rate",
            rcpt: "user@example.com",
            host: "smtp.secureserver.net",
            reply: "550 5.1.1 <user@example.com> - 203.0.113.222 has sent to too many \
                    recipients this hour. IB607",
            provider: Some("godaddy"),
            code: Some("IB607"),
            reason: Reason::Speeding,
            entry: "godaddy/rate-cap",
        },
        Case {
            name: "au filter",
            rcpt: "user@ezweb.ne.jp",
            host: "lsean.ezweb.ne.jp",
            reply: "550 : User unknown",
            provider: Some("kddi"),
            code: None,
            reason: Reason::Filtered,
            entry: "kddi/filtered",
        },
        Case {
            name: "Docomo unknown user",
            rcpt: "user@docomo.ne.jp",
            host: "mfsmax.docomo.ne.jp",
            reply: "550 Unknown user user@docomo.ne.jp",
            provider: Some("docomo"),
            code: None,
            reason: Reason::UserUnknown,
            entry: "docomo/unknown-user",
        },
    ];
    for case in &cases {
        check(case);
    }
}

/// Mail.ru puts "invalid mailbox" before each cause, so the words after
/// it decide. "User not found" is an address that does not exist, and
/// only "account is disabled" is a disabled account.
#[test]
fn mailru_invalid_mailbox_cause() {
    let lead_in = "550 Message was not accepted -- invalid mailbox.  Local mailbox bob@mail.ru is unavailable:";
    let exim = |reply: &str| {
        format!(
            "This message was created automatically by mail delivery software.\n\n\
             A message that you sent could not be delivered to one or more of its\n\
             recipients. This is a permanent error. The following address(es) failed:\n\n  \
             bob@mail.ru\n    host mxs.mail.ru [198.51.100.31]\n    \
             SMTP error from remote mail server after RCPT TO:<bob@mail.ru>:\n    {reply}\n"
        )
    };
    for cause in ["user not found", "no such user"] {
        let reply = format!("{lead_in} {cause}");
        for text in [exim(&reply), postfix("bob@mail.ru", "mxs.mail.ru", &reply)] {
            let r = one(&text);
            assert_eq!(r.reason, Reason::UserUnknown, "{text}");
            assert_ne!(r.explanation.entry, "mailru/disabled", "{text}");
            assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
            assert!(r.permanent, "{text}");
            let steps = r.explanation.steps.join(" ").to_lowercase();
            assert!(steps.contains("typing") || steps.contains("spell"), "no typo step: {steps}");
        }
    }
    let disabled = format!("{lead_in} account is disabled");
    for text in [exim(&disabled), postfix("bob@mail.ru", "mxs.mail.ru", &disabled)] {
        let r = one(&text);
        assert_eq!(r.explanation.entry, "mailru/disabled", "{text}");
        assert_eq!(r.reason, Reason::Suspend, "{text}");
    }
}

/// Explains Telekom's `A problem occurred` reply with `suffix` after it.
fn t_online_problem(suffix: &str) -> bounce_explainer::Recipient {
    let reply = format!(
        "554 IP=192.0.2.11 - A problem occurred. (Ask your postmaster for help or to contact \
         tosa@rx.t-online.de to clarify.){suffix}"
    );
    one(&postfix("bob@t-online.de", "mx00.t-online.de", &reply))
}

#[test]
fn t_online_problem_without_token() {
    // Telekom's block reply with its blocked-IP contact but no `(BL)`.
    let r = t_online_problem("");
    assert_eq!(r.provider.as_deref(), Some("t-online"));
    assert_eq!(r.explanation.entry, "t-online/refused-ip");
    assert_eq!(r.reason, Reason::Blocked);
    assert_eq!(r.explanation.who_acts, Actor::Admin);
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.11"));
    assert!(r.explanation.why.contains("(BL)"), "{}", r.explanation.why);
    assert!(r.links.iter().any(|l| l.url.contains("postmaster.t-online.de")), "{:?}", r.links);
}

#[test]
fn t_online_bl_token_keeps_its_entry() {
    assert_eq!(t_online_problem(" (BL)").explanation.entry, "t-online/BL");
}
