// The local part of a masked address written alone, as Microsoft 365's
// NDR does ("jsmith wasn't found at example.net.", and "jsmith" in its
// sender / Office 365 / recipient row). Left as it is, it gives the
// masked address back.

import { phraseMatcher } from "./phrase-set.js";

// Local parts that are role names or ordinary words, which the text uses
// in their own sense ("contact your email admin"). Shorter local parts
// are skipped too, as they match too many words.
const COMMON_LOCAL_PARTS = new Set([
  "abuse", "account", "accounts", "admin", "administrator", "all", "billing", "bounce", "bounces",
  "contact", "help", "hello", "info", "jobs", "mail", "mailer-daemon", "marketing", "news",
  "newsletter", "noreply", "no-reply", "office", "orders", "postmaster", "recipient", "root",
  "sales", "security", "sender", "service", "staff", "support", "team", "test", "user", "users",
  "webmaster",
]);
const MIN_LENGTH = 3;
// A letter of Chinese, Japanese or Korean text. These scripts put no
// blank between words, so such a letter next to an ASCII local part
// marks a word boundary, as in "找不到bob。" or "bob을(를)".
const CJK_LETTER = "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}ー]";
// Words of such text before an ASCII local part, as in "宛先bob@example.net",
// which the address pattern takes into the local part.
const CJK_WORDS_BEFORE_ASCII = new RegExp(`^${CJK_LETTER}+(?=[A-Za-z0-9])`, "u");

/**
 * Splits the Chinese, Japanese or Korean words off the front of a local
 * part that the address pattern read out of running text. `before` is the
 * character before the match, if any. Returns [words, local part], with
 * empty words when the match follows an ASCII character (a blank, "<",
 * ":" or ";"), because a match that starts a field is an address whole.
 */
export function splitLeadingWords(local, before = "") {
  if (before && before < "\x80") return ["", local];
  // NOTE: a local part that mixes scripts ("李lee") and follows a CJK
  // character or starts a line loses only its ASCII rest, so "李" stays.
  const words = CJK_WORDS_BEFORE_ASCII.exec(local)?.[0] ?? "";
  return [words, local.slice(words.length)];
}

/**
 * Returns the local parts worth masking where they stand alone: those of
 * `addresses` (pairs of local part and domain) that are long enough and
 * not common words, mapped to the address each belongs to. A local part
 * that starts with Chinese, Japanese or Korean words also gives its ASCII
 * rest.
 */
export function standaloneLocalParts(addresses) {
  const found = new Map();
  for (const [local, domain] of addresses) {
    const address = `${local}@${domain.toLowerCase()}`;
    const tail = local.replace(CJK_WORDS_BEFORE_ASCII, "");
    for (const form of tail === local ? [local] : [local, tail]) {
      const key = form.toLowerCase();
      if (form.startsWith('"') || key.length < MIN_LENGTH || COMMON_LOCAL_PARTS.has(key)) continue;
      if (!found.has(key)) found.set(key, address);
    }
  }
  return found;
}

// The character before a local part written alone may not continue a
// word, an address or a host name, and neither may the text after it. A
// CJK letter starts or ends a word where it meets an ASCII local part.
const NOT_AFTER = `(?:(?!${CJK_LETTER})[\\p{L}\\p{M}\\p{N}._%+@-]|${CJK_LETTER}(?![A-Za-z0-9]))`;
const NOT_BEFORE = `(?!(?!(?<=[A-Za-z0-9])${CJK_LETTER})[\\p{L}\\p{M}\\p{N}_%+@-]|[.-][\\p{L}\\p{N}])`;

/**
 * Returns a function `(line, replace) => string` that replaces each of
 * the local parts written as a word of its own: not inside a longer word,
 * an address or a host name. `replace` gets the lowercased local part.
 * Returns null when there are none.
 */
export function standaloneMasker(locals) {
  return phraseMatcher(locals.keys(), {
    notAfter: NOT_AFTER,
    notBefore: NOT_BEFORE,
  });
}
