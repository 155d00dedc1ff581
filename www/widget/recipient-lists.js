// The recipient lists of NDR bodies, whose entries are display names as
// often as addresses: classic Exchange's "Robert Miller on 7/2/2024 8:00
// AM", Exchange 2007 and later's "Robert Miller<mailto:...>" or a name
// on its own line, Domino's "Robert Miller/Sales/Example@Example" and
// GroupWise's "rmiller (user not found)". Also the text of a mailto link
// in an HTML part ("<a href="mailto:...">Robert Miller</a>") and the user
// name in Domino's "User ... not listed" reason.

import { PARTICLES, isNamePart, rememberName } from "./names.js";

// Lines that open a recipient list, matched anywhere in the line because
// a quoted-printable part may start it with an encoded letter
// ("=C9chec de la remise ..."). Each is the wording of one NDR format.
const LIST_HEADINGS = [
  // Exchange 5.5 to 2003 and Outlook's copy of them.
  /recipient\(s\)\s+(?:cannot|could not) be reached/i,
  /did not reach the following recipient\(s\)/i,
  // Exchange 2007 and later, in English and French.
  /delivery has failed to these recipients or (?:groups|distribution lists)/i,
  /chec de la remise pour ces destinataires ou groupes/i,
  // Domino.
  /^\s*was not delivered to:\s*$/i,
  // GroupWise. NOTE: this wording and its "name (reason)" entries are
  // written from memory of GroupWise NDRs, not checked against a sample.
  /was undeliverable to the following/i,
];
// Lines that end a list: the next section of the NDR, a MIME boundary,
// a header, or the returned message.
const LIST_ENDS = /^(?:--\S|\S[^:\s]*:(?:\s|$)|\s*(?:because:|possibly truncated|diagnostic information|original message|informations de diagnostic|-{3,}))/i;
// A list is read for at most this many lines, so a heading quoted in
// prose cannot put the rest of a long text in a list.
const MAX_LIST_LINES = 80;

// Suffixes that may follow the name of an entry: Exchange 2003's " on
// <date>" (" am " in German), a mailto link, GroupWise's "(reason)", or
// the rest of a Notes hierarchical name ("/Sales/Example@Example").
const ON_DATE = / (?:on|am) (?:\p{L}{2,9},? )?\d{1,4}[/. -]\p{L}{0,9}\d{0,2}[/. -]\d{2,4}\b.*$/u;
const MAILTO = /\s*<mailto:[^<>]*>\s*$/i;
const REASON = /\s+\([^()]*\)\s*$/;
const NOTES_HIERARCHY = /\/[^/\s][^\r\n]*$/;
// A single initial such as "J." in "John J. Smith".
const INITIAL = /^\p{Lu}\.$/u;
// The link text of an HTML mailto link. Its attribute may be written in
// quoted-printable ("href=3D"mailto:...").
const MAILTO_LINK = /(<a\b[^<>]*\bhref=(?:3D)?["']?mailto:[^<>]*>)([^<>]+)(<\/a>)/gi;

// Domino's reason for an unknown recipient, which names the Notes user
// as the sender wrote it ("User some.name (bob@example.net) not listed in
// Domino Directory").
const NOTES_USER = /\b(User )([^()\r\n]+?)( \([^()\s]+\) not listed\b)/g;

/**
 * Masks the display names that are entries of an NDR's recipient list,
 * and the text of HTML mailto links, counting and remembering each name.
 * `isRole(local)` reports whether a local part is a role address's, whose
 * name is kept. Addresses are left for the address masking, and so is an
 * entry that `isLocalPart(entry)` reports as the local part of an address
 * in the text (GroupWise's "bob (user not found)" beside "To: bob@..."),
 * which is masked with that address's token rather than as a name.
 */
export function maskRecipientLists(lines, state, isRole, isLocalPart = () => false) {
  const out = [];
  let left = 0;
  let entryStart = false;
  for (const line of lines) {
    const linked = maskNotesUser(maskMailtoLinks(line, state, isRole), state);
    if (LIST_HEADINGS.some((h) => h.test(line))) {
      out.push(linked);
      left = MAX_LIST_LINES;
      entryStart = true;
      continue;
    }
    if (left > 0 && LIST_ENDS.test(line)) left = 0;
    if (left > 0) {
      left--;
      const masked = entryStart ? maskEntry(linked, state, isLocalPart) : null;
      out.push(masked ?? linked);
      // An entry starts a list, follows a blank line, or follows an
      // entry of the same form, as GroupWise lists them line by line.
      entryStart = !line.trim() || (masked !== null && REASON.test(line));
      continue;
    }
    out.push(linked);
  }
  return out;
}

// Masks the text of each mailto link in `line` unless it is an address
// or the link goes to a role address.
function maskMailtoLinks(line, state, isRole) {
  return line.replace(MAILTO_LINK, (whole, open, text, close) => {
    const address = /mailto:([^"'?>]+)/i.exec(open)[1].replace(/^3D/, "");
    if (isRole(address.split("@")[0]) || text.includes("@") || !text.trim()) return whole;
    return `${open}${maskName(state, text.trim())}${close}`;
  });
}

// Masks the user name of Domino's "User ... (address) not listed".
function maskNotesUser(line, state) {
  return line.replace(NOTES_USER, (whole, lead, name, rest) => {
    if (name.includes("@")) return whole;
    return `${lead}${maskName(state, name)}${rest}`;
  });
}

// Masks the name that an entry line starts with, or returns null when the
// line is not a name entry or its entry is a known local part.
function maskEntry(line, state, isLocalPart) {
  const indent = /^\s*/.exec(line)[0];
  const body = line.slice(indent.length).trimEnd();
  if (!body) return null;
  let suffix = "";
  for (const form of [ON_DATE, MAILTO, REASON, NOTES_HIERARCHY]) {
    const match = form.exec(body);
    if (match && match.index > 0) {
      suffix = body.slice(match.index);
      break;
    }
  }
  const name = body.slice(0, body.length - suffix.length).trimEnd();
  const quoted = /^(['"])(.+)\1$/.exec(name);
  // A name written as an address is masked as an address.
  if (name.includes("@") || isLocalPart(name)) return null;
  if (!(quoted ? quoted[2].trim() : isListedName(name, suffix !== ""))) return null;
  const gap = body.slice(name.length, body.length - suffix.length);
  const token = quoted ? `${quoted[1]}${maskName(state, quoted[2])}${quoted[1]}` : maskName(state, name);
  return `${indent}${token}${gap}${suffix}`;
}

// Reports whether `text` reads as a person's name: one to six words of
// letters, each a name part, a particle or an initial, with "Doe, John"
// commas. A name alone on its line must be capitalised. A name with an
// entry's suffix may be a lowercase user name ("rmiller (user not found)").
function isListedName(text, marked) {
  // A quoted-printable part writes a letter outside ASCII as "=E9", so
  // each such escape is read as one letter ("Am=E9lie").
  const plain = text.replace(/^CN=/i, "").replace(/=[0-9A-F]{2}/g, "e");
  const words = plain.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6) return false;
  const fits = words.every((w) => {
    const bare = w.replace(/,$/, "");
    return INITIAL.test(bare) || PARTICLES.test(bare) || (/^\p{L}[\p{L}\p{M}'’.-]*$/u.test(bare) && isNamePart(bare));
  });
  return fits && (marked || words.some((w) => /^[\p{Lu}\p{Lo}]/u.test(w)));
}

function maskName(state, name) {
  state.counts.names++;
  rememberName(state, name);
  return "[name]";
}
