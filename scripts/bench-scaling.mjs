#!/usr/bin/env node
// Times explain() on generated bounces from 1 KB to 20 MB, to show how
// the time grows with the input: a bounce returning a large attachment,
// a bounce with one very long header line, and a bounce listing many
// recipients (1 to 1000).
//
// usage: node scripts/bench-scaling.mjs [--rounds N] [--wasm] [--max-mb N] [--keep]
//
// The inputs are written to a temporary folder (kept with --keep) and
// timed natively by the benchmark in benches/explain.rs (median of
// --rounds, default 3). With --wasm, the built www/pkg module is also
// timed in Node, once per input (the page runs this code). --max-mb caps
// the largest input (default 20). Prints, per input, the time and the
// time per KB; a flat time per KB means linear growth.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const rounds = option("--rounds", 3);
const maxBytes = option("--max-mb", 20) * 1024 * 1024;
const wantWasm = args.includes("--wasm");
const keep = args.includes("--keep");

const KB = 1024;
const MB = 1024 * KB;
const SIZES = [1 * KB, 10 * KB, 100 * KB, 1 * MB, 5 * MB, 20 * MB].filter((s) => s <= maxBytes);
const RECIPIENT_COUNTS = [1, 10, 100, 1000];

const dir = mkdtempSync(join(tmpdir(), "bench-scaling-"));
if (!keep) process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

const inputs = [];
const add = (shape, label, text) => {
  const name = `${shape}-${label}.eml`;
  writeFileSync(join(dir, name), text);
  inputs.push({ name, shape, bytes: Buffer.byteLength(text) });
};
for (const size of SIZES) {
  add("attachment", sizeLabel(size), bounce({ recipients: 1, attachmentBytes: size }));
  add("header", sizeLabel(size), bounce({ recipients: 1, headerBytes: size }));
}
for (const count of RECIPIENT_COUNTS) {
  add("recipients", String(count).padStart(5, "0"), bounce({ recipients: count }));
}
console.error(`bench-scaling: ${inputs.length} inputs in ${dir}`);

const native = new Map();
const benchOutput = execFileSync(
  "cargo",
  ["bench", "--quiet", "--bench", "explain", "--", dir, "--rounds", String(rounds), "--per-file"],
  { cwd: root, maxBuffer: 1 << 26, stdio: ["ignore", "pipe", "inherit"] },
).toString();
for (const line of benchOutput.split("\n").filter((l) => l.startsWith('{"file"'))) {
  const row = JSON.parse(line);
  native.set(row.file, row.median_us / 1000);
}

const wasm = new Map();
if (wantWasm) {
  const pkg = join(root, "www/pkg");
  const { default: init, explainBytes } = await import(join(pkg, "bounce_explainer.js"));
  await init({ module_or_path: readFileSync(join(pkg, "bounce_explainer_bg.wasm")) });
  explainBytes(readFileSync(join(dir, inputs[0].name)));
  for (const input of inputs) {
    const bytes = readFileSync(join(dir, input.name));
    const start = performance.now();
    explainBytes(bytes);
    wasm.set(input.name, performance.now() - start);
    console.error(`bench-scaling: wasm ${input.name} ${wasm.get(input.name).toFixed(1)} ms`);
  }
}

const header = ["input", "bytes", "native ms", "native us/KB"];
if (wantWasm) header.push("wasm ms", "wasm us/KB");
console.log(header.join("\t"));
for (const input of inputs.sort((a, b) => a.shape.localeCompare(b.shape) || a.bytes - b.bytes)) {
  const perKb = (ms) => ((ms * 1000) / (input.bytes / KB)).toFixed(2);
  const row = [input.name.replace(".eml", ""), input.bytes, native.get(input.name).toFixed(3), perKb(native.get(input.name))];
  if (wantWasm) row.push(wasm.get(input.name).toFixed(3), perKb(wasm.get(input.name)));
  console.log(row.join("\t"));
}

function sizeLabel(bytes) {
  return bytes >= MB ? `${String(bytes / MB).padStart(2, "0")}mb` : `${String(bytes / KB).padStart(4, "0")}kb`;
}

/**
 * A Postfix-style DSN (multipart/report) for `recipients` addresses that
 * returns the original message. `attachmentBytes` pads the original with
 * a base64 attachment; `headerBytes` adds one unfolded References header
 * of that length to the bounce itself.
 */
function bounce({ recipients, attachmentBytes = 0, headerBytes = 0 }) {
  const users = Array.from({ length: recipients }, (_, i) => `user${i}@example.org`);
  const reply = (u) => `550 5.1.1 <${u}>: Recipient address rejected: User unknown`;
  const lines = [
    "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
    "To: sender@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "Date: Thu, 29 Apr 2021 23:34:45 +0900",
  ];
  if (headerBytes > 0) lines.push(longReferences(headerBytes));
  lines.push(
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="report"',
    "",
    "--report",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "This is the mail system at host mx.example.net.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    ...users.map((u) => `<${u}>: host mx.example.org[198.51.100.2] said: ${reply(u)} (in reply to RCPT TO command)\n`),
    "--report",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "",
    ...users.map((u) =>
      [`Final-Recipient: rfc822; ${u}`, "Action: failed", "Status: 5.1.1",
        "Remote-MTA: dns; mx.example.org", `Diagnostic-Code: smtp; ${reply(u)}`, ""].join("\n")),
    "--report",
    "Content-Type: message/rfc822",
    "",
    "From: sender@example.com",
    `To: ${users[0]}`,
    "Subject: The report",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="mixed"',
    "",
    "--mixed",
    "Content-Type: text/plain",
    "",
    "The report is attached.",
  );
  if (attachmentBytes > 0) {
    lines.push("--mixed", 'Content-Type: application/octet-stream; name="report.bin"',
      "Content-Transfer-Encoding: base64", "", base64Lines(attachmentBytes));
  }
  lines.push("--mixed--", "--report--", "");
  return lines.join("\n");
}

/** About `bytes` of base64 in 76-character lines, from a fixed LCG. */
function base64Lines(bytes) {
  const raw = Buffer.alloc(Math.floor((bytes * 3) / 4));
  let x = 12345;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    raw[i] = x >>> 24;
  }
  return raw.toString("base64").replace(/.{76}/g, "$&\n").trimEnd();
}

function longReferences(bytes) {
  const parts = ["References:"];
  let length = parts[0].length;
  for (let i = 0; length < bytes; i++) {
    const id = `<${i}.${(i * 7919) % 100000}@mail.example.com>`;
    parts.push(id);
    length += id.length + 1;
  }
  return parts.join(" ");
}
