// The start of an address or host in a run of text that mixes scripts.
// Chinese, Japanese, Korean and Thai put no blank between words, and NDRs
// in Arabic or Hebrew may run a word into an address too, so the address
// pattern of redact.js takes those words into the local part
// ("收件人用户josé@example.com"). The explainer reads such a run with the
// rule below. Unless a delimiter comes before the run, the redaction
// splits it the same way, so its token covers the local part that the
// explainer reads and the words stay.

import { isUnderAsciiDomains, toAsciiHost } from "./idn.js";
import { decodeUtf8Escapes } from "./tokens.js";

// The explainer's two kinds of local part (ADDRESS in
// src/extract/section.rs): letters of cased scripts (Latin, Greek,
// Cyrillic, with their combining marks) and symbols, or letters of the
// caseless scripts below with digits and "._%+-". One local part never
// mixes the two kinds, so where they meet, a word ends.
const CASELESS_RANGES =
  "\\u0590-\\u05FF\\u0600-\\u06FF\\u0900-\\u097F\\u0E00-\\u0E7F\\u1100-\\u11FF\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF";
const CASED_LOCAL_CHAR =
  /^[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u0370-\u03FF\u0400-\u052F\u1AB0-\u1AFF\u1DC0-\u1DFF\u1E00-\u1EFF\u20D0-\u20FF\uFE20-\uFE2F\uFFFD._%+\-=!#$&'*?^`{}~]$/u;
const CASELESS_LOCAL_CHAR = new RegExp(`^[${CASELESS_RANGES}0-9._%+\\-]$`, "u");

/**
 * A letter of a caseless script (Hebrew, Arabic, Devanagari, Thai,
 * Hangul, Kana, Han, the Han extensions outside the ranges above
 * included), as a regular expression source for the "u" flag. Next to a
 * Latin letter it marks a word boundary.
 */
export const CASELESS_LETTER = `[${CASELESS_RANGES}\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}]`;
const ENDS_WITH_CASELESS_LETTER = new RegExp(`${CASELESS_LETTER}$`, "u");

// Characters after which a run is an address whole, as after an ASCII
// blank, "<" or ":": whitespace (the ideographic space U+3000 included),
// opening brackets and quotes, and the fullwidth colon, semicolon and
// less-than sign. After other punctuation ("。", or a "，" or "、" that
// follows no address) the run is read as text that may end in an address.
const DELIMITER = /^[\x00-\x7f\s\p{Ps}\p{Pi}：；＜]$/u;
// The ideographic and fullwidth commas, which separate the entries of a
// list in Chinese and Japanese text ("张三bob@example.net、李四kim@...").
// After an address they start the next entry, as a delimiter does.
const LIST_COMMA = /^[、，]$/u;
// The text allowed between an address and the list comma after it: none,
// or the closing bracket or quote around the address.
const ADDRESS_CLOSE = /^[\p{Pe}\p{Pf}>＞]?$/u;

/**
 * Splits the words of a caseless script off the front of `run`, a local
 * part as the address pattern read it, where the explainer would start
 * the address after them: "用户" and "josé" in "用户josé", "ถึง" and
 * "somchai" in "ถึงsomchai". Returns [words, local part]. The words are
 * empty when the explainer reads the run whole ("张伟88", a quoted local
 * part). They are also empty when they end in a cased letter ("lee李"),
 * because a Latin or Cyrillic word run into a name may be part of it.
 */
export function splitAtScriptChange(run) {
  const start = Math.min(suffixStart(run, CASED_LOCAL_CHAR), suffixStart(run, CASELESS_LOCAL_CHAR));
  const words = run.slice(0, start);
  if (start === run.length || !ENDS_WITH_CASELESS_LETTER.test(words)) return ["", run];
  return [words, run.slice(start)];
}

// Returns where the longest end of `run` whose characters all match
// `char` starts. It walks back once, because a pattern anchored at the
// end would retry the whole run from each start, in quadratic time.
function suffixStart(run, char) {
  let start = run.length;
  while (start > 0) {
    const before = /[\uDC00-\uDFFF]/.test(run[start - 1]) && start > 1 ? 2 : 1;
    if (!char.test(run.slice(start - before, start))) break;
    start -= before;
  }
  return start;
}

/**
 * Splits the words of running text off the front of a local part that
 * the address pattern read out of a line, with splitAtScriptChange.
 * `before` is the character before the match, if any. After a delimiter
 * (a blank, "<", ":", or their fullwidth and CJK forms such as "：" and
 * "「") the match starts a field or a bracket, and the run is an address
 * whole. Returns [words, local part].
 */
export function splitLeadingWords(run, before = "") {
  if (before && DELIMITER.test(before)) return ["", run];
  return splitAtScriptChange(run);
}

/**
 * Splits the words of running text off the front of the local part of
 * the address that starts at `offset` in `line`, with splitLeadingWords.
 * `previousEnd` is where the address before it on the line ends, or -1.
 * A list comma right after that address starts a new entry, so the run
 * after it is an address whole, as after a delimiter. Returns [words,
 * local part].
 */
export function splitListedAddress(line, offset, run, previousEnd) {
  const before = line[offset - 1] ?? "";
  const listed = previousEnd >= 0 && LIST_COMMA.test(before) && ADDRESS_CLOSE.test(line.slice(previousEnd, offset - 1));
  return listed ? ["", run] : splitLeadingWords(run, before);
}

// Maximum length of a DNS label in octets (RFC 1035, section 2.3.4). A
// U-label has at most as many characters as its A-label has octets.
const MAX_LABEL_LENGTH = 63;

/**
 * Finds a host under `own` (domains in A-labels) in `host`, a host name
 * as UNICODE_HOST in redact.js read it. In text without blanks that name
 * also takes the words before the host into its first label: "服务器" in
 * "服务器mail.例子.中国", "发送到" in "发送到例子.中国". `after` is the
 * character after `host` in the text, if any. Returns [words, own host],
 * where the caller keeps the words and masks the rest of `host`, or null
 * when no end of `host` is an own host.
 */
export function splitOwnHost(host, own, after = "") {
  const dot = host.indexOf(".");
  if (isUnderAsciiDomains(decodeUtf8Escapes(host), own)) {
    const [words] = splitAtScriptChange(host.slice(0, dot));
    return [words, host.slice(words.length)];
  }
  // An own domain of Chinese, Japanese or Korean letters has no script
  // change to mark its start, so each start after such a letter is tried.
  // Words run into the host on both sides only in running text. A host
  // written alone ("from た例え.jp (") is one name, so its whole first
  // label is masked rather than the part that matches.
  // NOTE: in running text a different domain is still masked in part:
  // "大例子.中国失败" gives "大host-1.example失败" for 例子.中国.
  if (!own.some((d) => d.includes("xn--"))) return null;
  const inText = ENDS_WITH_CASELESS_LETTER.test(after);
  for (let i = Math.max(1, dot - MAX_LABEL_LENGTH); i < dot; i++) {
    if (!ENDS_WITH_CASELESS_LETTER.test(host.slice(0, i))) continue;
    const rest = host.slice(i);
    if (own.includes(toAsciiHost(decodeUtf8Escapes(rest)))) return [inText ? host.slice(0, i) : "", rest];
  }
  return null;
}
