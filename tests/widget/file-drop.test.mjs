// Files dropped on <bounce-explainer> in headless Chromium: the first is
// read into the box and explained, and the files dropped with it are named
// as not read.
import { test } from "node:test";
import assert from "node:assert/strict";

import { openRecordingHost, widgetSession } from "./browser.mjs";

const HOST = "/tests/widget/host/index.html";
const REPLY = (ip) => `550 5.7.1 Service unavailable; Client host [${ip}] blocked using zen.spamhaus.org\n`;

const session = widgetSession();

/**
 * Drops `files` (`{ name, text }` each) on the first widget's text box, as
 * a drag from the file manager does. Resolves to whether the widget
 * cancelled the browser's default action (opening the file).
 */
function drop(page, files) {
  return page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const { name, text } of list) transfer.items.add(new File([text], name, { type: "message/rfc822" }));
    const area = document.getElementById("first").shadowRoot.querySelector("textarea.bx-input");
    const event = new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true, composed: true });
    area.dispatchEvent(event);
    return event.defaultPrevented;
  }, files);
}

const note = (page) => page.locator("#first .bx-file-note");

test("several dropped files name the unread", async () => {
  const { page, problems } = await openRecordingHost(session.browser.context, session.server.url, HOST);
  const cancelled = await drop(page, [
    { name: "first.eml", text: REPLY("203.0.113.61") },
    { name: "second.eml", text: REPLY("203.0.113.62") },
    { name: "third.eml", text: REPLY("203.0.113.63") },
  ]);
  assert.equal(cancelled, true, "the browser does not open the file");
  await page.waitForFunction(() => window.__events.some((e) => e.id === "first" && e.ip === "203.0.113.61"));
  assert.equal(await page.locator("#first textarea.bx-input").inputValue(), REPLY("203.0.113.61"));
  assert.ok(await note(page).isVisible());
  const text = await note(page).textContent();
  assert.match(text, /Only the first of the 3 dropped files, first\.eml, was read\./);
  assert.match(text, /Not read: second\.eml, third\.eml\./);
  assert.equal(await page.evaluate(() => window.__events.some((e) => e.ip === "203.0.113.62")), false);

  // A paste replaces the file, so the note no longer applies.
  await page.locator("#first textarea.bx-input").fill(REPLY("203.0.113.64"));
  await note(page).waitFor({ state: "hidden" });
  assert.deepEqual((await problems()).errors, []);
  await page.close();
});

test("one dropped file is named", async () => {
  const { page } = await openRecordingHost(session.browser.context, session.server.url, HOST);
  await drop(page, [{ name: "only.eml", text: REPLY("203.0.113.65") }]);
  await page.waitForFunction(() => window.__events.some((e) => e.id === "first" && e.ip === "203.0.113.65"));
  assert.equal(await note(page).textContent(), "Read the file only.eml.");
  await page.close();
});
