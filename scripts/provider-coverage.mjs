#!/usr/bin/env node
// Measures how often a bounce that names a known receiver, gateway or
// blocklist gets that party's own explanation rather than a generic one.
//
// usage: node scripts/provider-coverage.mjs DIR [--bin PATH] [--show]
//
// DIR is a corpus folder with emails/*.eml, or any folder of .eml files.
// For each failed recipient the CLI reports, the receiver's text (its
// remote host and diagnostic) is searched with the patterns below. They
// are written apart from the Rust tables on purpose, so the figure does
// not just repeat the matcher. A named recipient counts as covered when
// its explanation entry belongs to one of the parties its text names.
// --show lists the named recipients that are not covered.

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

// Host names and tokens that name each party in a reply.
const PARTIES = {
  comcast: /comcast\.net|\b(BL|ES|RL|DM)0000[01]{2}\b/i,
  google: /\bgsmtp\b|\bgoogle(mail)?\.com\b/i,
  microsoft: /\b(outlook|hotmail|live|msn)\.com\b|\bA?S3150\b|\bA?S3140\b|\bRESOLVER\.ADR\./i,
  yahoo: /\byahoo(dns|inc)?\.(com|net)\b|\baol\.com\b|\[TSS?\d\d\]/i,
  apple: /\b(icloud|me|mac)\.com\b|\[(CS|HM)\d\d\]|\bHME1\b/i,
  cox: /\bcox\.net\b|AUP#(CX|IPBL|URLBL)/i,
  att: /\b(prodigy|att|sbcglobal|bellsouth)\.net\b|DNSBL:(ATT)?RBL/i,
  spectrum: /\b(charter|spectrum)\.net\b|AUP#(I|In|O)-\d{4}/i,
  gmx: /\b(gmx\.(net|de|com)|web\.de|kundenserver\.de|ionos\.(de|com))\b|Nemesis ESMTP/i,
  "t-online": /\bt-online\.de\b/i,
  orange: /\b(orange|wanadoo)\.fr\b|\b(OFR|OUK)[A-Z0-9]*_\d{3}\b/i,
  laposte: /\blaposte\.(net|fr)\b|\bLPN[A-Z0-9]*_?\d{3}\b/i,
  free: /\bfree\.fr\b/i,
  mailru: /\bmail\.ru\b/i,
  yandex: /\byandex\.(ru|net|com)\b/i,
  tencent: /\bqq\.com\b/i,
  zoho: /\bzoho(mail)?\.(com|eu|in)\b/i,
  godaddy: /\bsecureserver\.net\b/i,
  docomo: /\bdocomo\.ne\.jp\b/i,
  kddi: /\b(ezweb\.ne\.jp|au\.com|dion\.ne\.jp)\b/i,
  proofpoint: /\b(pphosted|ppe-hosted|proofpoint)\.com\b/i,
  mimecast: /\bmimecast\.com\b/i,
  cisco: /\biphmx\.com\b|sending MTA's poor reputation/i,
  messagelabs: /\bmessagelabs\.com\b/i,
  trendmicro: /Trend Micro|mail-abuse\.(com|org)/i,
  // A sending service's host name in a reply is usually the client the
  // receiver rejected, not the party that wrote the text, so only the
  // services' own wording counts for them.
  amazon: /\bAmazon SES\b/i,
  sendgrid: /\bSendGrid\b.*\bbounced address\b/i,
  spamhaus: /\bspamhaus\b/i,
  spamcop: /\bspamcop\b/i,
  barracuda: /\bbarracudacentral\b|Barracuda Reputation/i,
  cloudmark: /\bcloudmark\b/i,
  validity: /\bsenderscore\b|\breturn ?path\b/i,
  uceprotect: /\buceprotect\b/i,
  abusix: /\babusix\b/i,
  psbl: /\bpsbl\b/i,
  invaluement: /\binvaluement\b/i,
  mailspike: /\bmailspike\b/i,
  sorbs: /\bsorbs\b/i,
};

// Knowledge tables that explain by code or reason, not by party.
const GENERIC = ["status", "reply", "reason", "generic"];

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const bin = option("--bin") ?? "target/release/bounce-explainer";
const show = args.includes("--show");
const dir = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--bin");
if (!dir) {
  console.error("usage: node scripts/provider-coverage.mjs DIR [--bin PATH] [--show]");
  process.exit(2);
}
if (!existsSync(bin)) {
  console.error(`CLI not found at ${bin}; build it with: cargo build --release`);
  process.exit(2);
}

const emails = existsSync(join(dir, "emails")) ? join(dir, "emails") : dir;
const files = readdirSync(emails)
  .filter((name) => name.endsWith(".eml"))
  .sort()
  .map((name) => join(emails, name));
const output = execFileSync(bin, ["--json", ...files], { maxBuffer: 1 << 30 }).toString();

let recipients = 0;
let named = 0;
let covered = 0;
const perParty = {};
const misses = [];
for (const line of output.split("\n").filter(Boolean)) {
  const report = JSON.parse(line);
  for (const r of report.recipients) {
    recipients += 1;
    const text = `${r.remote_host ?? ""} ${r.diagnostic ?? ""}`;
    const names = Object.keys(PARTIES).filter((id) => PARTIES[id].test(text));
    if (names.length === 0) continue;
    named += 1;
    // The entry's table (`google/...`) or the provider and lists the
    // report names count; the generic tables do not.
    const owner = r.explanation.entry.split("/")[0];
    const specific = !GENERIC.includes(owner);
    const claimed = [owner, r.provider, ...r.blocklists];
    const ok = specific && claimed.some((id) => names.includes(id));
    if (ok) covered += 1;
    for (const id of names) {
      perParty[id] ??= { named: 0, covered: 0 };
      perParty[id].named += 1;
      if (ok) perParty[id].covered += 1;
    }
    if (!ok) misses.push(`${report.file}: names ${names.join(",")}; got ${r.explanation.entry}`);
  }
}

const share = named ? (covered / named).toFixed(4) : "n/a";
console.log(`folder: ${dir} (${files.length} emails, ${recipients} recipients)`);
console.log(`recipients naming a known party  ${named}`);
console.log(`given that party's explanation   ${covered}  (share ${share})`);
for (const [id, t] of Object.entries(perParty).sort()) {
  console.log(`  ${id.padEnd(12)} ${t.covered}/${t.named}`);
}
if (show) for (const miss of misses) console.log(miss);
