// Screenshots of the explained example at phone and desktop width, in
// light and dark mode, saved to tests/browser/artifacts/ for a person to
// look at. The checks here catch what a screenshot would show: content
// wider than the viewport.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

import { ARTIFACTS, openPage, paste, startServer } from "./harness.mjs";
import { HOSTILE } from "./hostile-corpus.mjs";

const VIEWS = [
  { name: "mobile-375-light", viewport: { width: 375, height: 812 }, colorScheme: "light" },
  { name: "mobile-375-dark", viewport: { width: 375, height: 812 }, colorScheme: "dark" },
  { name: "desktop-1280-light", viewport: { width: 1280, height: 900 }, colorScheme: "light" },
  { name: "desktop-1280-dark", viewport: { width: 1280, height: 900 }, colorScheme: "dark" },
];

let server;

before(async () => {
  server = await startServer();
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await server?.close();
});

for (const view of VIEWS) {
  test(`screenshot ${view.name}`, async () => {
    const session = await openPage(server.origin, view);
    try {
      const { page } = session;
      await page.click("#example");
      await page.waitForSelector('main[data-state="done"]');
      await page.screenshot({ path: join(ARTIFACTS, `${view.name}-top.png`) });
      await page.locator(".be-details summary").first().click();

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the ${view.viewport.width}px viewport`);

      await page.screenshot({ path: join(ARTIFACTS, `${view.name}.png`), fullPage: true });
    } finally {
      await session.close();
    }
  });
}

test("screenshot of safety warnings", async () => {
  const session = await openPage(server.origin, { viewport: { width: 375, height: 812 } });
  try {
    const { page } = session;
    const bidi = HOSTILE.find((sample) => sample.hidden).text;
    const homoglyph = HOSTILE.find((sample) => sample.lookalike).text;
    assert.equal(await paste(page, `${bidi}\n${homoglyph}`), "done");
    await page.screenshot({ path: join(ARTIFACTS, "mobile-375-warnings.png"), fullPage: true });
    await page.locator(".be-card").first().screenshot({ path: join(ARTIFACTS, "mobile-375-warnings-card.png") });
  } finally {
    await session.close();
  }
});
