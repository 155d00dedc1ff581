// Header lines in the forms that the standard header pattern misses.
// Outlook and other mail programs write the header block above a
// forwarded message in the user's language ("Betreff:", "Objet :" with
// the space French puts before a colon, "发件人：" with a fullwidth
// colon). Classic Exchange NDRs quote indented "Subject:" and "To:" lines
// in their body, and the recipients' quoted names ("'Anna Weber' on
// 12/4/2026").

import { FORWARD_FIELDS } from "./forward-fields.js";
import { rememberName } from "./names.js";

// English field names, which the standard header pattern reads.
const ENGLISH_NAMES = new Set(["from", "sent", "date", "to", "cc", "subject"]);
// Localised field names with their first letter in capitals, as mail
// programs write them ("Von", "À", "De la"), each with the English field
// name it stands for, in lowercase. They are matched with that capital,
// so a lowercase "a:" in prose is not read as a header.
const LOCALISED_NAMES = new Map(
  FORWARD_FIELDS.filter(([name]) => !ENGLISH_NAMES.has(name)).map(([name, field]) => [
    name[0].toUpperCase() + name.slice(1),
    field.toLowerCase(),
  ]),
);
// A field name of one to three words ("Enviado el", "보낸 사람"), then an
// optional blank and an ASCII or fullwidth colon.
const LOCALISED_HEADER = /^((?:> ?)*)(\p{L}+(?: \p{L}+){0,2})( ?[:：])(.*)$/u;
// An indented subject or address line as classic Exchange NDRs write
// them in their body ("  To:      Robert Miller; Jane Doe"), with a tab
// or spaces before the value. They are never folded. Names that also
// read as words ("A", "De") are left out, because prose can indent them.
const INDENTED_HEADER = /^([ \t]+)(Subject|Betreff|Objet|Asunto|Oggetto|Assunto|To|Cc|From|An|Von|Para)([ \t]*):(.*)$/;
const INDENTED_NAMES = new Map([["To", "to"], ["Cc", "cc"], ["From", "from"], ["An", "to"], ["Von", "from"], ["Para", "to"]]);
// The recipient line of a classic Exchange NDR: a quoted display name,
// then " on " or, in German, " am " and the date.
// A name the recipient-list pass already masked is left alone.
const QUOTED_RECIPIENT = /^([ \t]*)'(?!\[name\]')([^'\r\n]+)'(?= (?:on|am) \d)/;

/**
 * Reads `line` as a localised or indented header. Returns `{ lead, name,
 * value, folds }`: `lead` is everything up to and including the colon,
 * `name` the English field name in lowercase, and `folds` whether
 * continuation lines belong to it. Returns null for any other line.
 */
export function localisedHeader(line) {
  const indented = INDENTED_HEADER.exec(line);
  if (indented) {
    const name = INDENTED_NAMES.get(indented[2]) ?? "subject";
    return { lead: `${indented[1]}${indented[2]}${indented[3]}:`, name, value: indented[4], folds: false };
  }
  return localisedField(line);
}

/**
 * Reads `line` as a field of a localised header block ("Von: ...",
 * "Objet : ...", "发件人：..."), also quoted with "> " markers. Returns
 * `{ lead, name, value, folds }` as localisedHeader does, or null.
 */
export function localisedField(line) {
  const m = LOCALISED_HEADER.exec(line);
  if (!m || !LOCALISED_NAMES.has(m[2])) return null;
  return { lead: m[1] + m[2] + m[3], name: LOCALISED_NAMES.get(m[2]), value: m[4], folds: true };
}

/** Masks the quoted display name that starts an Exchange recipient line. */
export function maskQuotedRecipient(line, state) {
  return line.replace(QUOTED_RECIPIENT, (whole, indent, name) => {
    state.counts.names++;
    rememberName(state, name);
    return `${indent}'[name]'`;
  });
}
