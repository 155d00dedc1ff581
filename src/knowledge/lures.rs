//! Words of phishing mail dressed up as a bounce. Such mail claims that
//! messages failed or are held, then asks the reader to sign in, confirm
//! a password or "release" messages through a link, which leads to a
//! page that collects the password. A real bounce only reports what
//! failed: the mail system that writes it has nothing to ask of its
//! reader, least of all a password.
//!
//! Sources: university and security advisories that quote such mail,
//! e.g. the University of Michigan's alert "You have 21 pending
//! undelivered emails in your mail box" (checked 2026-12-06):
//! <https://safecomputing.umich.edu/phishing-alerts/you-have-21-pending-undelivered-emails-your-mail-box-2019-04-04-000000>

/// Public page the lure wordings are taken from.
pub const SOURCE: &str = "https://safecomputing.umich.edu/phishing-alerts/you-have-21-pending-undelivered-emails-your-mail-box-2019-04-04-000000";

/// Lowercase fragments that ask the reader for a password or a sign-in.
pub const CREDENTIAL_ASKS: &[&str] = &[
    "confirm your password",
    "verify your password",
    "enter your password",
    "re-enter your password",
    "update your password",
    "sign in below",
    "log in below",
    "login below",
    "sign in to release",
    "log in to release",
    "login to release",
    "must be verified",
    "verify your mailbox",
    "verify your email account",
    "verify your account",
    "validate your account",
    "validate your mailbox",
    "confirm your account",
    "failure to verify",
];

/// Lowercase fragments that offer to release, restore or deliver held or
/// pending messages from a link.
pub const RELEASE_ASKS: &[&str] = &[
    "release messages",
    "release your messages",
    "release pending messages",
    "pending incoming messages",
    "pending messages to inbox",
    "recover your messages",
    "retrieve your messages",
    "restore your messages",
    "resend messages",
    "resend the failed messages",
    "awaiting approval from you",
];

/// The lure requests in one language other than English.
pub struct LocalisedAsks {
    /// ISO 639-1 code of the language.
    pub language: &'static str,
    /// Lowercase fragments that ask for a password, a sign-in or a
    /// mailbox check, as [`CREDENTIAL_ASKS`] does in English.
    pub credential: &'static [&'static str],
    /// Lowercase fragments that offer to release held messages, as
    /// [`RELEASE_ASKS`] does in English.
    pub release: &'static [&'static str],
}

/// Lure requests in the other languages whose NDRs this tool reads. A
/// bare "sign in" (`anmelden`, `connectez-vous`) is left out, as in
/// English, because a real NDR's steps for an administrator may use it.
///
/// NOTE: these fragments are constructed, translated from the English
/// table in the forms a lure would use, and are not quoted from collected
/// mail. A lure worded otherwise, or written without its accents
/// (`bestatigen`), is not matched.
pub const LOCALISED_ASKS: &[LocalisedAsks] = &[
    LocalisedAsks {
        language: "de",
        credential: &[
            "bestätigen sie ihr passwort",
            "ihr passwort bestätigen",
            "geben sie ihr passwort",
            "passwort erneut eingeben",
            "melden sie sich hier an",
            "melden sie sich unten an",
            "melden sie sich an, um",
            "verifizieren sie ihr postfach",
            "ihr postfach verifizieren",
            "bestätigen sie ihr postfach",
            "bestätigen sie ihr konto",
            "ihr konto bestätigen",
        ],
        release: &[
            "nachrichten freizugeben",
            "nachrichten freigeben",
            "nachrichten wiederherstellen",
            "ausstehende eingehende nachrichten",
        ],
    },
    LocalisedAsks {
        language: "fr",
        credential: &[
            "confirmez votre mot de passe",
            "confirmer votre mot de passe",
            "saisissez votre mot de passe",
            "entrez votre mot de passe",
            "connectez-vous ci-dessous",
            "connectez-vous pour",
            "vérifiez votre boîte",
            "vérifier votre boîte",
            "vérifiez votre compte",
            "validez votre compte",
        ],
        release: &[
            "libérer vos messages",
            "libérer les messages",
            "récupérer vos messages",
            "messages entrants en attente",
        ],
    },
    LocalisedAsks {
        language: "es",
        credential: &[
            "confirme su contraseña",
            "confirma tu contraseña",
            "introduzca su contraseña",
            "ingrese su contraseña",
            "inicie sesión a continuación",
            "inicie sesión para",
            "verifique su buzón",
            "verifica tu buzón",
            "verifique su cuenta",
            "verifica tu cuenta",
        ],
        release: &[
            "liberar sus mensajes",
            "liberar los mensajes",
            "recuperar sus mensajes",
            "mensajes entrantes pendientes",
        ],
    },
    LocalisedAsks {
        language: "it",
        credential: &[
            "conferma la tua password",
            "confermi la sua password",
            "inserisci la tua password",
            "accedi qui sotto",
            "accedi per",
            "verifica la tua casella",
            "verifichi la sua casella",
            "verifica il tuo account",
        ],
        release: &[
            "sbloccare i messaggi",
            "rilasciare i messaggi",
            "recuperare i messaggi",
            "messaggi in arrivo in sospeso",
        ],
    },
    LocalisedAsks {
        language: "pt",
        credential: &[
            "confirme sua senha",
            "confirme a sua senha",
            "confirme a sua palavra-passe",
            "digite sua senha",
            "introduza a sua palavra-passe",
            "faça login para",
            "inicie sessão para",
            "verifique sua caixa de correio",
            "verifique a sua caixa de correio",
            "verifique sua conta",
        ],
        release: &[
            "liberar suas mensagens",
            "liberar as mensagens",
            "libertar as mensagens",
            "recuperar suas mensagens",
            "mensagens recebidas pendentes",
        ],
    },
    LocalisedAsks {
        language: "nl",
        credential: &[
            "bevestig uw wachtwoord",
            "bevestig je wachtwoord",
            "voer uw wachtwoord",
            "meld u hieronder aan",
            "log hieronder in",
            "log in om",
            "verifieer uw mailbox",
            "verifieer je mailbox",
            "bevestig uw account",
        ],
        release: &[
            "berichten vrij te geven",
            "berichten vrijgeven",
            "berichten herstellen",
            "wachtende inkomende berichten",
        ],
    },
];

/// Returns every lure request fragment, English first.
pub fn all_asks() -> impl Iterator<Item = &'static str> {
    let localised =
        LOCALISED_ASKS.iter().flat_map(|asks| asks.credential.iter().chain(asks.release));
    CREDENTIAL_ASKS.iter().chain(RELEASE_ASKS).chain(localised).copied()
}
