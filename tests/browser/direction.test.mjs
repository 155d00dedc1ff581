// The page's text is English and a bounce is left-to-right protocol text.
// The page states its direction, and each block of pasted text states its
// own, so a tool that turns the page right to left (a translation add-on
// setting dir="rtl" on <html>) leaves the bounce in order.
import { test } from "node:test";
import assert from "node:assert/strict";

import { paste, sharedPage } from "./harness.mjs";

const BOUNCE = [
  "<a1@example.net>: host mx.example.net[198.51.100.60] said: 550 5.1.1",
  "    <a1@example.net>: Recipient address rejected: User unknown (in reply to",
  "    RCPT TO command)",
].join("\n");

const shared = sharedPage();

const direction = (page, selector) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).direction);

test("page is left to right", async () => {
  const { page } = shared.session;
  assert.equal(await page.getAttribute("html", "dir"), "ltr");
  assert.equal(await direction(page, "#status"), "ltr");
});

test("pasted text stays left to right", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, BOUNCE), "done");
  await page.evaluate(() => (document.documentElement.dir = "rtl"));
  try {
    assert.equal(await direction(page, "#bounce"), "ltr", "text box");
    assert.equal(await direction(page, "#mirror"), "ltr", "text mirror");
    assert.equal(await direction(page, ".be-diagnostic"), "ltr", "diagnostic");
  } finally {
    await page.evaluate(() => (document.documentElement.dir = "ltr"));
  }
});
