// <bounce-explainer> on pages other than the two-widget host: a page that
// defines the element while its settings script is still to come, a
// settings script added, named or filled in after the element, and the
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

// Adds a <bounce-explainer> whose settings attribute names `id` to the
// loaded host page, and waits until it has rendered.
async function addWidget(page, id) {
  await page.evaluate((settingsId) => {
    const el = document.createElement("bounce-explainer");
    el.id = "added";
    el.setAttribute("settings", settingsId);
    document.body.append(el);
  }, id);
  await page.locator("#added .bx:not([hidden])").waitFor();
}

const settingsName = (page) => page.evaluate(() => document.getElementById("added").settings.name ?? null);

test("settings script added after load", async () => {
  const { page, problems } = await watchedPage(browser.context, server.url);
  await page.goto(`${server.url}/tests/widget/host/index.html`);
  await addWidget(page, "added-later");
  const box = page.locator("#added .bx-settings-error");
  await box.waitFor();
  const missing = await box.textContent();
  assert.match(missing, /settings script #added-later: no element with this id/);
  assert.match(missing, /add <script type="application\/json" id="added-later">/, "the message says what to do");
  assert.equal(await settingsName(page), null);

  // A framework renders the settings script after the widget.
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.type = "application/json";
    script.id = "added-later";
    script.textContent = '{ "name": "Added Later Portal" }';
    document.body.append(script);
  });
  await box.waitFor({ state: "hidden" });
  assert.equal(await settingsName(page), "Added Later Portal");
  assert.deepEqual((await problems()).violations, []);
  await page.close();
});

test("settings script named or filled later", async () => {
  const { page } = await watchedPage(browser.context, server.url);
  await page.goto(`${server.url}/tests/widget/host/index.html`);
  await addWidget(page, "named-later");
  const box = page.locator("#added .bx-settings-error");
  await box.waitFor();

  // The script is inserted empty and without its id, then completed.
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.type = "application/json";
    document.body.append(script);
    window.__script = script;
  });
  await page.evaluate(() => {
    window.__script.id = "named-later";
  });
  await page.waitForFunction(() =>
    /invalid JSON/.test(document.getElementById("added").shadowRoot.querySelector(".bx-settings-error").textContent),
  );
  await page.evaluate(() => {
    window.__script.textContent = '{ "name": "Filled Later Portal" }';
  });
  await box.waitFor({ state: "hidden" });
  assert.equal(await settingsName(page), "Filled Later Portal");
  await page.close();
});

test("missing settings script stays an error", async () => {
  const { page } = await watchedPage(browser.context, server.url);
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${server.url}/tests/widget/host/index.html`);
  await addWidget(page, "never-added");
  const box = page.locator("#added .bx-settings-error");
  await box.waitFor();
  // Unrelated changes to the page re-read the script, but report the same
  // error only once.
  await page.evaluate(async () => {
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement("div"));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  assert.match(await box.textContent(), /settings script #never-added: no element with this id/);
  assert.equal(errors.filter((text) => /never-added/.test(text)).length, 1, errors.join("\n"));
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
