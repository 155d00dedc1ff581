//! Receivers' wordings in languages other than English for a blocked
//! sending IP, a blocklist listing and an unknown recipient, each with a
//! public page that shows the wording or its terms in use. The phrase
//! tables of `classify::reasons` hold the English wordings.

use crate::reason::Reason;

/// One receiver wording and the page behind it.
pub struct Wording {
    /// Lowercase parts that must occur in this order.
    pub parts: &'static [&'static str],
    /// The reason the wording states.
    pub reason: Reason,
    /// ISO 639-1 code of the wording's language.
    pub language: &'static str,
    /// Public page that shows the wording or its terms in use.
    pub source: &'static str,
}

const fn blocked(
    parts: &'static [&'static str],
    language: &'static str,
    source: &'static str,
) -> Wording {
    Wording { parts, reason: Reason::Blocked, language, source }
}

const fn unknown(
    parts: &'static [&'static str],
    language: &'static str,
    source: &'static str,
) -> Wording {
    Wording { parts, reason: Reason::UserUnknown, language, source }
}

const DE_BLOCKED: &str = "https://new-faq.comservice-ffo.de/smtp-fehlermeldungen-e-mail-fehler/";
const DE_LISTED: &str =
    "https://helpcenter.kontent.com/faqs/faq/3628-eine-kontent-ip-ist-geblacklistet";
const DE_BLACKLIST: &str =
    "https://my.weber.cloud/knowledgebase/article/71/meine-ip-befindet-sich-auf-einer-blacklist-was-tun";
const ES_LISTED: &str = "https://ayuda-remota.com/listas-negras";
const ES_BLOCKED: &str = "http://www.0pc.eu/pt/ayuda/problemas-correo;mostrar=0";
const FR_LISTED: &str = "https://help.kreativmedia.ch/fr/erreur-554-blocked";
const FR_BLACKLISTED: &str =
    "https://www.emailacademy.fr/pt2/Blog/Les-erreurs-de-non-remise-des-emails-et-leurs-significations";
const IT_LISTED: &str =
    "https://timbusiness.tim.it/assistenza/supporto-tecnico/mail/sicurezza-posta/blacklist";
const NL_LISTED: &str =
    "https://yourhosting.freshdesk.com/support/solutions/articles/80000942171-wat-te-doen-bij-blacklisting-bij-argeweb";
const NL_BLOCKED: &str = "https://blacklist.kpnmail.nl/Help/17";
const RU_LISTED: &str = "https://lred.ru/webmasteru/36273-blocklist";
const CS_BLACKLIST: &str =
    "https://www.mydreams.cz/cz/wiki/9919-analyza-a-reseni-problem-s-dorucenim-e-mailu-na-outlook-com-z-blokovanych-ip-adres.html";
const CS_LISTED: &str = "https://liane.tul.cz/el_posta/automaticke_dopisy/podezrela_adresa";
const PL_LISTED: &str =
    "https://icomseo.pl/blog/blacklisty-e-mail-co-to-jest-i-jak-sie-z-nich-usunac";
const PT_LISTED: &str = "https://www.zoho.com/blog/pt-br/marketing/blacklist-email.html";
const PT_UNKNOWN: &str = "https://bs2internet.com/mensagens-de-erro-ao-enviar-e-mails";
const KO_BLOCKED: &str = "https://happyjung.com/lecture/1508?page=61";
const KO_SPAM_IP: &str = "https://changpd.blogspot.com/2013/02/blog-post.html";
const KO_BLACKLIST: &str = "https://yoda.wiki/wiki/DNSBL";
const ZH_LISTED: &str = "https://ddtbk.com/internet/64072.html";
const ZH_DISABLED: &str = "http://j5om.com/disnew_3441.html";
const JA_GMAIL: &str = "https://support.google.com/mail/answer/6596?hl=ja";
const JA_DTI: &str = "http://dream.jp/support/techinfo/mail/error/error05.html";
const X400: &str =
    "https://learn.microsoft.com/en-us/office/client-developer/outlook/mapi/pidtagnondeliveryreportdiagcode-canonical-property";

