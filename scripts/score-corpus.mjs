#!/usr/bin/env node
// Scores the CLI against a labelled bounce corpus.
//
// usage: node scripts/score-corpus.mjs CORPUS_DIR [--bin PATH] [--show FIELD]
//
// CORPUS_DIR holds emails/*.eml, expected.jsonl (status, reply, reason,
// hard per recipient) and optionally sender-ips.jsonl (sender_ip and
// receiver_ips per recipient), one line per email in the same recipient
// order. Prints per-field accuracy; --show FIELD lists the mismatches.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--bin" && args[args.indexOf(a) - 1] !== "--show");
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const bin = option("--bin") ?? "target/release/bounce-explainer";
const show = option("--show");
if (!corpus) {
  console.error("usage: node scripts/score-corpus.mjs CORPUS_DIR [--bin PATH] [--show FIELD]");
  process.exit(2);
}
if (!existsSync(bin)) {
  console.error(`CLI not found at ${bin}; build it with: cargo build --release`);
  process.exit(2);
}

const readJsonl = (path) =>
  existsSync(path)
    ? readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l))
    : [];
const expected = readJsonl(join(corpus, "expected.jsonl"));
const ips = new Map(readJsonl(join(corpus, "sender-ips.jsonl")).map((e) => [e.file, e]));

const files = expected.map((e) => join(corpus, "emails", e.file));
const output = execFileSync(bin, ["--json", ...files], { maxBuffer: 1 << 30 }).toString();
const reports = new Map();
for (const line of output.split("\n").filter(Boolean)) {
  const report = JSON.parse(line);
  reports.set(report.file, report);
}

const tally = {};
const misses = {};
const count = (field, ok, detail) => {
  tally[field] ??= { right: 0, total: 0 };
  tally[field].total += 1;
  if (ok) tally[field].right += 1;
  else (misses[field] ??= []).push(detail);
};

// Labels of the form X.0.9NN are Sisimai's pseudo codes: derived from the
// reason when the bounce carried no usable status, so they never appear in
// the text. Such a label counts as matched when we report no status (the
// bounce has none) or a real status of the same class (the bounce has one
// that Sisimai set aside); a status of another class is a miss.
const statusMatches = (have, want) => {
  if (/^\d\.0\.9\d\d$/.test(want)) return have === "" || have[0] === want[0];
  return have === want;
};

let leaked = 0;
for (const label of expected) {
  const report = reports.get(join(corpus, "emails", label.file)) ?? { recipients: [] };
  const got = report.recipients;
  count("recipient count", got.length === label.recipients.length,
    `${label.file}: expected ${label.recipients.length}, got ${got.length}`);
  const ipLabel = ips.get(label.file);
  label.recipients.forEach((want, i) => {
    const have = got[i] ?? {};
    const where = `${label.file}#${i}`;
    count("reason", have.reason === want.reason, `${where}: expected ${want.reason}, got ${have.reason}`);
    count("status", statusMatches(have.status ?? "", want.status),
      `${where}: expected ${want.status}, got ${have.status ?? ""}`);
    count("reply", (have.reply ?? "") === want.reply, `${where}: expected ${want.reply}, got ${have.reply ?? ""}`);
    count("hard", Boolean(have.hard) === want.hard, `${where}: expected ${want.hard}, got ${have.hard}`);
    const ipWant = ipLabel?.recipients?.[i];
    if (ipWant) {
      if (ipWant.sender_ip) {
        count("sender ip (labelled)", have.sender_ip === ipWant.sender_ip,
          `${where}: expected ${ipWant.sender_ip}, got ${have.sender_ip ?? null}`);
      }
      if (have.sender_ip && (ipWant.receiver_ips ?? []).includes(have.sender_ip)) {
        leaked += 1;
        (misses["receiver ip returned"] ??= []).push(`${where}: ${have.sender_ip}`);
      }
      if (have.sender_ip && !ipWant.sender_ip) {
        (misses["ip where label has none"] ??= []).push(`${where}: ${have.sender_ip}`);
      }
    }
  });
}

console.log(`corpus: ${corpus} (${expected.length} emails)`);
for (const [field, { right, total }] of Object.entries(tally)) {
  console.log(`${field.padEnd(22)} ${(right / total).toFixed(4)}  (${right}/${total})`);
}
console.log(`${"receiver ip returned".padEnd(22)} ${leaked}`);
console.log(`${"ip where label has none".padEnd(22)} ${(misses["ip where label has none"] ?? []).length}`);
if (show) {
  for (const line of misses[show] ?? []) console.log(`  ${line}`);
}
