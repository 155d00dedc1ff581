// Personal data inside links, as unsubscribe and tracking links carry it:
// query parameters that name a person ("?name=Bob%20Smith",
// "&first_name=Bob") and addresses written in base64 in a path segment
// or a query value ("/u/Ym9iQGV4YW1wbGUubmV0"). Parameters that hold an
// address in plain or percent-encoded form are left to the address
// scan, so the address keeps its token and its domain. The rest of a
// link (host, path, codes, an IP to quote) stays as written.

import { DECODED_EMAIL } from "./encoded-addresses.js";

// A link as it appears in text: up to the first blank, quote or bracket
// that ends it in running text or in "<...>".
const LINK = /\b(?:https?|ftp):\/\/[^\s<>"'`()[\]{}]+/gi;
// A parameter in a query or a path ("?a=1&b=2", ";a=1"): its separator,
// its name and its value.
const PARAMETER = /([?&;])([A-Za-z][A-Za-z0-9_.-]*)=([^&;#]*)/g;
// Parameter names that name a person, compared in lower case without
// "_", "-" or ".", so "first_name", "firstName" and "first-name" match.
const PERSON_PARAMETERS = new Set([
  "name", "fname", "lname", "firstname", "lastname", "givenname", "familyname", "surname",
  "fullname", "displayname", "realname", "email", "mail", "emailaddress", "address", "addr",
  "user", "username", "login", "recipient", "rcpt", "to", "from", "sender", "contact", "subscriber",
]);
// A run of base64 or base64url characters, with "+", "/" and "=" also
// percent-encoded as a query value writes them. Shorter runs cannot
// hold an address with a domain of two labels and are not decoded.
const BASE64_RUN = /(?:[A-Za-z0-9_+-]|%2[BbFf]){12,}(?:=|%3[Dd]){0,2}/g;

/**
 * Masks personal data in the links of `line`: `maskName()` replaces a
 * person-naming parameter's value, and `maskAddress(local, domain)` each
 * address found in a base64 run, which is written as
 * "[base64: masked address]".
 */
export function maskLinks(line, maskName, maskAddress) {
  if (!line.includes("://")) return line;
  return line.replace(LINK, (link) =>
    link
      .replace(PARAMETER, (whole, separator, name, value) => {
        if (!value || !isPersonParameter(name) || percentDecode(value).includes("@")) return whole;
        return `${separator}${name}=${maskName()}`;
      })
      .replace(BASE64_RUN, (run) => {
        const found = base64Addresses(run);
        if (!found.length) return run;
        return `[base64: ${found.map((a) => maskAddress(a.local, a.domain)).join(" ")}]`;
      }),
  );
}

/** Returns the addresses written in base64 in the links of `line`, each as `{ local, domain }`. */
export function linkAddresses(line) {
  if (!line.includes("://")) return [];
  return [...line.matchAll(LINK)].flatMap((link) => [...link[0].matchAll(BASE64_RUN)].flatMap((run) => base64Addresses(run[0])));
}

function isPersonParameter(name) {
  return PERSON_PARAMETERS.has(name.toLowerCase().replace(/[_.-]/g, ""));
}

// Decodes percent-encoding of ASCII characters only, which is enough to
// see an "@". Three layers is an estimate of the most a link carries.
function percentDecode(value) {
  let text = value;
  for (let pass = 0; pass < 3 && text.includes("%"); pass++) {
    text = text.replace(/%([0-7][0-9A-Fa-f])/g, (whole, hex) => String.fromCharCode(parseInt(hex, 16)));
  }
  return text;
}

// The addresses in a base64 run, decoded as UTF-8. A run that is not
// valid base64 contains none.
function base64Addresses(run) {
  const plain = percentDecode(run).replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/");
  if (plain.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(plain)) return [];
  let bytes;
  try {
    bytes = atob(plain);
  } catch {
    return [];
  }
  if (!bytes.includes("@")) return [];
  const text = new TextDecoder().decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
  return [...text.matchAll(DECODED_EMAIL)].map((m) => ({ local: m[1], domain: m[2] }));
}
