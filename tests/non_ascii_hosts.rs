//! A receiving host name with characters outside ASCII (an
//! internationalised name, a lookalike with Cyrillic letters, or a bidi
//! control inside) is read whole, not as its ASCII tail. Such a name is
//! never taken for a known provider's host.

use crate::cards::only;
use bounce_explainer::{explain, Actor, Reason};

fn only_host(text: &str) -> (Option<String>, Option<String>) {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}");
    let r = &report.recipients[0];
    (r.remote_host.clone(), r.provider.clone())
}

#[test]
fn internationalised_host_is_read_whole() {
    let text = "<jdoe@bücher.example>: host mx.bücher.example[198.51.100.5] said: 550 5.1.1 \
                <jdoe@bücher.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)";
    assert_eq!(only_host(text).0.as_deref(), Some("mx.bücher.example"));
}

#[test]
fn lookalike_host_names_no_provider() {
    // Two Cyrillic "о" in the provider's name; the reply itself carries
    // no link or host of the provider.
    let text =
        "<jdoe@example.net>: host gmail-smtp-in.l.g\u{43e}\u{43e}gle.com[198.51.100.5] said: \
                550 5.7.1 [203.0.113.3] The IP you are using to send mail is not authorized \
                to send email directly to our servers. (in reply to RCPT TO command)";
    let (host, provider) = only_host(text);
    assert_eq!(host.as_deref(), Some("gmail-smtp-in.l.g\u{43e}\u{43e}gle.com"));
    assert_eq!(provider, None);
}

#[test]
fn host_with_bidi_control_is_read_whole() {
    let text = "<jdoe@example.net>: host mx.exa\u{202E}mple.net[198.51.100.5] said: 554 5.7.1 \
                Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org \
                (in reply to RCPT TO command)";
    assert_eq!(only_host(text).0.as_deref(), Some("mx.exa\u{202E}mple.net"));
}

#[test]
fn ascii_hosts_are_unchanged() {
    let text = "<jdoe@example.net>: host gmail-smtp-in.l.google.com[198.51.100.5] said: \
                550 5.7.1 The IP you are using to send mail is not authorized \
                to send email directly to our servers. (in reply to RCPT TO command)";
    let (host, provider) = only_host(text);
    assert_eq!(host.as_deref(), Some("gmail-smtp-in.l.google.com"));
    assert_eq!(provider.as_deref(), Some("google"));
}

#[test]
fn lookalike_names_listed_for_the_warning() {
    // The receiving host is a lookalike, and the reply names a lookalike
    // blocklist zone next to the real one. The internationalised name in
    // one script is not listed.
    let text =
        "<jdoe@bücher.example>: host gmail-smtp-in.l.g\u{43e}\u{43e}gle.com[198.51.100.5] said: \
                554 5.7.1 Client host [203.0.113.9] blocked using zen.sp\u{430}mhaus.org and \
                zen.spamhaus.org (in reply to RCPT TO command)";
    let report = explain(text);
    assert_eq!(
        report.recipients[0].lookalike_hosts,
        ["zen.sp\u{430}mhaus.org", "gmail-smtp-in.l.g\u{43e}\u{43e}gle.com"]
    );
}

#[test]
fn plain_names_need_no_warning() {
    let text = "<jdoe@example.net>: host mx.example.net[198.51.100.5] said: 550 5.1.1 \
                User unknown (in reply to RCPT TO command)";
    assert!(explain(text).recipients[0].lookalike_hosts.is_empty());
}

