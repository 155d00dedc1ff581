// The local part of a masked address written alone, as Microsoft 365's
// NDR does ("jsmith wasn't found at example.net.", and "jsmith" in its
// sender / Office 365 / recipient row). Left as it is, it gives the
// masked address back.

import { CASELESS_LETTER, splitAtScriptChange } from "./mixed-scripts.js";
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

/**
 * Returns the local parts worth masking where they stand alone: those of
 * `addresses` (pairs of local part and domain) that are long enough and
 * not common words, mapped to the address each belongs to. A local part
 * that starts with words of a caseless script ("李lee") also gives the
 * rest that the explainer reads as the local part ("lee").
 */
export function standaloneLocalParts(addresses) {
  const found = new Map();
  for (const [local, domain] of addresses) {
    const address = `${local}@${domain.toLowerCase()}`;
    const tail = splitAtScriptChange(local)[1];
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
// letter of a caseless script (Chinese, Japanese, Korean, Thai, Arabic,
// Hebrew) starts or ends a word where it meets an ASCII local part.
const NOT_AFTER = `(?:(?!${CASELESS_LETTER})[\\p{L}\\p{M}\\p{N}._%+@-]|${CASELESS_LETTER}(?![A-Za-z0-9]))`;
const NOT_BEFORE = `(?!(?!(?<=[A-Za-z0-9])${CASELESS_LETTER})[\\p{L}\\p{M}\\p{N}_%+@-]|[.-][\\p{L}\\p{N}])`;

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
