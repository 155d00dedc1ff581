//! Blocks, blocklist listings and unknown recipients worded in other
//! languages than English read as their English wordings do: the same
//! cause, who acts and IP to quote.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

fn postfix(rcpt: &str, reply: &str) -> String {
    format!(
        "<{rcpt}>: host mx.example.net[198.51.100.20] said: {reply} (in reply to RCPT TO command)\n"
    )
}

/// Checks that the Postfix line for each reply is the generic block of
/// 203.0.113.45, for the sender's administrator, with that IP quoted.
fn assert_blocked_ip(replies: &[&str]) {
    for reply in replies {
        let text = postfix("bob@example.org", reply);
        let r = only(&text);
        assert_eq!(r.reason, Reason::Blocked, "reason for {reply}");
        assert_eq!(r.explanation.entry, "reason/blocked", "entry for {reply}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "who acts for {reply}");
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.45"), "IP for {reply}");
    }
}

/// A reply that states a blocklist holds 203.0.113.45 quotes it, in
/// each language as in English.
#[test]
fn listing_statement_quotes_ip() {
    let replies = [
        "554 5.7.1 Rejected: 203.0.113.45 is listed in bl.spamcop.net",
        "554 5.7.1 Abgelehnt: 203.0.113.45 ist in der Sperrliste bl.spamcop.net eingetragen",
        "554 5.7.1 203.0.113.45 ist auf der Blacklist zen.spamhaus.org gelistet",
        "550 5.7.1 203.0.113.45 figure sur la liste noire bl.spamcop.net",
        "550 5.7.1 203.0.113.45 está en la lista negra bl.spamcop.net",
        "550 5.7.1 203.0.113.45 è presente nella lista nera zen.spamhaus.org",
        "550 5.7.1 203.0.113.45 está na lista negra bl.spamcop.net",
        "550 5.7.1 203.0.113.45 staat op de zwarte lijst bl.spamcop.net",
        "550 5.7.1 203.0.113.45 находится в черном списке bl.spamcop.net",
    ];
    for reply in replies {
        let text = postfix("bob@example.org", reply);
        let r = only(&text);
        assert_eq!(r.reason, Reason::Blocked, "reason for {reply}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "who acts for {reply}");
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.45"), "IP for {reply}");
        assert!(!r.blocklists.is_empty(), "no blocklist named for {reply}");
    }
}

/// A reply that states the address is listed in a named blocklist, with
/// the verb for "listed" rather than a word for blocklist, quotes the
/// address as "is listed in" does. Each wording comes with and without its
/// accents, because many servers write their replies in plain ASCII.
#[test]
fn listed_in_verb_quotes_ip() {
    let replies = [
        "550 5.7.1 Mensagem recusada: o IP 203.0.113.45 está listado em zen.spamhaus.org",
        "550 5.7.1 Mensagem recusada: o IP 203.0.113.45 esta listado em zen.spamhaus.org",
        "550 5.7.1 Mensagem recusada: IP 203.0.113.45 listado em zen.spamhaus.org",
        "550 5.7.1 203.0.113.45 listado em zen.spamhaus.org",
        "550 5.7.1 Mensaje rechazado: la IP 203.0.113.45 está listada en zen.spamhaus.org",
        "550 5.7.1 Mensaje rechazado: la IP 203.0.113.45 esta listada en zen.spamhaus.org",
        "550 5.7.1 Nachricht abgelehnt: Die IP 203.0.113.45 ist bei zen.spamhaus.org gelistet",
        "550 5.7.1 Die IP 203.0.113.45 ist in bl.spamcop.net eingetragen",
        "554 5.7.1 Odrzucono: adres IP 203.0.113.45 znajduje się na liście RBL zen.spamhaus.org",
        "554 5.7.1 Odrzucono: IP 203.0.113.45 znajduje sie na liscie RBL zen.spamhaus.org",
        "550 5.7.1 Message refusé : 203.0.113.45 est listée sur zen.spamhaus.org",
        "550 5.7.1 Message refuse: 203.0.113.45 est listee sur zen.spamhaus.org",
        "550 5.7.1 Messaggio rifiutato: l'IP 203.0.113.45 è elencato in zen.spamhaus.org",
        "550 5.7.1 Bericht geweigerd: IP 203.0.113.45 staat vermeld in bl.spamcop.net",
    ];
    for reply in replies {
        let text = postfix("bob@example.org", reply);
        let r = only(&text);
        assert_eq!(r.reason, Reason::Blocked, "reason for {reply}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "who acts for {reply}");
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.45"), "IP for {reply}");
        assert!(!r.blocklists.is_empty(), "no blocklist named for {reply}");
    }
}

/// The listed-in wordings name a blocklist. Without a known list's name
/// the address may be anyone's, so it is not quoted.
#[test]
fn listed_in_unknown_list_not_quoted() {
    let text =
        postfix("bob@example.org", "550 5.7.1 O IP 203.0.113.45 está listado em lista.example.net");
    assert_eq!(only(&text).sender_ip, None);
}

/// A reply that states the sending IP is blocked or on a blocklist, with
/// no list named, is a block of that IP, as "Your IP address is
/// blacklisted" is.
#[test]
fn blocked_ip_wording_is_block() {
    let replies = [
        "554 5.7.1 Ihre IP-Adresse 203.0.113.45 ist wegen Spamversand gesperrt.",
        "550 5.7.1 Su dirección IP 203.0.113.45 está en una lista negra. Mensaje rechazado.",
        "550 5.7.1 Votre adresse IP 203.0.113.45 est sur une liste noire.",
        "550 5.7.1 Votre adresse IP 203.0.113.45 est blacklistée.",
        "554 5.7.1 Su dirección IP 203.0.113.45 ha sido bloqueada por envío de spam.",
        "550 5.7.1 Il tuo indirizzo IP 203.0.113.45 è in una lista nera.",
        "550 5.7.1 Seu endereço IP 203.0.113.45 está em uma lista negra.",
        "550 5.7.1 Uw IP-adres 203.0.113.45 staat op een zwarte lijst.",
        "550 5.7.1 Ваш IP-адрес 203.0.113.45 находится в черном списке.",
    ];
    assert_blocked_ip(&replies);
}

/// Exchange's Spanish NDR quotes the remote reply in Spanish.
#[test]
fn spanish_exchange_ndr_block() {
    let text = "No se pudo entregar el mensaje a estos destinatarios o grupos:\n\n\
                ana@example.es\n\
                Su mensaje no se pudo entregar porque el servidor de correo del destinatario lo rechazó.\n\n\
                Información de diagnóstico para administradores:\n\n\
                Servidor de generación: DB7PR01MB0001.eurprd01.prod.outlook.com\n\n\
                ana@example.es\n\
                mx.example.es\n\
                El servidor remoto devolvió '550 5.7.1 Su dirección IP 203.0.113.45 está en una lista negra'\n";
    let r = only(text);
    assert_eq!(r.reason, Reason::Blocked);
    assert_eq!(r.explanation.who_acts, Actor::Admin);
    assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.45"));
}

/// A German mailbox that is "gesperrt" is a disabled account, not a
/// blocked sender.
#[test]
fn german_locked_mailbox_not_block() {
    let text = postfix("bob@example.org", "550 5.2.1 Postfach gesperrt");
    assert_ne!(only(&text).reason, Reason::Blocked);
}

/// Unknown-recipient wordings with no enhanced status code.
#[test]
fn unknown_user_wordings() {
    let replies = [
        "550 宛先ユーザーが存在しません",
        "550 <bob@example.org> のユーザーは登録されていません",
        "550 Usuário desconhecido",
    ];
    for reply in replies {
        let text = postfix("bob@example.org", reply);
        let r = only(&text);
        assert_eq!(r.reason, Reason::UserUnknown, "reason for {reply}");
        assert_eq!(r.explanation.who_acts, Actor::You, "who acts for {reply}");
        assert!(r.permanent, "permanent for {reply}");
    }
}

/// An X.400 non-delivery report gives its cause as a diagnostic code
/// name: "unrecognised-OR-name" is an address the system does not know.
#[test]
fn x400_unrecognised_or_name() {
    for diagnostic in ["unrecognised-OR-name", "unrecognized-OR-name"] {
        let text = format!(
            "Subject: Nondelivery Notification\n\n\
             Your message\n  Subject: Quarterly report\nwas not delivered to:\n  \
             \"Bob Smith\" <bob@example.org>\nbecause:\n  \
             X.400 Non-Delivery Report: reason-code 1 (unable-to-transfer), \
             diagnostic-code 0 ({diagnostic})\n"
        );
        let r = only(&text);
        assert_eq!(r.reason, Reason::UserUnknown, "reason for {diagnostic}");
        assert_eq!(r.explanation.who_acts, Actor::You, "who acts for {diagnostic}");
    }
}

/// Czech and Polish replies that state the sending IP is blacklisted,
/// with no list named, read as "Your IP address is blacklisted" does: a
/// block of that IP, for the sender's administrator.
#[test]
fn czech_polish_blocked_ip_quoted() {
    let replies = [
        "554 5.7.1 IP adresa 203.0.113.45 je na černém seznamu (blacklist)",
        "554 5.7.1 IP adresa 203.0.113.45 je na cernem seznamu (blacklist)",
        "554 5.7.1 IP adresa 203.0.113.45 je na blacklistu",
        "554 5.7.1 Odrzucono: adres IP 203.0.113.45 znajduje sie na liscie RBL",
        "554 5.7.1 Odrzucono: adres IP 203.0.113.45 znajduje się na liście RBL",
        "554 5.7.1 adres IP 203.0.113.45 jest na czarnej liście",
        "554 5.7.1 adres IP 203.0.113.45 jest na czarnej liscie",
    ];
    assert_blocked_ip(&replies);
}

/// Korean replies that state the sending IP is blocked, a spam source or
/// on a blacklist, with no list named, read as a block of that IP, for
/// the sender's administrator.
#[test]
fn korean_blocked_ip_quoted() {
    let replies = [
        "554 5.7.1 귀하의 IP(203.0.113.45)가 차단되었습니다",
        "550 5.7.1 발송 IP 203.0.113.45 는 스팸 발송 IP로 차단되었습니다",
        "550 5.7.1 발신 IP 주소 203.0.113.45 가 블랙리스트에 등록되어 메일이 거부되었습니다",
        "554 5.7.1 스팸 발송 IP 203.0.113.45 에서 보낸 메일은 수신이 거부됩니다",
        "550 5.7.1 블랙리스트에 등록된 IP 203.0.113.45 입니다",
        "554 5.7.1 차단된 IP: 203.0.113.45",
        "421 4.7.1 IP 203.0.113.45 가 차단되었습니다",
    ];
    assert_blocked_ip(&replies);
}

/// Chinese replies write the address right after "IP", with no space.
/// The letters name the address, so it is read as in `IP 203.0.113.5`.
#[test]
fn chinese_unspaced_ip_quoted() {
    let replies = [
        "550 5.7.1 发信IP203.0.113.5被列入黑名单",
        "550 5.7.1 IP203.0.113.5被列入黑名单",
        "554 5.7.1 您的IP203.0.113.5已被列入黑名單",
        "550 5.7.1 发件IP:203.0.113.5 已被临时禁用",
    ];
    for reply in replies {
        let text = postfix("bob@example.org", reply);
        let r = only(&text);
        assert_eq!(r.reason, Reason::Blocked, "reason for {reply}");
        assert_eq!(r.explanation.who_acts, Actor::Admin, "who acts for {reply}");
        assert_eq!(r.sender_ip.as_deref(), Some("203.0.113.5"), "IP for {reply}");
    }
}

/// "IP" counts as the address's label only as a word of its own: the end
/// of a longer word (`VIP`), a version string or a host name that
/// continues after the address is not read as an IP.
#[test]
fn unspaced_ip_label_needs_word() {
    let replies = [
        "550 5.7.1 VIP203.0.113.5被列入黑名单",
        "550 5.7.1 IP203.0.113.5.1被列入黑名单",
        "550 5.7.1 IP203.0.113.5.example.net被列入黑名单",
        "550 5.7.1 mail-IP203.0.113.5被列入黑名单",
        "550 5.7.1 ip203.0.113.5被列入黑名单",
    ];
    for reply in replies {
        let text = postfix("bob@example.org", reply);
        assert_eq!(only(&text).sender_ip, None, "IP for {reply}");
    }
}
