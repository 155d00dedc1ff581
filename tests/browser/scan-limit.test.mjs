// Bounces longer than the 512 KB the module scans, pasted and opened: the
// entry the cut goes through must not become a second, vaguer card.
import { test } from "node:test";
import assert from "node:assert/strict";

import { clearInput, paste, sharedPage } from "./harness.mjs";

const SCAN_LIMIT = 512 * 1024;

const shared = sharedPage();

function oneLineEntry(recipient) {
  return (
    `<${recipient}>: host mx.example.org[198.51.100.9] said: 554 5.7.1 Service unavailable; ` +
    "Client host [203.0.113.45] blocked using zen.spamhaus.org (in reply to RCPT TO command)\n"
  );
}

function foldedEntry(recipient) {
  return (
    `<${recipient}>: host mx.example.org[198.51.100.9] said: 554 5.7.1\n` +
    "    Service unavailable; Client host [203.0.113.45] blocked using\n" +
    "    zen.spamhaus.org (in reply to RCPT TO command)\n"
  );
}

/**
 * Repeats `entry(i)` until `length` bytes, after Postfix's first line and
 * `shift` blank lines. Text that starts with an entry would be sent whole,
 * because its first line looks like a header field.
 */
function repeated(entry, shift, length) {
  const parts = ["This is the mail system at host mail.example.com.\n", "\n".repeat(shift)];
  let size = parts[0].length + shift;
  for (let i = 0; size < length; i++) {
    const text = entry(i);
    parts.push(text);
    size += text.length;
  }
  return parts.join("");
}

async function assertEveryCardWhole(page, label) {
  const ips = await page.locator(".be-card .be-ip-value").allTextContents();
  const cards = await page.locator(".be-card").count();
  assert.equal(ips.length, cards, `${label}: every card has an IP`);
  assert.ok(ips.every((ip) => ip === "203.0.113.45"), `${label}: ${ips}`);
}

test("same recipient pasted 5 MB gives one card", async () => {
  const { page } = shared.session;
  for (const shift of [0, 40, 97, 150]) {
    const text = repeated(() => oneLineEntry("bob@example.org"), shift, 5 * 1024 * 1024);
    assert.equal(await paste(page, text), "done");
    assert.equal(await page.locator(".be-card").count(), 1, `shift ${shift}`);
    await assertEveryCardWhole(page, `shift ${shift}`);
    assert.match(await page.locator("#status").textContent(), /only its first 512 KB were read/);
    assert.match((await page.locator(".be-notes").allTextContents()).join(" "), /only its first 512 KB were read/);
  }
});

test("folded entries cut leave no fragment", async () => {
  const { page } = shared.session;
  for (const shift of [0, 30, 75, 120]) {
    const text = repeated((i) => foldedEntry(`user${i}@example.org`), shift, SCAN_LIMIT + 50_000);
    assert.equal(await paste(page, text), "done");
    await assertEveryCardWhole(page, `shift ${shift}`);
  }
});

test("opened file cut gives one card", async () => {
  const { page } = shared.session;
  await clearInput(page);
  const text = repeated(() => oneLineEntry("bob@example.org"), 0, 2 * 1024 * 1024);
  await page.setInputFiles("#file", { name: "big.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
  await page.waitForSelector('main[data-state="done"]');
  assert.equal(await page.locator(".be-card").count(), 1);
  await assertEveryCardWhole(page, "opened");
});
