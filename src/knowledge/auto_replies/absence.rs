//! Wordings of a temporary absence: the author comes back, or the office
//! reopens, and the message is read then. Such a reply is an ordinary
//! out-of-office reply even when another of its sentences says that
//! something or someone is gone for good.

/// Lowercase fragments saying that the author returns or that the message
/// is read later, in English, German, French, Spanish, Italian,
/// Portuguese and Dutch. The reply of someone who left for good does not
/// promise this, so these outrank a departure named in another sentence.
const RETURN: &[&str] = &[
    "on my return",
    "upon my return",
    "after my return",
    "when i return",
    "once i return",
    "when i get back",
    "when i'm back",
    "when i am back",
    "once i'm back",
    "once i am back",
    "i will be back",
    "i'll be back",
    "i return on",
    "i will return on",
    "i am back on",
    "i'm back on",
    "back in the office",
    "returning to the office",
    "i will reply",
    "i'll reply",
    "i will respond",
    "i'll respond",
    "i will answer",
    "i'll answer",
    "will answer your",
    "will get back to you",
    "will be read when",
    "will be read on",
    "will be read after",
    "office reopens",
    "out of the office until",
    "out of office until",
    "i am out of",
    "i'm out of",
    "i am currently out",
    "i'm currently out",
    "i will be out",
    "i'll be out",
    "i am away",
    "i'm away",
    "i am currently away",
    "i'm currently away",
    "i will be away",
    "i'll be away",
    "away until",
    "leave until",
    "annual leave",
    "maternity leave",
    "paternity leave",
    "parental leave",
    "sick leave",
    "i am on holiday",
    "i'm on holiday",
    "i am on vacation",
    "i'm on vacation",
    "i am travelling",
    "i'm travelling",
    "i am traveling",
    "i'm traveling",
    "on holiday until",
    "on vacation until",
    "travelling until",
    "traveling until",
    "absent until",
    "nach meiner rückkehr",
    "bei meiner rückkehr",
    "wieder im büro",
    "wieder erreichbar",
    "nicht im büro",
    "im urlaub",
    "abwesend bis",
    "außer haus",
    "à mon retour",
    "dès mon retour",
    "après mon retour",
    "de retour le",
    "de retour au bureau",
    "absent jusqu",
    "absente jusqu",
    "en congé",
    "en vacances",
    "a mi regreso",
    "a mi vuelta",
    "cuando regrese",
    "cuando vuelva",
    "fuera de la oficina",
    "de vacaciones",
    "ausente hasta",
    "estaré de vuelta",
    "al mio rientro",
    "al mio ritorno",
    "fuori ufficio",
    "fuori sede",
    "in ferie",
    "in vacanza",
    "assente fino",
    "rientrerò",
    "no meu regresso",
    "após o meu regresso",
    "ao meu retorno",
    "quando eu voltar",
    "quando regressar",
    "fora do escritório",
    "de férias",
    "ausente até",
    "estarei de volta",
    "na mijn terugkeer",
    "bij mijn terugkeer",
    "bij terugkomst",
    "weer aanwezig",
    "weer op kantoor",
    "weer bereikbaar",
    "afwezig tot",
    "met vakantie",
    "op vakantie",
    "niet op kantoor",
];

/// Lowercase fragments of a period that ends, broader than [`RETURN`]: a
/// date ("until"), holidays, weekends or hours outside office hours.
const TEMPORARY: &[&str] = &[
    "out of office",
    "out of the office",
    "on leave",
    "on vacation",
    "on holiday",
    "while i am away",
    "while i'm away",
    "during my absence",
    "during my leave",
    "until ",
    "during the holidays",
    "over the holidays",
    "holiday period",
    "holiday season",
    "christmas",
    "reopen",
    "will be answered",
    "office is closed",
    "offices are closed",
    "outside office hours",
    "outside business hours",
    "outside working hours",
    "outside of office hours",
    "outside of business hours",
    "at weekends",
    "at the weekend",
    "on weekends",
    "over the weekend",
    "during the weekend",
    "während meiner abwesenheit",
    "während der feiertage",
    "betriebsferien",
    "bis zum",
    "bis einschließlich",
    "pendant mon absence",
    "durant mon absence",
    "jusqu'au",
    "durante mi ausencia",
    "hasta el",
    "durante la mia assenza",
    "fino al",
    "durante a minha ausência",
    "durante minha ausência",
    "tijdens mijn afwezigheid",
    "tot en met",
];

/// True when `text` (lowercase, spaces collapsed) states that its author
/// comes back or that the message is read later.
pub(super) fn states_return(text: &str) -> bool {
    RETURN.iter().any(|fragment| text.contains(fragment))
}

/// True when `text` (lowercase, spaces collapsed) names an absence or a
/// period that ends, so a mailbox "not monitored" is unwatched only then.
pub(super) fn is_temporary(text: &str) -> bool {
    states_return(text) || TEMPORARY.iter().any(|fragment| text.contains(fragment))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closure_is_temporary() {
        let closed = "this mailbox is not monitored during the holidays. it will be read when \
                      the office reopens on 3 january.";
        assert!(states_return(closed));
        assert!(is_temporary("this inbox is not monitored at weekends."));
        assert!(!is_temporary("this mailbox is not monitored. please use our contact form."));
    }
}
