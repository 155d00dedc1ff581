// <bounce-explainer> on a host page served under a strict
// Content-Security-Policy, in headless Chromium. Two widgets load and
// explain with no violation, no page error and no request to another
// origin. The host's theme reaches into each shadow root, and hostile
// text in a paste stays text.
import { test } from "node:test";
import assert from "node:assert/strict";

import { widgetSession } from "./browser.mjs";
import { COMCAST, openHost, paste, shadowText } from "./host-page.mjs";

const session = widgetSession({ clipboard: true });

test("two widgets load with no CSP violation", async () => {
  const { page, problems } = await openHost(session);
  assert.equal(await page.locator("bounce-explainer").count(), 2);
  await paste(page, "first", COMCAST("192.0.2.5"));
  await paste(page, "second", COMCAST("203.0.113.5"));
  const found = await problems();
  assert.deepEqual(found.violations, []);
  assert.deepEqual(found.errors, []);
  assert.deepEqual(found.foreign, []);
  await page.close();
});

test("CSP watcher sees an inline style", async () => {
  // Proves the check above can fail: an inline <style> is blocked.
  const { page, problems } = await openHost(session);
  await page.evaluate(() => {
    const style = document.createElement("style");
    style.textContent = "body { color: red }";
    document.head.append(style);
  });
  await page.waitForFunction(() => window.__violations.length > 0);
  assert.match((await problems()).violations[0], /^style-src/);
  await page.close();
});

test("theme reaches into the shadow root", async () => {
  const { page } = await openHost(session);
  await paste(page, "first", COMCAST("192.0.2.5"));
  await paste(page, "second", COMCAST("203.0.113.5"));
  const style = (id, selector, property) =>
    page.locator(`#${id}`).locator(selector).first().evaluate((el, p) => getComputedStyle(el)[p], property);
  assert.equal(await style("first", "button[data-action=explain]", "backgroundColor"), "rgb(0, 102, 51)");
  assert.equal(await style("first", ".be-card", "borderTopLeftRadius"), "0px");
  assert.equal(await style("first", ".be-card", "backgroundColor"), "rgb(240, 248, 240)");
  assert.match(await style("first", ".bx-label", "fontFamily"), /Georgia/);
  assert.equal(await style("second", "button[data-action=explain]", "backgroundColor"), "rgb(128, 0, 128)");
  // compact hides the privacy line; the first widget shows it.
  assert.equal(await style("second", ".bx-privacy", "display"), "none");
  assert.equal(await style("first", ".bx-privacy", "display"), "block");
  assert.equal(await shadowText(page, "first", ".bx-label").then((t) => t[0]), "Paste your bounce here");
  await page.close();
});

test("hostile paste stays text", async () => {
  const { page, problems } = await openHost(session);
  const hostile = [
    '550 5.1.1 <"><img src="http://203.0.113.1/x.png" onerror="alert(1)">@example.org> User unknown',
    "See javascript:alert(1) and http://198.51.100.66/phish for help",
    '<script>window.__pwned = true</script><style>*{display:none}</style>',
  ].join("\n");
  await paste(page, "first", hostile);
  await page.locator("#first").locator("button[data-action=redact]").click();
  await page.locator("#first").locator("textarea.bx-redacted-text").waitFor();
  const shadow = page.locator("#first");
  assert.equal(await shadow.locator("img, script, style, iframe").count(), 0);
  const hrefs = await shadow.locator("a").evaluateAll((as) => as.map((a) => a.href));
  for (const href of hrefs) assert.ok(!/javascript:|198\.51\.100\.66|203\.0\.113\.1/.test(href), href);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const found = await problems();
  assert.deepEqual(found.foreign, []);
  assert.deepEqual(found.violations, []);
  await page.close();
});
