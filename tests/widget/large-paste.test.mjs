// Multi-megabyte pastes into <bounce-explainer> in headless Chromium.
// Text over 1 MB is kept out of the widget's textarea, as the page does,
// because laying it out would freeze the host page for seconds, and the
// paste is explained in the element's Web Worker. How long the main
// thread stalls meanwhile is measured by scripts/bench-browser.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";

import { BLOCK_LINE, MB, PROSE, defineLargePaste } from "../../scripts/large-paste.mjs";
import { WORKER_THRESHOLD } from "../../www/widget/runner.js";
import { recordWorkerJobs, workerJobs } from "../browser/worker-jobs.mjs";
import { openRecordingHost, widgetSession } from "./browser.mjs";

const HOST = "/tests/widget/host/index.html";
// Generous: the bound is on getting a result at all, not on speed.
const ANSWER_MS = 120_000;

const session = widgetSession();

function openHost() {
  return openRecordingHost(session.browser.context, session.server.url, HOST);
}

/**
 * Puts BLOCK_LINE + PROSE repeated to `megabytes` MB into the first
 * widget, by its `value` property or as a paste into its textarea
 * (`method`), and waits until the widget has explained it.
 */
async function pasteLarge(page, method, megabytes) {
  const count = await page.evaluate(() => window.__events.length);
  await defineLargePaste(page);
  await page.evaluate(
    ({ head, prose, bytes, method }) => {
      const text = window.__largeText(head, prose, bytes);
      window.__pasted = text.length;
      window.__putInWidget(document.getElementById("first"), text, method);
    },
    { head: BLOCK_LINE, prose: PROSE, bytes: megabytes * MB, method },
  );
  await page.waitForFunction((n) => window.__events.slice(n).some((e) => e.id === "first"), count, {
    timeout: ANSWER_MS,
  });
}

const note = (page) => page.locator("#first .bx-large-note");

for (const [method, megabytes] of [
  ["value", 2],
  ["paste", 2],
  ["value", 20],
  ["paste", 20],
]) {
  test(`${megabytes} MB ${method} explained in worker`, async () => {
    const { page, problems } = await openHost();
    await recordWorkerJobs(page);
    await pasteLarge(page, method, megabytes);

    const ip = await page.evaluate(() => window.__events.at(-1).ip);
    assert.equal(ip, "203.0.113.7");
    const pasted = await page.evaluate(() => window.__pasted);
    const jobs = await workerJobs(page);
    assert.ok(pasted >= WORKER_THRESHOLD, `${pasted} characters are enough for the worker`);
    assert.deepEqual(jobs, [{ job: "text", chars: pasted }], "the whole paste went to the worker, once");
    assert.equal(await page.locator("#first textarea.bx-input").inputValue(), "", "megabytes are kept out of the box");
    assert.ok(await note(page).isVisible(), "the note says why the box is empty");
    assert.match(await note(page).textContent(), new RegExp(`\\(${megabytes}\\.0 MB\\) is too large to show`));
    const length = await page.evaluate(() => document.getElementById("first").value.length);
    assert.equal(length, pasted, "value returns the whole paste");
    assert.deepEqual((await problems()).errors, []);
    await page.close();
  });
}

test("small paste after a large one shows", async () => {
  const { page } = await openHost();
  await pasteLarge(page, "paste", 2);
  const small = BLOCK_LINE.replace("203.0.113.7", "203.0.113.8");
  const count = await page.evaluate(() => window.__events.length);
  await page.locator("#first textarea.bx-input").fill(small);
  await page.waitForFunction((n) => window.__events.slice(n).some((e) => e.id === "first"), count);
  assert.equal(await page.evaluate(() => window.__events.at(-1).ip), "203.0.113.8");
  assert.ok(await note(page).isHidden(), "the large-paste note is gone");
  assert.equal(await page.evaluate(() => document.getElementById("first").value), small);
  await page.close();
});

test("clear drops the kept paste", async () => {
  const { page } = await openHost();
  await pasteLarge(page, "value", 2);
  await page.locator("#first button[data-action=clear]").click();
  assert.equal(await page.evaluate(() => document.getElementById("first").value), "");
  assert.ok(await note(page).isHidden(), "the large-paste note is gone");
  assert.equal(await page.locator("#first .be-card").count(), 0);
  await page.close();
});

test("value set before connection is kept out", async () => {
  const { page } = await openHost();
  const count = await page.evaluate(() => window.__events.length);
  await defineLargePaste(page);
  await page.evaluate(
    ({ head, prose, bytes }) => {
      const widget = document.createElement("bounce-explainer");
      widget.id = "late";
      widget.value = window.__largeText(head, prose, bytes);
      document.querySelector("main").append(widget);
    },
    { head: BLOCK_LINE, prose: PROSE, bytes: 2 * MB },
  );
  await page.waitForFunction((n) => window.__events.slice(n).some((e) => e.id === "late"), count, {
    timeout: ANSWER_MS,
  });
  assert.equal(await page.locator("#late textarea.bx-input").inputValue(), "");
  assert.ok(await page.locator("#late .bx-large-note").isVisible());
  assert.equal(await page.evaluate(() => window.__events.at(-1).ip), "203.0.113.7");
  await page.close();
});
