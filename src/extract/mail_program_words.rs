//! What mail programs write above a message that a person quotes in a
//! reply, by language: the attribution line's verb ("On ... Bob
//! <bob@example.net> wrote:"). Only the words live here; the matching is
//! in the input stage's `inline_forward`.
//!
//! Sources, read 2026-12-05: Thunderbird's localisations
//! (github.com/thunderbird/thunderbird-l10n,
//! `mail/chrome/messenger/messengercompose/composeMsgs.properties`, keys
//! `mailnews.reply_header_authorwrotesingle` and `..._ondateauthorwrote`)
//! give `#1 schrieb:` and `Am #2 um #3 schrieb #1:` (de), `Le #2 à #3, #1
//! a écrit :` (fr), `#2 #3, #1 пишет:` (ru) and `在 #2 #3, #1 写道:`
//! (zh-CN). Its Japanese build keeps the English `wrote:`. Mailgun's
//! talon (`talon/quotations.py`) matches Dutch `schreef` and the German
//! and French forms.
// NOTE: the Spanish `escribió`, Italian `ha scritto`, Portuguese
// `escreveu`, Russian `написал(а)` and Japanese `のメッセージ` and
// `さんは書きました` forms come from reply parsers and memory, not from
// a mail program's own localisation files.

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
