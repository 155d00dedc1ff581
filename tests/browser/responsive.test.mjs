// Huge pastes in Chromium: a 2 MB and a 20 MB paste and one 3 MB line.
// While each is explained, a requestAnimationFrame heartbeat runs on the
// main thread; its longest gap shows whether the page froze. This checks
// that the page keeps responding, not how fast the module is.
import { test } from "node:test";
import assert from "node:assert/strict";

import { clearInput, sharedPage } from "./harness.mjs";

// A frame every 16 ms is normal; a gap of a quarter second is a visible
// stall, and a frozen page shows gaps of seconds.
const GAP_MAX_MS = 250;
// Generous: the bound is on getting a result at all, not on speed.
const ANSWER_MS = 60_000;

const BOUNCE = `This is the mail system at host mail.example.com.

<bob@comcast.net>: host mx1.comcast.net[198.51.100.80] said: 554 5.7.1
    resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net 203.0.113.5
    found on one or more DNSBLs, see
    http://postmaster.comcast.net/smtp-error-codes.php#BL000010 (in reply to
    MAIL FROM command)

`;

const shared = sharedPage();


/**
 * Pastes `head` + `unit` repeated to `bytes` as one input event, and runs
 * the heartbeat until the page shows a result or an error. The text is
 * built inside the page, because sending 20 MB over the DevTools protocol
 * would take longer than the test. Resolves to `{ state, gapMs, beats,
 * pasteMs, elapsedMs }`.
 */
async function pasteAndWatch(page, head, unit, bytes) {
  await clearInput(page);
  const pasteMs = await page.evaluate(
    ({ head, unit, bytes }) => {
      const text = head + unit.repeat(Math.ceil((bytes - head.length) / unit.length));
      const area = document.querySelector("#bounce");
      const t0 = performance.now();
      area.value = text;
      area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      const beat = { last: performance.now(), gap: 0, beats: 0, start: performance.now(), running: true };
      window.__beat = beat;
      // performance.now(), not the frame's timestamp, which can predate
      // the callback by a whole frame.
      const tick = () => {
        if (!beat.running) return;
        const now = performance.now();
        beat.gap = Math.max(beat.gap, now - beat.last);
        beat.last = now;
        beat.beats += 1;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      return beat.start - t0;
    },
    { head, unit, bytes },
  );
  const main = await page.waitForSelector('main[data-state="done"], main[data-state="error"]', {
    timeout: ANSWER_MS,
  });
  const state = await main.evaluate((el) => el.dataset.state);
  // One more frame after the result, so the cost of laying it out counts.
  const beat = await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const now = performance.now();
          const beat = window.__beat;
          beat.running = false;
          beat.gap = Math.max(beat.gap, now - beat.last);
          resolve({ gapMs: beat.gap, beats: beat.beats, elapsedMs: now - beat.start });
        }),
      ),
  );
  const result = { state, pasteMs, ...beat };
  console.log(`${(bytes / 1048576).toFixed(1)} MB: ${JSON.stringify(result)}`);
  return result;
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
  test(`${megabytes} MB paste stays responsive`, async () => {
    const { page } = shared.session;
    const prose = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.\n";
    const run = await pasteAndWatch(page, BOUNCE, prose, megabytes * 1048576);
    assert.equal(run.state, "done");
    assert.ok(run.gapMs < GAP_MAX_MS, `longest frame gap ${run.gapMs.toFixed(0)} ms`);
    assert.equal(await page.locator(".be-ip-value").first().textContent(), "203.0.113.5");
    await assertCutAnswer(page);
  });
}

test("3 MB single line stays responsive", async () => {
  const { page } = shared.session;
  const head =
    "550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org ";
  const run = await pasteAndWatch(page, head, "A", 3 * 1048576);
  assert.equal(run.state, "done");
  assert.ok(run.gapMs < GAP_MAX_MS, `longest frame gap ${run.gapMs.toFixed(0)} ms`);
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
