// docs.html at narrow widths under axe-core in Chromium, light and dark:
// every code block that scrolls sideways can be reached by keyboard, and
// the page itself never scrolls sideways.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

import { launchChromium } from "../../scripts/chromium.mjs";
import { serveFolder } from "./server.mjs";
import { axeViolations } from "../browser/axe.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let server;

before(async () => {
  server = await serveFolder(ROOT);
});

after(async () => {
  await server?.close();
});

for (const width of [320, 640]) {
  for (const colorScheme of ["light", "dark"]) {
    test(`docs.html at ${width} px, ${colorScheme}`, async () => {
      // axe-core is injected as an inline script, which the page's CSP
      // rejects, so this browser ignores the CSP.
      const browser = await launchChromium("bounce-docs-narrow", {
        colorScheme,
        bypassCSP: true,
        viewport: { width, height: 800 },
      });
      try {
        const page = browser.context.pages()[0] ?? (await browser.context.newPage());
        await page.goto(`${server.url}/www/docs.html`);
        const widget = page.locator("#live-widget");
        await widget.locator(".bx-status", { hasText: "Paste" }).waitFor();
        await page.locator("button[data-example=own]").click();
        await widget.locator(".be-card").first().waitFor();

        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(pageWidth <= width, `the page is ${pageWidth} px wide in a ${width} px window`);
        const unreachable = await page.evaluate(() =>
          [...document.querySelectorAll("pre")]
            .filter((pre) => pre.scrollWidth > pre.clientWidth && pre.tabIndex < 0)
            .map((pre) => pre.id || pre.textContent.slice(0, 40)),
        );
        assert.deepEqual(unreachable, [], "code blocks that scroll but take no focus");
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await browser.close();
      }
    });
  }
}
