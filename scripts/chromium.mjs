// Starts Debian's Chromium through playwright-core for the tests and the
// browser benchmark: headless, a fresh profile and home folder each time,
// and no background networking, which this machine's closed network
// would reject at every start.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Launches Chromium with a persistent context in a new temporary folder.
 * `options` are passed to playwright's launchPersistentContext (viewport,
 * colorScheme, bypassCSP, ...). Resolves to `{ context, close }`; close()
 * also deletes the folder.
 */
export async function launchChromium(prefix, options = {}) {
  const home = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const context = await chromium.launchPersistentContext(join(home, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    // Chromium writes to ~/.config and ~/.cache even with a fresh profile.
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
    serviceWorkers: "block",
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
