// <bounce-explainer> in an English host page: the widget's own text is
// English, but the pasted bounce can be in any language. The text box,
// the "Found on line N" excerpt and the receiver's reply mark their
// language as unknown (lang=""), so a screen reader does not speak them
// with English rules.
import { test } from "node:test";
import assert from "node:assert/strict";

import { widgetSession } from "./browser.mjs";
import { CZECH_LISTED_BOUNCE as BOUNCE } from "../browser/bounces.mjs";

const HOST = "/tests/widget/host/index.html";

const session = widgetSession();

test("widget marks pasted text language", async () => {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url + HOST);
  await page.locator("#second textarea.bx-input").fill(BOUNCE);
  await page.locator("#second .be-excerpt").first().waitFor({ state: "attached" });

  const language = (selector) =>
    page
      .locator(`#second ${selector}`)
      .first()
      .evaluate((el) => ({ own: el.getAttribute("lang"), english: el.matches(":lang(en)") }));
  for (const selector of ["textarea.bx-input", ".be-excerpt", ".be-diagnostic"]) {
    const { own, english } = await language(selector);
    assert.equal(own, "", `${selector} lang attribute`);
    assert.equal(english, false, `${selector} read as English`);
  }
  const card = await language(".be-what");
  assert.equal(card.own, null, "card text lang attribute");
  assert.equal(card.english, true, "card text read as English");
  await page.close();
});
