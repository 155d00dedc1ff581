//! The sending IP stated beside a DNSBL's name.
//!
//! DNSBL query names: the sending IP written the way a receiver looks it
//! up in a blocklist's DNS zone (RFC 5782). An IPv4 address has its
//! octets reversed (`5.2.0.192.zen.spamhaus.org` for 192.0.2.5), and an
//! IPv6 address is written as its 32 hex nibbles, reversed and separated
//! by dots. Some filters print that query name instead of the address.
//!
//! Listing statements: the list named first and the address after it
//! (`listed at zen.spamhaus.org (192.0.2.5)`, `zen.spamhaus.org lists
//! 192.0.2.5`), or the address first (`192.0.2.5 is in
//! b.barracudacentral.org`). A blocklist lists the address that connected
//! to the receiver, so that address is the sender's.
//!
//! Only a zone under a known blocklist operator's domain, or the list's
//! own name (crate::knowledge::blocklists), counts. Anyone can write
//! `5.2.0.192.zen.spamhaus.org.evil.example` into a forged bounce, so a
//! lookalike zone never yields an address.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::knowledge::blocklists::{self, BLOCKLISTS};
use crate::knowledge::providers::text::host_is_under;

/// A query name: group 1 is the reversed address with its trailing dot,
/// group 2 the zone. The nibble form comes first in the alternation,
/// because its first four nibbles also look like a reversed IPv4 address.
const NAME: &str =
    r"((?:[0-9a-f]\.){32}|(?:[0-9]{1,3}\.){4})([a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+)";

/// Builds the sender rule's pattern: a query name that no host name
/// character precedes, so that `1.5.2.0.192.zen...` is not read from its
/// second part.
pub(super) fn rule_pattern() -> String {
    format!(r"(?i)(?:^|[^A-Za-z0-9.\-]){NAME}")
}

/// A blocklist's name as a receiver writes it: a zone (`zen.spamhaus.org`)
/// or a word, with one more word after it (`Spamhaus ZEN`). The pattern
/// takes any such name, and [`names_known_list`] checks it afterwards.
const LIST: &str = r"[A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*(?:\s+[A-Za-z]+)?";

/// Listing statements, in order of trust, with `{ip}` where the address
/// goes and `{list}` where the list's name goes. A match counts only when
/// its text names a known list (see [`names_known_list`]).
pub(super) const STATEMENTS: &[(&str, &str)] = &[
    // The list first: `listed at zen.spamhaus.org (192.0.2.5)`, `Blocked
    // by Spamhaus ZEN: 192.0.2.5`, `zen.spamhaus.org lists 192.0.2.5`,
    // `DNSBL bl.spamcop.net matched 192.0.2.5`, `127.0.0.2 returned by
    // zen.spamhaus.org for 192.0.2.5`, `zen.spamhaus.org returned
    // 127.0.0.4 for 192.0.2.5`.
    (
        "<DNSBL> lists <ip>",
        r"(?i)\b{list}(?:\s*[(\[]|\s*:\s*[(\[]?|\s+(?:lists|listed|matched|matches|reports|has\s+listed)\s+(?:the\s+)?(?:(?:IP|IPv[46]|address|host|client|sender)\s+)?[(\[]?|(?:\s+returned\s+127(?:\.\d{1,3}){3})?\s+for\s+(?:(?:IP|IPv[46]|address|host|client)\s+)?[(\[]?){ip}",
    ),
    // The address first: `192.0.2.5 is in b.barracudacentral.org`,
    // `192.0.2.5 is on dnsbl-1.uceprotect.net`, `192.0.2.5 in bl.spamcop.net`,
    // `192.0.2.5 appears on b.barracudacentral.org`, `is present in`.
    (
        "<ip> is in <DNSBL>",
        r"(?i)[(\[]?{ip}(?:/\d{1,3})?[)\]]?\s+(?:is\s+|was\s+)?(?:(?:listed|found|present|contained|appears|appeared|shows\s+up)\s+)?(?:in|on|at|by)\s+{list}",
    ),
    // The address first, in other languages, with the word for a
    // blocklist before the list's name: German `192.0.2.5 ist in der
    // Sperrliste bl.spamcop.net eingetragen`, French `figure sur la liste
    // noire`, Spanish `está en la lista negra`, Italian `è presente nella
    // lista nera`, Portuguese `está na lista negra`, Dutch `staat op de
    // zwarte lijst`, Russian `находится в черном списке`. Up to four words
    // may come between the address and that word, none starting with a
    // digit, so that a status code such as `5.7.1` before the address
    // cannot stand in for it.
    (
        "<ip> ist in der Sperrliste <DNSBL>",
        r"(?i)[(\[]?{ip}[)\]]?\s+(?:[^\s\d]\S*\s+){0,4}?(?:Sperrliste|Blockliste|Blacklist|liste\s+noire|lista\s+negra|lista\s+nera|zwarte\s+lijst|ч[её]рном\s+списке)\s*[:(\[]?\s*{list}",
    ),
];

