//! The words that mail programs write above a message that a person
//! quotes in a reply or forwards inline, by language: the attribution
//! line's verb ("On ... Bob <bob@example.net> wrote:"), the forward's
//! marker line and the field names of its header block. Only the words
//! live here. The matching is in `forward_marker`, `section`,
//! `recipient_line` and the input stage's `inline_forward`.
//!
//! Sources, read 2026-12-05: Thunderbird's localisations
//! (github.com/thunderbird/thunderbird-l10n,
//! `mail/chrome/messenger/messengercompose/composeMsgs.properties`, keys
//! `mailnews.reply_header_authorwrotesingle` and `..._ondateauthorwrote`)
//! give `#1 schrieb:` and `Am #2 um #3 schrieb #1:` (de), `Le #2 à #3, #1
//! a écrit :` (fr), `#2 #3, #1 пишет:` (ru) and `在 #2 #3, #1 写道:`
//! (zh-CN). Its Japanese build keeps the English `wrote:`. Mailgun's
//! talon (`talon/quotations.py`) matches Dutch `schreef`, the German and
//! French forms, and the From and date fields `Von`, `Van`, `De`,
//! `Datum` and `Envoyé`. Thunderbird's French header labels
//! (`mail/messenger/messageheader/headerFields.ftl`) write `De`, `Objet`
//! and `Pour` with a space before the colon.
// NOTE: the Spanish `escribió`, Italian `ha scritto`, Portuguese
// `escreveu`, Russian `написал(а)` and Japanese `のメッセージ` and
// `さんは書きました` forms, and Outlook's field names other than those
// above, come from reply parsers and memory, not from a mail program's
// own localisation files.

/// Verbs that end an attribution line, lowercase, each followed on the
/// line by at most the sender and a colon (`:` or the full-width `：`).
pub const ATTRIBUTION_VERBS: &[&str] = &[
    // English: "On Sat, Dec 5, 2026 at 5:00 PM Bob <bob@example.net> wrote:".
    "wrote",
    // French: "Le sam. 5 déc. 2026 à 17:00, Bob <bob@example.net> a écrit :".
    "a écrit",
    // German: "Am Sa., 5. Dez. 2026 um 17:00 Uhr schrieb Bob <bob@example.net>:".
    "schrieb",
    // Spanish: "El sáb, 5 dic 2026 a las 17:00, Bob (<bob@example.net>) escribió:".
    "escribió",
    // Italian: "Il giorno sab 5 dic 2026 alle ore 17:00 Bob <bob@example.net> ha scritto:".
    "ha scritto",
    // Portuguese: "Em sáb., 5 de dez. de 2026 às 17:00, Bob <bob@example.net> escreveu:".
    "escreveu",
    // Dutch: "Op za 5 dec 2026 om 17:00 schreef Bob <bob@example.net>:".
    "schreef",
    // Russian: "5 дек. 2026 г., в 17:00, Bob <bob@example.net> написал(а):",
    // Thunderbird's "05.12.2026 17:00, Bob пишет:".
    "написал",
    "пишет",
    // Chinese: "Bob <bob@example.net> 于2026年12月5日周六 17:00写道：".
    "写道",
    // Japanese: "2026年12月5日(土) 17:00 Bob <bob@example.net>のメッセージ:".
    "のメッセージ",
    "さんは書きました",
];

