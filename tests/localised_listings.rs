//! A reply that states, in the receiver's language, that a named blocklist
//! lists the sending IP quotes that IP, as "192.0.2.5 is listed in
//! zen.spamhaus.org" does. Each language gets the verb forms a receiver
//! uses for a listing, with and without the language's diacritics,
//! because many servers write their replies in plain ASCII.

use bounce_explainer::{explain, Actor, Reason};

/// Checks that the Postfix line for each reply is a block for the
/// sender's administrator, names a blocklist and quotes 203.0.113.45.
fn assert_quoted(replies: &[&str]) {
    for reply in replies {
        let text = format!(
            "<bob@example.org>: host mx.example.net[198.51.100.20] said: {reply} \
             (in reply to RCPT TO command)\n"
        );
        let report = explain(&text);
        assert_eq!(report.recipients.len(), 1, "recipients for {reply}");
        let r = &report.recipients[0];
        assert_eq!(r.reason, Reason::Blocked, "reason for {reply}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "who acts for {reply}");
        assert!(!r.blocklists.is_empty(), "no blocklist named for {reply}");
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.45"), "IP for {reply}");
        assert!(r.sender_ip_source.rule.is_some(), "no rule named for {reply}");
    }
}

#[test]
fn swedish_listing_quotes_ip() {
    assert_quoted(&[
        "550 5.7.1 Meddelandet avvisades: IP-adressen 203.0.113.45 finns i zen.spamhaus.org",
        "550 5.7.1 IP-adressen 203.0.113.45 finns på zen.spamhaus.org",
        "550 5.7.1 IP-adressen 203.0.113.45 finns pa zen.spamhaus.org",
        "550 5.7.1 IP-adressen 203.0.113.45 är listad i zen.spamhaus.org",
        "550 5.7.1 IP-adressen 203.0.113.45 ar listad hos bl.spamcop.net",
        "550 5.7.1 Din IP 203.0.113.45 är svartlistad av zen.spamhaus.org",
        "550 5.7.1 203.0.113.45 förekommer i bl.spamcop.net",
        "550 5.7.1 203.0.113.45 forekommer i bl.spamcop.net",
        "550 5.7.1 203.0.113.45 finns listad i zen.spamhaus.org",
    ]);
}

#[test]
fn russian_listing_quotes_ip() {
    assert_quoted(&[
        "550 5.7.1 Сообщение отклонено: IP 203.0.113.45 находится в списке zen.spamhaus.org",
        "550 5.7.1 IP 203.0.113.45 находится в zen.spamhaus.org",
        "550 5.7.1 IP 203.0.113.45 внесён в список bl.spamcop.net",
        "550 5.7.1 IP 203.0.113.45 внесен в список bl.spamcop.net",
        "550 5.7.1 Адрес 203.0.113.45 занесён в zen.spamhaus.org",
        "550 5.7.1 Адрес 203.0.113.45 занесен в чёрный список zen.spamhaus.org",
        "550 5.7.1 IP 203.0.113.45 числится в базе zen.spamhaus.org",
        "550 5.7.1 IP 203.0.113.45 присутствует в списке zen.spamhaus.org",
    ]);
}

#[test]
fn turkish_listing_quotes_ip() {
    assert_quoted(&[
        "550 5.7.1 Mesaj reddedildi: 203.0.113.45 IP adresi zen.spamhaus.org listesinde",
        "550 5.7.1 203.0.113.45 zen.spamhaus.org kara listesinde",
        "550 5.7.1 203.0.113.45 IP adresi zen.spamhaus.org listesinde yer alıyor",
        "550 5.7.1 203.0.113.45 IP adresi zen.spamhaus.org tarafından listelenmiş",
        "550 5.7.1 203.0.113.45 IP adresi zen.spamhaus.org tarafindan listelenmis",
        "550 5.7.1 203.0.113.45 adresi zen.spamhaus.org'da listelenmiş",
        "550 5.7.1 IP adresiniz 203.0.113.45 bl.spamcop.net listesinde bulunuyor",
    ]);
}

#[test]
fn spanish_listing_quotes_ip() {
    assert_quoted(&[
        "550 5.7.1 Mensaje rechazado: su IP 203.0.113.45 figura en zen.spamhaus.org",
        "550 5.7.1 la IP 203.0.113.45 está listada en zen.spamhaus.org",
        "550 5.7.1 la IP 203.0.113.45 esta listada en zen.spamhaus.org",
        "550 5.7.1 la IP 203.0.113.45 aparece en zen.spamhaus.org",
        "550 5.7.1 la IP 203.0.113.45 se encuentra en la lista zen.spamhaus.org",
        "550 5.7.1 la IP 203.0.113.45 está incluida en bl.spamcop.net",
        "550 5.7.1 la IP 203.0.113.45 esta incluida en bl.spamcop.net",
        "550 5.7.1 la IP 203.0.113.45 ha sido listada por zen.spamhaus.org",
    ]);
}

#[test]
fn portuguese_listing_quotes_ip() {
    assert_quoted(&[
        "550 5.7.1 o IP 203.0.113.45 está listado em zen.spamhaus.org",
        "550 5.7.1 o IP 203.0.113.45 consta em zen.spamhaus.org",
        "550 5.7.1 o IP 203.0.113.45 encontra-se listado na bl.spamcop.net",
        "550 5.7.1 o IP 203.0.113.45 foi incluído na lista zen.spamhaus.org",
        "550 5.7.1 o IP 203.0.113.45 foi incluido na lista zen.spamhaus.org",
        "550 5.7.1 o IP 203.0.113.45 aparece em zen.spamhaus.org",
    ]);
}

#[test]
fn german_listing_quotes_ip() {
    assert_quoted(&[
        "550 5.7.1 Die IP 203.0.113.45 ist bei zen.spamhaus.org gelistet",
        "550 5.7.1 Die IP 203.0.113.45 ist in der Liste zen.spamhaus.org aufgeführt",
        "550 5.7.1 Die IP 203.0.113.45 ist in der Liste zen.spamhaus.org aufgefuehrt",
        "550 5.7.1 Die IP 203.0.113.45 wird bei bl.spamcop.net geführt",
        "550 5.7.1 Die IP 203.0.113.45 ist gelistet bei zen.spamhaus.org",
        "550 5.7.1 Die IP 203.0.113.45 steht auf zen.spamhaus.org",
        "550 5.7.1 Die IP 203.0.113.45 befindet sich auf der Liste zen.spamhaus.org",
    ]);
}

#[test]
fn polish_listing_quotes_ip() {
    assert_quoted(&[
        "554 5.7.1 adres IP 203.0.113.45 znajduje się na liście RBL zen.spamhaus.org",
        "554 5.7.1 adres IP 203.0.113.45 jest na liście zen.spamhaus.org",
        "554 5.7.1 adres IP 203.0.113.45 jest na liscie zen.spamhaus.org",
        "554 5.7.1 adres IP 203.0.113.45 figuruje na czarnej liście bl.spamcop.net",
        "554 5.7.1 adres IP 203.0.113.45 został wpisany na listę zen.spamhaus.org",
        "554 5.7.1 adres IP 203.0.113.45 zostal wpisany na liste zen.spamhaus.org",
        "554 5.7.1 adres IP 203.0.113.45 widnieje w bazie zen.spamhaus.org",
    ]);
}

#[test]
fn french_listing_quotes_ip() {
    assert_quoted(&[
        "550 5.7.1 l'adresse 203.0.113.45 est listée sur zen.spamhaus.org",
        "550 5.7.1 l'hôte 203.0.113.45 figure sur zen.spamhaus.org",
        "550 5.7.1 l'hôte 203.0.113.45 figure dans la liste bl.spamcop.net",
        "550 5.7.1 l'hôte 203.0.113.45 apparaît dans zen.spamhaus.org",
        "550 5.7.1 l'hote 203.0.113.45 apparait dans zen.spamhaus.org",
        "550 5.7.1 l'hôte 203.0.113.45 est répertoriée par zen.spamhaus.org",
        "550 5.7.1 l'hote 203.0.113.45 est repertoriee par zen.spamhaus.org",
        "550 5.7.1 l'hôte 203.0.113.45 est inscrite sur bl.spamcop.net",
    ]);
}

#[test]
fn italian_listing_quotes_ip() {
    assert_quoted(&[
        "550 5.7.1 l'IP 203.0.113.45 è elencato in zen.spamhaus.org",
        "550 5.7.1 l'IP 203.0.113.45 e elencato in zen.spamhaus.org",
        "550 5.7.1 l'IP 203.0.113.45 risulta listato su zen.spamhaus.org",
        "550 5.7.1 l'IP 203.0.113.45 risulta presente in bl.spamcop.net",
        "550 5.7.1 l'IP 203.0.113.45 è stato inserito in zen.spamhaus.org",
        "550 5.7.1 l'IP 203.0.113.45 compare nella lista zen.spamhaus.org",
    ]);
}

#[test]
fn dutch_listing_quotes_ip() {
    assert_quoted(&[
        "550 5.7.1 IP 203.0.113.45 staat op zen.spamhaus.org",
        "550 5.7.1 IP 203.0.113.45 staat vermeld in bl.spamcop.net",
        "550 5.7.1 IP 203.0.113.45 is opgenomen in zen.spamhaus.org",
        "550 5.7.1 IP 203.0.113.45 komt voor op de lijst van zen.spamhaus.org",
        "550 5.7.1 IP 203.0.113.45 wordt vermeld door bl.spamcop.net",
    ]);
}

#[test]
fn chinese_listing_quotes_ip() {
    assert_quoted(&[
        "550 5.7.1 您的IP 203.0.113.45 被列入黑名单 zen.spamhaus.org",
        "550 5.7.1 IP 203.0.113.45 在 zen.spamhaus.org 黑名单中",
        "550 5.7.1 IP 203.0.113.45 已被 zen.spamhaus.org 列入黑名单",
        "550 5.7.1 您的IP 203.0.113.45已被列入黑名单：bl.spamcop.net",
        "550 5.7.1 您的IP 203.0.113.45 被列入黑名單 zen.spamhaus.org",
        "550 5.7.1 IP 203.0.113.45 位於 bl.spamcop.net 的黑名單中",
    ]);
}

/// The listing verbs count only beside a known blocklist's name, because
/// anyone can write an unknown list's name into a forged bounce.
#[test]
fn listing_unknown_list_not_quoted() {
    for reply in [
        "550 5.7.1 IP-adressen 203.0.113.45 finns i lista.example.net",
        "550 5.7.1 IP 203.0.113.45 находится в списке lista.example.net",
        "550 5.7.1 203.0.113.45 IP adresi lista.example.net listesinde",
        "550 5.7.1 su IP 203.0.113.45 figura en lista.example.net",
        "550 5.7.1 IP 203.0.113.45 在 lista.example.net 黑名单中",
        "554 5.7.1 IP 203.0.113.45 가 lista.example.net 에 등록되어 있습니다",
    ] {
        let text = format!(
            "<bob@example.org>: host mx.example.net[198.51.100.20] said: {reply} \
             (in reply to RCPT TO command)\n"
        );
        assert_eq!(explain(&text).recipients[0].sender_ip, None, "IP for {reply}");
    }
}

#[test]
fn korean_listing_quotes_ip() {
    assert_quoted(&[
        "554 5.7.1 IP 203.0.113.45 가 zen.spamhaus.org 에 등록되어 있습니다",
        "554 5.7.1 IP 203.0.113.45 는 zen.spamhaus.org 블랙리스트에 등록되어 있습니다",
        "554 5.7.1 203.0.113.45 IP가 bl.spamcop.net에 등재되어 있습니다",
        "554 5.7.1 IP(203.0.113.45)가 zen.spamhaus.org에 의해 차단되었습니다",
        "554 5.7.1 203.0.113.45 은(는) bl.spamcop.net 블랙리스트에 포함되어 있습니다",
        "554 5.7.1 발송 IP 203.0.113.45가 zen.spamhaus.org RBL에 등록되어 있습니다",
    ]);
}
