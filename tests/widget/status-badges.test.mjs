// The widget's card badges in Chromium for texts that are no failed
// delivery: a mail program's alert never sent the message, and a list's
// notice that the member's address bounces reports no failed message.
import { test } from "node:test";
import assert from "node:assert/strict";

import { widgetSession } from "./browser.mjs";

const HOST = "/tests/widget/host/index.html";

const APPLE_MAIL_ALERT = "Cannot Send Mail\nThe message was rejected by the server because it is too large.";

const LIST_NOTICE = [
  "From: staff-bounces@lists.example.org",
  "To: jane@example.com",
  "Subject: Your Staff membership has been disabled",
  "",
  "Your membership in the mailing list Staff has been disabled due to",
  "excessive bounces. The last bounce received from you was dated",
  "01-Dec-2026. You will not get any more messages from this list until",
  "you re-enable your membership.",
  "",
].join("\n");

const session = widgetSession();

/**
 * Pastes `text` into the second widget and returns the badge text of the
 * card headed `heading`, which also waits out the previous text's card.
 */
async function badgeOf(page, text, heading) {
  await page.locator("#second textarea.bx-input").fill(text);
  const card = page.locator("#second .be-card").filter({ hasText: heading }).first();
  await card.waitFor();
  return card.locator(".be-badge").textContent();
}

test("widget badges alert and list notice", async () => {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url + HOST);
  const alertBadge = await badgeOf(page, APPLE_MAIL_ALERT, "Recipient not named in the bounce");
  assert.equal(alertBadge, "Not sent by your mail program");
  const noticeBadge = await badgeOf(page, LIST_NOTICE, "jane@example.com");
  assert.equal(noticeBadge, "List notice: your address bounced");
  await page.close();
});
