// The package's JS API (www/widget/index.js) in Node, as a script uses it:
// init() with no argument finds the .wasm file beside the glue, although
// Node's fetch() cannot read file: URLs.
import { test } from "node:test";
import assert from "node:assert/strict";

import { init, explain } from "../../www/widget/index.js";

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
