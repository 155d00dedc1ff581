// Shared set-up for the browser tests: www/ served on 127.0.0.1 by
// scripts/serve.mjs, Debian's Chromium driven by playwright-core with a
// fresh profile, and recorders for requests to other origins, CSP
// violations, dialogs and page errors.
import { after, before } from "node:test";

import { launchChromium } from "../../scripts/chromium.mjs";
import { serve } from "../../scripts/serve.mjs";

export { knowledgeUrlPatterns } from "../node/knowledge-urls.mjs";

export const ARTIFACTS = new URL("./artifacts/", import.meta.url).pathname;

/** Starts the static server on a free port; resolves to `{ origin, close }`. */
export async function startServer() {
  const server = await serve(0, "127.0.0.1");
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((done) => server.close(done)) };
}

/**
 * Registers node:test hooks that start the server and open one page
 * before a file's tests and close both after them, so that every test of
 * the file shares one browser. The hooks fill in the returned
 * `{ server, session }` before the first test runs, then await
 * `setUp(shared)`. A file's own `before` hook ran ahead of these in
 * Node 20, so set-up that needs the page goes through `setUp`.
 */
export function sharedPage(options = {}, setUp = async () => {}) {
  const shared = { server: undefined, session: undefined };
  before(async () => {
    shared.server = await startServer();
    shared.session = await openPage(shared.server.origin, options);
    await setUp(shared);
  });
  after(async () => {
    await shared.session?.close();
    await shared.server?.close();
  });
  return shared;
}

/**
 * Opens the page in a new Chromium with its own temporary profile and
 * home directory (Chromium writes to ~/.config and ~/.cache otherwise).
 * Options: `colorScheme`, `viewport`, `bypassCSP` (only for injecting
 * axe-core), `path` (default "/").
 */
export async function openPage(origin, options = {}) {
  const { context, close } = await launchChromium("bounce-explainer-chromium", {
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    bypassCSP: options.bypassCSP ?? false,
  });
  const record = { foreign: [], consoleCsp: [], dialogs: [], pageErrors: [] };

  // Anything not for the test server is recorded and never leaves.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    record.foreign.push(url);
    return route.abort();
  });
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !record.foreign.includes(url)) record.foreign.push(url);
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });

  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) record.consoleCsp.push(message.text());
  });
  page.on("dialog", (dialog) => {
    record.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on("pageerror", (error) => record.pageErrors.push(error.message));

  await page.goto(`${origin}${options.path ?? "/"}`);
  await page.waitForSelector('main[data-state="ready"]');

  const cspViolations = async () => [
    ...(await page.evaluate(() => window.__cspViolations)),
    ...record.consoleCsp,
  ];
  return { page, context, record, cspViolations, close };
}

/** Sets the text box to `text` as a paste would: one input event. */
export function setInput(page, text) {
  // page.fill() would take about 20 s for 300 KB because it inserts the
  // text as typing.
  return page.$eval(
    "#bounce",
    (area, value) => {
      area.value = value;
      area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    },
    text,
  );
}

/** Empties the text box and waits until the page shows the prompt. */
export async function clearInput(page) {
  await setInput(page, "");
  await page.waitForSelector('main[data-state="empty"]');
}

/**
 * Replaces the text box's contents with `text` and waits until the page
 * has shown the explanation (or an error). Resolves to the final state.
 * The wait only guards against a result that never comes: half a megabyte
 * of folded recipients took over 30 s at a load average of 20.
 */
export async function paste(page, text) {
  await clearInput(page);
  await setInput(page, text);
  const done = await page.waitForSelector('main[data-state="done"], main[data-state="error"]', {
    timeout: 120_000,
  });
  return done.evaluate((main) => main.dataset.state);
}

/**
 * Returns every href on the page that no knowledge-table URL matches,
 * fragments aside.
 */
export async function linksNotFromKnowledge(page, patterns) {
  const hrefs = await page.$$eval("a[href]", (links) => links.map((a) => a.href));
  const ownPage = await page.evaluate(() => location.href.replace(/#.*/, ""));
  return hrefs.filter((href) => {
    const page = href.replace(/#.*/, "");
    if (page === ownPage) return false; // the skip link
    return !patterns.some((pattern) => pattern.test(page));
  });
}
