// Binary files opened or dropped on the page: the module reads them as
// bytes, so the page must show that they are binary data rather than a
// result as if they were text.
import { test } from "node:test";
import assert from "node:assert/strict";

import { clearInput, sharedPage } from "./harness.mjs";

const shared = sharedPage();

/** Returns `length` bytes from a xorshift32 generator, the same each run. */
function randomBytes(length, seed) {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

async function assertShownBinary(page) {
  await page.waitForSelector('main[data-state="done"]');
  assert.match(await page.locator(".be-read-as").textContent(), /binary data, not text/);
  assert.match(await page.locator(".be-notes").textContent(), /looks like binary data/);
  assert.equal(await page.locator(".be-card").count(), 0);
}

test("opened random files shown as binary", async () => {
  const { page } = shared.session;
  for (const seed of [1, 2, 3, 4, 5]) {
    await clearInput(page);
    const buffer = Buffer.from(randomBytes(1000, seed));
    await page.setInputFiles("#file", { name: `random-${seed}.bin`, mimeType: "application/octet-stream", buffer });
    await assertShownBinary(page);
  }
});

test("dropped random file shown as binary", async () => {
  const { page } = shared.session;
  await clearInput(page);
  await page.evaluate((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], "random.bin", { type: "application/octet-stream" }));
    const zone = document.querySelector("#input-section");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [...randomBytes(4000, 6)]);
  await assertShownBinary(page);
});
