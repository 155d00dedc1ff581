// Launches Debian's Chromium for the widget's browser tests, headless with
// a fresh profile and no background networking, and watches each page for
// Content-Security-Policy violations and requests to other origins.
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";

import { launchChromium } from "../../scripts/chromium.mjs";
import { serveFolder } from "./server.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Starts Chromium; resolves to `{ context, close }`. */
export function launch() {
  return launchChromium("bounce-widget");
}

/**
 * Serves the checkout and starts Chromium before a test file's tests, and
 * stops both after them. Returns `{ server, browser }`, set once the
 * file's `before` hooks have run. With `clipboard`, pages may read and
 * write the clipboard.
 */
export function widgetSession({ clipboard = false } = {}) {
  const session = { server: undefined, browser: undefined };
  before(async () => {
    session.server = await serveFolder(ROOT);
    session.browser = await launch();
    if (clipboard) {
      const permissions = ["clipboard-read", "clipboard-write"];
      await session.browser.context.grantPermissions(permissions, { origin: session.server.url });
    }
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/**
 * Opens a page that records CSP violations (in `window.__violations`),
 * page errors, and requests outside `origin`. Returns the page and a
 * `problems()` function listing all three.
 */
export async function watchedPage(context, origin) {
  const page = await context.newPage();
  const foreign = [];
  const errors = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  // Chromium also logs each violation; this catches any event that does
  // not reach the document listener below.
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const problems = async () => ({
    violations: await page.evaluate(() => window.__violations),
    foreign,
    errors,
  });
  return { page, problems };
}

/**
 * Opens the host page at `path` in a watched page that records each
 * bounce-explained event in `window.__events` as `{ id, ip, report,
 * advice }`: the element's id, its first recipient's IP to quote, and the
 * event's Report and advice. Waits until every widget is shown, and
 * returns what watchedPage() returns.
 */
export async function openRecordingHost(context, origin, path) {
  const watched = await watchedPage(context, origin);
  const { page } = watched;
  await page.addInitScript(() => {
    window.__events = [];
    document.addEventListener("bounce-explained", (e) => {
      const { report, advice } = e.detail;
      window.__events.push({ id: e.target.id, ip: report.recipients[0]?.sender_ip ?? null, report, advice });
    });
  });
  await page.goto(origin + path);
  await page.waitForFunction(() =>
    [...document.querySelectorAll("bounce-explainer")].every(
      (el) => el.shadowRoot && !el.shadowRoot.querySelector(".bx").hidden,
    ),
  );
  return watched;
}
