//! The words of bounce notices, in the languages seen: phrases that only
//! a failure report uses, and the subject words of bounces. They tell a
//! bounce from an ordinary message that mentions a reply code.

/// Words that only a failure report uses, in the languages seen.
const BOUNCE_WORDS: &[&str] = &[
    "could not be delivered",
    "couldn't be delivered",
    "couldn’t be delivered",
    "undeliverable",
    "undelivered",
    "delivery failed",
    "delivery has failed",
    "failed to deliver",
    // Gmail's notice without a code: "Your message wasn't delivered to
    // bob@example.net because the address couldn't be found".
    "wasn't delivered to",
    // Gmail's delay notice: "There was a temporary problem delivering your
    // message to bob@example.net. Gmail will retry for 46 more hours."
    "temporary problem delivering your message to",
    "wasn’t delivered to",
    "was not delivered to",
    "not be delivered",
    "user unknown",
    "unknown user",
    "no such user",
    "permanent error",
    "returned mail",
    "following recipients",
    // Exchange 5.5 to 2003: "The following recipient(s) cannot be reached".
    "following recipient(s)",
    "following addresses",
    "delivery status notification",
    "配信できません",
    "届きませんでした",
    "не может быть доставлено",
    "nicht zugestellt",
    "non remis",
    // Exchange in French: "Échec de la remise pour ces destinataires ou
    // groupes" ("Delivery has failed to these recipients or groups").
    "échec de la remise",
    // French: "could not be delivered", "was not delivered". Microsoft's
    // French help on postmaster notices writes "n'a pas pu être remis",
    // and French guides to bounces also use "délivré"
    // (https://www.emailacademy.fr/pt2/Blog/Les-erreurs-de-non-remise-des-emails-et-leurs-significations).
    // The fragments leave out the apostrophe, which may be typographic.
    "pas pu être délivré",
    "pas pu être remis",
    "pas été remis",
    // Spanish: "could not be delivered", "was not delivered" (the notice
    // subject "Su mensaje no se entregó"), "delivery failure". Source:
    // https://blog.silverpc.hu/?p=305213 and Gmail's Spanish help,
    // https://support.google.com/mail/answer/6596?hl=es-419.
    "no se pudo entregar",
    "no se entregó",
    "no pudo ser entregado",
    "fallo en la entrega",
    "ha fallado la entrega",
    // Italian: "was not delivered", "could not deliver", "non-delivery".
    // Source: Yahoo Italia's help on failed deliveries,
    // https://it.aiuto.yahoo.com/kb/new-mail-for-desktop/controlla-alcune-informazioni-sulla-mancata-consegna-dei-messaggi-sln3275.html
    "non è stato recapitato",
    "impossibile recapitare",
    "mancato recapito",
    // The sentence that names the recipient in Gmail's and Microsoft
    // 365's notices, which a reader may paste without the server's reply.
    // Gmail's Portuguese "Sua mensagem não foi entregue a ... porque o
    // endereço não foi encontrado." is in a public project's test fixture
    // of Brazilian Gmail bounces.
    "não foi entregue a",
    // Microsoft's Dutch help on restricted senders quotes the 5.1.8 NDR
    // "Uw bericht kan niet worden bezorgd omdat ...", and its Polish help
    // on policy tips quotes "Wiadomość nie została dostarczona do
    // wszystkich adresatów."
    "kan niet worden bezorgd",
    "nie została dostarczona do",
    // Gmail's French "Votre message n'est pas parvenu à ...", quoted in
    // the summary table.
    "pas parvenu à",
    // NOTE: no public copy of the sentences below was found, so they
    // follow the English ones' structure. Microsoft's Portuguese SQL Server
    // docs use "não pôde ser entregue" for an undeliverable message, and a
    // public fixture has Gmail's Italian "non è stato recapitato a". The
    // rest are Gmail's French, Italian, Dutch, Turkish and Korean ("was not
    // sent") sentences and its Portuguese, French and Spanish delay
    // sentences.
    "não pôde ser entregue",
    "pas été distribué à",
    "non è stato consegnato a",
    "is niet bezorgd bij",
    "teslim edilemedi",
    "전송되지 않았습니다",
    "problema temporário ao entregar sua mensagem",
    "problème temporaire est survenu lors de la distribution de votre message",
    "problema temporal al entregar tu mensaje",
];

/// Pairs of words that a failure report uses apart, in this order:
/// Spanish "La entrega a bob@example.es ha fallado" ("delivery to ...
/// has failed"), German Gmail "Ihre Nachricht wurde nicht an ...
/// zugestellt" ("your message was not delivered to ..."), and German
/// Gmail's delay sentence "Bei der Zustellung Ihrer Nachricht an ... ist
/// ein vorübergehendes Problem aufgetreten" ("there was a temporary
/// problem delivering your message to ...") with either German word for
/// delivering.
// NOTE: no public copy of the German Gmail "not delivered" sentence was
// found. The delay sentence is in a Gmail notice in Zammad's tests.
const BOUNCE_WORD_PAIRS: &[(&str, &str)] = &[
    ("la entrega", "ha fallado"),
    ("wurde nicht an ", "zugestellt"),
    ("zustellung ihrer nachricht an ", "vorübergehendes problem"),
    ("zustellen ihrer nachricht an ", "vorübergehendes problem"),
];

/// True when `lower` contains a bounce word, or a pair of them in order.
pub(crate) fn has_bounce_words(lower: &str) -> bool {
    BOUNCE_WORDS.iter().any(|w| lower.contains(w))
        || BOUNCE_WORD_PAIRS.iter().any(|(first, then)| {
            lower.find(first).is_some_and(|at| lower[at + first.len()..].contains(then))
        })
}

/// Subject words of bounces, lowercase.
pub(super) const BOUNCE_SUBJECTS: &[&str] = &[
    "undeliver",
    "undelivered",
    "delivery status",
    "delivery failure",
    "delivery failed",
    "failure notice",
    "returned mail",
    "mail delivery",
    "delivery notification",
    "non remis",
    "nicht zustellbar",
];
