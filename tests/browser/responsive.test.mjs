// Huge pastes in Chromium: a 2 MB and a 20 MB paste and one 3 MB line.
// The page must keep responding: it sends only what the module reads to
// the Web Worker, and keeps the megabytes out of the text box and the
// marked copy. How long the main thread stalls meanwhile is measured by
// scripts/bench-browser.mjs, not here, because a time limit in a test
// fails on a loaded machine and passes on a slow page alike.
import { test } from "node:test";
import assert from "node:assert/strict";

import { MB, PROSE, defineLargePaste, largeText } from "../../scripts/large-paste.mjs";
import { WORKER_THRESHOLD } from "../../www/engine.js";
import { capText } from "../../www/scan-limit.js";
import { clearInput, sharedPage } from "./harness.mjs";
import { recordWorkerJobs, workerJobs } from "./worker-jobs.mjs";

// Generous: the bound is on getting a result at all, not on speed.
const ANSWER_MS = 120_000;

const BOUNCE = `This is the mail system at host mail.example.com.

<bob@comcast.net>: host mx1.comcast.net[198.51.100.80] said: 554 5.7.1
    resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net 203.0.113.5
    found on one or more DNSBLs, see
    http://postmaster.comcast.net/smtp-error-codes.php#BL000010 (in reply to
    MAIL FROM command)

`;

const shared = sharedPage();

/**
 * Pastes largeText(head, unit, bytes), built inside the page, as one input
 * event, while recording the jobs posted to a worker, and waits until the
 * page shows a result or an error. Resolves to `{ state, jobs }`.
 */
async function pasteHuge(page, head, unit, bytes) {
  await clearInput(page);
  await recordWorkerJobs(page);
  await defineLargePaste(page);
  await page.evaluate(
    ({ head, unit, bytes }) => {
      window.__pasteInto(document.querySelector("#bounce"), window.__largeText(head, unit, bytes));
    },
    { head, unit, bytes },
  );
  const main = await page.waitForSelector('main[data-state="done"], main[data-state="error"]', {
    timeout: ANSWER_MS,
  });
  return { state: await main.evaluate((el) => el.dataset.state), jobs: await workerJobs(page) };
}

/** Checks that exactly the part of `pasted` the module reads went to the worker, once. */
function assertWorkerJob(jobs, pasted) {
  const sent = capText(pasted).text.length;
  assert.ok(sent >= WORKER_THRESHOLD, `${sent} characters are enough for the worker`);
  assert.equal(jobs.length, 1, JSON.stringify(jobs));
  assert.equal(jobs[0].job, "input");
  assert.equal(jobs[0].chars, sent, "only the part the module reads is sent");
}

async function assertCutAnswer(page) {
  const status = await page.locator("#status").textContent();
  assert.match(status, /only its first 512 KB were read/, status);
  assert.equal(await page.inputValue("#bounce"), "", "megabytes are kept out of the text box");
  assert.ok(await page.locator("#file-note").isVisible(), "the note says why the box is empty");
  // Only the marked lines are laid out, not the megabytes.
  const mirrorChars = await page.$eval("#mirror", (pre) => pre.textContent.length);
  assert.ok(mirrorChars < 10_000, `${mirrorChars} characters in the marked copy`);
}

for (const megabytes of [2, 20]) {
  test(`${megabytes} MB paste explained in worker`, async () => {
    const { page } = shared.session;
    const run = await pasteHuge(page, BOUNCE, PROSE, megabytes * MB);
    assert.equal(run.state, "done");
    assertWorkerJob(run.jobs, largeText(BOUNCE, PROSE, megabytes * MB));
    assert.equal(await page.locator(".be-ip-value").first().textContent(), "203.0.113.5");
    await assertCutAnswer(page);
  });
}

test("3 MB single line explained in worker", async () => {
  const { page } = shared.session;
  const head =
    "550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org ";
  const run = await pasteHuge(page, head, "A", 3 * MB);
  assert.equal(run.state, "done");
  assertWorkerJob(run.jobs, largeText(head, "A", 3 * MB));
  assert.match(await page.locator(".be-facts").first().textContent(), /5\.7\.1/);
  await assertCutAnswer(page);
});

test("short paste supersedes huge paste", async () => {
  const { page } = shared.session;
  await clearInput(page);
  await page.evaluate(() => {
    const area = document.querySelector("#bounce");
    area.value = "550 5.7.1 blocked using zen.spamhaus.org " + "A".repeat(3 * 1048576);
    area.dispatchEvent(new InputEvent("input", { bubbles: true }));
    area.value = "550 5.1.1 <erin@example.net>: User unknown";
    area.dispatchEvent(new InputEvent("input", { bubbles: true }));
  });
  await page.waitForSelector('main[data-state="done"]', { timeout: ANSWER_MS });
  assert.equal(await page.locator(".be-card").count(), 1);
  assert.match(await page.locator(".be-facts").first().textContent(), /5\.1\.1/);
  assert.ok(await page.locator("#file-note").isHidden(), "the large-paste note is gone");
  assert.equal(await page.inputValue("#bounce"), "550 5.1.1 <erin@example.net>: User unknown");
});
