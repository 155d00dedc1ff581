// The page's live region (#status) in Chromium: every action changes its
// text, so that a screen reader reads a second copy, or an edit that
// gives the same result, and not only the first. A repeated message is
// set only after the page has rendered the region empty, so that it
// reaches the screen reader as new text.
import { test } from "node:test";
import assert from "node:assert/strict";

import { paste, setInput, sharedPage } from "./harness.mjs";
import { COMCAST_BOUNCE } from "./bounces.mjs";
import { recordAnnouncements, regionLog, renderedEmptyBefore, waitForAnnouncements } from "./live-region.mjs";

const shared = sharedPage({}, async ({ server, session }) => {
  await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
});

test("each copy is announced", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, COMCAST_BOUNCE), "done");
  await recordAnnouncements(page.locator("#status"));
  const actions = ["copy-ip", "copy-ip", "copy-note", "copy-note"];
  for (const [i, action] of actions.entries()) {
    await page.click(`.be-card [data-action="${action}"]`);
    const announced = await waitForAnnouncements(page, i + 1);
    assert.match(announced[i].trim(), /^Copied to the clipboard\.$/, `${action} (${i + 1})`);
    if (i > 0) assert.notEqual(announced[i], announced[i - 1], `the text changed for action ${i + 1}`);
    if (i > 0) assert.ok(renderedEmptyBefore(await regionLog(page), i), `empty frame before action ${i + 1}`);
  }
});

test("edit with the same result is announced", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, COMCAST_BOUNCE), "done");
  const before = await page.locator("#status").textContent();
  await recordAnnouncements(page.locator("#status"));
  // A blank line added at the end changes nothing in the explanation.
  await setInput(page, `${COMCAST_BOUNCE}\n\n`);
  const announced = await waitForAnnouncements(page, 1);
  assert.equal(announced.at(-1).trim(), before.trim());
  assert.notEqual(announced.at(-1), before, "the region's text changed");
  assert.ok(renderedEmptyBefore(await regionLog(page), announced.length - 1), "empty frame before the repeat");
});
