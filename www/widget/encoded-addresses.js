// Email addresses written in an encoded form: percent-encoded in a link
// ("jo%40example.org", or "jo%2540example.org" when a link was encoded
// twice), as HTML character references ("jo&#64;example.org",
// "jo&commat;example&period;org"), or a mixture of both. Such text is
// decoded only to find the address. The caller masks the encoded span
// in the original text, so the rest of a link stays as it was written.

import { TOP_LEVEL_DOMAIN } from "./idn.js";

// Characters that cannot occur inside an encoded address as a link or
// an HTML part writes it, so a run between them is decoded on its own.
const RUN = /[^\s<>"()[\],]+/g;
// A decoded address. The local part leaves out the characters a query
// string uses as separators (= ? & / # %), so "?to=jo@example.org" gives
// "jo", the local part the plain address also has.
export const DECODED_EMAIL = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}.!$'*+^_\`{|}~-])([\\p{L}\\p{M}\\p{N}.!$'*+^_\`{|}~-]+)@((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?\\.)+${TOP_LEVEL_DOMAIN})`,
  "gu",
);
// Named character references (HTML Living Standard, "Named character
// references", https://html.spec.whatwg.org/dev/named-characters.html,
// checked 2026-12-04) for the ASCII characters an address or a link
// contains. "&hyphen;" and "&tilde;" are not here: they name U+2010 and
// U+02DC, not "-" and "~".
const NAMED = new Map(Object.entries({
  commat: "@", period: ".", lowbar: "_", plus: "+", amp: "&", percnt: "%",
  num: "#", semi: ";", equals: "=", quest: "?", excl: "!", apos: "'", quot: '"',
  lt: "<", gt: ">", colon: ":", sol: "/", dollar: "$", ast: "*", verbar: "|",
}));
// Each decoding pass removes one layer of encoding. Six layers is an
// estimate of the most a real link carries, and the bound keeps the
// work linear.
const MAX_PASSES = 6;

/**
 * Returns the encoded addresses in `line`, each as `{ start, end, local,
 * domain, at }`: the span in `line`, the decoded local part and domain,
 * and the text that stands for "@" as written ("%2540", "&#x40;").
 * Addresses written plainly are left to the ordinary scan.
 */
export function findEncodedAddresses(line) {
  const found = [];
  for (const run of line.matchAll(RUN)) {
    if (!/[%&]/.test(run[0])) continue;
    const { text, start, end } = decodeFully(run[0]);
    for (const m of text.matchAll(DECODED_EMAIL)) {
      const first = m.index;
      const last = m.index + m[0].length - 1;
      const at = m.index + m[1].length;
      const written = run[0].slice(start[first], end[last]);
      if (written === m[0]) continue;
      found.push({
        start: run.index + start[first],
        end: run.index + end[last],
        local: m[1],
        domain: m[2],
        at: run[0].slice(start[at], end[at]),
      });
    }
  }
  return found;
}

/**
 * Replaces each encoded address in `line` with `mask(address, written)`,
 * where `address` is as findEncodedAddresses returns it and `written`
 * is the span as it appears in the line.
 */
export function maskEncodedAddresses(line, mask) {
  if (!/[%&]/.test(line)) return line;
  let out = "";
  let done = 0;
  for (const address of findEncodedAddresses(line)) {
    out += line.slice(done, address.start) + mask(address, line.slice(address.start, address.end));
    done = address.end;
  }
  return out + line.slice(done);
}

// Decodes percent-encoding and character references until nothing
// changes. Returns the text and, for each of its UTF-16 units, the span
// [start[i], end[i]) of the input it came from.
function decodeFully(input) {
  let text = input;
  let start = [...Array(input.length).keys()];
  let end = start.map((i) => i + 1);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = decodeOnce(text);
    if (next.text === text) break;
    start = next.from.map((i) => start[i]);
    end = next.to.map((i) => end[i - 1]);
    text = next.text;
  }
  return { text, start, end };
}

// One layer of decoding. `from[i]` and `to[i]` are the span of `text`
// that output unit i came from.
function decodeOnce(text) {
  let out = "";
  const from = [];
  const to = [];
  for (let i = 0; i < text.length; ) {
    const unit = text[i] === "%" ? percentAt(text, i) : text[i] === "&" ? referenceAt(text, i) : null;
    const value = unit ? unit.value : text[i];
    const length = unit ? unit.length : 1;
    for (let k = 0; k < value.length; k++) {
      from.push(i);
      to.push(i + length);
    }
    out += value;
    i += length;
  }
  return { text: out, from, to };
}

function hexByte(text, i) {
  if (text[i] !== "%" || !/^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) return -1;
  return parseInt(text.slice(i + 1, i + 3), 16);
}

// A percent-encoded character at i: one byte below 0x80, or the bytes
// of one UTF-8 sequence. Returns null for a lone or malformed "%".
function percentAt(text, i) {
  const lead = hexByte(text, i);
  if (lead < 0) return null;
  if (lead < 0x80) return { value: String.fromCharCode(lead), length: 3 };
  const count = utf8Length(lead);
  if (!count) return null;
  let point = lead & (0xff >> (count + 1));
  for (let k = 1; k < count; k++) {
    const byte = hexByte(text, i + 3 * k);
    if (byte < 0x80 || byte > 0xbf) return null;
    point = (point << 6) | (byte & 0x3f);
  }
  const min = [0, 0, 0x80, 0x800, 0x10000][count];
  if (point < min || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return null;
  return { value: String.fromCodePoint(point), length: 3 * count };
}

// Returns the length of the UTF-8 sequence that `lead` starts, or 0 for
// a byte that cannot start one.
function utf8Length(lead) {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// A character reference at i: "&#64;", "&#x40;" (the semicolon may be
// left out, as browsers accept) or a named one from NAMED.
function referenceAt(text, i) {
  const numeric = /^&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}))(;?)/.exec(text.slice(i, i + 11));
  if (numeric) {
    const point = numeric[1] ? parseInt(numeric[1], 16) : parseInt(numeric[2], 10);
    if (point < 1 || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return null;
    return { value: String.fromCodePoint(point), length: numeric[0].length };
  }
  const named = /^&([A-Za-z]{2,7});/.exec(text.slice(i, i + 10));
  const value = named && NAMED.get(named[1]);
  return value ? { value, length: named[0].length } : null;
}
