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
pub const FORWARD_FIELDS: &[(&str, &str)] = &[
    ("from", "From"),
    ("von", "From"),
    ("de", "From"),
    ("da", "From"),
    ("van", "From"),
    ("subject", "Subject"),
    ("betreff", "Subject"),
    ("objet", "Subject"),
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
/// is no such field.
pub fn forward_field(line: &str) -> Option<(&'static str, &str)> {
    let (name, value) = line.split_once(':')?;
    Some((standard_field(name)?, value))
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
];

/// Apple Mail's line above a message it forwards inline, lowercase and
/// without its colon, in English, German, French (two wordings), Spanish
/// and Dutch, as public reply parsers and archived forwards write it.
pub const FORWARD_LEADS: &[&str] = &[
    "begin forwarded message",
    "anfang der weitergeleiteten nachricht",
    "début du message réexpédié",
    "début du message transféré",
    "inicio del mensaje reenviado",
    "begin doorgestuurd bericht",
];
