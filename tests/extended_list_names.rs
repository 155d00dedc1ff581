//! A host name that starts with a known blocklist's or provider's name
//! and continues past it (`zen.spamhaus.org.evil.example`) belongs to the
//! domain at its end. The card warns about it, as it warns about a name
//! with lookalike letters, and its steps do not send the reader to a
//! blocklist by the name in the reply.

use crate::cards::only;
use bounce_explainer::Recipient;

fn warnings(r: &Recipient) -> Vec<String> {
    r.notes.iter().map(|n| n.message.clone()).filter(|m| m.contains("only starts with")).collect()
}

#[test]
fn extended_list_name_warned() {
    for (text, name, owner) in [
        (
            "554 5.7.1 Service unavailable; Client host [192.0.2.80] blocked using zen.spamhaus.org.evil.example; To request removal see https://zen.spamhaus.org.evil.example/remove?ip=192.0.2.80",
            "zen.spamhaus.org.evil.example",
            "evil.example",
        ),
        (
            "550 5.7.1 Client host [192.0.2.81] blocked using bl.spamcop.net.lists.example.net",
            "bl.spamcop.net.lists.example.net",
            "example.net",
        ),
        (
            "550 5.7.1 Your IP 192.0.2.82 is listed on b.barracudacentral.org.example.com",
            "b.barracudacentral.org.example.com",
            "example.com",
        ),
    ] {
        let r = only(text);
        let found = warnings(&r);
        assert_eq!(found.len(), 1, "one warning expected for {text}: {found:?}");
        assert!(found[0].contains(name), "warning {found:?} names {name}");
        assert!(found[0].contains(owner), "warning {found:?} names {owner}");

        let steps = r.explanation.steps.join(" ");
        assert!(!steps.contains("named in the reply"), "steps {steps:?} for {text}");
        assert!(steps.contains("imitates"), "steps {steps:?} for {text}");
        assert!(r.links.iter().all(|l| !l.url.contains(owner)), "links for {text}");
    }
}

#[test]
fn homoglyph_list_name_steps_guarded() {
    let text = "554 5.7.1 Service unavailable; Client host [192.0.2.81] blocked using zen.sp\u{430}mhaus.org";
    let r = only(text);
    assert_eq!(r.lookalike_hosts, ["zen.sp\u{430}mhaus.org"]);
    let steps = r.explanation.steps.join(" ");
    assert!(!steps.contains("named in the reply"), "steps {steps:?}");
    assert!(steps.contains("imitates"), "steps {steps:?}");
}

#[test]
fn real_list_and_country_domains_not_warned() {
    for text in [
        "554 5.7.1 Service unavailable; Client host [192.0.2.83] blocked using zen.spamhaus.org.",
        "554 5.7.1 Service unavailable; Client host [192.0.2.83] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.83",
        "550 5.7.1 Rejected: 83.2.0.192.zen.spamhaus.org returned 127.0.0.2",
        "550 5.1.1 <bob@yahoo.com.br>: user unknown",
        "550 5.1.1 <bob@outlook.com.au>: Recipient address rejected",
    ] {
        let r = only(text);
        assert!(warnings(&r).is_empty(), "{text}: {:?}", warnings(&r));
        let steps = r.explanation.steps.join(" ");
        assert!(!steps.contains("imitates"), "steps {steps:?} for {text}");
    }
}

#[test]
fn lookalike_recipient_keeps_list_steps() {
    // The lookalike is the recipient's address, not the list's name.
    let text = "<bob@g\u{43e}\u{43e}gle.example>: host mx.example.net[198.51.100.20] said: 554 5.7.1 Client host [192.0.2.84] blocked using bl.example.org (in reply to RCPT TO command)";
    let r = only(text);
    let steps = r.explanation.steps.join(" ");
    assert!(!steps.contains("imitates"), "steps {steps:?}");
}

#[test]
fn extended_receiving_host_warned() {
    // The name in Postfix's `host NAME[ip] said:` is the receiving host
    // the card shows, so it is checked as the reply's names are.
    for (text, name, owner) in [
        (
            "<bob@gmail.com>: host gmail-smtp-in.l.google.com.evil.example[198.51.100.20] said: \
             550-5.7.1 [192.0.2.172] Our system has detected that this message is likely \
             unsolicited mail. - gsmtp (in reply to end of DATA command)",
            "gmail-smtp-in.l.google.com.evil.example",
            "evil.example",
        ),
        (
            "<bob@outlook.com>: host outlook-com.olc.protection.outlook.com.evil.example\
             [198.51.100.20] said: 550 5.7.1 Unfortunately, messages from [192.0.2.175] weren't \
             sent. Please contact your Internet service provider since part of their network is \
             on our block list (S3150). (in reply to RCPT TO command)",
            "outlook-com.olc.protection.outlook.com.evil.example",
            "evil.example",
        ),
        (
            "<bob@example.net>: host mx.spamhaus.org.mail.example.net[198.51.100.20] said: \
             550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown (in reply to \
             RCPT TO command)",
            "mx.spamhaus.org.mail.example.net",
            "example.net",
        ),
    ] {
        let r = only(text);
        assert_eq!(r.remote_host.as_deref(), Some(name), "{text}");
        let found = warnings(&r);
        assert_eq!(found.len(), 1, "one warning expected for {text}: {found:?}");
        assert!(found[0].contains(name), "warning {found:?} names {name}");
        assert!(found[0].contains(owner), "warning {found:?} names {owner}");
        assert!(r.links.iter().all(|l| !l.url.contains(owner)), "links for {text}");
    }
}

#[test]
fn provider_national_receiving_host_not_warned() {
    let r = only(
        "<bob@yahoo.com.br>: host mx1.mail.yahoo.com.br[198.51.100.20] said: 550 5.1.1 \
         <bob@yahoo.com.br>: user unknown (in reply to RCPT TO command)",
    );
    assert!(warnings(&r).is_empty(), "{:?}", r.notes);
}
