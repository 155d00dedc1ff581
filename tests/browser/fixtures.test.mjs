// Every bounce fixture in tests/fixtures/, explained from its bytes and
// rendered by the page's own modules: each recipient gets a complete
// card, and every link on it comes from the knowledge tables.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

import { knowledgeUrlPatterns, sharedPage } from "./harness.mjs";

const ROOT = new URL("../fixtures/", import.meta.url).pathname;

function fixtureFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...fixtureFiles(path));
    else if (/\.(eml|txt|json)$/.test(entry.name)) files.push(path);
  }
  return files.sort();
}

const shared = sharedPage();


test("every fixture renders a complete card per recipient", async () => {
  const files = fixtureFiles(ROOT);
  assert.ok(files.length > 0, `no fixture found under ${ROOT}`);
  const inputs = files.map((file) => ({
    name: relative(ROOT, file),
    bytes: [...readFileSync(file)],
  }));

  const results = await shared.session.page.evaluate(async (inputs) => {
    const { explainInput } = await import("/engine.js");
    const { renderReport } = await import("/render.js");
    const container = document.createElement("div");
    document.body.append(container);
    const out = [];
    for (const { name, bytes } of inputs) {
      const report = await explainInput(new Uint8Array(bytes));
      renderReport(container, report);
      const cards = [...container.querySelectorAll(".be-card")].map((card) => ({
        what: card.querySelector(".be-what").textContent,
        steps: card.querySelectorAll(".be-steps li").length,
        badge: card.querySelector(".be-badge").textContent,
      }));
      const hrefs = [...container.querySelectorAll("a[href]")].map((a) => a.href);
      out.push({ name, recipients: report.recipients.length, cards, hrefs });
    }
    container.remove();
    return out;
  }, inputs);

  const patterns = knowledgeUrlPatterns();
  for (const { name, recipients, cards, hrefs } of results) {
    assert.equal(cards.length, Math.min(recipients, 50), `${name}: one card per recipient`);
    for (const [i, card] of cards.entries()) {
      assert.ok(card.what.length > 0, `${name} #${i + 1}: what happened`);
      assert.ok(card.steps > 0, `${name} #${i + 1}: steps`);
      assert.ok(card.badge.length > 0, `${name} #${i + 1}: badge`);
    }
    for (const href of hrefs) {
      const page = href.replace(/#.*/, "");
      assert.ok(patterns.some((p) => p.test(page)), `${name}: ${href} is not in the knowledge tables`);
    }
  }
  assert.deepEqual(shared.session.record.pageErrors, []);
  assert.deepEqual(await shared.session.cspViolations(), []);
});
