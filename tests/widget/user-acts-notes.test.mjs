// composeNote() through the package's entry point when the card names the
// user as the one who acts ("Who must act: You"). The steps are the user's
// own, so no note asks the mail administrator, the portal's support or a
// postmaster to carry them out. Cards where another party acts keep theirs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { adviseRecipients, composeNote, explain, init, validateSettings } from "../../www/widget/index.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const PLAIN = validateSettings({});
const PORTAL_SETTINGS = {
  name: "Example Mail",
  contacts: {
    admin: { name: "Example Mail support", email: "support@example.com" },
    you: { name: "Example Mail help pages", url: "https://example.com/help" },
  },
};
const PORTAL = validateSettings(PORTAL_SETTINGS);

// Replies whose card names the user as the one who acts: an unknown
// address, a message over the size limit, and content refused as spam.
const USER_ACTS = {
  "unknown address": "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
  "message too large": "552 5.3.4 Message size exceeds fixed maximum message size",
  "spam content": "550 5.7.1 Message rejected as spam by Content Filtering",
};

/** Explains `reply` and returns the first recipient's advice and composed note. */
function noteFor(reply, settings) {
  const report = explain(reply);
  assert.equal(report.recipients.length, 1, reply);
  const advice = adviseRecipients(report, settings)[0];
  return { advice, note: composeNote(report.recipients[0], advice, settings) };
}

test("user-acting cards get no note", () => {
  for (const [name, reply] of Object.entries(USER_ACTS)) {
    for (const [label, settings] of [["no settings", PLAIN], ["portal", PORTAL]]) {
      const { advice, note } = noteFor(reply, settings);
      assert.equal(advice.explanation.who_acts, "you", `${name}, ${label}: the card names the user`);
      assert.equal(note, null, `${name}, ${label}: no note to ${note?.to}`);
    }
  }
});

test("override to you drops the note", () => {
  // A refusal of a listed IP that is not the portal's: the administrator
  // acts by default, and the portal's override hands it to the user.
  const reply = "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org";
  const before = noteFor(reply, PORTAL);
  assert.equal(before.advice.explanation.who_acts, "admin");
  assert.equal(before.note.party, "admin");
  const overridden = validateSettings({ ...PORTAL_SETTINGS, explanations: { "5.7.1": { whoActs: "you" } } });
  assert.equal(noteFor(reply, overridden).note, null);
});

test("other parties keep their note", () => {
  const admin = noteFor("554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org", PORTAL);
  assert.equal(admin.note.party, "admin");
  assert.equal(admin.note.to, "Example Mail support <support@example.com>");

  const handed = validateSettings({ ...PORTAL_SETTINGS, explanations: { "5.1.1": { whoActs: "recipient" } } });
  const recipient = noteFor(USER_ACTS["unknown address"], handed);
  assert.equal(recipient.note.party, "recipient");
  assert.equal(recipient.note.to, "Postmaster <postmaster@example.net>");
});
