// "Redact and copy" on a raw bounce in headless Chromium: the redacted
// text names no person and no private host, keeps what the explanation
// needs (the blocked IP, the blocklist, the receiving host), and is what
// lands on the clipboard.
import { test } from "node:test";
import assert from "node:assert/strict";

import { widgetSession } from "./browser.mjs";
import { openHost, paste } from "./host-page.mjs";

const RAW_BOUNCE = [
  "From: Mail Delivery System <MAILER-DAEMON@mail.example.com>",
  "To: Jane Roe <jane.roe@example.com>",
  "Subject: Undelivered Mail Returned to Sender",
  "Message-Id: <20240101120000.ABCDEF@mail.example.com>",
  "",
  "<bob@example.org>: host mx.example.org[198.51.100.2] said: 554 5.7.1",
  "    Service unavailable; Client host [203.0.113.77] blocked using",
  "    zen.spamhaus.org (in reply to RCPT TO command)",
].join("\n");

const session = widgetSession({ clipboard: true });

test("redact masks people and keeps the IP", async () => {
  const { page } = await openHost(session);
  await paste(page, "first", RAW_BOUNCE);
  await page.locator("#first").locator("button[data-action=redact]").click();
  const area = page.locator("#first").locator("textarea.bx-redacted-text");
  const redacted = await area.inputValue();
  for (const secret of ["Jane", "Roe", "jane.roe", "bob@", "ABCDEF", "mail.example.com"]) {
    assert.ok(!redacted.includes(secret), `"${secret}" left in:\n${redacted}`);
  }
  // The bounce's own subject names no one, and the explainer reads it.
  assert.match(redacted, /^Subject: Undelivered Mail Returned to Sender$/m);
  assert.match(redacted, /Client host \[203\.0\.113\.77\] blocked using/);
  assert.match(redacted, /zen\.spamhaus\.org/);
  assert.match(redacted, /mx\.example\.org\[198\.51\.100\.2\] said: 554 5\.7\.1/);
  assert.match(redacted, /MAILER-DAEMON@host-1\.example/);
  // The copy finishes after the panel is filled; wait for its status line.
  await page.locator("#first").locator(".bx-status", { hasText: "Redacted text copied" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), redacted);
  await page.close();
});
