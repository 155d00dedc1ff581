// Received headers that name the person's own machine. The first hop of
// a message is the client that submitted it: a mail app on a laptop, a
// webmail session, a phone. Its part of the header ("from HELO (rDNS
// [IP])") names that machine, its home network and its address, which a
// help desk never needs. Hops between servers, and the "by" part of
// every header, name the servers a removal request may need, so they
// stay.

import { COMMON_WORDS } from "./common-words.js";

// Signs that the client authenticated or used webmail. RFC 3848 and RFC
// 6531 define the "with" types ESMTPA, ESMTPSA, LMTPA, LMTPSA, UTF8SMTPA
// and UTF8SMTPSA. Postfix writes "Authenticated sender:", Sendmail
// "authenticated bits=", Courier "AUTH: LOGIN" and SquirrelMail
// "SquirrelMail authenticated user jo". Webmail front ends such as
// Yahoo's write "with HTTP" or "via HTTP" (Microsoft 365's internal
// "with HTTPS" hops are servers, so HTTPS does not count).
export const AUTHENTICATED =
  /\bwith\s+(?:UTF8)?(?:E?SMTP|LMTP)S?A\b|\((?:authenticated sender:|authenticated user:|authenticated as\b|authenticated bits=|AUTH: )|\bauthenticated user\b|\b(?:with|via)\s+HTTP\b/i;
// Suffixes that name a host on a private network. RFC 6762 reserves
// ".local" for multicast DNS and RFC 8375 ".home.arpa" for home networks.
// AVM's FRITZ!Box routers name the devices on their network under
// ".fritz.box" (https://heise.de/-9610149, checked 2026-12-05). The rest
// are suffixes that routers and operating systems commonly set.
const PRIVATE_SUFFIX = /\.(?:local|lan|home|home\.arpa|localdomain|internal|intranet|private|corp|fritz\.box|localnet)\.?$/i;
// Names that identify no one: Postfix writes "unknown" for a client
// without rDNS, and Apple Mail gives "smtpclient.apple" as its HELO.
const ANONYMOUS_NAMES = /^(?:localhost|localhost\.localdomain|unknown|smtpclient\.apple)\.?$/i;
// A host name as a Received header writes it, with an optional final dot.
const NAME = "[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?\\.?";
// The places of a client's names in the "from" part: the HELO name after
// "from" (Postfix, Sendmail, Gmail), the rDNS name before a bracketed IP
// (Postfix, Sendmail), qmail's "(HELO name)" and Exim's "helo=name".
const NAME_PLACES = [
  new RegExp(`(^\\s*from\\s+)(${NAME})(?=[\\s(;]|$)`, "gi"),
  new RegExp(`(\\(\\s*)(${NAME})(?=\\s+\\[)`, "g"),
  new RegExp(`(\\((?:HELO|EHLO)\\s+)(${NAME})(?=\\))`, "gi"),
  new RegExp(`(\\bhelo=)(${NAME})(?=[\\s)]|$)`, "gi"),
];
// An address literal of a private or link-local address as the HELO
// name ("from [192.168.178.23]"), which a machine behind a home or
// office router gives: a server would give its host name.
const PRIVATE_LITERAL =
  /^\s*from\s+\[(?:10\.|192\.168\.|172\.(?:1[6-9]|2[0-9]|3[01])\.|169\.254\.|100\.(?:6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])\.|IPv6:f[cde])/i;
// Exchange's line for a client that submitted over SMTP: an address
// literal as the HELO and "via Frontend Transport".
const EXCHANGE_CLIENT = /^\s*from\s+\[[^\]]+\][\s\S]*\bvia\s+Frontend\s+Transport\b/i;

/**
 * Returns the "from" part of a Received header's value: the text before
 * " by ", or the whole value when it has no "by". Returns "" when the
 * value does not start with "from".
 */
export function fromPart(value) {
  const m = /^\s*from\s[\s\S]*?(?=\sby\s|$)/i.exec(value);
  return m ? m[0] : "";
}

