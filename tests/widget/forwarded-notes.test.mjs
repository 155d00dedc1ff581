// The notes a user copies for an administrator name the address the
// sender wrote to when a forward changed it, so the message can be found
// in sent mail and in the logs under that address.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { adminNote } from "../../www/admin-note.js";
import { adviseRecipients } from "../../www/widget/portal.js";
import { composeNote, noteText } from "../../www/widget/notes.js";
import { validateSettings } from "../../www/widget/settings.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const FORWARDED =
  "<sales@example.net> (expanded from <info@example.org>): host mx.example.net[203.0.113.10] " +
  "said: 550 5.1.1 User unknown (in reply to RCPT TO command)";

test("admin note names the address sent to", () => {
  const recipient = explain(FORWARDED).recipients[0];
  const note = adminNote(recipient);
  assert.match(note, /It was sent to info@example\.org and forwarded to sales@example\.net\./);
});

test("who-acts note names the address sent to", () => {
  const report = explain(FORWARDED);
  const settings = validateSettings(null);
  const note = composeNote(report.recipients[0], adviseRecipients(report, settings)[0], settings);
  assert.match(noteText(note), /Sent to: info@example\.org, forwarded to sales@example\.net/);
});

test("notes without a forward name no original address", () => {
  const report = explain("550 5.1.1 <bob@example.net>: User unknown");
  // The card names the user, who gets no note, so the settings hand
  // 5.1.1 to the administrator to get one.
  const settings = validateSettings({ explanations: { "5.1.1": { whoActs: "admin" } } });
  const note = composeNote(report.recipients[0], adviseRecipients(report, settings)[0], settings);
  assert.doesNotMatch(noteText(note), /Sent to:/);
  assert.doesNotMatch(adminNote(report.recipients[0]), /forwarded to/);
});

// A Postfix bounce saved as an `.eml` file and forwarded as a base64
// attachment. Its statement of the client IP is on line 3 of its body.
const POSTFIX = [
  "From: MAILER-DAEMON@mail.example.com",
  "To: alice@example.com",
  "Subject: Undelivered Mail Returned to Sender",
  "",
  "This is the mail system at host mail.example.com.",
  "",
  "<bob@example.org>: host mx.example.org[198.51.100.7] said: 554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org (in reply to RCPT TO command)",
  "",
].join("\n");

const ENCODED_FORWARD = [
  "From: Alice <alice@example.com>",
  "To: helpdesk@example.com",
  "Subject: Fwd: bounce",
  "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="OUT"',
  "",
  "--OUT",
  "Content-Type: text/plain",
  "",
  "This came back, see attached.",
  "--OUT",
  'Content-Type: application/octet-stream; name="bounce.eml"',
  'Content-Disposition: attachment; filename="bounce.eml"',
  "Content-Transfer-Encoding: base64",
  "",
  Buffer.from(POSTFIX).toString("base64").replace(/.{76}/g, "$&\n"),
  "--OUT--",
  "",
].join("\n");

test("admin note names the attached bounce's line", () => {
  const recipient = explain(ENCODED_FORWARD).recipients[0];
  assert.equal(recipient.sender_ip, "203.0.113.5");
  const note = adminNote(recipient);
  assert.match(note, /^203\.0\.113\.5 \(found on line 3 of the attached bounce's decoded text\)$/m);
});
