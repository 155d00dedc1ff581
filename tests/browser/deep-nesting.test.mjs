// Emails nested thousands of levels deep, pasted and opened in the page.
// Every one is over 32 KB, so the page's Web Worker explains it with the
// stack Chromium gives a worker: the page must show a result, never the
// "Something went wrong" error.
import { test } from "node:test";
import assert from "node:assert/strict";

import { clearInput, paste, sharedPage } from "./harness.mjs";

const REPLY = "550 5.1.1 <user@example.org>: Recipient address rejected: User unknown";
const BLOCK =
  "From: MAILER-DAEMON@example.com\r\nSubject: x\r\n\r\n" +
  "554 5.7.1 Client host [203.0.113.45] blocked using zen.spamhaus.org\r\n";
const DEPTHS = [1000, 2000, 10000];

const shared = sharedPage();

/** Builds a bounce whose failure sits inside `depth` nested multiparts. */
function nestedMultipart(depth) {
  let email =
    "From: MAILER-DAEMON@mx.example.net\r\nTo: sender@example.com\r\n" +
    "Subject: Undeliverable\r\nMIME-Version: 1.0\r\n";
  for (let d = 0; d < depth; d++) {
    email += `Content-Type: multipart/mixed; boundary="n${d}"\r\n\r\n--n${d}\r\n`;
  }
  email += `Content-Type: text/plain\r\n\r\n${REPLY}\r\n`;
  for (let d = depth - 1; d >= 0; d--) email += `--n${d}--\r\n`;
  return email;
}

/** Builds `depth` message/rfc822 emails, each containing the next, around a block. */
function nestedRfc822(depth) {
  const level = "From: a@example.com\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n";
  return level.repeat(depth) + BLOCK;
}

async function assertMultipartRead(page, depth) {
  assert.equal(await page.locator(".be-card").count(), 1, `${depth} levels: one card`);
  assert.equal(await page.locator(".be-recipient").textContent(), "user@example.org", `${depth} levels`);
  assert.match(await page.locator(".be-facts").textContent(), /5\.1\.1/, `${depth} levels`);
}

async function assertRfc822Noted(page, depth) {
  assert.equal(await page.locator(".be-card").count(), 0, `${depth} levels: no card`);
  assert.match(await page.locator(".be-summary").textContent(), /looks like a bounce/, `${depth} levels`);
  const notes = await page.locator(".be-notes").textContent();
  assert.match(notes, /more than three forwards/, `${depth} levels: ${notes}`);
}

for (const depth of DEPTHS) {
  test(`multipart nested ${depth} deep, pasted`, async () => {
    const { page } = shared.session;
    assert.equal(await paste(page, nestedMultipart(depth)), "done");
    await assertMultipartRead(page, depth);
  });

  test(`message/rfc822 nested ${depth} deep, pasted`, async () => {
    const { page } = shared.session;
    assert.equal(await paste(page, nestedRfc822(depth)), "done");
    await assertRfc822Noted(page, depth);
  });

  test(`message/rfc822 nested ${depth} deep, opened`, async () => {
    const { page } = shared.session;
    await clearInput(page);
    const buffer = Buffer.from(nestedRfc822(depth));
    await page.setInputFiles("#file", { name: "deep.eml", mimeType: "message/rfc822", buffer });
    const main = await page.waitForSelector('main[data-state="done"], main[data-state="error"]');
    assert.equal(await main.evaluate((el) => el.dataset.state), "done");
    await assertRfc822Noted(page, depth);
  });
}

test("no page error after deep input", () => {
  assert.deepEqual(shared.session.record.pageErrors, []);
});
