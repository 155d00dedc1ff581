// What <bounce-explainer> hands the host page and shows of the Report, in
// headless Chromium: the bounce-explained event carries the Report and
// the advice, and the cards show code meanings and forwarded recipients.
import { test } from "node:test";
import assert from "node:assert/strict";

import { widgetSession } from "./browser.mjs";
import { COMCAST, openHost, paste, shadowText } from "./host-page.mjs";

const session = widgetSession();

test("event carries the Report and advice", async () => {
  const { page } = await openHost(session);
  const event = await paste(page, "second", COMCAST("203.0.113.5"));
  const r = event.report.recipients[0];
  assert.equal(event.report.input_kind, "smtp_reply");
  assert.equal(r.provider, "comcast");
  assert.equal(r.code, "BL000010");
  assert.equal(r.sender_ip, "203.0.113.5");
  assert.equal(event.advice.length, 1);
  assert.equal(event.advice[0].ownServer, null);
  assert.equal(event.advice[0].override, "comcast/BL000010");
  await page.close();
});

test("mention note gives code meaning", async () => {
  const { page } = await openHost(session);
  const text = "Per the runbook, a 550 5.1.1 means the recipient does not exist; a 452 4.2.2 means the mailbox is full.";
  const event = await paste(page, "first", text);
  assert.equal(event.report.recipients.length, 0);
  const notes = await shadowText(page, "first", ".be-note-info");
  const mention = notes.find((note) => note.includes("mentions the replies 550 5.1.1 and 452 4.2.2"));
  assert.ok(mention, notes.join(" | "));
  assert.match(mention, /In general, 5\.1\.1 means the recipient's address does not exist/);
  assert.match(mention, /In general, 4\.2\.2 means the recipient's mailbox is full\./);
  await page.close();
});

test("forwarded recipient names the address sent to", async () => {
  const { page } = await openHost(session);
  const line =
    "<sales@example.net> (expanded from <info@example.org>): host mx.example.net[203.0.113.10] " +
    "said: 550 5.1.1 User unknown (in reply to RCPT TO command)";
  const event = await paste(page, "second", line);
  assert.equal(event.report.recipients[0].original_recipient, "info@example.org");
  const shown = await shadowText(page, "second", ".be-card [data-field=forwarded]");
  assert.deepEqual(shown, ["Sent to info@example.org, forwarded to sales@example.net"]);
  await page.close();
});
