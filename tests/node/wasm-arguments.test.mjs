// Arguments of the wrong type passed to explain() of the raw WASM module
// (www/pkg): each gets an Error with a message the page can show, and the module
// keeps working for the next call.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";

const wasm = readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url));
await init({ module_or_path: wasm });

const REPLY = "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown";

test("non-string text rejected with message", () => {
  for (const value of [12345, true, undefined, null, {}, [REPLY], new Uint8Array([0x35])]) {
    assert.throws(
      () => explain(value),
      (error) => error instanceof Error && /expects .*string/.test(error.message),
      String(value),
    );
  }
});

test("string call works after rejection", () => {
  assert.throws(() => explain(12345));
  const report = explain(REPLY);
  assert.equal(report.recipients.length, 1);
  assert.equal(report.recipients[0].reply, "550");
});

test("lone surrogate text still explained", () => {
  const report = explain(`${REPLY} \uD800`);
  assert.equal(report.recipients.length, 1);
});
