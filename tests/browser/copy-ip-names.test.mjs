// The page's "Copy IP" buttons in Chromium. A paste of log lines can give
// several cards with an IP to quote, and a screen reader's list of
// buttons must tell them apart. So each button's accessible name gives
// the address it copies and the recipient, after the visible label.
import { test } from "node:test";
import assert from "node:assert/strict";

import { paste, sharedPage } from "./harness.mjs";

const shared = sharedPage({}, async ({ server, session }) => {
  await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
});

// Postfix log lines. Two rejections quote the sending IP 192.0.2.25 and
// one quotes 192.0.2.31. The user-unknown line has no IP to quote.
const LOG = [
  "Dec  3 10:00:01 mail postfix/smtp[1234]: 4F1A2B3C4D: to=<bob@example.net>, relay=mx1.example.net[198.51.100.10]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx1.example.net[198.51.100.10] said: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))",
  "Dec  3 10:00:02 mail postfix/smtp[1235]: 5A1A2B3C4D: to=<carol@example.org>, relay=mx.example.org[203.0.113.7]:25, delay=2.2, dsn=4.7.1, status=deferred (host mx.example.org[203.0.113.7] said: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.25] (in reply to RCPT TO command))",
  "Dec  3 10:00:04 mail postfix/smtp[1237]: 7C1A2B3C4D: to=<erin@yahoo.com>, relay=mta7.am0.yahoodns.net[198.51.100.77]:25, delay=0.9, dsn=4.7.0, status=deferred (host mta7.am0.yahoodns.net[198.51.100.77] said: 421 4.7.0 [TSS04] Messages from 192.0.2.31 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command))",
  "Dec  3 10:00:07 mail postfix/smtp[1240]: AF1A2B3C4D: to=<hank@example.org>, relay=mx.example.org[203.0.113.7]:25, delay=0.5, dsn=5.7.1, status=bounced (host mx.example.org[203.0.113.7] said: 554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using b.barracudacentral.org (in reply to RCPT TO command))",
].join("\n");

test("Copy IP names address and recipient", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, LOG), "done");
  const buttons = page.locator('[data-action="copy-ip"]:visible');
  const names = [];
  for (let i = 0; i < (await buttons.count()); i++) {
    const button = buttons.nth(i);
    assert.equal((await button.textContent()).trim(), "Copy IP");
    names.push(await button.getAttribute("aria-label"));
  }
  assert.deepEqual(names.sort(), [
    "Copy IP 192.0.2.25, for carol@example.org",
    "Copy IP 192.0.2.25, for hank@example.org",
    "Copy IP 192.0.2.31, for erin@yahoo.com",
  ]);
});

test("named button copies its address", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, LOG), "done");
  const button = page.getByRole("button", { name: "Copy IP 192.0.2.31, for erin@yahoo.com" });
  await button.click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) === "192.0.2.31");
});
