// Header values that carry a person's name or address, whatever the
// header's name. Mail programs and relays add many such headers
// (X-Sender, X-Google-Original-From, X-Original-Sender). They write a
// name or an address with non-ASCII characters as RFC 2047 encoded words,
// which anyone can decode, and a Q-encoded name is readable as written.

import { decodeEncodedWords, replaceEncodedWordRuns } from "./encoded-words.js";
import { isNamePart, PARTICLES, rememberName } from "./names.js";

// One mailbox: an address in angle brackets after an optional display
// name, or a bare address with an optional comment ("jo@example.org (Jo)").
const MAILBOX =
  /^\s*(?:(?:"(?:[^"\\]|\\.)*"|[^<>@",;:()]*)\s*<[^<>\s@]+@[^<>\s@]+>|[^\s<>@",;:()]+@[^\s<>@",;()]+(?:\s*\([^()]*\))?)\s*$/;
// A word of a personal name as a header writes it: letters, with
// apostrophes, hyphens and a final period ("O'Brien", "Jean-Luc", "Jr.").
const NAME_WORD = /^[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’-]*\.?$/u;
// The most words taken for a name, an estimate: display names rarely
// have more, and the bound keeps short sentences from reading as a name.
const MAX_NAME_WORDS = 5;

/**
 * Reports whether a header value, with its encoded words decoded, is a
 * list of mailboxes, so that it is masked as an address header is.
 */
export function carriesMailboxes(value) {
  const decoded = decodeEncodedWords(value).trim();
  return decoded.includes("@") && decoded.split(",").every((part) => MAILBOX.test(part));
}

/**
 * Masks the encoded words of a header value by what they decode to. A
 * run that contains an address is decoded, so that the address masking
 * finds the address. A run that reads as a person's name becomes
 * "[name]" and is remembered. Other runs stay as written.
 */
export function maskEncodedNamesAndAddresses(value, state) {
  return replaceEncodedWordRuns(value, (written, decoded) => {
    if (decoded === written) return written;
    if (/[^\s@]@[^\s@]+\.[^\s@]/.test(decoded)) return decoded;
    if (!isPersonalName(decoded)) return written;
    state.counts.names++;
    rememberName(state, decoded);
    return "[name]";
  });
}

// True for one to MAX_NAME_WORDS capitalised words, or name particles
// ("van", "de"), at least one of which is not a common word of bounce
// text.
function isPersonalName(text) {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  if (!words.every((word) => NAME_WORD.test(word) || PARTICLES.test(word))) return false;
  return words.some(isNamePart);
}
