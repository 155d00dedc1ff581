// The address of the user's own computer, as the returned message's
// X-Originating-IP and similar headers give it, or as the Received header
// of a client's submission names it. Once a header names
// it, the same address is masked everywhere else in the text too: in
// Received lines ("from [198.51.100.77]") and inside reverse-DNS names
// that embed it ("cpe-198-51-100-77.home.example.org",
// "2001-db8-aa--5.ip6.example.net").

import { parseIp } from "./ip.js";
import { fromPart, isClientHop, receivedHeaders } from "./received.js";

// Headers containing the address of the user's own computer. Besides the
// X-Originating-IP family of webmail front ends, these (sources checked
// 2026-12-04):
// - X-MS-Exchange-Organization-OriginalClientIPAddress and its
//   X-MS-Exchange-CrossPremises- copy, where Exchange and Microsoft 365
//   record the client that submitted the message. Their own server goes
//   in ...-OriginalServerIPAddress instead. (Seen in Exchange headers
//   quoted in public mailing-list archives.)
// - X-Source-IP, which cPanel's Exim adds to mail a user submits.
//   X-Source-Sender then repeats the address with its rDNS name and port,
//   as HostGator and Bluehost headers in the same archives show.
// - X-Real-IP, the client address a reverse proxy passes on
//   (https://nginx.org/en/docs/http/ngx_http_realip_module.html).
// - X-Forwarded-For, a list whose first entry is the client and whose
//   further entries are the proxies on the way
//   (https://corsproxy.io/glossary/x-forwarded-for/). Some forwarders put
//   email addresses in it instead, which are left to the address masking.
// - X-Yahoo-Post-IP and X-SenderIP, which SpamAssassin reads as the
//   originating client by default (originating_ip_headers in
//   Mail::SpamAssassin::Conf), and X-Originating-Client-IP, a variant of
//   X-Originating-IP that header analysers list beside it.
export const CLIENT_IP_HEADERS =
  /^(x-originating-ip|x-originating-client-ip|x-sender-ip|x-senderip|x-yahoo-post-ip|x-client-ip|x-ms-exchange-organization-originating-ip|x-ms-exchange-(?:organization|crosspremises)-originalclientipaddress|x-source-ip|x-real-ip|x-forwarded-for)$/i;
// Headers whose value lists the client first and then the proxies.
const PROXY_LIST_HEADERS = /^x-forwarded-for$/i;
const HEADER_LINE = /^(?:> ?)*([A-Za-z][A-Za-z0-9-]*):(.*)$/;

const IPV4 = /(?<![0-9.])(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(?![0-9]|\.[0-9])/g;
// "IPv6:" starts an RFC 5321 address literal and is not part of the
// address, so a hex digit or letter right before it starts no address.
const IPV6 = /(?:(?<=IPv6:)|(?<![0-9A-Za-z:]))(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:.])/g;
const LOOPBACK = /^(?:127\.|::1$)/;

/**
 * Returns the client IPs named in `lines`, minus those in `keepIps`: the
 * X-Originating-IP family of headers, and the addresses in the "from"
 * part of each Received header of a client's submission.
 */
export function findClientIps(lines, keepIps) {
  const found = new Set();
  for (const line of lines) {
    const m = HEADER_LINE.exec(line);
    if (!m || !CLIENT_IP_HEADERS.test(m[1])) continue;
    for (const ip of headerClientIps(m[1], m[2]) ?? []) if (!keepIps.has(ip)) found.add(ip);
  }
  for (const ip of submissionClientIps(lines)) {
    if (!keepIps.has(ip) && !LOOPBACK.test(ip)) found.add(ip);
  }
  return [...found];
}

/**
 * Masks the client's address in the value of one of the CLIENT_IP_HEADERS,
 * calling `mask` for the token. In a list of IPs every entry is masked,
 * except in X-Forwarded-For, where only the first entry is the client and
 * the proxies after it stay. Other text that contains an IP is masked
 * whole. An IP in `keepIps` stays, and a value without an IP is returned
 * unchanged.
 */
export function maskClientIpHeader(name, value, keepIps, mask) {
  const entries = value.split(",");
  const ips = entries.map(entryIp);
  if (ips.every(Boolean)) {
    const clients = PROXY_LIST_HEADERS.test(name) ? 1 : entries.length;
    return entries.map((entry, i) => (i < clients && !keepIps.has(ips[i]) ? entry.replace(/\S(?:.*\S)?/, mask) : entry)).join(",");
  }
  const inside = [...(value.match(IPV4) ?? []), ...(value.match(IPV6) ?? []).filter((ip) => parseIp(ip))];
  if (!inside.length || inside.every((ip) => keepIps.has(ip))) return value;
  return ` ${mask()}`;
}

// The client IPs of a client IP header's value, or null when the value is
// not a list of IPs.
function headerClientIps(name, value) {
  const ips = value.split(",").map(entryIp);
  if (!ips.every(Boolean)) return null;
  return PROXY_LIST_HEADERS.test(name) ? ips.slice(0, 1) : ips;
}

// The IP of one entry of a client IP header: bare, in brackets, or with a
// port ("198.51.100.7:4431", "[2001:db8::7]:443"). Null for other text.
function entryIp(entry) {
  const m =
    /^\s*\[([0-9A-Fa-f.:]+)\](?::[0-9]{1,5})?\s*$/.exec(entry) ??
    /^\s*([0-9.]+)(?::[0-9]{1,5})?\s*$/.exec(entry) ??
    /^\s*([0-9A-Fa-f.:]+)\s*$/.exec(entry);
  return m && parseIp(m[1]) ? m[1] : null;
}

