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

/** Returns the heading level of the card title and of each section heading in the second widget's first card. */
async function cardLevels(page) {
  return page.locator("#second .be-card").first().evaluate((card) => {
    const level = (el) => Number(el.getAttribute("aria-level") ?? el.tagName.slice(1));
    const describe = (el) => ({ tag: el.tagName, role: el.getAttribute("role"), level: level(el) });
    const sections = [...card.querySelectorAll(".be-sub")].map(describe);
    return { title: describe(card.querySelector(".be-recipient")), sections };
  });
}

test("heading-level keeps sections one level below", async () => {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url + HOST);
  await page.locator("#second textarea.bx-input").fill(REPLY);
  await page.locator("#second .be-recipient").first().waitFor();

  for (const level of [1, 2, 3, 4, 5, 6]) {
    await headingTag(page, `${level}`);
    const { title, sections } = await cardLevels(page);
    assert.equal(title.level, level, `title at heading-level="${level}"`);
    assert.ok(sections.length >= 2, `sections at heading-level="${level}": ${JSON.stringify(sections)}`);
    for (const section of sections) {
      assert.equal(section.level, level + 1, `section at heading-level="${level}": ${JSON.stringify(section)}`);
    }
  }
  // HTML has no <h7>, so a level-7 section is an ARIA heading.
  const { sections } = await cardLevels(page);
  for (const section of sections) {
    assert.equal(section.tag, "DIV", JSON.stringify(section));
    assert.equal(section.role, "heading", JSON.stringify(section));
  }
  await page.close();
});
