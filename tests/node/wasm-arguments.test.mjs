// Arguments of the wrong type passed to explain(), explainBytes() or
// fileText() of the raw WASM module (www/pkg): each gets an Error with a message the page can show,
// and the module keeps working for the next call.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain, explainBytes, fileText } from "../../www/pkg/bounce_explainer.js";

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

test("byte call accepts byte forms", () => {
  const bytes = new TextEncoder().encode(REPLY);
  const forms = {
    Uint8Array: bytes,
    Buffer: Buffer.from(REPLY, "latin1"),
    ArrayBuffer: bytes.buffer,
    "array of numbers": Array.from(bytes),
  };
  for (const [name, value] of Object.entries(forms)) {
    const report = explainBytes(value);
    assert.equal(report.recipients.length, 1, name);
    assert.equal(report.recipients[0].reply, "550", name);
  }
});

test("byte call reads only the view", () => {
  const whole = new TextEncoder().encode(`xxxx${REPLY}yyyy`);
  const view = whole.subarray(4, whole.length - 4);
  const report = explainBytes(view);
  assert.equal(report.recipients.length, 1);
  assert.equal(report.recipients[0].reply, "550");
});

test("non-byte argument rejected with message", () => {
  const cases = [
    [REPLY, /got a value of type string.*explain\(\)/],
    [12345, /got a value of type number/],
    [undefined, /got a value of type undefined/],
    [null, /got a value of type null/],
    [{}, /got a value of type object/],
    [{ length: 3 }, /got a value of type object/],
    [new Int16Array([0x35]), /got a value of type object \(Int16Array\)/],
  ];
  for (const [value, detail] of cases) {
    assert.throws(
      () => explainBytes(value),
      (error) =>
        error instanceof Error && /expects .*Uint8Array/.test(error.message) && detail.test(error.message),
      String(value),
    );
  }
});

test("array with a non-byte element rejected", () => {
  for (const [value, index] of [
    [[0x35, 256], 1],
    [[-1], 0],
    [[0x35, 0x35, 1.5], 2],
    [["5"], 0],
    [[0x35, NaN], 1],
  ]) {
    assert.throws(
      () => explainBytes(value),
      (error) => error instanceof Error && error.message.includes(`element ${index}`),
      JSON.stringify(value),
    );
  }
});

test("byte call works after rejection", () => {
  assert.throws(() => explainBytes(REPLY));
  const report = explainBytes(new TextEncoder().encode(REPLY));
  assert.equal(report.recipients.length, 1);
});

test("file text rejects non-bytes by name", () => {
  for (const value of [REPLY, 12345, null, [0x35, 256]]) {
    assert.throws(
      () => fileText(value),
      (error) => error instanceof Error && /^fileText\(\) expects /.test(error.message),
      String(value),
    );
  }
  assert.equal(fileText(new TextEncoder().encode(REPLY)), REPLY);
});
