// Runs axe-core (from node_modules) in a page, shadow roots included. The
// script is injected inline, which a strict CSP rejects, so the caller's
// browser context must be opened with bypassCSP.
import { createRequire } from "node:module";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Returns axe-core's violations on `page`, one line each. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ["violations"] });
    return results.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
