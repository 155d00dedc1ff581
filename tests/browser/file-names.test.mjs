// A file's name is as untrusted as its contents. A name containing a bidi
// override or another hidden character must not reorder or hide part of
// the page's own sentence around it, so the page shows such characters
// as the visible escape it uses for pasted text (⟨U+202E⟩).
import { test } from "node:test";
import assert from "node:assert/strict";

import { sharedPage } from "./harness.mjs";

const BOUNCE = "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n";

// Each name with the text the page must show for it.
const NAMES = [
  ["invoice\u202Efdp.eml", "invoice⟨U+202E⟩fdp.eml"],
  ["report\u2066lmth\u2069.eml", "report⟨U+2066⟩lmth⟨U+2069⟩.eml"],
  ["bounce\u200B.eml", "bounce⟨U+200B⟩.eml"],
  ["\u061Cnotice\u200F.txt", "⟨U+061C⟩notice⟨U+200F⟩.txt"],
];

const HIDDEN = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069]/u;

// Records every text that the status line, the file note and the error
// message show, because the status moves on from "Read the file …" once
// the result is shown.
async function recordTexts(page) {
  await page.evaluate(() => {
    window.__texts = [];
    const watch = (id) => {
      const node = document.getElementById(id);
      new MutationObserver(() => window.__texts.push(node.textContent)).observe(node, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    };
    watch("status");
    watch("error-message");
    watch("file-note");
  });
}

const recordedTexts = (page) => page.evaluate(() => window.__texts);

async function open(page, name, buffer) {
  await page.setInputFiles("#file", { name, mimeType: "message/rfc822", buffer });
}

const shared = sharedPage({}, async ({ session }) => recordTexts(session.page));

test("empty file's name is escaped", async () => {
  const { page } = shared.session;
  for (const [name, shown] of NAMES) {
    await open(page, name, Buffer.from(""));
    await page.waitForSelector('main[data-state="empty-file"]');
    const expected = `The file ${shown} is empty: there is nothing to explain.`;
    assert.equal(await page.locator("#status").textContent(), expected);
    assert.equal(await page.locator("#file-note").textContent(), expected);
  }
});

test("read file's status name is escaped", async () => {
  const { page } = shared.session;
  for (const [name, shown] of NAMES) {
    await page.evaluate(() => (window.__texts = []));
    await open(page, name, Buffer.from(BOUNCE));
    await page.waitForSelector('main[data-state="done"]');
    const texts = await recordedTexts(page);
    assert.ok(texts.includes(`Read the file ${shown}.`), `status texts: ${JSON.stringify(texts)}`);
  }
});

test("large file's note name is escaped", async () => {
  const { page } = shared.session;
  const buffer = Buffer.from(BOUNCE + "y\n".repeat(600_000));
  await open(page, NAMES[0][0], buffer);
  await page.waitForSelector("#file-note:not([hidden])");
  const note = await page.locator("#file-note").textContent();
  assert.ok(note.startsWith(`${NAMES[0][1]} (1.`), note);
  assert.doesNotMatch(note, HIDDEN);
  await page.waitForSelector('main[data-state="done"], main[data-state="error"]', { timeout: 120_000 });
});

test("unreadable file's error name is escaped", async () => {
  const { page } = shared.session;
  const [name, shown] = NAMES[0];
  await page.evaluate((fileName) => {
    const file = new File(["x"], fileName, { type: "message/rfc822" });
    file.arrayBuffer = () => Promise.reject(new Error("The file could not be read."));
    const data = new DataTransfer();
    data.items.add(file);
    // A DataTransfer copies the File without the patched arrayBuffer, so
    // the event gets a dataTransfer that returns the patched File itself.
    const event = new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true });
    Object.defineProperty(event, "dataTransfer", { value: { files: [file], types: ["Files"] } });
    document.querySelector("#input-section").dispatchEvent(event);
  }, name);
  await page.waitForSelector("#error:not([hidden])");
  assert.equal(await page.locator("#error-message").textContent(), `Could not read the file ${shown}.`);
});

test("no recorded text holds a hidden character", async () => {
  const { page } = shared.session;
  const texts = await recordedTexts(page);
  for (const text of texts) assert.doesNotMatch(text, HIDDEN, text);
});
