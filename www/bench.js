// Benchmark page, driven by scripts/bench-browser.mjs. Everything is
// timed inside the page with performance.now(): the cold start (from the
// start of navigation to the first explained bounce: the HTML, the glue
// script, the .wasm fetch, compile and instantiate, one explain() call),
// then, on request, explain() over a list of emails and the Web Worker
// path for large input.
import init, { explain, explainBytes } from "./pkg/bounce_explainer.js";
import { explainInput, WORKER_THRESHOLD } from "./engine.js";

const SAMPLE =
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net " +
  "203.0.113.5 found on one or more DNSBLs, see " +
  "http://postmaster.comcast.net/smtp-error-codes.php#BL000010";

const moduleStart = performance.now();
await init();
const wasmReady = performance.now();
const first = explain(SAMPLE);
const firstAnswer = performance.now();

window.coldStart = {
  // Milliseconds since the start of navigation.
  moduleStart,
  wasmReady,
  firstAnswer,
  code: first.recipients[0]?.code ?? null,
};
document.getElementById("status").textContent =
  `First answer ${firstAnswer.toFixed(1)} ms after navigation started.`;

/**
 * Times explainBytes() on each email (base64 strings). One untimed pass
 * warms up; then each email is explained `repeats` times in a row and
 * the mean of those calls is its time, because Chromium coarsens
 * performance.now() (to 100 us on a page that is not cross-origin
 * isolated). Returns per-email milliseconds, sorted.
 */
window.timeEmails = (emails, repeats) => {
  const decoded = emails.map((b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
  for (const bytes of decoded) explainBytes(bytes);
  const times = decoded.map((bytes) => {
    const start = performance.now();
    for (let i = 0; i < repeats; i++) explainBytes(bytes);
    return (performance.now() - start) / repeats;
  });
  return times.sort((a, b) => a - b);
};

/**
 * Explains `text` as the page does (engine.js: the worker at or above
 * its threshold) and measures how long the main thread stayed blocked:
 * the largest gap between 5 ms timer ticks while it ran.
 */
window.timePageExplain = async (text) => {
  let last = performance.now();
  let maxGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 5);
  const start = performance.now();
  const report = await explainInput(text);
  const ms = performance.now() - start;
  clearInterval(timer);
  maxGap = Math.max(maxGap, performance.now() - last);
  return { ms, maxGapMs: maxGap, worker: text.length >= WORKER_THRESHOLD, recipients: report.recipients.length };
};
