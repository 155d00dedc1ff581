// The built WASM module (www/pkg), loaded and run in Node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain, explainBytes } from "../../www/pkg/bounce_explainer.js";

const wasm = readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url));
await init({ module_or_path: wasm });

const COMCAST =
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net " +
  "203.0.113.5 found on one or more DNSBLs, see " +
  "http://postmaster.comcast.net/smtp-error-codes.php#BL000010";

test("comcast BL000010 explained", () => {
  const report = explain(COMCAST);
  assert.equal(report.input_kind, "smtp_reply");
  assert.equal(report.recipients.length, 1);
  const r = report.recipients[0];
  assert.equal(r.provider, "comcast");
  assert.equal(r.code, "BL000010");
  assert.equal(r.reason, "blocked");
  assert.equal(r.sender_ip, "203.0.113.5");
  assert.equal(r.sender_ip_source.line, 1);
  assert.ok(r.links.some((l) => l.url.includes("203.0.113.5")), "removal link takes the IP");
});

test("empty input gets a plain report", () => {
  const report = explain("");
  assert.equal(report.input_kind, "empty");
  assert.equal(report.recipients.length, 0);
  assert.ok(report.summary.length > 0);
});

test("bytes with invalid UTF-8 are read", () => {
  const bytes = new Uint8Array([0x35, 0x35, 0x30, 0x20, 0xff, 0xfe, 0x20, 0x75, 0x73, 0x65, 0x72]);
  const report = explainBytes(bytes);
  assert.equal(report.recipients[0].reply, "550");
});
