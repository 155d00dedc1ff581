// An mbox with several messages, pasted or opened on the page: one card
// per recipient of every message, each naming its message, and a note
// with the number of messages read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { clearInput, paste, sharedPage } from "./harness.mjs";

const HOSTS = readFileSync(new URL("../fixtures/mbox/hosts.mbox", import.meta.url));
const NOTE = "The text holds 13 messages in mbox form; each was read on its own.";
const IPS = ["192.0.2.44", "192.0.2.77", "192.0.2.90", "2001:db8:10::5"];

const shared = sharedPage();

async function assertAllMessagesShown(page) {
  assert.equal(await page.locator(".be-card").count(), 18);
  const visibleIps = await page.locator(".be-ip-value:visible").allTextContents();
  const ips = [...new Set(visibleIps)].sort();
  assert.deepEqual(ips, IPS);
  assert.match(await page.locator(".be-report > .be-notes").textContent(), new RegExp(NOTE.replace(/[.;]/g, "\\$&")));
  const first = page.locator(".be-card").first().locator(".be-message");
  assert.equal(await first.textContent(), "From message 1 of the text");
  const last = page.locator(".be-card").last().locator(".be-message");
  assert.equal(await last.textContent(), "From message 13 of the text");
}

test("pasted mbox shows every message", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, HOSTS.toString("utf8")), "done");
  await assertAllMessagesShown(page);
});

test("opened mbox file shows every message", async () => {
  const { page } = shared.session;
  await clearInput(page);
  await page.setInputFiles("#file", { name: "hosts.mbox", mimeType: "application/mbox", buffer: HOSTS });
  await page.waitForSelector('main[data-state="done"]');
  await assertAllMessagesShown(page);
});

test("file input offers mbox", async () => {
  const { page } = shared.session;
  assert.match(await page.locator("#file").getAttribute("accept"), /\.mbox/);
});

test("single email card names no message", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown"), "done");
  assert.ok(!(await page.locator(".be-card .be-message").isVisible()));
});
