// Accessibility in Chromium: axe-core finds no violation in light and
// dark mode, the whole flow works by keyboard with visible focus, and
// results reach the live region.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { openPage, paste, startServer } from "./harness.mjs";
import { axeViolations } from "./axe.mjs";

const COMCAST_LINE =
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net " +
  "203.0.113.5 found on one or more DNSBLs, see " +
  "http://postmaster.comcast.net/smtp-error-codes.php#BL000010";

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds no violations in ${colorScheme} mode`, async () => {
    // axe-core is injected as an inline script, which the page's CSP
    // rejects; this context alone ignores the CSP so axe can run.
    const session = await openPage(server.origin, { colorScheme, bypassCSP: true });
    try {
      const { page } = session;
      assert.deepEqual(await axeViolations(page), [], "empty page");

      await page.click("#example");
      await page.waitForSelector('main[data-state="done"]');
      await page.locator(".be-details summary").first().click();
      assert.deepEqual(await axeViolations(page), [], "page with a result and open details");

      const hostile = "554 5.7.1 Client host [203.0.113.9\u202E] blocked by mx.c\u043Emcast.net";
      assert.equal(await paste(page, hostile), "done");
      assert.deepEqual(await axeViolations(page), [], "page with warnings");

      // Make the next call trap, to check the error view too.
      await page.evaluate(async () => {
        const glue = await import("/pkg/bounce_explainer.js");
        new Uint8Array((await glue.default()).memory.buffer).fill(0xff);
      });
      assert.equal(await paste(page, COMCAST_LINE), "error");
      assert.deepEqual(await axeViolations(page), [], "page showing an error");
    } finally {
      await session.close();
    }
  });
}

test("keyboard reaches every control with visible focus", async () => {
  const session = await openPage(server.origin);
  try {
    const { page } = session;
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.className), "skip-link");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "bounce", "the skip link leads to the text box");

    const before = await page.locator("#status").textContent();
    await page.keyboard.type(COMCAST_LINE, { delay: 0 });
    await page.waitForSelector('main[data-state="done"]');
    const status = page.locator("#status");
    assert.equal(await status.getAttribute("aria-live"), "polite");
    assert.equal(await status.getAttribute("role"), "status");
    const announced = await status.textContent();
    assert.notEqual(announced, before, "the live region changed");
    assert.match(announced, /Explained 1 reply\./);
    assert.match(announced, /Comcast/);

    // Tab through everything after the text box, recording what gets
    // focus and whether the focus ring is drawn.
    const visited = [];
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return {
          name: el.id || el.dataset.action || el.tagName.toLowerCase(),
          visible: el.matches(":focus-visible") && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (focus.name === "body") break;
      visited.push(focus);
    }
    const names = visited.map((f) => f.name);
    for (const name of ["file", "example", "clear", "copy-ip", "copy-note", "summary", "mirror"]) {
      assert.ok(names.includes(name), `Tab reaches ${name}: ${names.join(", ")}`);
    }
    assert.ok(names.includes("a"), "Tab reaches the removal link");
    assert.deepEqual(visited.filter((f) => !f.visible).map((f) => f.name), [], "focus is visible everywhere");

    // Open the technical details and use a copy button by keyboard.
    await page.focus(".be-details summary");
    await page.keyboard.press("Enter");
    assert.equal(await page.locator(".be-details").first().evaluate((d) => d.open), true);
    await page.focus('[data-action="copy-ip"]');
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /^(Copied|Could not copy)/.test(document.querySelector("#status").textContent));

    assert.deepEqual(await session.cspViolations(), []);
    assert.deepEqual(session.record.foreign, []);
  } finally {
    await session.close();
  }
});