/// Listing statements in other languages, the address first, then the
/// verb for "listed" and the list's name: the forms of `192.0.2.5 is
/// listed in zen.spamhaus.org`. Each pattern takes its accented letters
/// with or without the accent, because many servers write plain ASCII.
/// Like [`STATEMENTS`], a match counts only when it names a known list.
// NOTE: these wordings are not taken from public samples of each
// receiver. They follow the verbs these languages use for a listing, so a
// receiver's own phrasing may still be missing.
pub(super) const LOCALISED_STATEMENTS: &[(&str, &str)] = &[
    // Portuguese `o IP 192.0.2.5 está listado em zen.spamhaus.org`, also
    // without the verb, `consta em`, `encontra-se listado na`, `foi
    // incluído na lista`, and Spanish `la IP 192.0.2.5 está listada en
    // ...`, `figura en`, `aparece en`, `se encuentra en la lista`, `ha
    // sido listada por`.
    (
        "<ip> está listado em <DNSBL>",
        r"(?i)[(\[]?{ip}[)\]]?\s+(?:(?:est[aá]|se\s+encuentra|(?:se\s+)?encontra(?:-se)?)\s+(?:(?:listad|inclu[ií]d|registrad)[oa]s?\s+)?|(?:(?:foi|fue|ha\s+sido)\s+)?(?:listad|inclu[ií]d|registrad)[oa]s?\s+|(?:figura|aparece|consta)\s+)(?:em|en|na|no|nas|nos|por|pelo|pela)\s+(?:(?:(?:la|a)\s+)?lista\s+(?:negra\s+)?(?:d[eao]\s+)?)?{list}",
    ),
    // German, with the verb after the list: `Die IP 192.0.2.5 ist bei
    // zen.spamhaus.org gelistet`, `ist in der Liste bl.spamcop.net
    // eingetragen`, `wird bei ... geführt`. With the verb first: `ist
    // gelistet bei`, `steht auf`, `befindet sich auf der Liste`.
    (
        "<ip> ist bei <DNSBL> gelistet",
        r"(?i)[(\[]?{ip}[)\]]?\s+(?:(?:ist|wird|wurde)\s+(?:bei|in|auf|von|im)\s+(?:(?:der|dem)\s+)?(?:Liste\s+)?{list}\s+(?:gelistet|eingetragen|aufgef(?:ü|ue)hrt|gef(?:ü|ue)hrt|verzeichnet)|(?:ist|wird|wurde)\s+gelistet\s+(?:bei|in|auf|von)\s+{list}|(?:steht|befindet\s+sich)\s+(?:auf|in|im)\s+(?:(?:der|dem)\s+)?(?:Liste\s+)?{list})",
    ),
    // Polish `adres IP 192.0.2.5 znajduje się na liście RBL
    // zen.spamhaus.org` (is on the list), `jest na liście`, `figuruje na
    // czarnej liście`, `został wpisany na listę`, `widnieje w bazie`.
    (
        "<ip> znajduje się na liście <DNSBL>",
        r"(?i)[(\[]?{ip}[)\]]?\s+(?:znajduje\s+si[eę]|jest|figuruje|widnieje|(?:jest|zosta[lł])\s+(?:wpisany|umieszczony|dodany))\s+(?:na\s+(?:czarnej\s+)?li[sś]cie|na\s+(?:czarn[aą]\s+)?list[eę]|do\s+(?:czarnej\s+)?listy|w\s+(?:bazie|li[sś]cie)|w)(?:\s+(?:RBL|DNSBL|blokad))?\s+{list}",
    ),
    // French `192.0.2.5 est listée sur zen.spamhaus.org`, `figure sur`,
    // `apparaît dans la liste`, `est répertoriée par`, `est inscrite sur`.
    (
        "<ip> est listée sur <DNSBL>",
        r"(?i)[(\[]?{ip}[)\]]?\s+(?:(?:est\s+)?(?:list[ée]e?|r[ée]pertori[ée]e?|inscrite?|pr[ée]sente?)s?|figure|appara[iî]t)\s+(?:sur|dans|par)\s+(?:(?:la|une)\s+liste\s+(?:noire\s+)?(?:de\s+)?)?{list}",
    ),
    // Italian `è elencato in`, `è listato su`, `risulta presente in`, `è
    // stato inserito in`, `compare nella lista`.
    (
        "<ip> è elencato in <DNSBL>",
        r"(?i)[(\[]?{ip}[)\]]?\s+(?:(?:(?:[èe]|risulta)\s+)?(?:stat[oa]\s+)?(?:(?:elencat|listat|inserit|segnalat)[oa]|presente)|compare|figura)\s+(?:in|su|nella|nel|sulla|sul|da)\s+(?:(?:la\s+)?lista\s+(?:nera\s+)?(?:di\s+)?)?{list}",
    ),
    // Dutch `staat op zen.spamhaus.org`, `staat vermeld in`, `is gelist
    // op`, `is opgenomen in`, `komt voor op de lijst van`, `wordt vermeld
    // door`.
    (
        "<ip> staat vermeld in <DNSBL>",
        r"(?i)[(\[]?{ip}[)\]]?\s+(?:(?:staat|is|wordt)\s+(?:(?:vermeld|genoteerd|opgenomen|gelist|geregistreerd)\s+)?|komt\s+voor\s+)(?:in|op|bij|door)\s+(?:(?:de|een)\s+)?(?:(?:zwarte\s+)?lijst\s+(?:van\s+)?)?{list}",
    ),
    // Swedish `IP-adressen 192.0.2.5 finns i zen.spamhaus.org` (is in),
    // `finns listad i`, `är listad hos`, `är svartlistad av`, `förekommer
    // i`.
    (
        "<ip> finns i <DNSBL>",
        r"(?i)[(\[]?{ip}[)\]]?\s+(?:(?:finns|[äa]r|har\s+blivit)\s+(?:(?:svart)?listad\s+)?|f[öo]rekommer\s+|[åa]terfinns\s+)(?:i|p[åa]|hos|av)\s+(?:(?:svarta\s+)?listan\s+)?{list}",
    ),
    // Russian `IP 192.0.2.5 находится в списке zen.spamhaus.org` (is in
    // the list), `внесён в список`, `занесён в чёрный список`, `числится
    // в базе`, `присутствует в списке`.
    (
        "<ip> находится в списке <DNSBL>",
        r"(?i)[(\[]?{ip}[)\]]?\s+(?:находится|числится|значится|присутствует|внес[её]н|занес[её]н|включ[её]н)\s+(?:в|на)\s+(?:(?:ч[её]рн(?:ом|ый)\s+)?(?:списке|список|базе|базу|листе)\s+)?{list}",
    ),
    // Turkish, with the list before its suffix: `192.0.2.5 IP adresi
    // zen.spamhaus.org listesinde` (in the list of), `kara listesinde`,
    // `tarafından listelenmiş` (listed by), `zen.spamhaus.org'da
    // listelenmiş`.
    (
        "<ip> IP adresi <DNSBL> listesinde",
        r"(?i)[(\[]?{ip}[)\]]?\s+(?:(?:IP\s+)?adresi\s+)?(?:{list}\s+(?:(?:kara\s+)?listesinde|taraf[ıi]ndan\s+listelenmi[şs])|{list}['’](?:de|da|te|ta)\s+listelenmi[şs])",
    ),
    // Chinese, simplified and traditional: `您的IP 192.0.2.5 被列入黑名单
    // zen.spamhaus.org` (is put on the blacklist), `已被 zen.spamhaus.org
    // 列入黑名单` (is listed by), `IP 192.0.2.5 在 zen.spamhaus.org
    // 黑名单中` (is in the blacklist of).
    (
        "<ip> 被列入黑名单 <DNSBL>",
        r"(?i)[(\[]?{ip}[)\]]?\s*(?:已\s*)?(?:(?:被|遭)\s*(?:列入|加入|收录|收錄|列为|列為)\s*(?:了\s*)?(?:黑名[单單]|名[单單]|列表)\s*[:：(（]?\s*{list}|(?:被|遭)\s*{list}\s*(?:列入|加入|收录|收錄|列为|列為)|(?:在|位于|位於|存在于|存在於|处于|處於)\s*{list}\s*(?:的\s*)?(?:黑名[单單]|名[单單]|列表))",
    ),
    // Korean, the list before its particle: `IP 192.0.2.5 가
    // zen.spamhaus.org 에 등록되어 있습니다` (is registered in), `블랙리스트에
    // 등재되어` (is listed on the blacklist), `zen.spamhaus.org에 의해
    // 차단되었습니다` (is blocked by), `은(는) ... 포함되어` (is included).
    (
        "<ip> 가 <DNSBL> 에 등록되어 있습니다",
        r"(?i)[(\[]?{ip}[)\]]?\s*(?:IP\s*(?:주소\s*)?)?(?:이|가|은|는|이\(가\)|은\(는\))?\s*{list}\s*(?:의\s*)?(?:(?:스팸\s*)?(?:블랙리스트|차단\s*목록|차단\s*리스트|목록|리스트|RBL|DNSBL)\s*)?(?:에서|에\s*의해|에\s*의하여|에)\s*(?:등록|등재|차단|포함|기재)",
    ),
];
/// Builds a statement's pattern from [`STATEMENTS`], with `{ip}` left for
/// the caller to fill.
pub(super) fn statement_pattern(pattern: &str) -> String {
    pattern.replace("{list}", LIST)
}

