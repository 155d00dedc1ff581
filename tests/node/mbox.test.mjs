// An mbox with several messages, through the built WASM module: each
// message is explained on its own, as the command-line tool reads it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain, explainBytes } from "../../www/pkg/bounce_explainer.js";

const wasm = readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url));
await init({ module_or_path: wasm });

const HOSTS = readFileSync(new URL("../fixtures/mbox/hosts.mbox", import.meta.url));

function senderIps(report) {
  return [...new Set(report.recipients.map((r) => r.sender_ip).filter(Boolean))].sort();
}

test("mbox bytes read message by message", () => {
  const report = explainBytes(HOSTS);
  assert.equal(report.recipients.length, 18);
  assert.deepEqual(senderIps(report), ["192.0.2.44", "192.0.2.77", "192.0.2.90", "2001:db8:10::5"]);
  const note = report.notes.map((n) => n.message).find((m) => m.includes("mbox form"));
  assert.equal(note, "The text holds 13 messages in mbox form; each was read on its own.");
});

test("mbox text matches mbox bytes", () => {
  assert.deepEqual(explain(HOSTS.toString("utf8")), explainBytes(HOSTS));
});

test("mbox cards carry message index", () => {
  const report = explainBytes(HOSTS);
  assert.ok(report.recipients.every((r) => Number.isInteger(r.mbox_index)));
  assert.equal(report.recipients.at(-1).mbox_index, 12);
});

test("email has null mbox index", () => {
  const report = explain("550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown");
  assert.equal(report.recipients[0].mbox_index, null);
});