#[test]
fn internationalised_address_is_read_whole() {
    // SMTPUTF8 (RFC 6531) addresses in a Postfix bounce: an umlaut in the
    // local part, then an accented local part at an accented domain, then
    // a Cyrillic address under a Cyrillic top-level domain, then local
    // parts and a domain label in scripts without letter case.
    let cases = [
        ("müller@example.de", "mx.example.de"),
        ("josé@bücher.example", "mx.bücher.example"),
        ("иван@пример.рф", "mx.пример.рф"),
        ("用户@example.net", "mx.example.net"),
        ("bob@例子.example", "mx.example.net"),
        ("たなか@example.jp", "mx.example.jp"),
        ("사용자@example.kr", "mx.example.kr"),
        ("مستخدم@example.net", "mx.example.net"),
        ("שלום@example.net", "mx.example.net"),
        ("ผู้ใช้@example.net", "mx.example.net"),
        ("उपयोगकर्ता@example.net", "mx.example.net"),
    ];
    for (address, host) in cases {
        let text = format!(
            "<{address}>: host {host}[198.51.100.5] said: 550 5.1.1 <{address}>: Recipient \
             address rejected: User unknown (in reply to RCPT TO command)"
        );
        let r = only(&text);
        assert_eq!(r.recipient.as_deref(), Some(address), "{text}");
        // Names written in one script, or with the accents of a European
        // language, need no warning.
        assert!(r.lookalike_hosts.is_empty(), "{:?}", r.lookalike_hosts);
    }
}

#[test]
fn chinese_text_stays_outside_address() {
    let r = only("收件人user@example.cn不存在: 550 5.1.1 User unknown");
    assert_eq!(r.recipient.as_deref(), Some("user@example.cn"));
    let r = only("收件人：用户@example.cn 不存在: 550 5.1.1 User unknown");
    assert_eq!(r.recipient.as_deref(), Some("用户@example.cn"));
}

/// Each layout that names the recipient in its text reads an address
/// written in a script without letter case.
#[test]
fn caseless_script_address_in_each_layout() {
    let cases = [
        "550 5.1.1 <田中@example.jp>... User unknown\n",
        "A message that you sent could not be delivered to one or more of its\n\
         recipients. This is a permanent error. The following address(es) failed:\n\n  \
         田中@example.jp\n    host mx.example.jp [198.51.100.20]\n    SMTP error from \
         remote mail server after RCPT TO:<田中@example.jp>:\n    550 5.1.1 User unknown\n",
        "Hi. This is the qmail-send program at example.org.\nI'm afraid I wasn't able to \
         deliver your message to the following addresses.\nThis is a permanent error; \
         I've given up. Sorry it didn't work out.\n\n<田中@example.jp>:\n198.51.100.20 \
         does not like recipient.\nRemote host said: 550 5.1.1 User unknown\nGiving up on \
         198.51.100.20.\n",
        "Delivery has failed to these recipients or groups:\n\n田中@example.jp\nThe email \
         address you entered couldn't be found.\n\nDiagnostic information for \
         administrators:\n\nGenerating server: mail.example.org\n\n田中@example.jp\nRemote \
         Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n",
    ];
    for text in cases {
        let r = only(text);
        assert_eq!(r.recipient.as_deref(), Some("田中@example.jp"), "{text}");
    }
}

#[test]
fn accents_imitating_a_blocklist_get_a_warning() {
    let text = "<jdoe@example.net>: host mx.example.net[198.51.100.5] said: 554 5.7.1 \
                Client host [203.0.113.9] blocked using zen.sp\u{e1}mhaus.org \
                (in reply to RCPT TO command)";
    assert_eq!(only(text).lookalike_hosts, ["zen.sp\u{e1}mhaus.org"]);
}

#[test]
fn lookalike_written_in_punycode_gets_the_warning() {
    // `mail.protection.оutlook.com` with a Cyrillic "о", in the xn-- form
    // that SMTP and mail headers carry; a real internationalised name in
    // that form gets no warning.
    let text = "<bob@example.net>: host mail.protection.xn--utlook-vqf.com[198.51.100.5] said: \
                550 5.7.1 Unfortunately, messages from [192.0.2.23] weren't sent \
                (S3150) [mail.protection.XN--UTLOOK-VQF.com] (in reply to RCPT TO command)";
    let names = &only(text).lookalike_hosts;
    assert!(!names.is_empty(), "{names:?}");
    for name in names {
        let lower = name.to_lowercase();
        assert!(lower.contains("\u{43e}utlook"), "{names:?}");
        assert!(lower.contains("xn--utlook-vqf"), "{names:?}");
    }

    let text = "<bob@xn--bcher-kva.example>: host mx.xn--bcher-kva.example[198.51.100.5] said: \
                550 5.1.1 User unknown (in reply to RCPT TO command)";
    assert!(only(text).lookalike_hosts.is_empty());
}

