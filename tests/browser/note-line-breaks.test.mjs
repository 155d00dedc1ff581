// A DSN whose Final-Recipient and Remote-MTA are RFC 2047 encoded words
// that decode to CR LF and a forged header line, in Chromium. The card
// names no recipient and shows the value with escapes (⟨U+000D⟩) in a
// warning. The copied note has no line of the paste's choosing.
import { test } from "node:test";
import assert from "node:assert/strict";

import { paste, sharedPage } from "./harness.mjs";

const shared = sharedPage({}, async ({ server, session }) => {
  await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
});

const ENCODED_DSN = [
  "Reporting-MTA: dns; mx.example.net",
  "",
  "Final-Recipient: utf-8; =?utf-8?q?victim=0D=0ABcc:_attacker=40evil.example?=@example.net",
  "Action: failed",
  "Status: 5.7.1",
  "Remote-MTA: dns; =?utf-8?q?mx=0D=0AX-Evil:_1?=.example.net",
  "Diagnostic-Code: smtp; 550 5.7.1 Client host [203.0.113.45] blocked using zen.spamhaus.org",
  "",
].join("\n");

test("encoded CR LF recipient on the page", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, ENCODED_DSN), "done");
  const card = page.locator(".be-card").first();
  assert.equal(await card.locator('[data-field="recipient"]').textContent(), "Recipient not named in the bounce");
  const notes = await card.locator(".be-notes").textContent();
  assert.match(notes, /victim⟨U\+000D⟩⟨U\+000A⟩Bcc: attacker@evil\.example/u);
  assert.match(notes, /mx⟨U\+000D⟩⟨U\+000A⟩X-Evil: 1\.example\.net/u);

  await card.locator('[data-action="copy-note"]').click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).length > 0);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.doesNotMatch(text, /\r/u, JSON.stringify(text));
  for (const line of text.split("\n")) {
    assert.doesNotMatch(line, /^\s*(Bcc|X-Evil):/u, JSON.stringify(text));
  }
});
