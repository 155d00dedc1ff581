#!/usr/bin/env node
// Prints the size of the built page: the .wasm raw and gzipped, where its
// bytes go (code, text in the data segment, other data such as charset
// tables), and what index.html loads, raw and gzipped.
//
// usage: node scripts/size.mjs [--json]
//
// The page's files are found by following index.html's src and href
// attributes and the quoted relative file names in the scripts (imports,
// new URL(...), the worker and the .wasm), so pages of their own such as
// bench.html do not count. scripts/bench-browser.mjs measures the same
// transfer in Chromium.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { gzipSync } from "node:zlib";

const root = new URL("../www/", import.meta.url).pathname;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

const wasm = readFileSync(join(root, "pkg/bounce_explainer_bg.wasm"));
const sections = wasmSections(wasm);
const code = sections.get(10) ?? Buffer.alloc(0);
const data = sections.get(11) ?? Buffer.alloc(0);
// Runs of 30 or more printable ASCII bytes are taken as text (knowledge
// tables, patterns, messages); the rest of the data segment is binary.
const textRuns = data.toString("latin1").match(/[\x20-\x7e\n]{30,}/g) ?? [];
const text = Buffer.from(textRuns.join(""), "latin1");
const binary = Buffer.from(data.toString("latin1").replace(/[\x20-\x7e\n]{30,}/g, ""), "latin1");

const page = pageFiles("index.html");
const pageRaw = page.reduce((sum, f) => sum + f.raw, 0);
const pageGzip = page.reduce((sum, f) => sum + f.gzip, 0);

const result = {
  wasm_raw: wasm.length,
  wasm_gzip: gz(wasm),
  code_raw: code.length,
  code_gzip: gz(code),
  data_text_raw: text.length,
  data_text_gzip: gz(text),
  data_other_raw: binary.length,
  data_other_gzip: gz(binary),
  page_files: page.length,
  page_raw: pageRaw,
  page_gzip: pageGzip,
};
if (process.argv.includes("--json")) {
  console.log(JSON.stringify(result));
} else {
  console.log(`wasm: ${kb(wasm.length)} raw, ${kb(result.wasm_gzip)} gzipped`);
  console.log(`  code ${kb(code.length)} raw, ${kb(result.code_gzip)} gzipped`);
  console.log(`  data, text ${kb(text.length)} raw, ${kb(result.data_text_gzip)} gzipped`);
  console.log(`  data, other (charset tables and the like) ${kb(binary.length)} raw, ${kb(result.data_other_gzip)} gzipped`);
  console.log(`page (index.html and the ${page.length - 1} files it loads): ${kb(pageRaw)} raw, ${kb(pageGzip)} gzipped`);
}

/** Returns the sections of a WebAssembly module by id (the last of each). */
function wasmSections(bytes) {
  const out = new Map();
  let i = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[i++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return value;
    }
  };
  while (i < bytes.length) {
    const id = bytes[i++];
    const length = leb();
    out.set(id, bytes.subarray(i, i + length));
    i += length;
  }
  return out;
}

/** Follows the files a page loads, starting at `entry` (relative to www/). */
function pageFiles(entry) {
  const seen = new Map();
  const visit = (path) => {
    if (seen.has(path) || !existsSync(join(root, path))) return;
    const buf = readFileSync(join(root, path));
    seen.set(path, { path, raw: buf.length, gzip: gz(buf) });
    const source = buf.toString("utf8");
    const references = path.endsWith(".html")
      ? [...source.matchAll(/\b(?:src|href)="([^"#:?]+)"/g)]
      : path.endsWith(".js")
        ? [...source.matchAll(/["'`](\.{0,2}\/?[\w./-]+\.(?:js|wasm|css|svg))["'`]/g)]
        : [];
    for (const [, reference] of references) {
      const resolved = normalize(join(dirname(path), reference));
      if (!relative(".", resolved).startsWith("..")) visit(resolved);
    }
  };
  visit(entry);
  return [...seen.values()];
}
