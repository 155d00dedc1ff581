// The widget test host page (tests/widget/host/index.html), for browser
// tests that read what its two widgets show and what their
// bounce-explained events carry. The first widget has Example Mail's
// settings from a JSON script; the second is compact and gets its
// settings from configure() in host.js.
import { openRecordingHost } from "./browser.mjs";

export const HOST = "/tests/widget/host/index.html";

/** Returns Comcast's blocklist reply (BL000010) naming `ip` as the sender. */
export const COMCAST = (ip) =>
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net " +
  `${ip} found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010`;

/** Opens the host page for a widgetSession() and waits until both widgets are shown. */
export function openHost(session) {
  return openRecordingHost(session.browser.context, session.server.url, HOST);
}

/** Types `text` into widget `id` and resolves to its next bounce-explained event. */
export async function paste(page, id, text) {
  const count = await page.evaluate(() => window.__events.length);
  await page.locator(`#${id} textarea.bx-input`).fill(text);
  await page.waitForFunction(
    ([n, target]) => window.__events.slice(n).some((e) => e.id === target),
    [count, id],
  );
  return page.evaluate((target) => window.__events.filter((e) => e.id === target).at(-1), id);
}

/** Returns the text of each element that `selector` matches in widget `id`. */
export function shadowText(page, id, selector) {
  return page.locator(`#${id}`).locator(selector).allTextContents();
}
