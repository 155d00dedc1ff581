// The page's wording of what the input was read as: a sending service's
// JSON record is named by the service, an MTA by the report's id.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { STRINGS } from "../../www/strings.js";

const { readAs } = STRINGS.kinds;

test("JSON records are named by their service", () => {
  const line = (mta, mtaName) => readAs("json_record", STRINGS.kinds.json_record, mta, mtaName);
  assert.equal(line("amazonses", "Amazon SES"), "Read as Amazon SES's JSON event record.");
  assert.equal(line("sendgrid", "SendGrid"), "Read as SendGrid's JSON event record.");
  assert.equal(line("newservice", null), "Read as newservice's JSON event record.");
});

test("SES bounce email is no JSON record", () => {
  const line = readAs("email", STRINGS.kinds.email, "amazonses", "Amazon SES");
  assert.equal(line, "Read as a whole email, written by amazonses.");
});

test("other inputs name kind and MTA", () => {
  assert.equal(readAs("email", STRINGS.kinds.email, "postfix"), "Read as a whole email, written by postfix.");
  assert.equal(readAs("smtp_reply", STRINGS.kinds.smtp_reply, null), "Read as SMTP reply lines.");
  assert.equal(
    readAs("csv_export", STRINGS.kinds.csv_export, null),
    "Read as a CSV export of bounces, one row per recipient.",
  );
  assert.equal(
    readAs("mail_program_alert", STRINGS.kinds.mail_program_alert, null),
    "Read as a mail program's own alert that it could not send, not a bounce.",
  );
});

// Every kind the package's types declare has its wording, so the page
// never shows a raw id such as `csv_export`.
test("every input kind has wording", () => {
  const dts = readFileSync(new URL("../../www/widget/report.d.ts", import.meta.url), "utf8");
  const union = dts.match(/export type InputKind = ([^;]+);/)[1];
  const kinds = [...union.matchAll(/"(\w+)"/g)].map((m) => m[1]);
  assert.ok(kinds.includes("csv_export"), union);
  for (const kind of kinds) assert.equal(typeof STRINGS.kinds[kind], "string", kind);
});

// A DSN may report deliveries beside failures: the status line counts the
// recipients the message did not reach apart from those it did.
test("status counts delivered recipients apart", () => {
  const { explained } = STRINGS.status;
  assert.equal(explained(2), "Explained 2 recipients.");
  assert.equal(explained(1, 0), "Explained 1 recipient.");
  assert.equal(explained(5, 3), "Explained 5 recipients: 2 not delivered, 3 delivered.");
  assert.equal(explained(2, 2), "Explained 2 recipients: all delivered.");
});

// Reply lines pasted without recipients give cards that name none, so the
// status line counts replies.
test("status counts replies without recipients", () => {
  const { explained } = STRINGS.status;
  assert.equal(explained(32, 0, true), "Explained 32 replies.");
  assert.equal(explained(1, 0, true), "Explained 1 reply.");
  assert.equal(explained(32, 0, false), "Explained 32 recipients.");
});

// An address read from a delivery-status field of an encoded attachment
// is placed in that part and field, since no line of the paste has it.
test("delivery-status line names part and field", () => {
  const { card, note } = STRINGS;
  assert.equal(
    card.ipLine(8, true, 1, "delivery_status", "Diagnostic-Code"),
    "Found on line 8 of the attached bounce's delivery-status part, in its Diagnostic-Code field " +
      "(the attachment was sent encoded):",
  );
  assert.equal(
    card.ipLine(8, true, 0, "delivery_status", "Diagnostic-Code"),
    "Found on line 8 of the bounce's delivery-status part, in its Diagnostic-Code field " +
      "(the bounce was sent encoded):",
  );
  assert.equal(card.ipLine(4, true, 1, "text", null), "Found on line 4 of the attached bounce's decoded text (the attachment was sent encoded):");
  assert.equal(card.ipLine(4, false, 0, "text", null), "Found on line 4 of your text:");
  assert.match(note.ipLine(8, true, 2, "delivery_status", "Diagnostic-Code"), /bounce attached 2 levels deep, in its Diagnostic-Code field/);
});

// Every actor the package's types declare has its "Who must act" label,
// so a card never shows a raw id such as `service`.
test("every actor has wording", () => {
  const dts = readFileSync(new URL("../../www/widget/report.d.ts", import.meta.url), "utf8");
  const union = dts.match(/export type Actor = ([^;]+);/)[1];
  const actors = [...union.matchAll(/"(\w+)"/g)].map((m) => m[1]);
  assert.ok(actors.includes("service"), union);
  for (const actor of actors) assert.equal(typeof STRINGS.actors[actor], "string", actor);
});
