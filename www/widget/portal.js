// Applies portal settings to a Report: which sender IPs are the portal's
// own, which explanation a portal overrides, and whose contact to show.
// The Report itself is never changed; callers get an advice list beside it.

import { isUnderAsciiDomains } from "./idn.js";
import { inRange, parseIp } from "./ip.js";

/**
 * Returns one advice object per recipient of `report`, in order:
 * `{ explanation, override, note, link, ownServer, contact }`.
 * `explanation` is the Report's explanation with the portal's override
 * merged in, and `override` the settings key that matched (or null).
 * `ownServer` is `{ ip, by }` when the failure is a block of the sending IP
 * and that IP belongs to the portal.
 * `contact` is the portal's contact for the party who must act (or null).
 * `settings` must come from validateSettings.
 */
export function adviseRecipients(report, settings) {
  return report.recipients.map((r) => adviseRecipient(r, settings));
}

function adviseRecipient(r, settings) {
  const match = findOverride(r, settings.explanations);
  const explanation = { ...r.explanation, steps: [...r.explanation.steps] };
  let note = null;
  let link = null;
  if (match) {
    const o = match.value;
    if (o.what) explanation.what = o.what;
    if (o.why) explanation.why = o.why;
    if (o.steps) explanation.steps = [...o.steps];
    if (o.whoActs) explanation.who_acts = o.whoActs;
    if (o.retry) explanation.retry = o.retry;
    note = o.note ?? null;
    link = o.link ?? null;
  }
  const ownServer = blocksSendingIp(r) ? findOwnServer(r, settings) : null;
  // The portal runs the server, so the portal's administrators act on a
  // block of its IP; the user's part is to tell them, not to ask a
  // blocklist for removal.
  if (ownServer && explanation.who_acts !== "recipient") explanation.who_acts = "admin";
  const contact = settings.contacts[explanation.who_acts] ?? null;
  return {
    explanation,
    override: match ? match.key : null,
    note,
    link,
    ownServer,
    contact,
  };
}

// Reasons that refuse the sending IP itself, which only its operator can
// clear: a listing, a reputation refusal, a missing reverse DNS name. Other
// replies may name the IP too (Gmail's SPF result, a size limit that names
// the client), but their fix stays with the report's party.
const IP_BLOCK_REASONS = new Set(["blocked", "badreputation", "requireptr"]);

function blocksSendingIp(r) {
  return IP_BLOCK_REASONS.has(r.reason) || r.blocklists.length > 0;
}

// The most specific key wins: the entry id, then provider/code, then the
// bare provider code, the enhanced status code, and the reply code.
function findOverride(r, explanations) {
  const keys = [
    r.explanation.entry,
    r.provider && r.code ? `${r.provider}/${r.code}` : null,
    r.code,
    r.status,
    r.reply,
  ];
  for (const key of keys) {
    if (key && explanations[key]) return { key, value: explanations[key] };
  }
  return null;
}

/**
 * Returns `{ ip, by }` when the recipient's IP to quote is the portal's,
 * else null. `by` is "range" when the address lies in one of
 * `sendingIps`. It is "domain" when the line the address was found on
 * names a host under one of the portal's `domains` right before it, as
 * in "mail.example.com[192.0.2.1]" or "mail.example.com (192.0.2.1)".
 */
export function findOwnServer(r, settings) {
  if (!r.sender_ip) return null;
  const ip = parseIp(r.sender_ip);
  if (settings.ranges.some((range) => inRange(ip, range))) return { ip: r.sender_ip, by: "range" };
  const line = r.sender_ip_source?.excerpt;
  if (line && settings.domains.length) {
    for (const host of hostsBesideIp(line, r.sender_ip)) {
      if (isUnderDomains(host, settings.domains)) return { ip: r.sender_ip, by: "domain" };
    }
  }
  return null;
}

// Host names written directly before the address, the way MTAs pair a
// host with its IP: "host[ip]", "host [ip]", "host (ip)", "host (ip])".
// The host may end in the root's dot ("mail.example.com.[ip]").
function hostsBesideIp(line, ip) {
  const hosts = [];
  const escaped = ip.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Labels may be U-labels ("mail.bücher.example"), and the top-level
  // label an A-label ("xn--p1ai").
  const pattern = new RegExp(
    `([\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.-]*\\.(?:xn--[a-z0-9-]+|\\p{L}[\\p{L}\\p{M}]+)\\.?)\\s*[[(]\\s*(?:IPv6:)?${escaped}\\b`,
    "giu",
  );
  for (const m of line.matchAll(pattern)) hosts.push(m[1]);
  return hosts;
}

/**
 * True when `host`, in U-labels or A-labels, is one of `domains` (as
 * validateSettings returns them, in A-labels) or a subdomain of one.
 */
export function isUnderDomains(host, domains) {
  return isUnderAsciiDomains(host, domains);
}