/// Field names of a forward header block, lowercase and without the
/// colon, each with the RFC 5322 name it stands for. Outlook writes
/// `From`/`Sent`/`To`/`Subject` in English, `Von`/`Gesendet`/`An`/
/// `Betreff` in German, `De`/`Envoyé`/`À`/`Objet` in French,
/// `De`/`Enviado`/`Para`/`Asunto` in Spanish (`Assunto` in Portuguese),
/// `Da`/`Inviato`/`A`/`Oggetto` in Italian and `Van`/`Verzonden`/`Aan`/
/// `Onderwerp` in Dutch.
///
/// The Nordic, Finnish, Hungarian, Turkish, Ukrainian, Croatian, Estonian
/// and Romanian names come from email-forward-parser
/// (github.com/crisp-oss/email-forward-parser, `lib/parser.js`, read
/// 2026-12-06). Its tables list, per mail program and language, Gmail's
/// sender field (`Gönderen`, `Від`, `Feladó`, `Från`), while Gmail keeps
/// `Date`, `Subject` and `To` in English. They also list New Outlook's
/// and Apple Mail's fields (`Från`/`Datum`/`Till`/`Ämne`,
/// `Kimden`/`Tarih`/`Kime`/`Konu`) and Yahoo Mail's date fields
/// (`Skickat`, `Gönderilen`, `Elküldve`, `Відправлено`). A public mailing-list archive shows Coremail's
/// `发件人`/`发送时间`/`收件人` under `-----原始邮件-----`.
// NOTE: the Korean, Greek and Arabic names, Chinese `寄件者`, `主题` and
// `主旨`, and Outlook's `Gönderildi`, `Надіслано`, `送信日時`, `Στάλθηκε`
// and `تاريخ الإرسال` come from memory of the mail programs, not from a
// copy of their output.
pub const FORWARD_FIELDS: &[(&str, &str)] = &[
    ("from", "From"),
    ("von", "From"),
    ("de", "From"),
    ("da", "From"),
    ("van", "From"),
    ("subject", "Subject"),
    ("betreff", "Subject"),
    ("objet", "Subject"),
    // Thunderbird's French forward block names the subject `Sujet :`, as
    // BlueMind's webmail tests copy it under `-------- Message transféré
    // --------`.
    ("sujet", "Subject"),
    ("asunto", "Subject"),
    ("assunto", "Subject"),
    ("oggetto", "Subject"),
    ("onderwerp", "Subject"),
    ("sent", "Sent"),
    ("date", "Date"),
    ("gesendet", "Sent"),
    ("datum", "Sent"),
    ("envoyé", "Sent"),
    ("enviado", "Sent"),
    ("enviado el", "Sent"),
    ("inviato", "Sent"),
    ("verzonden", "Sent"),
    ("to", "To"),
    ("an", "To"),
    ("à", "To"),
    ("pour", "To"),
    ("para", "To"),
    ("a", "To"),
    ("aan", "To"),
    ("cc", "Cc"),
    // Polish, Czech, Russian, Italian Thunderbird's sender and Japanese.
    ("od", "From"),
    ("nadawca", "From"),
    ("mittente", "From"),
    ("от", "From"),
    ("送信元", "From"),
    ("差出人", "From"),
    ("temat", "Subject"),
    ("předmět", "Subject"),
    ("тема", "Subject"),
    ("件名", "Subject"),
    ("wysłano", "Sent"),
    ("wysłane", "Sent"),
    ("odesláno", "Sent"),
    ("отправлено", "Sent"),
    ("do", "To"),
    ("adresat", "To"),
    ("komu", "To"),
    ("кому", "To"),
    ("宛先", "To"),
    // Swedish, Danish and Norwegian, Finnish, Hungarian, Turkish,
    // Ukrainian, Croatian, Estonian and Romanian: Gmail's sender, New
    // Outlook's and Apple Mail's fields and Yahoo Mail's date, as
    // email-forward-parser lists them (see the table's doc).
    ("från", "From"),
    ("fra", "From"),
    ("lähettäjä", "From"),
    ("feladó", "From"),
    ("gönderen", "From"),
    ("kimden", "From"),
    ("від", "From"),
    ("від кого", "From"),
    ("šalje", "From"),
    ("saatja", "From"),
    ("de la", "From"),
    ("skickat", "Sent"),
    ("sendt", "Sent"),
    ("dato", "Sent"),
    ("lähetetty", "Sent"),
    ("päivämäärä", "Sent"),
    ("elküldve", "Sent"),
    ("dátum", "Sent"),
    ("gönderilen", "Sent"),
    ("tarih", "Sent"),
    ("відправлено", "Sent"),
    ("дата", "Sent"),
    ("till", "To"),
    ("til", "To"),
    ("vastaanottaja", "To"),
    ("címzett", "To"),
    ("kime", "To"),
    ("ämne", "Subject"),
    ("emne", "Subject"),
    ("aihe", "Subject"),
    ("tárgy", "Subject"),
    ("konu", "Subject"),
    // Chinese (Coremail's and Outlook's), Korean, Greek and Arabic, and
    // the date fields of Outlook in Turkish, Ukrainian and Japanese.
    ("发件人", "From"),
    ("寄件者", "From"),
    ("寄件人", "From"),
    ("보낸 사람", "From"),
    ("보낸사람", "From"),
    ("από", "From"),
    ("من", "From"),
    ("发送时间", "Sent"),
    ("日期", "Sent"),
    ("寄件日期", "Sent"),
    ("보낸 날짜", "Sent"),
    ("날짜", "Sent"),
    ("στάλθηκε", "Sent"),
    ("ημερομηνία", "Sent"),
    ("تاريخ الإرسال", "Sent"),
    ("التاريخ", "Sent"),
    ("gönderildi", "Sent"),
    ("надіслано", "Sent"),
    ("送信日時", "Sent"),
    ("收件人", "To"),
    ("收件者", "To"),
    ("받는 사람", "To"),
    ("받는사람", "To"),
    ("προς", "To"),
    ("إلى", "To"),
    ("主题", "Subject"),
    ("主旨", "Subject"),
    ("제목", "Subject"),
    ("θέμα", "Subject"),
    ("الموضوع", "Subject"),
];