/// The wordings. A block or listing names the sending IP address first,
/// because the bare words ("gesperrt", "lista negra") also describe a
/// locked mailbox or the recipient's own list of blocked senders.
pub static WORDINGS: &[Wording] = &[
    // German: "Ihre IP-Adresse ... ist gesperrt" (your IP address is
    // blocked), "in der Sperrliste eingetragen" (entered in the blocklist),
    // "auf einer Blacklist".
    blocked(&["ip-adresse", "gesperrt"], "de", DE_BLOCKED),
    blocked(&["ip-adresse", "sperrliste"], "de", DE_LISTED),
    blocked(&["ip-adresse", "blacklist"], "de", DE_BLACKLIST),
    // Spanish: "su dirección IP está en una lista negra" (is on a
    // blacklist), "la dirección IP ... bloqueada" (blocked).
    blocked(&["dirección ip", "lista negra"], "es", ES_LISTED),
    blocked(&["direccion ip", "lista negra"], "es", ES_LISTED),
    blocked(&["dirección ip", "bloqueada"], "es", ES_BLOCKED),
    // French: "votre adresse IP ... sur une liste noire", "une adresse
    // IP blacklistée".
    blocked(&["adresse ip", "liste noire"], "fr", FR_LISTED),
    blocked(&["adresse ip", "blacklistée"], "fr", FR_BLACKLISTED),
    // Italian: "il tuo indirizzo IP ... in una lista nera / Black List".
    blocked(&["indirizzo ip", "lista nera"], "it", IT_LISTED),
    blocked(&["indirizzo ip", "black list"], "it", IT_LISTED),
    // Portuguese: "seu endereço IP está em uma lista negra".
    blocked(&["endereço ip", "lista negra"], "pt", PT_LISTED),
    blocked(&["endereço ip", "bloqueado"], "pt", PT_LISTED),
    // Dutch: "uw IP-adres staat op een zwarte lijst" (is on a blacklist),
    // "uw IP adres is geblokkeerd" (KPN).
    blocked(&["ip-adres", "zwarte lijst"], "nl", NL_LISTED),
    blocked(&["ip-adres", "geblokkeerd"], "nl", NL_BLOCKED),
    blocked(&["ip adres", "geblokkeerd"], "nl", NL_BLOCKED),
    // Russian: "IP-адрес находится в черном списке" (is on a blacklist).
    blocked(&["ip-адрес", "черном списке"], "ru", RU_LISTED),
    blocked(&["ip-адрес", "чёрном списке"], "ru", RU_LISTED),
    // Czech: "IP adresa ... je na černém seznamu" (is on a blacklist), "IP
    // adresa ... na blacklistu". The first page uses the second wording,
    // the second page the same words for a list ("černých seznamech").
    blocked(&["ip adresa", "blacklist"], "cs", CS_BLACKLIST),
    blocked(&["ip adresa", "černém seznamu"], "cs", CS_LISTED),
    blocked(&["ip adresa", "cernem seznamu"], "cs", CS_LISTED),
    // Polish: "adres IP ... znajduje się na liście RBL" (is on the RBL
    // list), "na czarnej liście" (on a blacklist).
    blocked(&["adres ip", "liście rbl"], "pl", PL_LISTED),
    blocked(&["adres ip", "liscie rbl"], "pl", PL_LISTED),
    blocked(&["adres ip", "czarnej liście"], "pl", PL_LISTED),
    blocked(&["adres ip", "czarnej liscie"], "pl", PL_LISTED),
    // Korean: "IP가 차단" and "차단된 IP" (the IP is blocked, a blocked
    // IP), "스팸 발송 IP" and "스팸ip" (spam-sending IP), "블랙리스트에
    // 등록된 IP" (IP registered on a blacklist).
    blocked(&["ip", "차단"], "ko", KO_BLOCKED),
    blocked(&["차단된 ip"], "ko", KO_BLOCKED),
    blocked(&["스팸 발송 ip"], "ko", KO_SPAM_IP),
    blocked(&["스팸ip"], "ko", KO_SPAM_IP),
    blocked(&["ip", "블랙리스트"], "ko", KO_BLACKLIST),
    blocked(&["블랙리스트에 등록된 ip"], "ko", KO_BLACKLIST),
    // Chinese: "IP 进入了/被列入 黑名单" (the IP is on a blacklist), in
    // simplified and traditional script, and NetEase's "发信IP被临时禁用"
    // (the sending IP is disabled for a time).
    blocked(&["ip", "黑名单"], "zh", ZH_LISTED),
    blocked(&["ip", "黑名單"], "zh", ZH_LISTED),
    blocked(&["ip", "被临时禁用"], "zh", ZH_DISABLED),
    blocked(&["ip", "被臨時禁用"], "zh", ZH_DISABLED),
    // Japanese: "宛先ユーザーが存在しません" (the recipient user does not
    // exist). Gmail's Japanese help page words a missing account with the
    // same "...は存在しません" (does not exist).
    unknown(&["ユーザーが存在しません"], "ja", JA_GMAIL),
    unknown(&["ユーザは存在しません"], "ja", JA_GMAIL),
    unknown(&["アカウントは存在しません"], "ja", JA_GMAIL),
    // Japanese (DTI): "...のユーザーは登録されていません" (no such user is
    // registered).
    unknown(&["ユーザーは登録されていません"], "ja", JA_DTI),
    // Portuguese (Brazil): "usuário desconhecido" (unknown user).
    unknown(&["usuário desconhecido"], "pt", PT_UNKNOWN),
    // X.400 (and Exchange's MAPI) diagnostic code name for an address
    // the system does not recognise, MAPI_DIAG_OR_NAME_UNRECOGNIZED.
    unknown(&["unrecognised-or-name"], "en", X400),
    unknown(&["unrecognized-or-name"], "en", X400),
    unknown(&["or_name_unrecognized"], "en", X400),
];

/// Finds the first part of a wording for `reason` that `lower` (normalised
/// text) contains with its other parts after it.
pub fn find(reason: Reason, lower: &str) -> Option<&'static str> {
    WORDINGS
        .iter()
        .filter(|w| w.reason == reason)
        .find(|w| in_order(lower, w.parts))
        .map(|w| w.parts[0])
}

/// True when `text` contains a wording of any reason.
pub fn names_any(lower: &str) -> bool {
    WORDINGS.iter().any(|w| in_order(lower, w.parts))
}

fn in_order(text: &str, parts: &[&str]) -> bool {
    let mut rest = text;
    for part in parts {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_lowercase() {
        for wording in WORDINGS {
            for part in wording.parts {
                assert_eq!(*part, part.to_lowercase(), "{part}");
            }
        }
    }

    #[test]
    fn parts_match_in_order_only() {
        assert_eq!(find(Reason::Blocked, "ihre ip-adresse ist gesperrt"), Some("ip-adresse"));
        assert_eq!(find(Reason::Blocked, "gesperrt ist ihre ip-adresse"), None);
        assert_eq!(find(Reason::Blocked, "postfach gesperrt"), None);
    }
}
