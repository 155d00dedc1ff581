// The address of the user's own computer, as the returned message's
// X-Originating-IP and similar headers give it, or as the Received header
// of an authenticated submission names its client. Once a header names
// it, the same address is masked everywhere else in the text too: in
// Received lines ("from [198.51.100.77]") and inside reverse-DNS names
// that embed it ("cpe-198-51-100-77.home.example.org").

// Headers containing the address of the user's own computer.
export const CLIENT_IP_HEADERS = /^(x-originating-ip|x-sender-ip|x-client-ip|x-ms-exchange-organization-originating-ip)$/i;
const CLIENT_IP_LINE = /^(?:> ?)*([A-Za-z][A-Za-z0-9-]*):\s*\[?([0-9A-Fa-f.:]+)\]?\s*$/;

// A Received header, possibly quoted with "> " markers.
const RECEIVED_LINE = /^((?:> ?)*)received:/i;
// Signs that the client authenticated: the RFC 3848 and RFC 6531 "with"
// types ESMTPA, ESMTPSA, LMTPA, LMTPSA, UTF8SMTPA and UTF8SMTPSA, and the
// comments of Postfix ("Authenticated sender:"), Sendmail ("authenticated
// bits=") and Courier ("AUTH: LOGIN"). Such a client is a user's own
// device or server submitting mail, not a relay between providers.
const AUTHENTICATED =
  /\bwith\s+(?:UTF8)?(?:E?SMTP|LMTP)S?A\b|\((?:authenticated sender:|authenticated user:|authenticated as\b|authenticated bits=|AUTH: )/i;
const IPV4 = /(?<![0-9.])(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(?![0-9]|\.[0-9])/g;
const IPV6 = /(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:.])/g;
const LOOPBACK = /^(?:127\.|::1$)/;

/**
 * Returns the client IPs named in `lines`, minus those in `keepIps`: the
 * X-Originating-IP family of headers, and the addresses in the "from"
 * part of each Received header of an authenticated submission.
 */
export function findClientIps(lines, keepIps) {
  const found = new Set();
  for (const line of lines) {
    const m = CLIENT_IP_LINE.exec(line);
    if (m && CLIENT_IP_HEADERS.test(m[1]) && /[.:]/.test(m[2]) && !keepIps.has(m[2])) found.add(m[2]);
  }
  for (const ip of submissionClientIps(lines)) {
    if (!keepIps.has(ip) && !LOOPBACK.test(ip)) found.add(ip);
  }
  return [...found];
}

// Returns the addresses written in the "from" part, before "by", of each
// Received header (with its folded lines) that shows an authenticated
// client: "from [10.1.2.3] (laptop.example.com [10.1.2.3]) by ... with
// ESMTPSA".
function submissionClientIps(lines) {
  const ips = [];
  for (let i = 0; i < lines.length; i++) {
    const quote = RECEIVED_LINE.exec(lines[i]);
    if (!quote) continue;
    let value = lines[i];
    // Folded lines of a quoted header carry the same quote markers.
    const folded = new RegExp(`^${quote[1]}[ \\t]+\\S`);
    while (i + 1 < lines.length && folded.test(lines[i + 1])) value += " " + lines[++i];
    if (!AUTHENTICATED.test(value)) continue;
    const from = /^(?:> ?)*received:\s*from\s([\s\S]*?)(?:\sby\s|$)/i.exec(value);
    if (!from) continue;
    ips.push(...(from[1].match(IPV4) ?? []));
    // "::" and other all-zero forms name no host.
    ips.push(...(from[1].match(IPV6) ?? []).filter((ip) => /[1-9A-Fa-f]/.test(ip) && expandIpv6(ip)));
  }
  return ips;
}

/**
 * Returns a pattern for every written form of the client IPs: the address
 * itself, and for IPv4 the forms with dashes or underscores and the
 * reversed forms that reverse-DNS names use. A form must not run on into
 * more digits, so 198.51.100.7 does not match inside 198.51.100.77.
 */
export function clientIpPattern(ips) {
  const forms = new Set();
  for (const ip of ips) {
    forms.add(ip);
    for (const form of ipv6Forms(ip)) forms.add(form);
    const octets = ip.split(".");
    if (octets.length !== 4) continue;
    for (const order of [octets, [...octets].reverse()]) {
      forms.add(order.join("."));
      forms.add(order.join("-"));
      forms.add(order.join("_"));
      // ISPs also write it as hex ("c633644d") or zero-padded digits
      // ("198051100077") in home connections' reverse-DNS names.
      forms.add(order.map((o) => Number(o).toString(16).padStart(2, "0")).join(""));
      forms.add(order.map((o) => o.padStart(3, "0")).join(""));
    }
  }
  if (!forms.size) return null;
  const escaped = [...forms].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // An RFC 5321 literal writes "IPv6:" right before the address.
  const start = "(?:(?<=IPv6:)|(?<![0-9A-Fa-f:]|[0-9][.-]))";
  return new RegExp(`${start}(?:${escaped.join("|")})(?![0-9A-Fa-f:]|[.-][0-9])`, "gi");
}

/**
 * Returns the ways an IPv6 address is written: compressed (RFC 5952),
 * with every group and no leading zeros, and with every group padded to
 * four digits, so that "2001:db8::77" also matches
 * "2001:DB8:0:0:0:0:0:77". Returns nothing for other input.
 */
function ipv6Forms(ip) {
  const groups = expandIpv6(ip);
  if (!groups) return [];
  const plain = groups.map((g) => parseInt(g, 16).toString(16));
  const padded = plain.map((g) => g.padStart(4, "0"));
  return [plain.join(":"), padded.join(":"), compressIpv6(plain)];
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

