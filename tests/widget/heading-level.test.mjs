// The heading-level attribute in Chromium: an integer 1 to 6 sets the
// result cards' heading element, and any other value gets the default,
// level 3, never a tag name such as <h2.5>, which is no HTML element.
import { test } from "node:test";
import assert from "node:assert/strict";

import { widgetSession } from "./browser.mjs";

const HOST = "/tests/widget/host/index.html";
const REPLY = "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown";

const session = widgetSession();

/** Sets heading-level on the second widget and returns its card heading's tag name. */
async function headingTag(page, value) {
  const widget = page.locator("#second");
  await widget.evaluate((el, level) => {
    if (level === null) el.removeAttribute("heading-level");
    else el.setAttribute("heading-level", level);
  }, value);
  return widget.locator(".be-recipient").first().evaluate((el) => el.tagName);
}

test("heading-level sets the card heading", async () => {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url + HOST);
  await page.locator("#second textarea.bx-input").fill(REPLY);
  await page.locator("#second .be-recipient").first().waitFor();

  for (const level of ["1", "2", "4", "6", " 5 "]) {
    assert.equal(await headingTag(page, level), `H${level.trim()}`, `heading-level="${level}"`);
  }
  const invalid = ["2.5", "4.0", "1e0", "-1", "0", "7", "10", "abc", "", "02", "Infinity", null];
  for (const level of invalid) {
    assert.equal(await headingTag(page, level), "H3", `heading-level=${JSON.stringify(level)}`);
  }
  await page.close();
});
