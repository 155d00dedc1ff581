//! Phrases about the recipient's address or domain: the address does not
//! exist, the domain does not exist, or the recipient refuses this sender.
//! The state of an existing mailbox is in `mailbox.rs`.

use crate::classify::matcher::Phrases;
use crate::reason::Reason;

/// The mailbox (the part before the @) does not exist.
pub static USER_UNKNOWN: Phrases = Phrases {
    reason: Reason::UserUnknown,
    any: &[
        "#5.1.1 bad address",
        "550 address invalid",
        "5.1.0 address rejected.",
        "address does not exist",
        "address not present in directory",
        "address unknown",
        "can't accept user",
        "does not exist.",
        "destination addresses were unknown",
        "destination server rejected recipients",
        "email address does not exist",
        "email address could not be found",
        // Microsoft 365's NDR: "The email address you entered couldn't be
        // found. Please check the recipient's email address".
        "email address you entered could not be found",
        "email address you entered couldn't be found",
        "email address you entered couldn’t be found",
        "invalid address",
        "invalid mailbox",
        "invalid recipient",
        "is not a known user",
        "is not a valid mailbox",
        "is not an active address at this host",
        "mailbox does not exist",
        "mailbox invalid",
        "mailbox is inactive",
        "mailbox is unavailable",
        "mailbox not present",
        "mailbox not found",
        "mailbox unavaiable", // sic, as some servers spell it
        "no account by that name here",
        "no mail box available for this user",
        "no mailbox by that name is currently available",
        "no mailbox found",
        "no such address here",
        "no such mailbox",
        "no such person at this address",
        "no such recipient",
        "no such user",
        "no valid recipients, bye",
        "not a valid recipient",
        "not a valid user here",
        "not a local address",
        // Postfix: "Recipient address rejected: User unknown in virtual
        // mailbox table", and its other lookup-table wordings.
        "recipient address rejected: invalid user",
        "recipient address rejected: invalid-recipient",
        "recipient address rejected: unknown user",
        "recipient address rejected: userunknown",
        // Postfix with a bare "Recipient address rejected." and nothing
        // after it; an unknown-user phrase counts only at RCPT anyway.
        "recipient address rejected.",
        "recipient address rejected. (in reply to rcpt to command)",
        "recipient does not exist",
        "recipient is not accepted",
        "recipient is not local",
        "recipient not exist",
        "recipient not found",
        "recipient not ok",
        "recipient refuses to accept your mail",
        "recipient unknown",
        "requested action not taken: mailbox unavailable",
        // Exchange: "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"
        "resolver.adr.recipnotfound",
        "resolver.adr.recipient notfound",
        "sorry, user unknown",
        // qmail with the badrcptto/validrcptto patches.
        "sorry, badrcptto",
        "sorry, no mailbox here by that name",
        "sorry, your envelope recipient has been denied",
        "that domain or user isn't in my list of allowed rcpthosts",
        "the email account that you tried to reach does not exist",
        // Coremail's list of bounce texts (www.icoremail.vip/support/
        // index.php?cate_id=84) names "The email account that you tried to
        // reach" and "unavailable mail user". The first also comes with
        // the typo "does no exists".
        "the email account that you tried to reach does no exists",
        "unavailable mail user",
        "the following recipients was undeliverable",
        "the user's email name is not found",
        "there is no one at this address",
        "this email address is wrong or no longer valid",
        "this recipient is in my badrecipientto list",
        "this recipient is not in my validrcptto list",
        "unknown mailbox",
        "unknown recipient",
        "unknown user",
        "user does not exist",
        "user missing home directory",
        "user not active",
        "user not exist",
        "user not found",
        "user not known",
        "user unknown",
        "vdeliver: invalid or unknown virtual user",
        // Lotus Domino: "User Some Name (user@example.com) not listed in
        // Domino Directory".
        "not listed in domino directory",
        // IMail: "Invalid final delivery userid: user@example.com".
        "invalid final delivery userid",
        // Verizon's SMS gateway: "No valid recipients for this MM".
        "no valid recipients for this mm",
        "your envelope recipient is in my badrcptto list",
        // Italian: "no such user at this address".
        "nessun utente simile in questo indirizzo",
        // Italian: "unknown user" (Adobe Campaign's Italian bounce
        // reasons), "nonexistent user".
        "utente sconosciuto",
        "utente inesistente",
        // Spanish: "no such person", "no such user".
        "no existe dicha persona",
        "no existe ese usuario",
        "usuario desconocido",
        "la dirección no existe",
        "el usuario no existe",
        // French: "unknown user", "unknown recipient".
        "utilisateur inconnu",
        "destinataire inconnu",
        "adresse inconnue",
        // French: "unknown e-mail address" ("adresse électronique" is
        // Microsoft's French term for an e-mail address).
        "adresse électronique inconnue",
        "boîte aux lettres inexistante",
        // German (GMX, Web.de): "...because the address was not found or
        // cannot receive e-mail".
        "weil die adresse nicht gefunden wurde oder keine e-mails empfangen kann",
        "empfänger unbekannt",
        "benutzer unbekannt",
        "adresse existiert nicht",
        "unbekannter empfänger",
        // Russian (Mail.ru, Yandex): "no such user", "user not found".
        "нет такого пользователя",
        "пользователь не найден",
        "такого ящика нет",
        "адрес не существует",
        // Chinese (QQ, 163): "user does not exist", "recipient not found".
        "用户不存在",
        "收件人不存在",
        "帐户不存在",
        "收件人地址不存在",
        "邮箱不存在",
        // Japanese (Domino, Biglobe): "...was not found in the Domino
        // directory", "no such recipient".
        "ディレクトリには見つかりません",
        "宛先不明",
        "宛先のメールアドレスは存在しません",
        // Lotus Notes: "not in the directory list".
        "ディレクトリのリストにありません",
        "存在しないアドレス",
    ],
    ordered: &[
        &["<", "> not found"],
        // Domino in French: "L'utilisateur bob (bob@example.net) n'est pas
        // répertorié dans l'annuaire Domino", the English "not listed in
        // Domino Directory". HCL's French help names the directory
        // "annuaire Domino". The apostrophe before it may be typographic.
        // NOTE: no public copy of a French Domino report was found, so the
        // wording is a translation of the English one.
        &["pas répertorié", "annuaire domino"],
        &["account ", " does not exist at the organization"],
        // Orange: "550 5.1.1 Adresse d au moins un destinataire invalide.
        // Invalid recipient. OFR_416"
        &["destinataire invalide. invalid recipient.", "416"],
        &["destinataire invalide. invalid recipient.", "418"],
        &["bad", "recipient"],
        &["mailbox ", "does not exist"],
        // Microsoft 365 rejects an unknown recipient with "550 5.4.1
        // Recipient address rejected: Access denied". Postfix writes the
        // same words with 5.7.1 for a check_recipient_access REJECT
        // without text (https://www.postfix.org/access.5.html, checked
        // 2026-12-04), a site rule against an address that usually exists.
        // No table lists the words alone, so the 5.7.1 decides that case.
        &["5.4.1 ", "recipient address rejected: access denied"],
        &["mailbox ", "unavailable or access denied"],
        &["no ", " in name directory"],
        &["non", "existent user"],
        &["rcpt <", " does not exist"],
        &["recipient ", " was not found in"],
        &["recipient address rejected: user ", " does not exist"],
        &["recipient address rejected: user unknown in ", " table"],
        &["this user doesn't have a ", " account"],
        &["unknown e", "mail address"],
        &["unknown local", "part"],
        &["user ", " was not found"],
        &["user ", " does not exist"],
        &["user (", ") unknown"],
    ],
    // Directory harvest protection names many unknown recipients, not this
    // one: "550 5.7.1 Too many invalid recipients".
    except: crate::knowledge::harvest_protection::PHRASES,
};

