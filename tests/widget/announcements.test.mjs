// The widget's live region (.bx-status) in Chromium: every action changes
// its text, so that a screen reader reads a second copy, or the same
// paste explained again, and not only the first. A repeated message is
// set only after the page has rendered the region empty, so that it
// reaches the screen reader as new text.
import { test } from "node:test";
import assert from "node:assert/strict";

import { recordAnnouncements, regionLog, renderedEmptyBefore, waitForAnnouncements } from "../browser/live-region.mjs";
import { watchedPage, widgetSession } from "./browser.mjs";

const HOST = "/tests/widget/host/index.html";
// Within the host page's own sending range, so the card has a note to copy.
const BLOCK = "550 5.7.1 Service unavailable; Client host [192.0.2.77] blocked using zen.spamhaus.org";

const session = widgetSession({ clipboard: true });

async function openHost() {
  const { page } = await watchedPage(session.browser.context, session.server.url);
  await page.goto(session.server.url + HOST);
  await page.waitForFunction(() => {
    const status = document.getElementById("first").shadowRoot?.querySelector(".bx-status");
    return status?.textContent === "Paste a bounce to see what it means.";
  });
  return page;
}

test("each copy is announced", async () => {
  const page = await openHost();
  await page.evaluate((text) => (document.getElementById("first").value = text), BLOCK);
  await page.locator("#first .be-card").waitFor();
  await recordAnnouncements(page.locator("#first .bx-status"));
  const actions = ["copy-ip", "copy-ip", "copy-party-note", "copy-party-note"];
  for (const [i, action] of actions.entries()) {
    const button = page.locator(`#first .be-card [data-action="${action}"]`);
    // The note's copy button is inside a closed <details>.
    if (action === "copy-party-note") await page.locator("#first .bx-note").evaluate((d) => (d.open = true));
    await button.click();
    const announced = await waitForAnnouncements(page, i + 1);
    assert.match(announced[i].trim(), /^Copied to the clipboard\.$/, `${action} (${i + 1})`);
    if (i > 0) assert.notEqual(announced[i], announced[i - 1], `the text changed for action ${i + 1}`);
    if (i > 0) assert.ok(renderedEmptyBefore(await regionLog(page), i), `empty frame before action ${i + 1}`);
  }
  await page.close();
});

test("same paste explained again is announced", async () => {
  const page = await openHost();
  await page.evaluate((text) => (document.getElementById("first").value = text), BLOCK);
  await page.locator("#first .be-card").waitFor();
  await recordAnnouncements(page.locator("#first .bx-status"));
  // The region already reads "Explained 1 reply." from the paste, so both
  // presses repeat it.
  await page.locator("#first button[data-action=explain]").click();
  const announced = await waitForAnnouncements(page, 1);
  assert.equal(announced[0].trim(), "Explained 1 reply.");
  assert.ok(renderedEmptyBefore(await regionLog(page), 0), "empty frame before the first press's text");
  await page.locator("#first button[data-action=explain]").click();
  const again = await waitForAnnouncements(page, 2);
  assert.equal(again[1].trim(), "Explained 1 reply.");
  assert.notEqual(again[1], again[0], "the region's text changed");
  assert.ok(renderedEmptyBefore(await regionLog(page), 1), "empty frame before the second press's text");
  await page.close();
});
