// Addresses that a syntax-error bounce quotes as the sender wrote them:
// "<bob@@example.net>", "<carol@example..net>", "<frank@example>",
// "<dave @example.net>", or a doubled "@" in a service's JSON. The
// address pattern takes none of them, yet each names a person, so the
// local part is masked all the same. The rest is kept as written, because
// it shows the helper what was wrong with the address.

// Text in angle brackets with an "@" in it: what comes before the first
// "@" (the local part, perhaps with a stray blank after it), then the rest.
// A local part with ":" or "/" is a link ("<mailto:user-1@example.org>"),
// whose address an earlier step reads.
const BRACKETED = /<([^<>\r\n@:/]*?)(\s*@[^<>\r\n]*)>/gu;
// A doubled "@" outside brackets ("erin@@example.com").
const DOUBLED_AT = /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]+)(@@+[\p{L}\p{N}.-]+)/gu;
// A user token that an earlier step wrote ("user-3").
const USER_TOKEN = /^user-\d+$/;

/**
 * Masks the local part of each malformed address in `line`.
 * `mask(local, rest)` returns the masked address, or null to keep it: the
 * caller keeps role local parts and addresses the address pattern already
 * masked, and masks an own domain in `rest`.
 */
export function maskMalformedAddresses(line, mask) {
  const replace = (whole, local, rest, open = "", close = "") => {
    const name = local.trim();
    if (!name || USER_TOKEN.test(name)) return whole;
    const masked = mask(name, rest);
    return masked === null ? whole : `${open}${masked}${close}`;
  };
  return line
    .replace(BRACKETED, (whole, local, rest) => replace(whole, local, rest, "<", ">"))
    .replace(DOUBLED_AT, (whole, local, rest) => replace(whole, local, rest));
}