// Returns the addresses written in the "from" part, before "by", of each
// Received header (with its folded lines) that records a client's
// submission, as isClientHop decides: "from [10.1.2.3]
// (laptop.example.com [10.1.2.3]) by ... with ESMTPSA".
function submissionClientIps(lines) {
  const ips = [];
  for (const header of receivedHeaders(lines)) {
    if (!isClientHop(header)) continue;
    const from = fromPart(header);
    ips.push(...(from.match(IPV4) ?? []));
    // "::" and other all-zero forms name no host.
    ips.push(...(from.match(IPV6) ?? []).filter((ip) => /[1-9A-Fa-f]/.test(ip) && expandIpv6(ip)));
  }
  return ips;
}

/**
 * Returns a pattern for every written form of the client IPs: the address
 * itself, for IPv4 the forms with dashes or underscores and the reversed
 * forms that reverse-DNS names use, and for IPv6 the forms of ipv6Forms.
 * A form must not run on into more digits, so 198.51.100.7 does not match
 * inside 198.51.100.77. An IPv6 address literal ("[IPv6:2001:db8::5]")
 * is matched whole, so that it becomes one token and not "[IPv6:token]".
 */
export function clientIpPattern(ips) {
  const v4 = new Set();
  const v6 = new Set();
  // Zero-padded forms have all four groups at full width, so a name may
  // go on with more dotted digits ("198-051-100-077.198.051.pools...").
  const padded = new Set();
  for (const ip of ips) {
    (ip.includes(":") ? v6 : v4).add(ip);
    for (const form of ipv6Forms(ip)) v6.add(form);
    // An IPv4-mapped IPv6 address ("::ffff:198.51.100.7") is the same
    // client, which other lines write in IPv4 forms.
    const octets = ip.slice(ip.lastIndexOf(":") + 1).split(".");
    if (octets.length !== 4) continue;
    for (const order of [octets, [...octets].reverse()]) {
      v4.add(order.join("."));
      v4.add(order.join("-"));
      v4.add(order.join("_"));
      // ISPs also write it as hex ("c633644d") or zero-padded digits
      // ("198051100077", "198-051-100-077") in home connections'
      // reverse-DNS names.
      v4.add(order.map((o) => Number(o).toString(16).padStart(2, "0")).join(""));
      for (const separator of ["", "-", "."]) padded.add(order.map((o) => o.padStart(3, "0")).join(separator));
    }
  }
  const alternatives = [];
  const either = (forms) => [...forms].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  if (v6.size) {
    alternatives.push(`\\[IPv6:(?:${either(v6)})\\]`);
    // Hex digits are the only neighbours that would make another address:
    // "v6-2001-db8--5" and "2001-db8--5.ip6" contain the whole of it.
    alternatives.push(`(?:(?<=IPv6:)|(?<![0-9A-Fa-f:]))(?:${either(v6)})(?![0-9A-Fa-f:])`);
  }
  if (v4.size) alternatives.push(`(?<![0-9A-Fa-f:]|[0-9][.-])(?:${either(v4)})(?![0-9A-Fa-f:]|[.-][0-9])`);
  if (padded.size) alternatives.push(`(?<![0-9A-Fa-f:]|[0-9][.-])(?:${either(padded)})(?![0-9A-Fa-f:]|-[0-9])`);
  return alternatives.length ? new RegExp(alternatives.join("|"), "gi") : null;
}

/**
 * Returns the ways an IPv6 address is written: compressed (RFC 5952),
 * with every group and no leading zeros, and with every group padded to
 * four digits, so that "2001:db8::77" also matches
 * "2001:DB8:0:0:0:0:0:77". Then come the forms reverse-DNS names use:
 * each of those with dashes for colons ("2001-db8-aa--5"), the 32 hex
 * digits run together, and the reversed nibbles of the ip6.arpa name
 * (RFC 3596 section 2.5). Returns nothing for other input.
 */
function ipv6Forms(ip) {
  const groups = expandIpv6(ip);
  if (!groups) return [];
  const plain = groups.map((g) => parseInt(g, 16).toString(16));
  const padded = plain.map((g) => g.padStart(4, "0"));
  const colons = [plain.join(":"), padded.join(":"), compressIpv6(plain)];
  // A leading or trailing "--" would leave too little to tell it apart.
  const dashes = colons.map((f) => f.replaceAll(":", "-")).filter((f) => /^[0-9a-f].*[0-9a-f]$/i.test(f));
  const nibbles = padded.join("");
  return [...colons, ...dashes, nibbles, [...nibbles].reverse().join(".")];
}

// Splits an IPv6 address into its eight groups, or returns null.
function expandIpv6(ip) {
  if (!ip.includes(":") || ip.includes(".")) return null;
  const halves = ip.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 2 && missing < 1) || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array(Math.max(missing, 0)).fill("0"), ...tail];
  return groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g)) ? groups : null;
}

// Writes eight groups in RFC 5952's short form: the longest run of two or
// more zero groups becomes "::".
function compressIpv6(groups) {
  let best = { start: -1, length: 1 };
  for (let i = 0; i < groups.length; ) {
    let j = i;
    while (j < groups.length && groups[j] === "0") j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  if (best.start < 0) return groups.join(":");
  const head = groups.slice(0, best.start).join(":");
  const tail = groups.slice(best.start + best.length).join(":");
  return `${head}::${tail}`;
}

