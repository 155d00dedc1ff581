// Unit tests for the bound on how much of a paste "Redact and copy"
// redacts: the cut falls at a line end, or a space, within REDACT_MAX.
import { test } from "node:test";
import assert from "node:assert/strict";

import { cutForRedaction, REDACT_MAX, redactPaste } from "../../www/widget/redact-job.js";

test("paste within the bound is kept whole", () => {
  const text = "a\n".repeat(REDACT_MAX / 2);
  assert.deepEqual(cutForRedaction(text), { text, cut: false });
});

test("cut falls at the last line end", () => {
  const line = "Bob Smith <bob.smith@example.net>\n";
  const text = line.repeat(Math.ceil((REDACT_MAX * 2) / line.length));
  const { text: start, cut } = cutForRedaction(text);
  assert.equal(cut, true);
  assert.ok(start.length <= REDACT_MAX);
  assert.ok(start.length > REDACT_MAX - line.length);
  assert.ok(start.endsWith(line), "no line is cut in two");
});

test("one long line is cut at a space", () => {
  const word = "bob.smith@example.net ";
  const text = word.repeat(Math.ceil((REDACT_MAX * 2) / word.length));
  const { text: start, cut } = cutForRedaction(text);
  assert.equal(cut, true);
  assert.ok(start.length <= REDACT_MAX);
  assert.ok(start.endsWith("example.net"), start.slice(-40));
});

test("redactPaste reports the cut", async () => {
  const line = "Bob Smith <bob.smith@example.net>\n";
  const text = line.repeat(Math.ceil((REDACT_MAX * 2) / line.length));
  // Node has no Web Worker, so this runs on the main thread.
  const result = await redactPaste(text, {});
  assert.equal(result.cut.total, text.length);
  assert.ok(result.cut.redacted <= REDACT_MAX);
  assert.ok(!result.text.includes("bob.smith"));
  const small = await redactPaste(line, {});
  assert.equal(small.cut, null);
});
