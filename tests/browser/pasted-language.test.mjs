// The page is English, but a pasted bounce can be in any language (a
// Czech, German or French NDR). Every element that shows pasted text
// marks its language as unknown (lang=""), so a screen reader does not
// speak it with English rules, while the page's own text stays English.
import { test } from "node:test";
import assert from "node:assert/strict";

import { paste, sharedPage } from "./harness.mjs";
import { CZECH_LISTED_BOUNCE as BOUNCE } from "./bounces.mjs";

const shared = sharedPage();

/** Returns the element's own lang attribute and whether it reads as English. */
const language = (page, selector) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => ({ own: el.getAttribute("lang"), english: el.matches(":lang(en)") }));

test("pasted text has unknown language", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, BOUNCE), "done");
  for (const selector of ["#bounce", "#mirror", ".be-excerpt", ".be-diagnostic"]) {
    const { own, english } = await language(page, selector);
    assert.equal(own, "", `${selector} lang attribute`);
    assert.equal(english, false, `${selector} read as English`);
  }
});

test("page text stays English", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, BOUNCE), "done");
  for (const selector of ["#mirror-heading", ".be-what", ".be-ip-line"]) {
    const { own, english } = await language(page, selector);
    assert.equal(own, null, `${selector} lang attribute`);
    assert.equal(english, true, `${selector} read as English`);
  }
});