/// Returns the RFC 5322 name (`From`, `Subject`, `To`) of a forward header
/// block's field name in any language of [`FORWARD_FIELDS`], or `None`.
/// The name may carry the space that French puts before the colon.
pub fn standard_field(name: &str) -> Option<&'static str> {
    let name = name.trim().to_lowercase();
    FORWARD_FIELDS.iter().find(|(local, _)| *local == name).map(|(_, standard)| *standard)
}

/// Returns the RFC 5322 name and the value of a forward header block's
/// field line (`Betreff: ...` gives `Subject`), or `None` for a line that
/// is no such field. Chinese and Japanese mail programs end the name with
/// a full-width colon (`发件人：`).
pub fn forward_field(line: &str) -> Option<(&'static str, &str)> {
    let (name, value) = split_field(line)?;
    Some((standard_field(name)?, value))
}

/// Splits a field line at its first colon, ASCII `:` or full-width `：`,
/// into the name and the value.
pub fn split_field(line: &str) -> Option<(&str, &str)> {
    let at = line.find([':', '：'])?;
    let colon = line[at..].chars().next()?.len_utf8();
    Some((&line[..at], &line[at + colon..]))
}

/// True for a header field line or a folded continuation of one, which
/// starts with white space (RFC 5322, 2.2.3). A field's name is one to
/// three words of letters, digits and hyphens before the colon, so that a
/// localised field left out of `FORWARD_FIELDS` (Hungarian `Másolatot
/// kap:`) still counts, and a sentence that ends in a colon does not.
pub fn is_field_line(line: &str) -> bool {
    if line.starts_with([' ', '\t']) {
        return true;
    }
    split_field(line).is_some_and(|(name, _)| {
        let words = name.split(' ').collect::<Vec<_>>();
        (1..=3).contains(&words.len())
            && words.iter().all(|word| {
                !word.is_empty() && word.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
    })
}

/// Words between the dashes of the line with which a mail program opens a
/// message it forwards inline, lowercase: Gmail's and Thunderbird's
/// `---------- Forwarded message ---------` and Outlook's `-----Original
/// Message-----`, with their German, French, Spanish, Italian, Portuguese
/// and Dutch forms. Public reply parsers and forwarded mail in public
/// archives write `Weitergeleitete Nachricht`, `Ursprüngliche Nachricht`,
/// `Message transféré`, `Message d'origine`, `Mensaje reenviado`,
/// `Messaggio inoltrato`, `Doorgestuurd bericht` and `Oorspronkelijk
/// bericht`.
/// Public reply parsers also match Polish `Przekazana wiadomość` and
/// `Wiadomość oryginalna`, Czech `Přeposlaná zpráva` and `Původní
/// zpráva`, Russian `Пересланное сообщение`, Danish `Videresendt
/// meddelelse` and Chinese `转发的消息`.
// NOTE: no public copy was found of `mensaje original`, `messaggio
// originale`, `mensagem encaminhada`, `mensagem original`, Gmail's Russian
// `Пересылаемое сообщение` and Japanese `転送されたメッセージ`, Outlook's
// Russian `Исходное сообщение` or Swedish `Vidarebefordrat meddelande`.
// They, and the Polish, Czech, Russian and Japanese field names above,
// come from memory of the mail programs' localisations.
pub const FORWARD_RULE_WORDS: &[&str] = &[
    "forwarded message",
    "original message",
    "weitergeleitete nachricht",
    "ursprüngliche nachricht",
    "message transféré",
    "message d'origine",
    "mensaje reenviado",
    "mensaje original",
    "messaggio inoltrato",
    "messaggio originale",
    "mensagem encaminhada",
    "mensagem original",
    "doorgestuurd bericht",
    "oorspronkelijk bericht",
    "przekazana wiadomość",
    "wiadomość oryginalna",
    "přeposlaná zpráva",
    "původní zpráva",
    "пересланное сообщение",
    "пересылаемое сообщение",
    "исходное сообщение",
    "videresendt meddelelse",
    "vidarebefordrat meddelande",
    "転送されたメッセージ",
    "转发的消息",
    // Thunderbird's and Yahoo Mail's Hungarian, Turkish, Ukrainian,
    // Russian, Finnish, French, Norwegian, Portuguese and Croatian
    // rules, as email-forward-parser lists them, and Coremail's Chinese
    // one from a public archive (see FORWARD_FIELDS).
    "továbbított üzenet",
    "i\u{307}letilen i\u{307}leti",
    "i\u{307}letilmiş mesaj",
    "переслане повідомлення",
    "перенаправлене повідомлення",
    "перенаправленное сообщение",
    "edelleenlähetetty viesti",
    "message transmis",
    "videresendt melding",
    "mensagem reencaminhada",
    "proslijeđena poruka",
    "原始邮件",
    // NOTE: the Chinese, Korean, Greek and Arabic forms of Gmail's rule
    // below are from memory. email-forward-parser finds Gmail's English
    // `Forwarded message` in every language it covers, none of these.
    "转发的邮件",
    "轉寄的郵件",
    "전달된 메일",
    "προωθημένο μήνυμα",
    "الرسالة المُعاد توجيهها",
    "رسالة معاد توجيهها",
];

/// Apple Mail's line above a message it forwards inline, lowercase and
/// without its colon, in English, German, French (two wordings), Spanish
/// and Dutch, as public reply parsers and archived forwards write it, and
/// in Swedish, Danish, Hungarian, Turkish, Ukrainian, Italian and
/// Brazilian Portuguese as email-forward-parser lists them.
pub const FORWARD_LEADS: &[&str] = &[
    "begin forwarded message",
    "anfang der weitergeleiteten nachricht",
    "début du message réexpédié",
    "début du message transféré",
    "inicio del mensaje reenviado",
    "begin doorgestuurd bericht",
    "vidarebefordrat mejl",
    "start på videresendt besked",
    "továbbított levél kezdete",
    "i\u{307}leti başlangıcı",
    "початок листа, що пересилається",
    "inizio messaggio inoltrato",
    "início da mensagem encaminhada",
];

#[cfg(test)]
mod tests {
    use super::FORWARD_FIELDS;

    /// Reads the `["name", "Field"],` rows of the widget's copy of the
    /// table, which the redaction uses to find the sender's own domain.
    fn widget_fields() -> Vec<(String, String)> {
        include_str!("../../www/widget/forward-fields.js")
            .lines()
            .filter_map(|line| line.trim().strip_prefix("[\"")?.strip_suffix("\"],"))
            .filter_map(|row| row.split_once("\", \""))
            .map(|(name, field)| (name.to_string(), field.to_string()))
            .collect()
    }

    #[test]
    fn widget_forward_fields_match() {
        let rust: Vec<(String, String)> = FORWARD_FIELDS
            .iter()
            .map(|(name, field)| (name.to_string(), field.to_string()))
            .collect();
        assert_eq!(
            widget_fields(),
            rust,
            "www/widget/forward-fields.js differs from FORWARD_FIELDS"
        );
    }
}
