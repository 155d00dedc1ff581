// <bounce-explainer> on pages other than the two-widget host: a page that
// defines the element while its settings script is still to come, and the
// docs page's live example. Both run in headless Chromium under the
// pages' own Content-Security-Policy.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

import { launch, watchedPage } from "./browser.mjs";
import { serveFolder } from "./server.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let server;
let browser;

before(async () => {
  // Serving slow.js late delays the parser, so late.html's settings
  // script arrives after the element is defined.
  server = await serveFolder(ROOT, { delays: { "/tests/widget/host/slow.js": 700 } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("settings script after the element", async () => {
  // late.html defines the element while the parser waits for slow.js, so
  // the settings script below it does not exist yet at upgrade time.
  const { page, problems } = await watchedPage(browser.context, server.url);
  await page.goto(`${server.url}/tests/widget/host/late.html`);
  const widget = page.locator("#late-settings");
  await widget.locator(".bx:not([hidden])").waitFor();
  assert.equal(await widget.locator(".bx-settings-error").isHidden(), true);
  assert.equal(await page.evaluate(() => document.getElementById("late-settings").settings.name), "Late Script Portal");
  assert.deepEqual((await problems()).violations, []);
  await page.close();
});

test("docs page live example works", async () => {
  const { page, problems } = await watchedPage(browser.context, server.url);
  await page.goto(`${server.url}/www/docs.html`);
  await page.locator("[data-example=own]").click();
  const own = page.locator("#live-widget").locator("[data-field=own-server]");
  await own.waitFor();
  assert.match(await own.textContent(), /203\.0\.113\.5 is one of Example Mail's sending servers/);
  assert.match(await page.locator("#event-log").textContent(), /"by": "range"/);
  assert.match(await page.locator("#settings-example").textContent(), /"sendingIps"/);
  // The event log's JSON has lines wider than the window. The log scrolls
  // on its own, but the page must not grow past the window.
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const example of ["other", "unknown", "own"]) {
      const before = await page.locator("#event-log").textContent();
      await page.locator(`[data-example=${example}]`).click();
      await page.waitForFunction((old) => document.querySelector("#event-log").textContent !== old, before);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scroll <= width, `${example} at ${width} px: the page is ${scroll} px wide`);
    }
  }
  const found = await problems();
  assert.deepEqual(found.violations, []);
  assert.deepEqual(found.errors, []);
  assert.deepEqual(found.foreign, []);
  await page.close();
});