#[test]
fn caseless_top_level_domain_read() {
    // Top-level domains in scripts without letter case: .中国, .한국,
    // .ไทย, .भारत, .مصر and .みんな.
    for address in [
        "li.wei@example.中国",
        "kim@example.한국",
        "somchai@example.ไทย",
        "ravi@example.भारत",
        "omar@example.مصر",
        "tanaka@example.みんな",
    ] {
        let text = format!(
            "<{address}>: host mx.example.com[198.51.100.5] said: 550 5.1.1 <{address}>: \
             Recipient address rejected: User unknown (in reply to RCPT TO command)"
        );
        let r = only(&text);
        assert_eq!(r.recipient.as_deref(), Some(address), "{text}");
    }
}

#[test]
fn caseless_top_level_domains_each_get_card() {
    let text = "<li.wei@example.中国>: host mx.example.com[203.0.113.5] said: 550 5.1.1\n    \
        <li.wei@example.中国>: Recipient address rejected: User unknown (in reply to\n    \
        RCPT TO command)\n\n\
        <kim@example.한국>: host mx.example.net[203.0.113.6] said: 552 5.2.2\n    \
        <kim@example.한국>: Mailbox full (in reply to RCPT TO command)\n\n\
        <bob@example.com>: host mx.example.com[203.0.113.7] said: 550 5.1.1\n    \
        <bob@example.com>: Recipient address rejected: User unknown (in reply to\n    \
        RCPT TO command)\n";
    let report = explain(text);
    let recipients: Vec<_> = report.recipients.iter().map(|r| r.recipient.as_deref()).collect();
    assert_eq!(
        recipients,
        [Some("li.wei@example.中国"), Some("kim@example.한국"), Some("bob@example.com")],
        "{report:#?}"
    );
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
    assert_eq!(report.recipients[1].reason, Reason::MailboxFull);
}

/// Korean puts an honorific or a particle right after a name, so a
/// notice writes `kim@example.한국님께` with no space. The domain ends at
/// the known top-level domain .한국, and the card names the address.
#[test]
fn korean_honorific_after_idn_tld() {
    let cases = [
        (
            "<kim@example.한국님>: host mx.example.한국[198.51.100.5] said: 550 5.1.1 \
             <kim@example.한국>: Recipient address rejected: User unknown (in reply to RCPT \
             TO command)",
            "kim@example.한국",
        ),
        (
            "kim@example.한국님께 보낸 메일을 전달하지 못했습니다.\n\
             원격 서버 응답: 550 5.1.1 User unknown\n",
            "kim@example.한국",
        ),
        (
            "li.wei@example.中国先生的邮件无法送达。\n错误：550 5.1.1 User unknown\n",
            "li.wei@example.中国",
        ),
    ];
    for (text, expected) in cases {
        let r = only(text);
        assert_eq!(r.recipient.as_deref(), Some(expected), "{text}");
        assert_eq!(r.reason, Reason::UserUnknown, "{text}");
        assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
        assert!(r.permanent, "{text}");
        assert_eq!(r.sender_ip, None, "{text}");
    }
}

/// A label that only starts with a known top-level domain's letters and
/// is followed by a dot is a label like any other.
#[test]
fn idn_tld_letters_inside_longer_domain() {
    let text = "<kim@example.한국어.com>: host mx.example.com[198.51.100.5] said: 550 5.1.1 \
                <kim@example.한국어.com>: Recipient address rejected: User unknown (in reply \
                to RCPT TO command)";
    assert_eq!(only(text).recipient.as_deref(), Some("kim@example.한국어.com"));
}
