// The hand-written Report types (www/widget/report.d.ts) against real
// Reports from the WASM module: a field added to or removed from the Rust
// Report must show up here, so the package's types do not go stale.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const DTS = readFileSync(new URL("../../www/widget/report.d.ts", import.meta.url), "utf8");

// Field names of each `export interface Name { ... }` block.
function declaredFields() {
  const interfaces = {};
  for (const m of DTS.matchAll(/export interface (\w+) \{([\s\S]*?)\n\}/g)) {
    const body = m[2].replace(/\/\*\*[\s\S]*?\*\//g, "");
    interfaces[m[1]] = [...body.matchAll(/^\s*(\w+)\??:/gm)].map((f) => f[1]).sort();
  }
  return interfaces;
}

const REPORT = explain(
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net 203.0.113.5 " +
    "found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
);

test("report.d.ts declares every interface", () => {
  const declared = Object.keys(declaredFields()).sort();
  assert.deepEqual(declared, ["Explanation", "Link", "Note", "Recipient", "Report", "SenderIpSource"]);
});

test("Report fields match the module", () => {
  const fields = declaredFields();
  const r = REPORT.recipients[0];
  const actual = {
    Report: REPORT,
    Recipient: r,
    SenderIpSource: r.sender_ip_source,
    Explanation: r.explanation,
    Link: r.links[0],
  };
  for (const [name, value] of Object.entries(actual)) {
    assert.ok(value, `no ${name} in the sample report`);
    assert.deepEqual(Object.keys(value).sort(), fields[name], `${name} in report.d.ts`);
  }
});

test("Note fields match the module", () => {
  // Text with no bounce in it gets a Report-level note saying so.
  const notes = explain("hello there").notes;
  assert.ok(notes.length > 0, "expected a note for text that is not a bounce");
  assert.deepEqual(Object.keys(notes[0]).sort(), declaredFields().Note);
});

test("enum values are declared", () => {
  assert.ok(DTS.includes(`"${REPORT.input_kind}"`), REPORT.input_kind);
  assert.ok(DTS.includes(`"${REPORT.recipients[0].reason}"`), REPORT.recipients[0].reason);
  assert.ok(DTS.includes(`"${REPORT.recipients[0].explanation.who_acts}"`));
});

test("Actor union lists service", () => {
  // A blocklist listing of a sending service's own IP, read from its event.
  const event = explain(
    '[{"email":"bob@example.net","event":"bounce","ip":"198.51.100.44",' +
      '"reason":"550 5.7.1 Service unavailable; Client host [198.51.100.44] blocked using b.barracudacentral.org"}]',
  );
  const actor = DTS.match(/export type Actor = ([^;]+);/);
  assert.ok(actor, "no Actor type in report.d.ts");
  assert.equal(event.recipients[0].explanation.who_acts, "service");
  assert.ok(actor[1].includes('"service"'), actor[1]);
});

test("mail program alert kind is declared", () => {
  // Outlook's own alert that it could not reach its outgoing server.
  const alert = explain(
    "Task 'alice@example.org - Sending' reported error (0x800CCC0E) : " +
      "'Cannot connect to the server.'",
  );
  assert.equal(alert.input_kind, "mail_program_alert");
  const kind = DTS.match(/export type InputKind = ([^;]+);/);
  assert.ok(kind, "no InputKind type in report.d.ts");
  assert.ok(kind[1].includes('"mail_program_alert"'), kind[1]);
  assert.equal(alert.recipients[0].explanation.who_acts, "you");
});
