// The address of the user's own computer, as the returned message's
// X-Originating-IP and similar headers give it. Once a header names it,
// the same address is masked everywhere else in the text too: in
// Received lines ("from [198.51.100.77]") and inside reverse-DNS names
// that embed it ("cpe-198-51-100-77.home.example.org").

// Headers containing the address of the user's own computer.
export const CLIENT_IP_HEADERS = /^(x-originating-ip|x-sender-ip|x-client-ip|x-ms-exchange-organization-originating-ip)$/i;
const CLIENT_IP_LINE = /^(?:> ?)*([A-Za-z][A-Za-z0-9-]*):\s*\[?([0-9A-Fa-f.:]+)\]?\s*$/;

/** Returns the client IPs named in `lines`, minus those in `keepIps`. */
export function findClientIps(lines, keepIps) {
  const found = new Set();
  for (const line of lines) {
    const m = CLIENT_IP_LINE.exec(line);
    if (m && CLIENT_IP_HEADERS.test(m[1]) && /[.:]/.test(m[2]) && !keepIps.has(m[2])) found.add(m[2]);
  }
  return [...found];
}

/**
 * Returns a pattern for every written form of the client IPs: the address
 * itself, and for IPv4 the forms with dashes and the reversed forms that
 * reverse-DNS names use. A form must not run on into more digits, so
 * 198.51.100.7 does not match inside 198.51.100.77.
 */
export function clientIpPattern(ips) {
  const forms = new Set();
  for (const ip of ips) {
    forms.add(ip);
    const octets = ip.split(".");
    if (octets.length !== 4) continue;
    for (const order of [octets, [...octets].reverse()]) {
      forms.add(order.join("."));
      forms.add(order.join("-"));
    }
  }
  if (!forms.size) return null;
  const escaped = [...forms].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![0-9A-Fa-f:]|[0-9][.-])(?:${escaped.join("|")})(?![0-9A-Fa-f:]|[.-][0-9])`, "gi");
}
