#!/usr/bin/env node
// Measures the page in Debian's headless Chromium: cold start, explain()
// time over a folder of emails, the Web Worker path for large input, and
// what the page transfers. The timings are taken inside the page with
// performance.now() (www/bench.js); www/ is served on 127.0.0.1 by
// scripts/serve.mjs.
//
// usage: node scripts/bench-browser.mjs DIR [--cold N] [--repeats N] [--json]
//
// Cold start: N (default 5) launches, each with a fresh profile, so
// nothing is cached; the median is reported. explain(): every file
// directly in DIR. After one warm-up pass each is timed as the mean of
// --repeats calls in a row (default 3). The report gives the median,
// p90, p99 and max over the emails.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "./chromium.mjs";

import { bounce } from "./bench-inputs.mjs";
import { serve } from "./serve.mjs";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const dir = args.find((a, i) => !a.startsWith("--") && !["--cold", "--repeats"].includes(args[i - 1]));
const coldRuns = option("--cold", 5);
const repeats = option("--repeats", 3);
if (!dir || !(coldRuns >= 1) || !(repeats >= 1)) {
  console.error("usage: node scripts/bench-browser.mjs DIR [--cold N] [--repeats N] [--json]");
  process.exit(2);
}
const log = (line) => console.error(`bench-browser: ${line}`);

if (!existsSync(join(root, "www/pkg/bounce_explainer_bg.wasm"))) {
  log("www/pkg is missing; building it with scripts/build.sh");
  const build = spawnSync(join(root, "scripts/build.sh"), { stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
}
const emails = readdirSync(dir)
  .filter((n) => !n.startsWith(".") && statSync(join(dir, n)).isFile())
  .sort()
  .map((n) => readFileSync(join(dir, n)).toString("base64"));

const server = await serve(0, "127.0.0.1");
const origin = `http://127.0.0.1:${server.address().port}`;
const result = { emails: emails.length, cold_runs: coldRuns, repeats };
try {
  const cold = [];
  for (let i = 0; i < coldRuns; i++) {
    await withBrowser(async (page) => {
      await page.goto(`${origin}/bench.html`);
      await page.waitForFunction(() => window.coldStart, null, { timeout: 30000 });
      cold.push(await page.evaluate(() => window.coldStart));
    });
  }
  if (cold.some((c) => c.code !== "BL000010")) throw new Error(`the first explain() returned code ${cold.map((c) => c.code).join(", ")}, expected BL000010`);
  result.cold_start_ms = median(cold.map((c) => c.firstAnswer));
  result.cold_wasm_ready_ms = median(cold.map((c) => c.wasmReady));
  result.cold_first_explain_ms = median(cold.map((c) => c.firstAnswer - c.wasmReady));
  log(`cold start ${result.cold_start_ms.toFixed(1)} ms (median of ${coldRuns})`);

  await withBrowser(async (page) => {
    await page.goto(`${origin}/bench.html`);
    await page.waitForFunction(() => window.coldStart);
    const times = await page.evaluate(([list, n]) => window.timeEmails(list, n), [emails, repeats]);
    result.explain_ms = {
      p50: percentile(times, 50),
      p90: percentile(times, 90),
      p99: percentile(times, 99),
      max: times.at(-1),
      mean: times.reduce((a, b) => a + b, 0) / times.length,
    };
    log(`explain() median ${result.explain_ms.p50.toFixed(3)} ms, p99 ${result.explain_ms.p99.toFixed(3)} ms`);

    result.large = [];
    for (const size of [100 * 1024, 1024 * 1024, 5 * 1024 * 1024]) {
      const text = bounce({ recipients: 1, attachmentBytes: size });
      const timing = await page.evaluate((t) => window.timePageExplain(t), text);
      result.large.push({ bytes: text.length, ...timing });
      log(`${text.length} bytes: ${timing.ms.toFixed(0)} ms, main thread blocked up to ${timing.maxGapMs.toFixed(0)} ms`);
    }
  });

  await withBrowser(async (page) => {
    const bodies = new Map();
    page.on("response", async (response) => {
      if (!response.url().startsWith(origin)) return;
      bodies.set(new URL(response.url()).pathname, await response.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(`${origin}/`);
    await page.waitForLoadState("networkidle");
    const files = [...bodies.entries()];
    result.page_files = files.map(([path]) => path).sort();
    result.page_raw_kb = files.reduce((a, [, b]) => a + b.length, 0) / 1024;
    result.page_gzip_kb = files.reduce((a, [, b]) => a + gzipSync(b, { level: 9 }).length, 0) / 1024;
  });
} finally {
  server.close();
}

if (args.includes("--json")) {
  console.log(JSON.stringify(result));
} else {
  const ms = (x) => `${x.toFixed(3)} ms`;
  console.log(`cold start (navigation to first explain() result): ${ms(result.cold_start_ms)} median of ${coldRuns} fresh profiles`);
  console.log(`  of which wasm ready at ${ms(result.cold_wasm_ready_ms)}, first explain() ${ms(result.cold_first_explain_ms)}`);
  const e = result.explain_ms;
  console.log(`explain() over ${emails.length} emails: p50 ${ms(e.p50)}, p90 ${ms(e.p90)}, p99 ${ms(e.p99)}, max ${ms(e.max)}, mean ${ms(e.mean)}`);
  for (const l of result.large) {
    console.log(`large input ${l.bytes} bytes (${l.worker ? "worker" : "main thread"}): ${ms(l.ms)}, main thread blocked up to ${ms(l.maxGapMs)}`);
  }
  console.log(`page load transfers ${result.page_files.length} files: ${result.page_raw_kb.toFixed(1)} KB raw, ${result.page_gzip_kb.toFixed(1)} KB gzipped`);
}

/** Runs `body(page)` in a new headless Chromium with a fresh profile. */
async function withBrowser(body) {
  const { context, close } = await launchChromium("bench-browser");
  try {
    await body(context.pages()[0] ?? (await context.newPage()));
  } finally {
    await close();
  }
}

function median(xs) {
  return percentile([...xs].sort((a, b) => a - b), 50);
}

/** Nearest-rank percentile of sorted, non-empty values. */
function percentile(sorted, p) {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
}