/// The recipient exists but a filter, often the recipient's own settings,
/// refuses mail from this sender.
pub static FILTERED: Phrases = Phrases {
    reason: Reason::Filtered,
    any: &[
        "account is protected by",
        // SendGrid: the address bounced before and is now suppressed.
        "bounced address",
        "has restricted sms e-mail", // AT&T SMS gateway
        "is not accepting any mail",
        "message filtered",
        "message rejected due to user rules",
        "not found recipient account",
        "recipient id refuse to receive mail",
        "recipient is only accepting mail from specific email addresses",
        "refused due to recipient preferences", // Facebook
        "user refuses to receive this mail",
        "user reject",
        "you have been blocked by the recipient",
        // Japanese carriers: "the recipient refuses mail from this sender".
        "受信拒否",
        // au (EZweb): "Each of the following recipients was rejected by a
        // remote mail server." with no reason given, a carrier-side filter.
        "each of the following recipients was rejected by a remote mail server",
    ],
    ordered: &[],
    except: &[],
};

/// The recipient's domain does not exist or has no usable mail server.
pub static HOST_UNKNOWN: Phrases = Phrases {
    reason: Reason::HostUnknown,
    any: &[
        "domain does not exist",
        "domain is not reachable",
        "domain must exist",
        // Gmail: "DNS Error: DNS type 'mx' lookup of example.org responded
        // with code NXDOMAIN Domain name not found: example.org". NXDOMAIN
        // is the DNS answer for a name that does not exist.
        "domain name not found",
        "responded with code nxdomain",
        // A domain whose DNS has neither an MX nor an address record has
        // no host to deliver to: Gmail's "DNS Error: DNS server returned
        // answer with no data for example.net", "No MX or A records for
        // example.net".
        // NOTE: no public bounce showing either wording was found when
        // checked on 2026-12-05, so both are unconfirmed.
        "dns server returned answer with no data",
        "no mx or a records for",
        "host or domain name not found",
        "infodomainnonexistent",
        "host unknown",
        "host unreachable",
        "mail domain mentioned in email address is unknown",
        "name or service not known",
        "no such domain",
        "recipient address rejected: unknown domain name",
        "recipient domain must exist",
        // cPanel's sentence for several causes. When nothing else names a
        // cause, the card states that the cause is not given.
        crate::knowledge::wordings::CPANEL_SENTENCE,
        "unknown host",
        "unroutable address",
        "unrouteable address",
        // Exim's dnslookup router: "all relevant MX records point to
        // non-existent hosts". Its smtp transport, when no host name of
        // the destination resolves: "all host address lookups failed
        // permanently" (Sisimai's Exim parser files it as hostunknown).
        "all relevant mx records point to non-existent hosts",
        "all host address lookups failed permanently",
        // qmail: "Sorry, I couldn't find any host named example.net."
        "couldn't find any host named",
        // hMailServer, when the DNS answered but named no mail server: "No
        // mail servers appear to exists for the recipient's address." (its
        // typo), from `_HandleNoRecipientServers` in
        // hmailserver/source/Server/SMTP/ExternalDelivery.cpp
        // (github.com/hmailserver/hmailserver).
        "no mail servers appear to exist",
        "domaine inexistant",
        "домен не существует",
        "域名不存在",
    ],
    ordered: &[
        &["553 ", " does not exist"],
        // Microsoft 365: "550 5.4.310 DNS domain example.net does not
        // exist [Message=InfoDomainNonexistent]" (https://learn.microsoft.com/
        // en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online,
        // checked 2026-12-04).
        &["dns domain ", " does not exist"],
        // DragonFly: "DNS lookup failure: host mx.example.org not found"
        &["dns lookup failure: host ", " not found"],
        // Gmail: "Your message wasn't delivered to user@example.org because
        // the domain example.org couldn't be found."
        &["because the domain ", " couldn't be found"],
        &["because the domain ", " could not be found"],
    ],
    // A domain that the text names as the sender's is not the recipient's.
    except: super::sender::SENDER_NAMED_WORDS,
};
