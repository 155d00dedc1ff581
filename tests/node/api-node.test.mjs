// The package's JS API (www/widget/index.js) in Node, as a script uses it:
// init() with no argument finds the .wasm file beside the glue, although
// Node's fetch() cannot read file: URLs.
import { test } from "node:test";
import assert from "node:assert/strict";

import { init, explain, explainBytes } from "../../www/widget/index.js";

const REPLY = "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown";

test("init without arguments loads in node", async () => {
  await init();
  const report = explain(REPLY);
  assert.equal(report.recipients.length, 1);
  assert.equal(report.recipients[0].recipient, "bob@example.net");
  assert.equal(report.recipients[0].reason, "userunknown");
});

test("init called twice shares one load", async () => {
  const first = init();
  const second = init();
  assert.equal(first, second);
  await second;
});

test("explain rejects values that are not text", async () => {
  await init();
  const cases = [
    [new Uint8Array([53, 53, 48]), "object (Uint8Array)"],
    [new TextEncoder().encode(REPLY).buffer, "object (ArrayBuffer)"],
    [42, "number"],
    [["550 5.1.1"], "object (Array)"],
    [{ text: REPLY }, "object"],
    [undefined, "undefined"],
    [null, "null"],
  ];
  for (const [value, type] of cases) {
    assert.throws(
      () => explain(value),
      (error) => {
        assert.match(error.message, /^explain\(\) expects the pasted text as a string/);
        assert.ok(error.message.includes(`got a value of type ${type};`), error.message);
        assert.ok(error.message.includes("pass raw bytes to explainBytes()"), error.message);
        return true;
      },
      `explain(${type})`,
    );
  }
});

test("explainBytes reads what explain rejects", async () => {
  await init();
  const report = explainBytes(new TextEncoder().encode(REPLY));
  assert.equal(report.recipients.length, 1);
  assert.equal(report.recipients[0].reason, "userunknown");
  // The module still explains text after the rejected calls.
  assert.equal(explain(REPLY).recipients[0].recipient, "bob@example.net");
});
