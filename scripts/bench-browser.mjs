#!/usr/bin/env node
// Measures the page in Debian's headless Chromium: cold start, explain()
// time over a folder of emails, the Web Worker path for large input, what
// the page transfers, and how long the main thread stalls while the page
// and the widget take a paste of several megabytes. The timings are taken
// inside the page with performance.now() (www/bench.js and the heartbeat
// below); www/ is served on 127.0.0.1 by scripts/serve.mjs.
//
// usage: node scripts/bench-browser.mjs DIR [--cold N] [--repeats N] [--json]
//
// Cold start: N (default 5) launches, each with a fresh profile, so
// nothing is cached; the median is reported. explain(): every file
// directly in DIR. After one warm-up pass each is timed as the mean of
// --repeats calls in a row (default 3). The report gives the median,
// p90, p99 and max over the emails.
//
// Huge pastes: a requestAnimationFrame heartbeat on the main thread
// records the longest gap between frames, from the paste (or the click
// on "Redact and copy") until the result is shown, one more frame
// included so that laying the result out counts. A frame every 16 ms is
// normal, and a gap of a quarter second is a visible stall. Each run
// loads the page afresh: index.html for the page, and docs.html, which
// embeds <bounce-explainer>, for the widget.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "./chromium.mjs";

import { bounce } from "./bench-inputs.mjs";
import { BLOCK_LINE, MB, NAMED_LINE, PROSE, defineLargePaste } from "./large-paste.mjs";
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

// The runs of the huge-paste measurement, each with a text that
// scripts/large-paste.mjs builds inside the page.
const FRAME_RUNS = [
  ...[2, 20].map((mb) => ({ name: `page, ${mb} MB paste`, measure: pagePasteGap(BLOCK_LINE, PROSE, mb * MB) })),
  { name: "page, 3 MB single line", measure: pagePasteGap(BLOCK_LINE.trim() + " ", "A", 3 * MB) },
  ...[2, 20].flatMap((mb) => [
    { name: `widget, ${mb} MB by value`, measure: widgetPasteGap("value", mb * MB) },
    { name: `widget, ${mb} MB paste`, measure: widgetPasteGap("paste", mb * MB) },
    { name: `widget, ${mb} MB redact and copy`, measure: widgetRedactGap(mb * MB) },
  ]),
];

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

  result.frame_gaps = [];
  await withBrowser(async (page, context) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    for (const run of FRAME_RUNS) {
      const gapMs = await run.measure(page, origin);
      result.frame_gaps.push({ name: run.name, gap_ms: gapMs });
      log(`${run.name}: longest frame gap ${gapMs.toFixed(0)} ms`);
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
  for (const gap of result.frame_gaps) console.log(`${gap.name}: longest frame gap ${ms(gap.gap_ms)}`);
}

/** Runs `body(page, context)` in a new headless Chromium with a fresh profile. */
async function withBrowser(body) {
  const { context, close } = await launchChromium("bench-browser");
  try {
    await body(context.pages()[0] ?? (await context.newPage()), context);
  } finally {
    await close();
  }
}

/**
 * Defines `window.__startHeartbeat()` and `window.__stopHeartbeat()` in
 * the page. The second waits one more frame, stops, and resolves to the
 * longest gap between frames in ms.
 */
function defineHeartbeat(page) {
  return page.evaluate(() => {
    window.__startHeartbeat = () => {
      const beat = { last: performance.now(), gap: 0, running: true };
      window.__beat = beat;
      // performance.now(), not the frame's timestamp, which can predate
      // the callback by a whole frame.
      const tick = () => {
        if (!beat.running) return;
        const now = performance.now();
        beat.gap = Math.max(beat.gap, now - beat.last);
        beat.last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    };
    window.__stopHeartbeat = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const beat = window.__beat;
          beat.running = false;
          resolve(Math.max(beat.gap, performance.now() - beat.last));
        }),
      );
  });
}

/** Returns a measurement that pastes `head` + `unit` repeated to `bytes` into the page's text box as one input event. */
function pagePasteGap(head, unit, bytes) {
  return async (page, origin) => {
    await page.goto(`${origin}/`);
    await page.waitForSelector('main[data-state="ready"]');
    await defineHeartbeat(page);
    await defineLargePaste(page);
    await page.evaluate(
      ({ head, unit, bytes }) => {
        window.__pasteInto(document.querySelector("#bounce"), window.__largeText(head, unit, bytes));
        window.__startHeartbeat();
      },
      { head, unit, bytes },
    );
    await page.waitForSelector('main[data-state="done"], main[data-state="error"]', { timeout: 120_000 });
    return page.evaluate(() => window.__stopHeartbeat());
  };
}

/** Opens docs.html and waits until its widget is shown. */
async function openWidget(page, origin) {
  await page.goto(`${origin}/docs.html`);
  await page.waitForFunction(() => {
    const root = document.getElementById("live-widget").shadowRoot;
    return root && !root.querySelector(".bx").hidden;
  });
}

/**
 * Returns a measurement that sets BLOCK_LINE + PROSE repeated to `bytes`
 * in the docs page's widget, by its `value` property or as a paste into
 * its text box (`method`).
 */
function widgetPasteGap(method, bytes) {
  return async (page, origin) => {
    await openWidget(page, origin);
    await defineHeartbeat(page);
    await defineLargePaste(page);
    await page.evaluate(
      ({ head, prose, bytes, method }) => {
        const widget = document.getElementById("live-widget");
        window.__explained = new Promise((resolve) => widget.addEventListener("bounce-explained", resolve, { once: true }));
        window.__putInWidget(widget, window.__largeText(head, prose, bytes), method);
        window.__startHeartbeat();
      },
      { head: BLOCK_LINE, prose: PROSE, bytes, method },
    );
    await page.evaluate(() => window.__explained.then(() => true));
    return page.evaluate(() => window.__stopHeartbeat());
  };
}

/**
 * Returns a measurement that sets BLOCK_LINE + NAMED_LINE repeated to
 * `bytes` in the docs page's widget, waits for its explanation, then
 * clicks "Redact and copy" and waits until the status reports the copy.
 */
function widgetRedactGap(bytes) {
  return async (page, origin) => {
    await openWidget(page, origin);
    await defineHeartbeat(page);
    await defineLargePaste(page);
    await page.evaluate(
      ({ head, line, bytes }) => {
        const widget = document.getElementById("live-widget");
        const explained = new Promise((resolve) => widget.addEventListener("bounce-explained", resolve, { once: true }));
        widget.value = window.__largeText(head, line, bytes);
        return explained.then(() => true);
      },
      { head: BLOCK_LINE, line: NAMED_LINE, bytes },
    );
    await page.evaluate(() => {
      window.__startHeartbeat();
      document.getElementById("live-widget").shadowRoot.querySelector("button[data-action=redact]").click();
    });
    await page.locator("#live-widget .bx-status", { hasText: "Redacted text copied" }).waitFor({ timeout: 120_000 });
    return page.evaluate(() => window.__stopHeartbeat());
  };
}

function median(xs) {
  return percentile([...xs].sort((a, b) => a - b), 50);
}

/** Nearest-rank percentile of sorted, non-empty values. */
function percentile(sorted, p) {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
}
