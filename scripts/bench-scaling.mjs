#!/usr/bin/env node
// Times explain() on generated bounces from 1 KB to 20 MB, to show how
// the time grows with the input: a bounce returning a large attachment,
// a bounce with one very long header line, and a bounce listing many
// recipients (1 to 1000). It also times crafted 512 KB pastes (the maximum
// the page scans): thousands of reply continuation lines, "a@" repeated,
// nested angle brackets, thousands of IPs, one long line and thousands of
// recipient lines. Last, an mbox of 10 to 5,000 tiny messages, each read
// on its own: a flat time per KB there means the splitting is linear.
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

import { bounce, craftedPastes, tinyMbox } from "./bench-inputs.mjs";

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
const MBOX_MESSAGE_COUNTS = [10, 100, 1000, 5000];

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
// The page's cut (SCAN_LIMIT in src/input/mod.rs), so that these inputs
// time what the page runs.
const CRAFTED_BYTES = 512 * KB;
for (const [shape, text] of Object.entries(craftedPastes(CRAFTED_BYTES))) {
  add("crafted", shape, text);
}
for (const count of MBOX_MESSAGE_COUNTS) {
  add("mbox", String(count).padStart(5, "0"), tinyMbox(count));
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
