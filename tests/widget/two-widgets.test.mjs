// Two <bounce-explainer> elements on one page in headless Chromium: each
// explains its own paste, even when both get a paste large enough for a
// Web Worker at the same time, and neither shows a card for text that is
// no longer in its box.
import { test } from "node:test";
import assert from "node:assert/strict";

import { recordWorkerJobs, workerJobs, workersEnded } from "../browser/worker-jobs.mjs";
import { openRecordingHost, widgetSession } from "./browser.mjs";

const HOST = "/tests/widget/host/index.html";
const COMCAST = (ip) =>
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net " +
  `${ip} found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010`;
// Over the 32 KB worker threshold: the reply line after 40 KB of text.
const LARGE = (ip) => `${"This line is part of a long forwarded message body.\n".repeat(800)}${COMCAST(ip)}`;
// Generous: the waits below end on an event, and this bound only guards
// against one that never comes.
const HANG_MS = 120_000;

const session = widgetSession();

function openHost() {
  return openRecordingHost(session.browser.context, session.server.url, HOST);
}

// Sets both widgets' values 20 ms apart, as two pastes in quick succession.
async function setBoth(page, first, second) {
  await page.evaluate(
    async ([a, b]) => {
      document.getElementById("first").value = a;
      await new Promise((resolve) => setTimeout(resolve, 20));
      document.getElementById("second").value = b;
    },
    [first, second],
  );
}

// Waits until widget `id` has fired a bounce-explained event for `ip`.
function explainedWith(page, id, ip) {
  return page.waitForFunction(
    ([target, address]) => window.__events.some((e) => e.id === target && e.ip === address),
    [id, ip],
    { timeout: HANG_MS },
  );
}

// Waits until the module is loaded, so that a value set from then on is
// handled within the task that sets it.
function moduleReady(page) {
  return page.locator("#first .bx-status", { hasText: "Paste a bounce" }).waitFor({ timeout: HANG_MS });
}

// Sets `text` as the removed first element's value, then lets a task pass,
// by which time the element has started any job the value starts.
function setRemovedValue(page, text) {
  return page.evaluate(async (value) => {
    window.__removed.value = value;
    await new Promise((resolve) => setTimeout(resolve));
  }, text);
}

async function cardText(page, id) {
  return (await page.locator(`#${id} .bx-results`).allInnerTexts()).join("\n");
}

test("two large pastes are each explained", async () => {
  const { page, problems } = await openHost();
  await setBoth(page, LARGE("192.0.2.5"), LARGE("203.0.113.5"));
  await explainedWith(page, "first", "192.0.2.5");
  await explainedWith(page, "second", "203.0.113.5");

  const first = await cardText(page, "first");
  assert.match(first, /192\.0\.2\.5/);
  assert.doesNotMatch(first, /203\.0\.113\.5/);
  const second = await cardText(page, "second");
  assert.match(second, /203\.0\.113\.5/);
  assert.doesNotMatch(second, /192\.0\.2\.5/);
  assert.equal(await page.locator("#first .bx-status").textContent(), "Explained 1 reply.");
  assert.equal(await page.locator("#second .bx-status").textContent(), "Explained 1 reply.");
  assert.deepEqual((await problems()).errors, []);
  await page.close();
});

test("large paste replaces a small one's card", async () => {
  const { page } = await openHost();
  await page.evaluate((text) => (document.getElementById("first").value = text), COMCAST("192.0.2.77"));
  await explainedWith(page, "first", "192.0.2.77");

  await setBoth(page, LARGE("192.0.2.78"), LARGE("203.0.113.78"));
  // While the worker runs, the card of the text that left the box is gone.
  assert.doesNotMatch(await cardText(page, "first"), /192\.0\.2\.77/);
  await explainedWith(page, "first", "192.0.2.78");
  await explainedWith(page, "second", "203.0.113.78");

  const first = await cardText(page, "first");
  assert.match(first, /192\.0\.2\.78/);
  assert.doesNotMatch(first, /192\.0\.2\.77/);
  const report = await page.evaluate(() => document.getElementById("first").report);
  assert.equal(report.recipients[0].sender_ip, "192.0.2.78");
  await page.close();
});

