// The notes a user copies list a provider's code only where it adds to
// the reply code and the enhanced status code: a code that repeats one of
// them made the subject read "550 5.1.1 5.1.1".
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { adminNote, codeLine } from "../../www/admin-note.js";
import { adviseRecipients } from "../../www/widget/portal.js";
import { composeNote } from "../../www/widget/notes.js";
import { validateSettings } from "../../www/widget/settings.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const GMAIL =
  "550-5.1.1 The email account that you tried to reach does not exist. For more information, " +
  "go to https://support.google.com/mail/?p=NoSuchUser a1si2.3 - gsmtp";
const COMCAST =
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net 203.0.113.5 " +
  "BL000010 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010";

// Unknown-address cards name the user, who gets no note, so these
// settings hand 5.1.1 to the administrator to get one.
const SETTINGS = validateSettings({ explanations: { "5.1.1": { whoActs: "admin" } } });

// Explains `text` and, when `code` is given, sets the first recipient's
// provider code from it, as an older library gave the status as the code.
function notes(text, code) {
  const report = explain(text);
  if (code !== undefined) report.recipients[0].code = code(report.recipients[0]);
  const settings = SETTINGS;
  const recipient = report.recipients[0];
  return { recipient, note: composeNote(recipient, adviseRecipients(report, settings)[0], settings) };
}

test("code repeating the status left out", () => {
  for (const repeat of [(r) => r.status, (r) => r.reply]) {
    const { recipient, note } = notes(GMAIL, repeat);
    assert.equal(note.subject, `Undelivered mail: ${recipient.reply} ${recipient.status}`);
    assert.doesNotMatch(note.body, /Google code/);
    assert.match(note.body, /Codes: reply code 550, enhanced status code 5\.1\.1$/m);
    assert.equal(codeLine(recipient), "550 5.1.1");
    assert.doesNotMatch(adminNote(recipient), /google 5\.1\.1|5\.1\.1 5\.1\.1|550 550/);
  }
});

test("provider's own code still listed", () => {
  const { recipient, note } = notes(COMCAST);
  assert.equal(recipient.code, "BL000010");
  assert.match(note.subject, /: 554 5\.7\.1 BL000010$/);
  assert.match(note.body, /Comcast code BL000010/);
  assert.equal(codeLine(recipient), "554 5.7.1 comcast BL000010");
  assert.match(adminNote(recipient), /BL000010/);
});
