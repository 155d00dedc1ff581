// An empty or whitespace-only file, opened or dropped on the page: the page
// must state that the file was read and is empty, as the command-line tool
// does, instead of returning to its start prompt.
import { test } from "node:test";
import assert from "node:assert/strict";

import { paste, sharedPage } from "./harness.mjs";
import { recordAnnouncements, waitForAnnouncements } from "./live-region.mjs";

const BOUNCE = "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown";

const shared = sharedPage();

async function open(page, name, text) {
  await recordAnnouncements(page.locator("#status"));
  await page.setInputFiles("#file", { name, mimeType: "message/rfc822", buffer: Buffer.from(text) });
}

// Checks what the page shows once the file is read. The live region must
// have been recorded since the file was opened.
async function assertShownEmpty(page, name) {
  const expected = `The file ${name} is empty: there is nothing to explain.`;
  // The same file opened again repeats the message, which the live region
  // sets again once the page has rendered it empty, with a trailing
  // no-break space added or removed, so that it is announced again.
  const announced = await waitForAnnouncements(page, 1);
  assert.equal(announced.length, 1, announced.join(" | "));
  assert.equal(announced[0].replace(/\u00a0$/, ""), expected);
  assert.equal(await page.locator("main").getAttribute("data-state"), "empty-file");
  assert.ok(await page.locator("#file-note").isVisible(), "the note beside the text box is shown");
  assert.equal(await page.locator("#file-note").textContent(), expected);
  assert.equal(await page.locator(".be-card:visible").count(), 0, "no earlier result is left shown");
}

test("empty file on a fresh page", async () => {
  const { page } = shared.session;
  await open(page, "empty.eml", "");
  await assertShownEmpty(page, "empty.eml");
});

test("empty file after a result", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, BOUNCE), "done");
  assert.equal(await page.locator(".be-card").count(), 1);
  await open(page, "empty.eml", "");
  await assertShownEmpty(page, "empty.eml");
  assert.equal(await page.inputValue("#bounce"), "");
});

test("whitespace-only file is empty", async () => {
  const { page } = shared.session;
  for (const text of [" ", "\r\n\r\n", " \t\n  \n"]) {
    await open(page, "blank.txt", text);
    await assertShownEmpty(page, "blank.txt");
  }
});

test("dropped empty file is empty", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, BOUNCE), "done");
  await recordAnnouncements(page.locator("#status"));
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File([], "dropped.eml", { type: "message/rfc822" }));
    const zone = document.querySelector("#input-section");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await assertShownEmpty(page, "dropped.eml");
});

test("paste after empty file clears the note", async () => {
  const { page } = shared.session;
  await open(page, "empty.eml", "");
  await assertShownEmpty(page, "empty.eml");
  assert.equal(await paste(page, BOUNCE), "done");
  assert.equal(await page.locator(".be-card").count(), 1);
  assert.ok(!(await page.locator("#file-note").isVisible()), "the empty-file note is gone");
});
