// The tokens that stand for masked values: "user-1" for a local part,
// "host-1.example" for a domain, "[message-id-1]" and the like for the
// rest. The same value always gets the same token within one redaction.

import { toAsciiHost } from "./idn.js";

// The parts that a list manager adds to a list's name for the list's
// owner, request and bounce addresses ("sales-owner@", "owner-sales@",
// "sales-bounces+alice=example.com@"). They name a function, and the
// explainer uses them to distinguish a list's notice from a person's reply.
const LIST_ROLE_LOCAL_PART = /^(owner-)?(.+?)(-owner|-request|-bounces|-admin)?(?:\+.*)?$/i;

// Returns a stable token per distinct value, so a reader can still tell
// that two masked addresses are the same address. Values are compared in
// Unicode's composed form (NFC), because a paste may write "é" or a
// Hangul syllable decomposed, as text copied from macOS often does.
export function token(state, kind, value) {
  const key = `${kind}:${normalise(kind, value.normalize("NFC")).toLowerCase()}`;
  if (!state.tokens.has(key)) state.tokens.set(key, formatToken(kind, ++state.next[kind]));
  return state.tokens.get(key);
}

// Returns the form of a value under which its token is stored: an
// address with xtext and RFC 6533 escapes decoded, a host in A-labels, so
// that each form of one address or host gets one token.
function normalise(kind, value) {
  if (kind === "user") {
    const address = decodeXtext(decodeUtf8Escapes(value));
    const at = address.lastIndexOf("@");
    if (at < 0) return address;
    return `${address.slice(0, at)}@${toAsciiHost(address.slice(at + 1)) ?? address.slice(at + 1)}`;
  }
  if (kind === "host") return toAsciiHost(decodeUtf8Escapes(value)) ?? value;
  return value;
}

// Writes the token of the n-th value of a kind. User and host tokens are
// a valid local part and a valid domain ("user-2@example.net",
// "user-1@host-1.example"), so the explainer still reads a masked address
// as an address and gives the redacted bounce the same recipients and
// causes. "example" is a top-level domain reserved for documentation
// (RFC 2606, section 2), so a host token names no real host.
function formatToken(kind, n) {
  if (kind === "user") return `user-${n}`;
  if (kind === "host") return `host-${n}.example`;
  return `[${kind}-${n}]`;
}

// Returns the user token for a local part, keeping a list role's prefix
// or suffix around it ("user-1-owner") and dropping a "+" tag, which may
// name the recipient.
export function listRoleToken(state, local, domain) {
  const whole = token(state, "user", `${local}@${domain}`);
  const [, prefix = "", , suffix = ""] = LIST_ROLE_LOCAL_PART.exec(local) ?? [];
  return `${prefix.toLowerCase()}${whole}${suffix.toLowerCase()}`;
}

export function hostToken(state, host) {
  state.counts.hosts++;
  return token(state, "host", host);
}

/**
 * Decodes RFC 6533's `\x{HEX}` escapes ("j\x{FC}rgen" for "jürgen"), in
 * which a DSN's `utf-8` address type writes non-ASCII characters. An
 * escape that names no Unicode scalar value (a surrogate, a value above
 * U+10FFFF) stays as written.
 */
export function decodeUtf8Escapes(value) {
  return value.replace(/\\x\{([0-9A-Fa-f]{1,6})\}/g, (escape, hex) => {
    const code = parseInt(hex, 16);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return escape;
    return String.fromCodePoint(code);
  });
}

// Decodes RFC 3461 xtext, in which a DSN's Original-Recipient writes "+" as
// "+2B" ("bob+2Bnews@example.net" for "bob+news@example.net"), so both
// forms of one address get one token and still read as the same address.
function decodeXtext(value) {
  return value.replace(/\+([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}
