// "Redact and copy" on multi-megabyte pastes in headless Chromium. The
// widget must redact only the start of the paste, in a Web Worker, so the
// host page keeps responding, and must state how much of the paste it
// redacted. How long the main thread stalls meanwhile is measured by
// scripts/bench-browser.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";

import { MB, NAMED_LINE, defineLargePaste, largeText } from "../../scripts/large-paste.mjs";
import { cutForRedaction, REDACT_MAX } from "../../www/widget/redact-job.js";
import { WORKER_THRESHOLD } from "../../www/widget/runner.js";
import { recordWorkerJobs, workerJobs } from "../browser/worker-jobs.mjs";
import { openRecordingHost, widgetSession } from "./browser.mjs";

const HOST = "/tests/widget/host/index.html";
const HEAD =
  "550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org\n" +
  "To: Bob Smith <bob.smith@example.net>\n";
// Generous: the bound is on getting a result at all, not on speed.
const ANSWER_MS = 120_000;

const session = widgetSession({ clipboard: true });

/** Returns HEAD + NAMED_LINE repeated to `megabytes` MB, as redactLarge() builds it in the page. */
const largePaste = (megabytes) => largeText(HEAD, NAMED_LINE, megabytes * MB);

/**
 * Sets largePaste(megabytes), built inside the page, as the first
 * widget's value, waits for its explanation, then clicks "Redact and
 * copy" and waits until the status reports the copy.
 */
async function redactLarge(page, megabytes) {
  const count = await page.evaluate(() => window.__events.length);
  await defineLargePaste(page);
  await page.evaluate(
    ({ head, line, bytes }) => {
      document.getElementById("first").value = window.__largeText(head, line, bytes);
    },
    { head: HEAD, line: NAMED_LINE, bytes: megabytes * MB },
  );
  await page.waitForFunction((n) => window.__events.slice(n).some((e) => e.id === "first"), count, {
    timeout: ANSWER_MS,
  });
  await recordWorkerJobs(page);
  await page.locator("#first button[data-action=redact]").click();
  await page.locator("#first .bx-status", { hasText: "Redacted text copied" }).waitFor({ timeout: ANSWER_MS });
}

for (const megabytes of [2, 20]) {
  test(`${megabytes} MB redact runs in worker`, async () => {
    const { page, problems } = await openRecordingHost(session.browser.context, session.server.url, HOST);
    await redactLarge(page, megabytes);

    const start = cutForRedaction(largePaste(megabytes)).text;
    assert.ok(start.length >= WORKER_THRESHOLD, `${start.length} characters are enough for the worker`);
    assert.deepEqual(await workerJobs(page), [{ job: "redact", chars: start.length }], "only the start went to the worker");

    const redacted = await page.locator("#first textarea.bx-redacted-text").inputValue();
    assert.ok(redacted.length <= REDACT_MAX, `${redacted.length} characters redacted`);
    assert.ok(redacted.endsWith("\n"), "the cut falls at a line end");
    assert.ok(!redacted.includes("bob.smith"), "no address is left");
    assert.ok(!redacted.includes("Bob Smith"), "no name is left");
    assert.match(redacted, /Client host \[203\.0\.113\.7\] blocked/);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), redacted);

    const cut = page.locator("#first [data-field=redact-cut]");
    assert.ok(await cut.isVisible(), "the panel says the paste was cut");
    assert.match(await cut.textContent(), new RegExp(`The paste is ${megabytes}\\.0 MB, so only its first \\d+ KB were redacted`));
    assert.deepEqual((await problems()).errors, []);
    await page.close();
  });
}

test("small redact has no cut note", async () => {
  const { page } = await openRecordingHost(session.browser.context, session.server.url, HOST);
  await page.evaluate((text) => {
    document.getElementById("first").value = text;
  }, HEAD + NAMED_LINE);
  await page.waitForFunction(() => window.__events.some((e) => e.id === "first"));
  await page.locator("#first button[data-action=redact]").click();
  await page.locator("#first .bx-status", { hasText: "Redacted text copied" }).waitFor();
  assert.equal(await page.locator("#first [data-field=redact-cut]").count(), 0);
  await page.close();
});
