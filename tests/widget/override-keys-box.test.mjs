// <bounce-explainer> in Chromium lists an explanation override whose key
// matches no explanation with the other settings problems, once the
// WebAssembly module has loaded, and still explains with the settings.
import { test } from "node:test";
import assert from "node:assert/strict";

import { watchedPage, widgetSession } from "./browser.mjs";

const HOST = "/tests/widget/host/index.html";

const session = widgetSession();

async function openHost() {
  const { page } = await watchedPage(session.browser.context, session.server.url);
  await page.goto(session.server.url + HOST);
  await page.waitForFunction(() => !document.getElementById("second").shadowRoot?.querySelector(".bx").hidden);
  return page;
}

test("a mistyped entry id is listed", async () => {
  const page = await openHost();
  await page.evaluate(() =>
    document.getElementById("second").configure({
      explanations: {
        "comcast/BL00010": { note: "Mistyped." },
        "5.1.1": { note: "Check the address in your contacts first." },
      },
    }),
  );
  const box = page.locator("#second .bx-settings-error");
  await box.waitFor();
  assert.match(await box.locator("p").textContent(), /uses its settings, but these parts of them never apply/);
  const items = await box.locator("li").allTextContents();
  assert.equal(items.length, 1, items.join("\n"));
  assert.match(items[0], /^explanations\["comcast\/BL00010"\]: .*did you mean "comcast\/BL000010"/);

  // The valid override still applies.
  await page.evaluate(() => (document.getElementById("second").value = "550 5.1.1 <bob@example.net>: User unknown"));
  await page.locator("#second .be-card").first().waitFor();
  assert.match(await page.locator("#second .be-card").first().textContent(), /Check the address in your contacts first\./);

  // Settings without the bad key clear the box.
  await page.evaluate(() => document.getElementById("second").configure({}));
  await box.waitFor({ state: "hidden" });
  await page.close();
});
