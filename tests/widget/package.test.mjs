// The npm package: every file the exported modules import, or locate with
// new URL(..., import.meta.url), must be in the packed file list, and so
// must every "exports" target. Catches a page module added to the
// renderer's imports but not to package.json's "files".
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

// --ignore-scripts skips "prepack", which would rebuild the WASM module.
const packed = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" }),
)[0].files.map((f) => f.path);

const REFERENCE = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']|new URL\(\s*["'](\.{0,2}\/?[^"']+)["'],\s*import\.meta\.url\)/g;

function closure(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith(".js")) continue;
    // Comments may show example code; only real references count.
    const source = readFileSync(join(ROOT, file), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    for (const m of source.matchAll(REFERENCE)) {
      const target = m[1] ?? m[2];
      queue.push(relative(ROOT, join(dirname(join(ROOT, file)), target)));
    }
  }
  return [...seen];
}

function exportTargets(exports) {
  return Object.values(exports).flatMap((v) => (typeof v === "string" ? [v] : Object.values(v)));
}

test("exports targets are packed", () => {
  for (const target of exportTargets(pkg.exports)) {
    const path = target.replace(/^\.\//, "");
    assert.ok(packed.includes(path), `${path} is exported but not in "files"`);
  }
});

test("imported files are packed", () => {
  const entries = exportTargets(pkg.exports)
    .filter((t) => t.endsWith(".js"))
    .map((t) => t.replace(/^\.\//, ""));
  const needed = closure(entries);
  assert.ok(needed.includes("www/pkg/bounce_explainer_bg.wasm"), "the .wasm is located from the glue");
  assert.ok(needed.includes("www/render.js"), "the element uses the page's renderer");
  for (const file of needed) assert.ok(packed.includes(file), `${file} is needed but not in "files"`);
});

test("page-only files stay out", () => {
  for (const file of ["www/index.html", "www/app.js", "src/lib.rs", "Cargo.toml"]) {
    assert.ok(!packed.includes(file), `${file} should not be packed`);
  }
});
