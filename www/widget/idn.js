// Internationalised domain names (IDNA, RFC 5890): one host written with
// U-labels ("bücher.example") or with A-labels ("xn--bcher-kva.example")
// is the same host. Names are compared in their A-label form, which the
// WHATWG URL parser computes (UTS #46 mapping, then Punycode per RFC
// 3492), so no IDNA table ships with the widget.

/**
 * Converts a host name to lowercase A-labels ("mail.xn--bcher-kva.example"
 * for "mail.Bücher.example"), without a trailing root dot. Returns the
 * name lowercased when it is ASCII, and null when the URL parser rejects
 * it (a forbidden code point, an A-label that is not valid Punycode).
 */
export function toAsciiHost(host) {
  const name = String(host).replace(/\.$/, "");
  // ASCII without an A-label needs no conversion, and most hosts are.
  if (/^[\x00-\x7f]*$/.test(name) && !/(?:^|\.)xn--/i.test(name)) return name.toLowerCase();
  // Only a name made of label characters and dots goes to the parser, so
  // a "/", "@" or ":" cannot make it read a path, user or port.
  if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(name)) return null;
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return null;
  }
}

/** True when `host` is one of `domains` (A-labels) or a subdomain of one. */
export function isUnderAsciiDomains(host, domains) {
  const ascii = toAsciiHost(host);
  if (!ascii) return false;
  return domains.some((d) => ascii === d || ascii.endsWith(`.${d}`));
}

// A top-level domain written in a text: ASCII letters ("net") or an IDN
// TLD's letters ("рф", "みんな"), never a mix of both. The split matters in
// Chinese and Japanese text, which puts no blank between an address and
// the next word: "bob@example.netに" ends at "net".
export const TOP_LEVEL_DOMAIN = "(?:[A-Za-z]{2,}|[^\\P{L}A-Za-z](?:(?![A-Za-z])[\\p{L}\\p{M}])+)";