/// True when `matched`, the text a listing statement matched, names a
/// known blocklist: by its own zone, or by its name in prose.
pub(super) fn names_known_list(matched: &str) -> bool {
    !blocklists::named_in(&matched.to_ascii_lowercase()).is_empty()
}

/// Returns the address a query name's reversed part (`5.2.0.192.` or the
/// 32 nibbles with dots) stands for, when `zone` is a known blocklist's.
pub(super) fn address(reversed: &str, zone: &str) -> Option<IpAddr> {
    if !is_known_zone(zone) {
        return None;
    }
    let parts: Vec<&str> = reversed.trim_end_matches('.').split('.').rev().collect();
    match parts.len() {
        4 => parts.join(".").parse::<Ipv4Addr>().ok().map(IpAddr::V4),
        32 => {
            let hex: String = parts.concat();
            let value = u128::from_str_radix(&hex, 16).ok()?;
            Some(IpAddr::V6(Ipv6Addr::from(value)))
        }
        _ => None,
    }
}

/// Writes `ip` as the reversed part of its query name, without the
/// trailing dot: `5.2.0.192` for 192.0.2.5.
pub(super) fn reversed(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => {
            let mut octets = v4.octets();
            octets.reverse();
            octets.map(|o| o.to_string()).join(".")
        }
        IpAddr::V6(v6) => {
            let hex = format!("{:032x}", u128::from(v6));
            let nibbles: Vec<String> = hex.chars().rev().map(String::from).collect();
            nibbles.join(".")
        }
    }
}

