// Notes built for a reply pasted without a recipient address. Every
// sentence that would name the recipient must still read well without it:
// no doubled space, no space before punctuation, no dangling "to".
// Reports here are built from the real WASM module's output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { adminNote } from "../../www/admin-note.js";
import { adviseRecipients } from "../../www/widget/portal.js";
import { composeNote, noteText } from "../../www/widget/notes.js";
import { validateSettings } from "../../www/widget/settings.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const NAMED = validateSettings({ name: "Example Mail", sendingIps: ["192.0.2.0/24"] });
const UNNAMED = validateSettings({ sendingIps: ["192.0.2.0/24"] });

// Bare replies with no recipient address: a block of the portal's own IP
// (portal note), a block of another IP (admin note), a recipient-side
// refusal (recipient note) and a deferral (delayed notes).
const REPLIES = {
  "own IP block": "554 5.7.1 Service unavailable; Client host [192.0.2.5] blocked using zen.spamhaus.org",
  "other IP block": "554 5.7.1 Service unavailable; Client host [198.51.100.5] blocked using zen.spamhaus.org",
  "mailbox full": "552 5.2.2 Mailbox full",
  "own IP deferral": [
    "421-4.7.0 [192.0.2.5      15] Our system has detected an unusual rate of",
    "421-4.7.0 unsolicited mail originating from your IP address. To protect our",
    "421-4.7.0 users from spam, mail sent from your IP address has been temporarily",
    "421 4.7.0 rate limited. https://support.google.com/mail/answer/188131 d9443c01a7336-1234 - gsmtp",
  ].join("\n"),
  "policy refusal": "554 5.7.1 Message rejected due to local policy",
};

function notesFor(text, settings) {
  const report = explain(text);
  assert.equal(report.recipients.length, 1, text);
  const [recipient] = report.recipients;
  assert.equal(recipient.recipient, null, `no address in: ${text}`);
  const [advice] = adviseRecipients(report, settings);
  const party = composeNote(recipient, advice, settings);
  return { recipient, party, admin: adminNote(recipient) };
}

// Lines a note builds from sentences, without the receiver's reply it
// quotes behind "> ", which keeps its own spacing.
function sentences(text, reply) {
  const quoted = new Set(reply.split("\n").map((line) => line.trim()));
  return text.split("\n").filter((line) => !quoted.has(line.trim().replace(/^> /, "")));
}

function assertReadsWell(text, reply, label) {
  for (const line of sentences(text, reply)) {
    assert.doesNotMatch(line, /\S {2,}\S/, `${label}: doubled space in "${line}"`);
    assert.doesNotMatch(line, / [.,:;]/, `${label}: space before punctuation in "${line}"`);
    assert.doesNotMatch(line, /\bto (?:through|bounced|is|and)\b/, `${label}: dangling "to" in "${line}"`);
  }
}

for (const [name, text] of Object.entries(REPLIES)) {
  for (const [settingsName, settings] of [["named portal", NAMED], ["unnamed portal", UNNAMED]]) {
    test(`${name}, ${settingsName}: notes read well`, () => {
      const { recipient, party, admin } = notesFor(text, settings);
      if (party) assertReadsWell(noteText(party), recipient.diagnostic, `${party.party} note`);
      assertReadsWell(admin, recipient.diagnostic, "admin note");
    });
  }
}

test("own IP block opening names portal", () => {
  const { party } = notesFor(REPLIES["own IP block"], NAMED);
  assert.equal(party.party, "portal");
  assert.match(party.body, /^A message I sent through Example Mail bounced\. /m);
});

test("own IP deferral names portal", () => {
  const { party } = notesFor(REPLIES["own IP deferral"], NAMED);
  assert.equal(party.party, "portal");
  assert.match(party.body, /^A message I sent through Example Mail is delayed\. /m);
});
