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

// Host names and tokens that name each party in a reply. A host name
// counts only as a whole name or the end of one, so `me.com` does not
// match inside `mx2.me.com.akadns.net`.
const host = (...names) =>
  new RegExp(
    `(?<![\\w.-])(?:[\\w-]+\\.)*(?:${names.map((n) => n.replaceAll(".", "\\.")).join("|")})(?![\\w-]|\\.[\\w-])`,
    "i",
  );
const PARTIES = {
  comcast: [host("comcast.net"), /\b(BL|ES|RL|DM)0000[01]{2}\b/i],
  google: [host("google.com", "googlemail.com"), /\bgsmtp\b/i],
  microsoft: [host("outlook.com", "hotmail.com", "live.com", "msn.com"), /\bA?S31[45]0\b|\bRESOLVER\.ADR\./i],
  yahoo: [host("yahoodns.net", "yahoo.com", "yahooinc.com", "aol.com"), /\[TSS?\d\d\]/i],
  apple: [host("icloud.com", "me.com", "mac.com"), /\[(CS|HM)\d\d\]|\bHME1\b/i],
  cox: [host("cox.net"), /AUP#(CX|IPBL|URLBL)/i],
  att: [host("prodigy.net", "att.net", "sbcglobal.net", "bellsouth.net"), /DNSBL:(ATT)?RBL/i],
  spectrum: [host("charter.net", "spectrum.net"), /AUP#(I|In|O)-\d{4}/i],
  gmx: [host("gmx.net", "gmx.de", "gmx.com", "web.de", "kundenserver.de", "ionos.de", "ionos.com"), /Nemesis ESMTP/i],
  "t-online": [host("t-online.de")],
  orange: [host("orange.fr", "wanadoo.fr"), /\b(OFR|OUK)[A-Z0-9]*_\d{3}\b/i],
  laposte: [host("laposte.net", "laposte.fr"), /\bLPN[A-Z0-9]*_?\d{3}\b/i],
  free: [host("free.fr")],
  mailru: [host("mail.ru")],
  yandex: [host("yandex.ru", "yandex.net", "yandex.com")],
  tencent: [host("qq.com")],
  zoho: [host("zoho.com", "zoho.eu", "zoho.in", "zohomail.com")],
  godaddy: [host("secureserver.net")],
  docomo: [host("docomo.ne.jp")],
  kddi: [host("ezweb.ne.jp", "au.com", "dion.ne.jp")],
  proofpoint: [host("pphosted.com", "ppe-hosted.com", "proofpoint.com")],
  mimecast: [host("mimecast.com")],
  cisco: [host("iphmx.com"), /sending MTA's poor reputation/i],
  sophos: [host("hydra.sophos.com"), /\bXGEMAIL_\d{4}\b/i],
  messagelabs: [host("messagelabs.com")],
  trendmicro: [/Trend Micro/i, host("mail-abuse.com", "mail-abuse.org")],
  // A sending service's host name in a reply is usually the client the
  // receiver rejected, not the party that wrote the text, so only the
  // services' own wording counts for them.
  amazon: [/\bAmazon SES\b/i],
  sendgrid: [/\bSendGrid\b.*\bbounced address\b/i],
  spamhaus: [/\bspamhaus\b/i],
  spamcop: [/\bspamcop\b/i],
  barracuda: [/\bbarracudacentral\b|Barracuda Reputation/i],
  cloudmark: [/\bcloudmark\b/i],
  validity: [/\bsenderscore\b|\breturn ?path\b/i],
  uceprotect: [/\buceprotect\b/i],
  abusix: [/\babusix\b/i],
  psbl: [/\bpsbl\b/i],
  invaluement: [/\binvaluement\b/i],
  mailspike: [/\bmailspike\b/i],
  sorbs: [/\bsorbs\b/i],
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
    const names = Object.keys(PARTIES).filter((id) => PARTIES[id].some((p) => p.test(text)));
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
