// A note is pasted onward, sometimes into a spreadsheet, which reads a
// line starting with "=", "+", "-" or "@" as a formula. The receiving
// server's reply is text from the paste, so both note composers write it
// behind a quote mark: a forged reply such as =HYPERLINK(...) must not
// start a line of the note.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { adminNote } from "../../www/admin-note.js";
import { adviseRecipients } from "../../www/widget/portal.js";
import { composeNote } from "../../www/widget/notes.js";
import { validateSettings } from "../../www/widget/settings.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const SETTINGS = validateSettings({});
const FORMULA_START = /^\s*[=+\-@]/u;

/** Builds a DSN whose Diagnostic-Code is `reply`. */
function dsn(reply) {
  return [
    "Final-Recipient: rfc822; bob@example.net",
    "Action: failed",
    "Status: 5.7.1",
    "Remote-MTA: dns; mx.example.net",
    `Diagnostic-Code: smtp; ${reply}`,
    "",
  ].join("\n");
}

const REPLIES = [
  '=HYPERLINK("https://evil.example/delist","Removal form for 198.51.100.4")',
  "=1+2 rejected",
  "+cmd rejected",
  "-2+3 rejected",
  "@SUM(1,2) rejected",
];

test("no line of a note starts like a formula", () => {
  for (const reply of REPLIES) {
    const report = explain(dsn(reply));
    assert.equal(report.recipients.length, 1, reply);
    const [card] = report.recipients;
    assert.ok(card.diagnostic, reply);
    const notes = [adminNote(card)];
    const [advice] = adviseRecipients(report, SETTINGS);
    const composed = composeNote(card, advice, SETTINGS);
    if (composed) notes.push(composed.body);
    assert.equal(notes.length, 2, `both composers write a note for ${reply}`);
    for (const note of notes) {
      for (const line of note.split("\n")) assert.doesNotMatch(line, FORMULA_START, `${reply}\n${note}`);
      assert.ok(note.includes(`> ${card.diagnostic}`), note);
    }
  }
});
