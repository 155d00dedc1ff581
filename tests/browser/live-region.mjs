// Records what a live region announces, for the page's and the widget's
// browser tests: a screen reader reads the region again only when its
// text changes, so each change is kept in order.

// Starts recording the text of `region` (a Playwright locator, which
// reaches into the widget's open shadow root) after each change to it.
export async function recordAnnouncements(region) {
  await region.evaluate((status) => {
    window.__announced = [];
    new MutationObserver(() => window.__announced.push(status.textContent)).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

// Waits until `count` texts have been recorded, then returns them all.
export async function waitForAnnouncements(page, count) {
  await page.waitForFunction((n) => window.__announced.length >= n, count, { timeout: 10_000 });
  return page.evaluate(() => window.__announced);
}
