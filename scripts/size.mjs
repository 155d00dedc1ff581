#!/usr/bin/env node
// Prints the size of the built page: the .wasm raw and gzipped, and the
// whole of www/ as a browser would fetch it, gzipped.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = new URL("../www/", import.meta.url).pathname;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

const wasm = readFileSync(join(root, "pkg/bounce_explainer_bg.wasm"));
console.log(`wasm: ${kb(wasm.length)} raw, ${kb(gz(wasm))} gzipped`);

let raw = 0;
let zipped = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(html|js|css|wasm|svg)$/.test(name) && !name.endsWith(".d.ts")) {
      const buf = readFileSync(path);
      raw += buf.length;
      zipped += gz(buf);
    }
  }
};
walk(root);
console.log(`page (all of www/): ${kb(raw)} raw, ${kb(zipped)} gzipped`);
