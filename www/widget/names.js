// People's names in a bounce: the display name written before a bracketed
// address in running text, and every later use of a masked name, whole
// ("Dear Bob Smith") or by one of its parts ("Hi Bob", "hi Smith").

import { COMMON_WORDS, ORGANISATION_NAME_WORDS } from "./common-words.js";
import { decodeEncodedWords } from "./encoded-words.js";
import { phraseMatcher } from "./phrase-set.js";

// Maximum number of characters before an address searched for a name, so
// a long line with many addresses costs linear time.
const NAME_SEARCH_CHARS = 200;
// Protocol words that can stand before an address in capitals.
const NOT_NAMES = /^(?:RCPT|MAIL|FROM|TO|E?SMTPS?A?|LMTPS?A?|ID|DSN|NDR|RFC|MX)$/;
// Lowercase particles inside a name ("Jan van der Berg").
export const PARTICLES = /^(?:van|von|der|den|de|del|della|di|da|du|le|la|bin|ibn|al)$/;
// The words before an address: a quoted name, or words of letters ("Dr.",
// "O'Neil", "Jean-Luc", "山田太郎") separated by blanks and the comma of
// Outlook's "Doe, John" form. Words with digits or inner dots never match,
// so host names and IP addresses stay.
const WORD = "\\p{L}[\\p{L}\\p{M}'’-]*\\.?";
const WORDS_BEFORE_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}.@'’-])("[^"\\r\\n]+"|${WORD}(?:,?[ \\t]+${WORD})*)[ \\t]*$`,
  "u",
);
const CAPITALISED = /^[\p{Lu}\p{Lo}]/u;
// A match must not be a piece of an address, a host name, a longer word
// ("kijitora-notification") or a "[name]" token already written.
const NOT_AFTER_CLASS = "[\\p{L}\\p{M}\\p{N}._%+@\\[-]";
const NOT_AFTER = `(?<!${NOT_AFTER_CLASS})`;
const NOT_BEFORE = "(?![\\p{L}\\p{M}\\p{N}_%+@\\]]|[.-][\\p{L}\\p{N}])";
const NOT_BEFORE_RE = new RegExp(`^${NOT_BEFORE}`, "u");
// A word of the text, with the apostrophes and hyphens inside it.
const WORD_IN_TEXT = new RegExp(`${NOT_AFTER}[\\p{L}\\p{M}]+(?:['’-][\\p{L}\\p{M}]+)*`, "gu");
// Parts of two letters ("Jo", "Li") match only as written, because in
// other cases they are often words or HTML tags ("<li>").
const MIN_CASELESS_PART = 3;

/**
 * Reports whether `word` can be a part of a person's name: two letters
 * or more, and neither it nor a piece of it between hyphens is a common
 * word of bounce text.
 */
