// Where <bounce-explainer> explains a paste, in headless Chromium: a
// large paste in a Web Worker, and every paste in a fresh worker once a
// trap has stopped the page's one main-thread instance.
import { test } from "node:test";
import assert from "node:assert/strict";

import { widgetSession } from "./browser.mjs";
import { COMCAST, openHost, paste } from "./host-page.mjs";

const session = widgetSession();

test("large paste is explained in a worker", async () => {
  const { page, problems } = await openHost(session);
  // Over the 32 KB worker threshold: the bounce line after 40 KB of text.
  const filler = "This line is part of a long forwarded message body.\n".repeat(800);
  const event = await paste(page, "first", `${filler}${COMCAST("192.0.2.5")}`);
  assert.equal(event.report.recipients[0].sender_ip, "192.0.2.5");
  assert.ok(session.server.requests.includes("/www/widget/worker.js"), "worker.js was loaded");
  const found = await problems();
  assert.deepEqual(found.violations, []);
  assert.deepEqual(found.errors, []);
  await page.close();
});

test("trap on the main thread moves pastes to a worker", async () => {
  const { page, problems } = await openHost(session);
  await paste(page, "first", COMCAST("192.0.2.5"));
  // Overwrite the shared instance's memory, as a wild write in the module
  // would; the next main-thread call traps with "memory access out of bounds".
  await page.evaluate(async () => {
    const glue = await import("/www/pkg/bounce_explainer.js");
    const exports = await glue.default();
    new Uint8Array(exports.memory.buffer).fill(0xff);
  });
  await page.evaluate(() => {
    window.__errors = [];
    document.addEventListener("bounce-error", (e) => window.__errors.push(String(e.detail.error)));
  });
  await page.locator("#first textarea.bx-input").fill(COMCAST("192.0.2.6"));
  await page.locator("#first").locator(".bx-status", { hasText: "Try again" }).waitFor();
  const errors = await page.evaluate(() => window.__errors);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /RuntimeError/);
  // The previous paste's card must not stay under the text that failed.
  const results = page.locator("#first .bx-results");
  assert.equal(await results.locator(".be-card").count(), 0, "the previous card is gone");
  assert.doesNotMatch(await results.innerText(), /192\.0\.2\.5/);
  assert.equal(await page.evaluate(() => document.getElementById("first").report), null);

  // The next paste, though small, is explained by a fresh worker.
  const workerLoads = () => session.server.requests.filter((path) => path === "/www/widget/worker.js").length;
  const before = workerLoads();
  const event = await paste(page, "first", COMCAST("192.0.2.7"));
  assert.equal(event.report.recipients[0].sender_ip, "192.0.2.7");
  assert.equal(workerLoads(), before + 1, "a worker was started for the small paste");
  // The JS API on the main thread says plainly that it stopped.
  const message = await page.evaluate(async () => {
    const api = await import("/www/widget/index.js");
    try {
      api.explain("550 5.1.1 unknown user");
      return "no error";
    } catch (error) {
      return error.message;
    }
  });
  assert.match(message, /stopped after an internal error.*reload the page/);
  const found = await problems();
  assert.deepEqual(found.violations, []);
  await page.close();
});
