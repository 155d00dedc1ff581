// IP addresses and CIDR ranges, IPv4 and IPv6, as byte arrays so that a
// range test is a prefix comparison. No dependencies: the widget must load
// without a bundler.

/**
 * Parses an IPv4 or IPv6 address in its usual text form. Returns
 * `{ version, bytes }` (4 or 16 bytes), or null when the text is not one
 * address. An IPv4-mapped IPv6 address (::ffff:192.0.2.1) comes back as
 * IPv4, because a mail server's log may write the same sender either way.
 */
export function parseIp(text) {
  if (typeof text !== "string") return null;
  const s = text.trim();
  const v4 = parseIpv4(s);
  if (v4) return { version: 4, bytes: v4 };
  const v6 = parseIpv6(s);
  if (!v6) return null;
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
  if (mapped) return { version: 4, bytes: v6.slice(12) };
  return { version: 6, bytes: v6 };
}

function parseIpv4(s) {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    // Leading zeros are rejected: some resolvers read 010 as octal.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(parts[i])) return null;
    const n = Number(parts[i]);
    if (n > 255) return null;
    bytes[i] = n;
  }
  return bytes;
}

function parseIpv6(s) {
  if (!/^[0-9a-fA-F:.]+$/.test(s) || s.length > 45) return null;
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0], halves.length === 1);
  const tail = halves.length === 2 ? parseGroups(halves[1], true) : [];
  if (!head || !tail) return null;
  const count = head.length + tail.length;
  // Without "::" there must be exactly 8 groups; "::" stands for one or more.
  if (halves.length === 1 ? count !== 8 : count > 7) return null;
  const groups = [...head, ...new Array(8 - count).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  return bytes;
}

// Reads colon-separated hex groups; an IPv4 address may end the last part.
function parseGroups(text, mayEndWithIpv4) {
  if (text === "") return [];
  const parts = text.split(":");
  const groups = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.includes(".")) {
      const v4 = mayEndWithIpv4 && i === parts.length - 1 ? parseIpv4(part) : null;
      if (!v4) return null;
      groups.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
    } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

/**
 * Parses a CIDR range ("192.0.2.0/24", "2001:db8::/32") or a single
 * address (a /32 or /128 range). Returns `{ version, bytes, prefix }`, or
 * throws an Error whose message describes what is wrong with the text.
 */
export function parseCidr(text) {
  if (typeof text !== "string") throw new Error("expected a string such as \"192.0.2.0/24\"");
  const [addr, len, extra] = text.trim().split("/");
  if (extra !== undefined) throw new Error(`"${text}" has more than one "/"`);
  const ip = parseIp(addr);
  if (!ip) throw new Error(`"${addr}" is not an IPv4 or IPv6 address`);
  const max = ip.bytes.length * 8;
  // A mapped IPv6 range such as ::ffff:192.0.2.0/120 becomes IPv4 /24.
  const mappedShift = ip.version === 4 && addr.includes(":") ? 96 : 0;
  let prefix = max;
  if (len !== undefined) {
    if (!/^[0-9]{1,3}$/.test(len)) throw new Error(`prefix length "${len}" is not a number`);
    prefix = Number(len) - mappedShift;
    if (prefix < 0 || prefix > max) {
      throw new Error(`prefix length ${len} is out of range for IPv${ip.version} (0 to ${max + mappedShift})`);
    }
  }
  return { version: ip.version, bytes: ip.bytes, prefix };
}

/** True when the parsed address lies inside the parsed range. */
export function inRange(ip, range) {
  if (!ip || ip.version !== range.version) return false;
  const whole = range.prefix >> 3;
  for (let i = 0; i < whole; i++) if (ip.bytes[i] !== range.bytes[i]) return false;
  const rest = range.prefix & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (ip.bytes[whole] & mask) === (range.bytes[whole] & mask);
}