/**
 * Reports whether a Received header's value records a client's
 * submission: an authenticated or webmail client, a HELO name of a
 * single label or a private-network suffix ("janes-pc",
 * "JanesMacBook.fritz.box"), a private address literal as the HELO, or
 * an Exchange client. Such a client is a person's device, or their own
 * server submitting mail, not a relay between providers.
 */
export function isClientHop(value) {
  if (AUTHENTICATED.test(value) || EXCHANGE_CLIENT.test(value)) return true;
  const from = fromPart(value);
  if (!from) return false;
  if (PRIVATE_LITERAL.test(from)) return true;
  return heloNames(from).some(isPrivateName);
}

// A Received header, possibly quoted with "> " markers.
const RECEIVED_LINE = /^((?:> ?)*)received:/i;

/** Returns the value of each Received header in `lines`, with its folded lines joined. */
export function receivedHeaders(lines) {
  const values = [];
  for (let i = 0; i < lines.length; i++) {
    const quote = RECEIVED_LINE.exec(lines[i]);
    if (!quote) continue;
    let value = lines[i];
    // Folded lines of a quoted header carry the same quote markers.
    const folded = new RegExp(`^${quote[1]}[ \\t]+\\S`);
    while (i + 1 < lines.length && folded.test(lines[i + 1])) value += " " + lines[++i];
    values.push(value.replace(RECEIVED_LINE, ""));
  }
  return values;
}

/**
 * Returns the host names that maskReceivedNames masks in the Received
 * headers of `lines`, minus the words that bounces use in their own sense
 * ("mail", "server"), so that they can be masked where they recur.
 */
export function findClientNames(lines) {
  const names = new Set();
  for (const header of receivedHeaders(lines)) {
    maskReceivedNames(header, (name) => {
      if (!COMMON_WORDS.has(name.toLowerCase())) names.add(name);
      return "";
    });
  }
  return [...names];
}

/**
 * Returns a pattern for each of `names` written as a whole host name, in
 * any case: not inside a longer name, so "EXCH01" does not match in
 * "EXCH01.example.org". Returns null when `names` is empty.
 */
export function clientNamePattern(names) {
  if (!names.length) return null;
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![A-Za-z0-9.-])(?:${escaped.join("|")})(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, "gi");
}

/**
 * Masks the host names in the "from" part of a Received header's value
 * with `mask(name)`: every HELO and rDNS name of a client's submission, and
 * in other hops the HELO names that name a machine on a private network.
 * Anonymous names ("unknown", "localhost") stay. The IP addresses are
 * left to the client IP masking, which masks them wherever they recur.
 */
export function maskReceivedNames(value, mask) {
  const from = fromPart(value);
  if (!from) return value;
  const client = isClientHop(value);
  let masked = from;
  for (const [index, place] of NAME_PLACES.entries()) {
    // An rDNS name is the network's name for the address, and names the
    // person's machine only in a client's hop.
    if (index === 1 && !client) continue;
    masked = masked.replace(place, (whole, lead, name) => {
      if (ANONYMOUS_NAMES.test(name) || isAddress(name)) return whole;
      return client || isPrivateName(name) ? `${lead}${mask(name)}` : whole;
    });
  }
  return masked + value.slice(from.length);
}

function heloNames(from) {
  return [NAME_PLACES[0], NAME_PLACES[2], NAME_PLACES[3]].flatMap((place) => [...from.matchAll(place)].map((m) => m[2]));
}

// A name of one label ("janes-pc") or with a private-network suffix.
// NOTE: an internal server that gives a one-label HELO ("from EXCH01")
// is taken for a client too, so its name and address are masked.
function isPrivateName(name) {
  if (ANONYMOUS_NAMES.test(name) || isAddress(name)) return false;
  return !name.replace(/\.$/, "").includes(".") || PRIVATE_SUFFIX.test(name);
}

function isAddress(name) {
  return /^[0-9.]+$/.test(name) || name.includes("@");
}
