// The Vite example (examples/vite), which imports the package by path as
// a portal's app would: built with `vite build`, then loaded in headless
// Chromium under the same strict Content-Security-Policy as the host page.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { launch, watchedPage } from "./browser.mjs";
import { serveFolder } from "./server.mjs";

const EXAMPLE = fileURLToPath(new URL("../../examples/vite/", import.meta.url));
const COMCAST =
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net " +
  "192.0.2.44 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010";

let dist;
let server;
let browser;
let buildLog;

before(async () => {
  if (!existsSync(join(EXAMPLE, "node_modules/.bin/vite"))) {
    execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: EXAMPLE, stdio: "inherit" });
  }
  dist = mkdtempSync(join(tmpdir(), "bounce-vite-"));
  buildLog = execFileSync(join(EXAMPLE, "node_modules/.bin/vite"), ["build", "--outDir", dist, "--emptyOutDir"], {
    cwd: EXAMPLE,
    encoding: "utf8",
  });
  server = await serveFolder(dist);
  browser = await launch();
});

// Returns a port that was free a moment ago, for `vite --strictPort`.
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

// A guard against a dev server that neither responds nor exits, not a
// speed check: a loaded machine can take tens of seconds to start vite.
const DEV_START_MS = 120_000;

// Starts `vite` (the dev server) and resolves once it responds over HTTP.
// Rejects at once if it exits first, as it does when the port is taken.
async function startDevServer() {
  const port = await freePort();
  const child = spawn(join(EXAMPLE, "node_modules/.bin/vite"), ["--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
    cwd: EXAMPLE,
    stdio: "ignore",
  });
  let exit = null;
  child.on("exit", (code, signal) => {
    exit = signal ?? `status ${code}`;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + DEV_START_MS;
  while (exit === null && Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  if (exit !== null) throw new Error(`vite dev server exited (${exit}) before it served ${url}`);
  throw new Error(`vite dev server did not respond on ${url} within ${DEV_START_MS / 1000} s`);
}

after(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

test("vite build copies the wasm", () => {
  const assets = readdirSync(join(dist, "assets"));
  assert.ok(assets.some((f) => /^bounce_explainer_bg-.*\.wasm$/.test(f)), `${assets.join(", ")}\n${buildLog}`);
});

test("vite app explains under strict CSP", async () => {
  const { page, problems } = await watchedPage(browser.context, server.url);
  await page.goto(`${server.url}/`);
  const widget = page.locator("#widget");
  await widget.locator(".bx:not([hidden])").waitFor();
  await page.locator("#summary[data-api-check]").waitFor();
  assert.equal(await page.locator("#summary").getAttribute("data-api-check"), "userunknown");

  await widget.locator("textarea.bx-input").fill(COMCAST);
  const own = widget.locator("[data-field=own-server]");
  await own.waitFor();
  assert.match(await own.textContent(), /192\.0\.2\.44 is one of Example Mail's sending servers/);
  assert.match(await widget.locator("[data-field=contact]").textContent(), /support@example\.com/);
  assert.equal(await page.locator("#summary").textContent(), "blocked: 554, IP 192.0.2.44 (our server)");

  const accent = await widget
    .locator("button[data-action=explain]")
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(accent, "rgb(153, 51, 0)");
  // The cards' stylesheet applied: a card has the themed 2px radius.
  const radius = await widget.locator(".be-card").evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
  assert.equal(radius, "2px");

  // A paste over the worker threshold runs in the bundled worker.
  const filler = "This line is part of a long forwarded message body.\n".repeat(800);
  await widget.locator("textarea.bx-input").fill(`${filler}${COMCAST.replace("192.0.2.44", "203.0.113.44")}`);
  await page.locator("#summary", { hasText: "IP 203.0.113.44 (another server)" }).waitFor();
  assert.ok(server.requests.some((p) => /^\/assets\/worker-.*\.js$/.test(p)), server.requests.join(" "));

  const found = await problems();
  assert.deepEqual(found.violations, []);
  assert.deepEqual(found.errors, []);
  assert.deepEqual(found.foreign, []);
  await page.close();
});

test("vite dev server serves the widget", async () => {
  const dev = await startDevServer();
  try {
    const { page, problems } = await watchedPage(browser.context, dev.url);
    await page.goto(`${dev.url}/`);
    const widget = page.locator("#widget");
    await widget.locator("textarea.bx-input").fill(COMCAST);
    await widget.locator("[data-field=own-server]").waitFor();
    assert.equal(await page.locator("#summary").textContent(), "blocked: 554, IP 192.0.2.44 (our server)");
    const found = await problems();
    assert.deepEqual(found.errors, []);
    assert.deepEqual(found.foreign, []);
    await page.close();
  } finally {
    dev.stop();
  }
});
