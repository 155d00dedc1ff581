//! The sentence Gmail and Microsoft 365 put at the top of their NDRs,
//! above the receiver's reply. A mail client shows it first, so it is
//! often pasted alone. It is the provider's reading of the reply, and
//! Gmail writes "the address couldn't be found" over other refusals too
//! (a 501 5.1.8 for the envelope sender), so these tables decide only
//! when no reply, status code or phrase of the receiver did.
//!
//! The wordings are quoted from the NDRs themselves. Google's help on
//! bounces (<https://support.google.com/a/answer/6596>) reads "Address
//! not found" as an address that does not exist, and Exchange Online's
//! 5.1.10 NDR links to Microsoft's page on a recipient not found
//! (<https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-1-10-in-exchange-online>),
//! both checked 2026-12-04. Apostrophes come straight and typographic.

use crate::classify::matcher::Phrases;
use crate::reason::Reason;

/// The provider's summary states that the address does not exist.
pub static SUMMARY_USER_UNKNOWN: Phrases = Phrases {
    reason: Reason::UserUnknown,
    any: &[
        // Gmail: "Your message wasn't delivered to bob@example.net because
        // the address couldn't be found, or is unable to receive mail."
        // and "... because the address couldn't be found. Check for typos
        // or unnecessary spaces and try again."
        "because the address couldn't be found",
        "because the address couldn’t be found",
        "because the address could not be found",
        // The same sentence in Gmail's German, French and Spanish notices.
        // A public project's test fixture of Gmail's notice to a French
        // account reads "Votre message n'est pas parvenu à ..., car
        // l'adresse est introuvable." NOTE: no Google page shows these
        // sentences, and no public copy of the German and Spanish ones was
        // found, so their wording may differ from Gmail's.
        "weil die adresse nicht gefunden wurde",
        "car l'adresse est introuvable",
        "car l’adresse est introuvable",
        "porque no se ha encontrado la dirección",
        // Gmail's Portuguese sentence, in a public project's test fixture
        // of Brazilian Gmail bounces: "Sua mensagem não foi entregue a ...
        // porque o endereço não foi encontrado." Gmail's Italian sentence,
        // in another project's fixture copied from Gmail's notices to an
        // Italian account: "Il tuo messaggio non è stato recapitato a ...
        // perché l'indirizzo risulta inesistente o non può ricevere email."
        "porque o endereço não foi encontrado",
        "perché l'indirizzo risulta inesistente",
        "perché l’indirizzo risulta inesistente",
        // NOTE: no public copy of these Gmail sentences was found. They
        // follow the English "because the address couldn't be found":
        // Italian, Dutch, Polish, Turkish ("Adres bulunamadı veya e-posta
        // alamıyor") and Korean ("the address cannot be found, or ...").
        "perché l'indirizzo non è stato trovato",
        "perché l’indirizzo non è stato trovato",
        "omdat het adres niet is gevonden",
        "ponieważ nie znaleziono adresu",
        "adres bulunamadı veya",
        "주소를 찾을 수 없거나",
        // Exchange Online: "Your message to paul@example.org couldn't be
        // delivered. paul wasn't found at example.org." An HTML NDR may
        // yield the second sentence alone. The older layout writes "The
        // address you sent your message to wasn't found at the
        // destination domain."
        "wasn't found at ",
        "wasn’t found at ",
        // NOTE: the same second sentence in Microsoft 365's Portuguese,
        // Dutch and Italian NDRs ("paul não foi encontrado em
        // example.org.") is written from the English one, as is the German
        // one in `ordered` below. No public copy of a localised NDR of
        // this layout was found.
        " não foi encontrado em ",
        " is niet gevonden bij ",
        " non è stato trovato in ",
        // Exchange in French: "The e-mail address you entered cannot be
        // found."
        "l'adresse de messagerie que vous avez entrée est introuvable",
        "l’adresse de messagerie que vous avez entrée est introuvable",
    ],
    // Microsoft 365 in German: "paul wurde unter example.org nicht
    // gefunden."
    ordered: &[&[" wurde unter ", " nicht gefunden"]],
    except: &[],
};

/// The provider's summary states that the recipient's domain does not
/// exist. Gmail writes it for a domain without DNS records and for one
/// that publishes a null MX.
pub static SUMMARY_HOST_UNKNOWN: Phrases = Phrases {
    reason: Reason::HostUnknown,
    any: &[],
    ordered: &[
        // Gmail: "Your message wasn't delivered to bob@example.org because
        // the domain example.org couldn't be found."
        &["because the domain ", " couldn't be found"],
        &["because the domain ", " couldn’t be found"],
        &["because the domain ", " could not be found"],
    ],
    except: &[],
};

/// Both summary tables, tried in this order.
pub static SUMMARIES: &[&Phrases] = &[&SUMMARY_USER_UNKNOWN, &SUMMARY_HOST_UNKNOWN];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::matcher::normalise;

    #[test]
    fn fragments_are_normalised() {
        for table in SUMMARIES {
            let parts = table.any.iter().chain(table.ordered.iter().flat_map(|g| g.iter()));
            for fragment in parts {
                assert_eq!(normalise(fragment), fragment.trim(), "{fragment:?}");
            }
        }
    }

    #[test]
    fn domain_sentence_is_not_address() {
        let text = normalise("because the domain example.org couldn't be found.");
        assert!(!SUMMARY_USER_UNKNOWN.matches(&text));
        assert!(SUMMARY_HOST_UNKNOWN.matches(&text));
    }
}