export function isNamePart(word) {
  const bare = word.replace(/[.,]+$/, "").toLowerCase();
  if ((bare.match(/\p{L}/gu) ?? []).length < 2 || !/^[\p{L}\p{M}'’-]+$/u.test(bare)) return false;
  return ![bare, ...bare.split("-")].some((piece) => COMMON_WORDS.has(piece));
}

/**
 * Masks the display names written before a bracketed address in running
 * text, as Exchange's NDR body does ("Dr. Carol Jones (carol@...)"), and
 * remembers them. `addresses` is the pattern of a bracketed address whose
 * first group is the local part. Names of role addresses are kept.
 */
export function maskBodyNames(line, state, addresses, isRole) {
  let out = "";
  let done = 0;
  for (const m of line.matchAll(addresses)) {
    if (isRole(m[1])) continue;
    const from = Math.max(done, m.index - NAME_SEARCH_CHARS);
    const run = WORDS_BEFORE_ADDRESS.exec(line.slice(from, m.index));
    if (!run) continue;
    const name = nameAtEnd(run[1], m[1]);
    if (!name) continue;
    const start = from + run.index + name.offset;
    state.counts.names++;
    rememberName(state, name.text);
    out += line.slice(done, start) + "[name]";
    done = start + name.text.length;
  }
  return out + line.slice(done);
}

// Returns the name that ends `run`, as { text, offset }, or null. Walking
// back from the address, it takes capitalised words other than protocol
// words, particles, and lowercase words that are not common words. A name
// written all in lowercase needs two words ("bob smith"), or one word
// found in the address's local part, so that a lone word of the reply
// ("unknown <bob@...>") is not taken.
function nameAtEnd(run, local) {
  if (run.startsWith('"')) return { text: run, offset: 0 };
  const words = [...run.matchAll(/[^ \t,]+/g)];
  let first = words.length;
  while (first > 0) {
    const word = words[first - 1][0];
    const fits = CAPITALISED.test(word) ? !NOT_NAMES.test(word) : PARTICLES.test(word) || isNamePart(word);
    if (!fits) break;
    first--;
  }
  while (first < words.length && PARTICLES.test(words[first][0])) first++;
  const nameWords = words.slice(first).map((w) => w[0]);
  if (!nameWords.length) return null;
  if (!nameWords.some((w) => CAPITALISED.test(w))) {
    const inLocal = nameWords.length === 1 && local.toLowerCase().includes(nameWords[0].replace(/\.$/, "").toLowerCase());
    if (nameWords.length < 2 && !inLocal) return null;
  }
  const offset = words[first].index;
  return { text: run.slice(offset), offset };
}

/**
 * Remembers a masked display name ("John Smith", a quoted "Doe, John" as
 * its pieces) and its parts, so that the name is masked where the text
 * repeats it: "Your message to John Smith couldn't be delivered.", "Hi
 * John". A name written as RFC 2047 encoded words is remembered as
 * written and decoded, because the text repeats it in either form.
 */
export function rememberName(state, raw) {
  const decoded = decodeEncodedWords(raw);
  if (decoded !== raw) rememberName(state, decoded);
  for (const piece of raw.replace(/"/g, "").split(",")) {
    // Outlook quotes a name in apostrophes ('Jane Doe'), which are no
    // part of the name's first and last word.
    const name = piece.trim().replace(/^'+|'+$/g, "").trim();
    const words = name.split(/\s+/).filter(Boolean);
    const organisation = words.some((w) => ORGANISATION_NAME_WORDS.has(w.toLowerCase()));
    const parts = organisation
      ? []
      : words.flatMap((w) => [w, ...(w.includes("-") ? w.split("-") : [])]).filter(isNamePart);
    // Short or lowercase names match ordinary words, unless they have two
    // words or more and every word is a name part.
    const named = /\p{Lu}|\p{Lo}/u.test(name) || (words.length > 1 && words.every(isNamePart));
    if (name.length >= 3 && named) state.names.add(name);
    for (const part of parts) {
      const bare = part.replace(/[.,]+$/, "");
      if (bare.length >= MIN_CASELESS_PART) state.nameParts.add(bare.toLowerCase());
      else state.shortNameParts.add(bare);
    }
  }
}

/**
 * Returns a function that masks every remembered name in a line, as words
 * of their own and in any case, with any run of blanks between its words.
 * The names are looked up as a sorted set, so the cost per line does not
 * grow with the number of names.
 */
export function nameMasker(state) {
  const match = phraseMatcher(state.names, { notAfter: NOT_AFTER_CLASS, notBefore: NOT_BEFORE });
  return match ? (line) => match(line, () => maskName(state)) : (line) => line;
}

function maskName(state) {
  state.counts.names++;
  return "[name]";
}

/**
 * Masks each word of `line` that is a remembered name part: parts of
 * three letters or more in any case, shorter parts as written, and either
 * with a possessive "'s" ("Alice's"). Words are looked up in a set, so
 * the cost does not grow with the number of names.
 */
export function maskNameParts(line, state) {
  if (!state.nameParts.size && !state.shortNameParts.size) return line;
  return line.replace(WORD_IN_TEXT, (word, offset) => {
    if (!NOT_BEFORE_RE.test(line.slice(offset + word.length, offset + word.length + 2))) return word;
    const possessive = /['’]s$/u.exec(word)?.[0] ?? "";
    const stem = word.slice(0, word.length - possessive.length);
    const known = stem.length >= MIN_CASELESS_PART ? state.nameParts.has(stem.toLowerCase()) : state.shortNameParts.has(stem);
    return known ? `${maskName(state)}${possessive}` : word;
  });
}
