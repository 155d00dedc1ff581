// The widget under axe-core in Chromium, with the reader's system in light
// and in dark mode: both widgets of the host page set to theme="auto",
// empty, with results and open details, and after a paste with hidden
// characters. Then docs.html's live widget, which takes its colours from
// the page's --be-* properties, after each of the page's examples.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

import { launchChromium } from "../../scripts/chromium.mjs";
import { serveFolder } from "./server.mjs";
import { axeViolations } from "../browser/axe.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HOST = "/tests/widget/host/index.html";

const BOUNCE =
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net " +
  "203.0.113.5 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010";
const HIDDEN = "554 5.7.1 Client host [203.0.113.9\u202E] blocked by mx.c\u043Emcast.net";

let server;

before(async () => {
  server = await serveFolder(ROOT);
});

after(async () => {
  await server?.close();
});

/** Fills one widget's text box and waits until its results are shown. */
async function paste(page, id, text) {
  const widget = page.locator(`#${id}`);
  await widget.locator("textarea.bx-input").fill(text);
  await widget.locator(".be-card").first().waitFor();
}

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds no violations in the widget, ${colorScheme} mode`, async () => {
    // axe-core is injected as an inline script, which the host page's CSP
    // rejects; this browser alone ignores the CSP so axe can run.
    const browser = await launchChromium("bounce-widget-axe", { colorScheme, bypassCSP: true });
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(server.url + HOST);
      await page.evaluate(() => {
        for (const widget of document.querySelectorAll("bounce-explainer")) widget.setAttribute("theme", "auto");
      });
      await page.locator("#first").locator(".bx-status", { hasText: "Paste" }).waitFor();
      const background = await page
        .locator("#first")
        .locator(".bx")
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(background, colorScheme === "dark" ? "rgb(21, 23, 26)" : "rgb(255, 255, 255)");
      assert.deepEqual(await axeViolations(page), [], "empty widgets");

      await paste(page, "first", BOUNCE);
      await paste(page, "second", BOUNCE);
      for (const summary of await page.locator("bounce-explainer summary").all()) await summary.click();
      assert.deepEqual(await axeViolations(page), [], "widgets with results and open details");

      await paste(page, "first", HIDDEN);
      assert.deepEqual(await axeViolations(page), [], "widget with warnings");
    } finally {
      await browser.close();
    }
  });
}

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds no violations in docs.html, ${colorScheme} mode`, async () => {
    const browser = await launchChromium("bounce-widget-docs-axe", { colorScheme, bypassCSP: true });
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(`${server.url}/www/docs.html`);
      const widget = page.locator("#live-widget");
      await widget.locator(".bx-status", { hasText: "Paste" }).waitFor();
      const input = widget.locator("textarea.bx-input");
      const inputBackground = await input.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(inputBackground, colorScheme === "dark" ? "rgb(21, 23, 26)" : "rgb(255, 255, 255)");
      for (const button of await page.locator("button[data-example]").all()) {
        const example = await button.getAttribute("data-example");
        await button.click();
        await widget.locator(".be-card").first().waitFor();
        // The details hold the IP's mark in the pasted line.
        for (const summary of await widget.locator("summary").all()) await summary.click();
        assert.deepEqual(await axeViolations(page), [], `after the "${example}" example`);
        await widget.locator('button[data-action="clear"]').click();
        await widget.locator(".be-card").first().waitFor({ state: "detached" });
      }
    } finally {
      await browser.close();
    }
  });
}

test("keyboard reaches the widget's controls with visible focus", async () => {
  const browser = await launchChromium("bounce-widget-keys");
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(server.url + HOST);
    const first = page.locator("#first");
    await first.locator(".bx-status", { hasText: "Paste" }).waitFor();

    // The first Tab from the page lands in the first widget's text box.
    await page.keyboard.press("Tab");
    const focused = () =>
      page.evaluate(() => {
        let el = document.activeElement;
        const host = el?.id ?? "";
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        const style = getComputedStyle(el);
        return {
          host,
          name: el.dataset?.action || el.className || el.tagName.toLowerCase(),
          tag: el.tagName.toLowerCase(),
          visible: el.matches(":focus-visible") && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        };
      });
    assert.deepEqual(await focused(), { host: "first", name: "bx-input", tag: "textarea", visible: true });

    await page.keyboard.type(BOUNCE, { delay: 0 });
    await first.locator(".be-card").first().waitFor();
    const status = first.locator(".bx-status");
    assert.equal(await status.getAttribute("role"), "status");
    assert.equal(await status.getAttribute("aria-live"), "polite");
    assert.match(await status.textContent(), /Explained 1 reply\./);

    const visited = [];
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press("Tab");
      const focus = await focused();
      if (focus.host !== "first") break;
      visited.push(focus);
    }
    const names = visited.map((f) => f.name);
    for (const name of ["explain", "redact", "clear", "copy-ip"]) {
      assert.ok(names.includes(name), `Tab reaches ${name}: ${names.join(", ")}`);
    }
    assert.ok(visited.some((f) => f.tag === "a"), `Tab reaches a removal link: ${names.join(", ")}`);
    assert.ok(visited.some((f) => f.tag === "summary"), `Tab reaches the details: ${names.join(", ")}`);
    assert.deepEqual(visited.filter((f) => !f.visible).map((f) => f.name), [], "focus is visible everywhere");

    // Clear by keyboard: the box empties and the results go.
    await first.locator('button[data-action="clear"]').focus();
    await page.keyboard.press("Enter");
    await first.locator(".be-card").first().waitFor({ state: "detached" });
    assert.equal(await first.locator("textarea.bx-input").inputValue(), "");
  } finally {
    await browser.close();
  }
});
