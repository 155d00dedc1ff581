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
// Words of Chinese, Japanese or Korean text before an ASCII local part,
// as in "宛先bob@example.net". These scripts put no blank between words,
// so the address pattern takes the words into the local part. Elsewhere
// the text writes only the ASCII rest ("bob") alone.
const CJK_WORDS_BEFORE_ASCII =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+(?=[A-Za-z0-9])/u;

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

/**
 * Returns a function `(line, replace) => string` that replaces each of
 * the local parts written as a word of its own: not inside a longer word,
 * an address or a host name. `replace` gets the lowercased local part.
 * Returns null when there are none.
 */
export function standaloneMasker(locals) {
  return phraseMatcher(locals.keys(), {
    notAfter: "[\\p{L}\\p{M}\\p{N}._%+@-]",
    notBefore: "(?![\\p{L}\\p{M}\\p{N}_%+@-]|[.-][\\p{L}\\p{N}])",
  });
}