/// True when `zone` is a blocklist operator's domain or a name under it.
fn is_known_zone(zone: &str) -> bool {
    let zone = zone.to_ascii_lowercase();
    // A zone that starts with a number is the rest of a longer dotted
    // number (`1.2.3.4.5.zen...`), and one that starts with two
    // one-character labels is the rest of a nibble run too long or short
    // for an IPv6 address. Neither is a zone name.
    let mut labels = zone.split('.');
    let first = labels.next().unwrap_or_default();
    let second = labels.next().unwrap_or_default();
    if first.bytes().all(|b| b.is_ascii_digit()) || (first.len() == 1 && second.len() == 1) {
        return false;
    }
    BLOCKLISTS.iter().any(|list| list.domains.iter().any(|domain| host_is_under(&zone, domain)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reversed_ipv4_read_back() {
        let ip = address("5.2.0.192.", "zen.spamhaus.org");
        assert_eq!(ip, Some("192.0.2.5".parse().unwrap()));
        assert_eq!(reversed("192.0.2.5".parse().unwrap()), "5.2.0.192");
    }

    #[test]
    fn reversed_ipv6_nibbles_read_back() {
        let ip: IpAddr = "2001:db8::5".parse().unwrap();
        let nibbles = reversed(ip);
        assert_eq!(nibbles, "5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2");
        assert_eq!(address(&format!("{nibbles}."), "zen.spamhaus.org"), Some(ip));
    }

    #[test]
    fn known_list_names_recognised() {
        for matched in
            ["zen.spamhaus.org (", "by SpamHaus ZEN: ", "192.0.2.5 is in b.barracudacentral.org"]
        {
            assert!(names_known_list(matched), "{matched}");
        }
        for matched in
            ["dnsbl.example.net (", "zen.spamhaus.org.evil.example (", "by mx.example.net: "]
        {
            assert!(!names_known_list(matched), "{matched}");
        }
    }

    #[test]
    fn lookalike_zone_gives_no_address() {
        for zone in [
            "zen.spamhaus.org.evil.example",
            "zen.spamhaus.example",
            "spamhaus.org-evil.example",
            "5.zen.spamhaus.org",
            "b.d.0.1.0.0.2.zen.spamhaus.org",
        ] {
            assert_eq!(address("5.2.0.192.", zone), None, "{zone}");
        }
    }
}