test("newer paste in one box keeps the other's", async () => {
  const { page } = await openHost();
  // The first box gets two large pastes in a row: only the newer counts.
  // The second box's large paste, between them, must still be explained.
  await page.evaluate(
    async ([a1, b, a2]) => {
      const wait = () => new Promise((resolve) => setTimeout(resolve, 20));
      document.getElementById("first").value = a1;
      await wait();
      document.getElementById("second").value = b;
      await wait();
      document.getElementById("first").value = a2;
    },
    [LARGE("192.0.2.31"), LARGE("203.0.113.32"), LARGE("192.0.2.33")],
  );
  await explainedWith(page, "first", "192.0.2.33");
  await explainedWith(page, "second", "203.0.113.32");
  const ips = await page.evaluate(() => window.__events.filter((e) => e.id === "first").map((e) => e.ip));
  assert.deepEqual(ips, ["192.0.2.33"], "the older paste of the first box is never shown");
  assert.doesNotMatch(await cardText(page, "first"), /192\.0\.2\.31/);
  await page.close();
});

test("small paste ends the box's large job", async () => {
  const { page } = await openHost();
  await recordWorkerJobs(page);
  await page.evaluate(
    async ([large, small]) => {
      const first = document.getElementById("first");
      first.value = large;
      await new Promise((resolve) => setTimeout(resolve, 20));
      first.value = small;
    },
    [LARGE("192.0.2.41"), COMCAST("192.0.2.42")],
  );
  await explainedWith(page, "first", "192.0.2.42");
  // The large job's worker was ended, so its result can never come back.
  assert.deepEqual(await workerJobs(page), [{ job: "text", chars: LARGE("192.0.2.41").length }]);
  assert.equal(await workersEnded(page), 1, "the large job's worker was ended");
  const ips = await page.evaluate(() => window.__events.filter((e) => e.id === "first").map((e) => e.ip));
  assert.deepEqual(ips, ["192.0.2.42"]);
  assert.match(await cardText(page, "first"), /192\.0\.2\.42/);
  await page.close();
});

test("removed widget ends its worker", { timeout: HANG_MS }, async () => {
  const { page } = await openHost();
  await setBoth(page, LARGE("192.0.2.51"), LARGE("203.0.113.51"));
  await explainedWith(page, "first", "192.0.2.51");
  await explainedWith(page, "second", "203.0.113.51");
  // One worker per element that had a large paste, kept for its next one.
  assert.equal(page.workers().length, 2);

  // Moved within the page, the element keeps its worker and its job.
  await page.evaluate((text) => {
    const first = document.getElementById("first");
    first.value = text;
    document.querySelector("main").append(first);
  }, LARGE("192.0.2.52"));
  await explainedWith(page, "first", "192.0.2.52");
  assert.equal(page.workers().length, 2);

  // Removed during a job, it ends the worker. Put back, it explains again.
  const ended = Promise.race(page.workers().map((worker) => new Promise((resolve) => worker.once("close", resolve))));
  await recordWorkerJobs(page);
  await page.evaluate((text) => {
    const first = document.getElementById("first");
    first.value = text;
    window.__removed = first;
    first.remove();
  }, LARGE("192.0.2.53"));
  await ended;
  assert.equal(await workersEnded(page), 1, "the removed element's worker was ended");
  assert.equal(page.workers().length, 1, "the other element's worker runs on");
  await page.evaluate(() => document.querySelector("main").append(window.__removed));
  await explainedWith(page, "first", "192.0.2.53");
  assert.match(await cardText(page, "first"), /192\.0\.2\.53/);
  await page.close();
});

test("removed widget starts no worker", { timeout: HANG_MS }, async () => {
  const { page } = await openHost();
  await moduleReady(page);
  await recordWorkerJobs(page);
  await page.evaluate(() => {
    window.__removed = document.getElementById("first");
    window.__removed.remove();
  });
  // A large paste set on the removed element would need a worker, and no
  // disconnectedCallback would come to end it.
  await setRemovedValue(page, LARGE("192.0.2.54"));
  assert.deepEqual(await workerJobs(page), [], "no job for a removed element");
  assert.equal(page.workers().length, 0, "no worker for a removed element");
  assert.equal(await page.evaluate(() => window.__events.some((e) => e.id === "first")), false);

  // Put back, it explains the text it was given while out of the page.
  await page.evaluate(() => document.querySelector("main").append(window.__removed));
  await explainedWith(page, "first", "192.0.2.54");
  assert.match(await cardText(page, "first"), /192\.0\.2\.54/);
  assert.equal(page.workers().length, 1);

  // Removed again, it ends that worker, and a new value starts none.
  const [worker] = page.workers();
  const ended = new Promise((resolve) => worker.once("close", resolve));
  await recordWorkerJobs(page);
  await page.evaluate(() => window.__removed.remove());
  await setRemovedValue(page, LARGE("192.0.2.55"));
  await ended;
  assert.equal(await workersEnded(page), 1, "the worker ended");
  assert.deepEqual(await workerJobs(page), [], "no job for the new value");
  assert.equal(page.workers().length, 0, "no worker runs");
  await page.close();
});
