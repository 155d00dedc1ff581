#!/usr/bin/env node
// Compares the page's WebAssembly build (www/pkg) with the native CLI on a
// directory of bounce emails, per recipient: recipient, reason, status,
// reply, sender_ip and diagnostic. The two builds differ in their charset
// decoders (browser TextDecoder against encoding_rs) and regex engines
// (regex-lite against regex), so a difference points at one of those.
//
// usage: node scripts/parity.mjs CORPUS_DIR [--bin PATH] [--json]
//
// CORPUS_DIR contains emails/*.eml. Prints each difference and the count, or
// with --json one object { files, recipients, differences: [...] }.
// Exits 1 when a difference is found, 2 on a usage error.

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import init, { explainBytes } from "../www/pkg/bounce_explainer.js";

const FIELDS = ["recipient", "reason", "status", "reply", "sender_ip", "diagnostic"];

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const bin = option("--bin") ?? "target/release/bounce-explainer";
const corpus = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--bin");
if (!corpus) {
  console.error("usage: node scripts/parity.mjs CORPUS_DIR [--bin PATH] [--json]");
  process.exit(2);
}
if (!existsSync(bin)) {
  console.error(`CLI not found at ${bin}; build it with: cargo build --release`);
  process.exit(2);
}

const wasm = readFileSync(new URL("../www/pkg/bounce_explainer_bg.wasm", import.meta.url));
await init({ module_or_path: wasm });

const dir = join(corpus, "emails");
const files = readdirSync(dir)
  .filter((name) => name.endsWith(".eml"))
  .sort()
  .map((name) => join(dir, name));

// The CLI prints one JSON report per line, each with the file it read.
const output = execFileSync(bin, ["--json", ...files], { maxBuffer: 1 << 30 }).toString();
const native = new Map();
for (const line of output.split("\n").filter(Boolean)) {
  const report = JSON.parse(line);
  native.set(report.file, report);
}

const differences = [];
let recipients = 0;
for (const file of files) {
  const page = explainBytes(readFileSync(file)).recipients;
  const cli = native.get(file)?.recipients ?? [];
  if (page.length !== cli.length) {
    differences.push({ file, field: "recipient count", native: cli.length, wasm: page.length });
    continue;
  }
  for (const [i, want] of cli.entries()) {
    recipients += 1;
    for (const field of FIELDS) {
      const have = page[i][field] ?? null;
      const expected = want[field] ?? null;
      if (have !== expected) {
        differences.push({ file, recipient: i, field, native: expected, wasm: have });
      }
    }
  }
}

if (args.includes("--json")) {
  console.log(JSON.stringify({ files: files.length, recipients, differences }));
} else {
  for (const d of differences) {
    const who = d.recipient === undefined ? "" : ` recipient ${d.recipient}`;
    console.log(`${d.file}${who} ${d.field}:\n  native ${JSON.stringify(d.native)}\n  wasm   ${JSON.stringify(d.wasm)}`);
  }
  console.log(`${files.length} emails, ${recipients} recipients, ${differences.length} differences`);
}
process.exit(differences.length ? 1 : 0);
