// Records what a live region announces, for the page's and the widget's
// browser tests. A screen reader reads the region again when the text the
// page renders changes. Each change is therefore kept in order with the
// number of animation frames begun so far, because a text set and
// replaced before the next frame is never rendered, and so never heard.

// Starts recording the text of `region` (a Playwright locator, which
// reaches into the widget's open shadow root) after each change to it,
// as `{ text, frame }`. A recorder started earlier in the page stops.
export async function recordAnnouncements(region) {
  await region.evaluate((status) => {
    window.__regionRecorder?.stop();
    const log = [];
    const clock = { frame: 0, running: true };
    const tick = () => {
      if (!clock.running) return;
      clock.frame += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const observer = new MutationObserver(() => log.push({ text: status.textContent, frame: clock.frame }));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    window.__regionRecorder = {
      log,
      stop: () => {
        clock.running = false;
        observer.disconnect();
      },
    };
  });
}

// Waits until `count` non-empty texts have been recorded, then returns
// them all. The empty texts left out are the clearing before a repeated
// message. The wait is long because it only guards against an
// announcement that never comes, and on a loaded machine an explanation
// can take seconds.
export async function waitForAnnouncements(page, count) {
  await page.waitForFunction(
    (n) => window.__regionRecorder.log.filter((entry) => entry.text !== "").length >= n,
    count,
    { timeout: 120_000 },
  );
  return page.evaluate(() => window.__regionRecorder.log.map((entry) => entry.text).filter((text) => text !== ""));
}

// Returns every change recorded so far as `{ text, frame }`, the empty
// texts included.
export function regionLog(page) {
  return page.evaluate(() => window.__regionRecorder.log);
}

// Returns whether the page rendered the region empty for at least one
// frame just before the `n`th non-empty text of `log` (counted from 0):
// the text was cleared, and set again two or more frames later.
export function renderedEmptyBefore(log, n) {
  const announced = log.flatMap((entry, index) => (entry.text === "" ? [] : [index]));
  const at = announced[n];
  if (at === undefined || at === 0) return false;
  const before = log[at - 1];
  return before.text === "" && log[at].frame - before.frame >= 2;
}
