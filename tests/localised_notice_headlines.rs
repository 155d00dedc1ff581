//! The two lines at the top of Gmail's and Microsoft 365's notices, in
//! the reader's language, pasted without the server's reply. Each names
//! the recipient and states that the message was not delivered, so each
//! gets a card for that address: an unknown address where the lines state
//! it was not found, and a delay for Gmail's delay notice. Prose in the
//! same languages about a parcel that was not delivered stays ordinary
//! text in a person's email, and when pasted without an address.
//! Documentation addresses only.

use bounce_explainer::{explain, Reason};

/// Gmail's "Address not found" headline and sentence.
const GMAIL_NOT_FOUND: &[&str] = &[
    "Endereço não encontrado\nSua mensagem não foi entregue a bob@example.net porque o endereço \
     não foi encontrado ou não pode receber e-mails.\n",
    "** Indirizzo non trovato **\nIl tuo messaggio non è stato recapitato a bob@example.net \
     perché l'indirizzo risulta inesistente o non può ricevere email.\n",
    "Indirizzo non trovato\nIl tuo messaggio non è stato consegnato a bob@example.net perché \
     l'indirizzo non è stato trovato o non è in grado di ricevere posta.\n",
    "Adres niet gevonden\nJe bericht is niet bezorgd bij bob@example.net omdat het adres niet is \
     gevonden of geen e-mail kan ontvangen.\n",
    "Nie znaleziono adresu\nTwoja wiadomość nie została dostarczona do bob@example.net, ponieważ \
     nie znaleziono adresu lub nie może on odbierać poczty.\n",
    "Adres bulunamadı\nİletiniz bob@example.net adresine teslim edilemedi. Adres bulunamadı veya \
     e-posta alamıyor.\n",
    "주소를 찾을 수 없음\nbob@example.net 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 \
     메일이 전송되지 않았습니다.\n",
    "Adresse nicht gefunden\nIhre Nachricht wurde nicht an bob@example.net zugestellt, weil die \
     Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.\n",
    "Adresse introuvable\nVotre message n'est pas parvenu à bob@example.net, car l'adresse est \
     introuvable ou ne peut pas recevoir d'e-mails.\n",
];

/// Microsoft 365's headline pair: "Your message to X couldn't be
/// delivered. / X wasn't found at example.net."
const M365_NOT_FOUND: &[&str] = &[
    "Sua mensagem para bob@example.net não pôde ser entregue.\nbob não foi encontrado em \
     example.net.\n",
    "Uw bericht aan bob@example.net kan niet worden bezorgd.\nbob is niet gevonden bij \
     example.net.\n",
    "Impossibile recapitare il messaggio a bob@example.net.\nbob non è stato trovato in \
     example.net.\n",
    "Ihre Nachricht an bob@example.net konnte nicht zugestellt werden.\nbob wurde unter \
     example.net nicht gefunden.\n",
];

fn assert_user_unknown(text: &str) {
    let report = explain(text);
    assert!(!report.summary.contains("No delivery failure"), "{text}: {}", report.summary);
    assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{text}");
    assert_eq!(card.action, "failed", "{text}");
    assert_eq!(card.reason, Reason::UserUnknown, "{text}");
}

#[test]
fn gmail_headlines_user_unknown() {
    for text in GMAIL_NOT_FOUND {
        assert_user_unknown(text);
    }
}

#[test]
fn m365_headlines_user_unknown() {
    for text in M365_NOT_FOUND {
        assert_user_unknown(text);
    }
}

#[test]
fn gmail_portuguese_delay_headline() {
    let text = "Mensagem ainda não entregue\nHouve um problema temporário ao entregar sua \
        mensagem a bob@example.net. O Gmail tentará novamente por mais 46 horas. Você será \
        notificado se a entrega falhar permanentemente.\n";
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{:#?}", report.notes);
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(card.action, "delayed");
    assert!(!card.permanent);
    assert!(card.explanation.retry.contains("46 hours"), "{}", card.explanation.retry);
}

/// A headline sentence without its cause still reports that the message
/// to that address was not delivered.
#[test]
fn headline_without_cause_gets_card() {
    for text in [
        "Sua mensagem não foi entregue a bob@example.net.\n",
        "Uw bericht aan bob@example.net kan niet worden bezorgd.\n",
        "İletiniz bob@example.net adresine teslim edilemedi.\n",
    ] {
        let report = explain(text);
        assert!(!report.summary.contains("No delivery failure"), "{text}: {}", report.summary);
        assert_eq!(report.recipients.len(), 1, "{text}: {:#?}", report.notes);
        assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.net"), "{text}");
    }
}

fn email(body: &str) -> String {
    format!(
        "From: Ana <ana@example.net>\nTo: Rui <rui@example.com>\nSubject: Re: encomenda\n\
         Date: Tue, 1 Dec 2026 10:00:00 +0000\n\n{body}\n"
    )
}

/// Prose stating that a parcel was not delivered is no bounce in a
/// person's email, nor pasted without an address.
// NOTE: pasted prose that names an address in the same sentence ("Het
// pakket voor carol@example.org is niet bezorgd bij haar") gets a card,
// as its English counterpart with "was not delivered to" does.
#[test]
fn prose_not_delivered_is_not_bounce() {
    let prose = [
        "O pacote não foi entregue a tempo, e a transportadora não pôde ser contactada.",
        "Il pacco non è stato consegnato al vicino perché l'indirizzo non è stato trovato.",
        "Het pakket is niet bezorgd bij de buren en kan niet worden bezorgd voor maandag.",
        "Paczka nie została dostarczona do sąsiada, ponieważ nie znaleziono adresu.",
        "Kargo teslim edilemedi, adres bulunamadı.",
        "택배가 전송되지 않았습니다. 주소를 찾을 수 없거나 부재중이었습니다.",
        "Het pakket voor carol@example.org is niet bezorgd bij haar, zegt de koerier.",
    ];
    for body in prose {
        let report = explain(&email(body));
        assert!(report.recipients.is_empty(), "email {body}: {:#?}", report.recipients);
    }
    for body in &prose[..6] {
        let report = explain(body);
        assert!(report.recipients.is_empty(), "pasted {body}: {:#?}", report.recipients);
    }
}
