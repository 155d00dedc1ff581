// <bounce-explainer> in headless Chromium on a portal page that requires
// Trusted Types for scripts (`require-trusted-types-for 'script'`). The
// widget creates its worker's URL through its named policy, so large
// pastes still leave the main thread when the page allows that policy.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

import { launch, watchedPage } from "./browser.mjs";
import { serveFolder, STRICT_CSP } from "./server.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HOST = "/tests/widget/host/index.html";
const WORKER = "/www/widget/worker.js";
const ALLOWED = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types bounce-explainer`;
const NONE_ALLOWED = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'`;
// Over the 32 KB worker threshold: the bounce line after 40 KB of text.
const LARGE_PASTE =
  "This line is part of a long forwarded message body.\n".repeat(800) +
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net " +
  "192.0.2.5 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010";

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

// Serves the host page under `csp`, pastes LARGE_PASTE into the first
// widget and returns its report, the requested paths and the problems seen.
async function explainLargePaste(csp) {
  const server = await serveFolder(ROOT, { csp });
  try {
    const { page, problems } = await watchedPage(browser.context, server.url);
    await page.addInitScript(() => {
      window.__reports = [];
      document.addEventListener("bounce-explained", (e) => window.__reports.push(e.detail.report));
    });
    await page.goto(server.url + HOST);
    await page.locator("#first textarea.bx-input").fill(LARGE_PASTE);
    await page.waitForFunction(() => window.__reports.length > 0);
    const report = await page.evaluate(() => window.__reports.at(-1));
    const found = await problems();
    await page.close();
    return { report, requests: [...server.requests], found };
  } finally {
    await server.close();
  }
}

test("worker starts under allowed policy", async () => {
  const { report, requests, found } = await explainLargePaste(ALLOWED);
  assert.equal(report.recipients[0].sender_ip, "192.0.2.5");
  assert.ok(requests.includes(WORKER), `worker.js was not loaded: ${requests.join(" ")}`);
  assert.deepEqual(found.violations, []);
  assert.deepEqual(found.errors, []);
});

test("main thread explains when policy rejected", async () => {
  const { report, requests } = await explainLargePaste(NONE_ALLOWED);
  assert.equal(report.recipients[0].sender_ip, "192.0.2.5");
  assert.ok(!requests.includes(WORKER), `worker.js was loaded: ${requests.join(" ")}`);
});
