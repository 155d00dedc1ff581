// The package's notes quote the receiver's reply, the address and the IP
// from the paste. Invisible and bidi characters in them are shown as
// escapes such as ⟨U+202E⟩, as the page's "Copy a note" shows them, so a
// mail or ticket built from composeNote()/noteText() cannot show a
// reversed URL or a split IP address as something else.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { adminNote } from "../../www/admin-note.js";
import { adviseRecipients } from "../../www/widget/portal.js";
import { composeNote, noteText } from "../../www/widget/notes.js";
import { validateSettings } from "../../www/widget/settings.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

// Replies with a right-to-left override around a reversed URL, zero-width
// spaces inside an address and an IP, a left-to-right isolate and a
// right-to-left mark.
const REPLIES = [
  "554 5.7.1 Service unavailable; Client host [192.0.2.5] blocked using zen.spamhaus.org; \u202Emoc.elpmaxe-lave//:sptth\u202C see",
  "554 5.7.1 <b\u200Bob@example.net>: Client host [192.0.2.\u200B5] blocked using zen.spamhaus.org",
  "550 5.1.1 <\u202Eten.elpmaxe@bob>: Recipient address rejected: User unknown",
  "550 5.1.1 <bob@example.net>: Recipient address rejected: \u2066User\u2069 unknown\u200F",
];

// The characters the page writes as escapes, among those the replies use.
const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/u;
const ESCAPE = /⟨U\+[0-9A-F]{4,6}⟩/u;
const ESCAPES = new RegExp(ESCAPE.source, "gu");

// Unknown-address cards name the user, who gets no note, so these
// settings hand 5.1.1 to the administrator to get one.
const SETTINGS = validateSettings({ explanations: { "5.1.1": { whoActs: "admin" } } });

function notesFor(reply) {
  const report = explain(reply);
  const settings = SETTINGS;
  const recipient = report.recipients[0];
  const note = composeNote(recipient, adviseRecipients(report, settings)[0], settings);
  return { recipient, note };
}

test("note text escapes hidden characters", () => {
  let carried = 0;
  for (const reply of REPLIES) {
    const { recipient, note } = notesFor(reply);
    assert.ok(note, `no note for ${JSON.stringify(reply)}`);
    const text = noteText(note);
    assert.doesNotMatch(text, HIDDEN, JSON.stringify(text));
    // The engine drops some zero-width characters itself; the others
    // reach the report and must come out as escapes.
    if (HIDDEN.test(JSON.stringify(recipient))) {
      carried += 1;
      assert.match(text, ESCAPE, JSON.stringify(text));
    }
    for (const field of ["to", "subject", "body"]) {
      assert.doesNotMatch(note[field], HIDDEN, `${field}: ${JSON.stringify(note[field])}`);
    }
  }
  assert.ok(carried >= 2, `only ${carried} reports kept a hidden character`);
});

test("package note matches page escapes", () => {
  for (const reply of REPLIES) {
    const { recipient, note } = notesFor(reply);
    const page = new Set(adminNote(recipient).match(ESCAPES) ?? []);
    const own = new Set(noteText(note).match(ESCAPES) ?? []);
    for (const escape of page) {
      assert.ok(own.has(escape), `${escape} missing from ${JSON.stringify(noteText(note))}`);
    }
  }
});

test("reversed URL never reads forwards", () => {
  const { note } = notesFor(REPLIES[0]);
  const text = noteText(note);
  assert.match(text, /⟨U\+202E⟩moc\.elpmaxe-lave\/\/:sptth⟨U\+202C⟩/u);
});
