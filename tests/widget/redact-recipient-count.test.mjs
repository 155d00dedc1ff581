// Property test through the real WASM explainer: "Redact and copy" never
// adds a recipient. A helper who pastes the redacted bounce must not see
// a card for a recipient that the original bounce does not have. The
// inputs are hostile DSNs: encoded words, RFC 6533 escapes, folded fields,
// addresses split across lines, display names that contain "@", and
// quoted-printable escapes where no quoted-printable part is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { redact } from "../../www/widget/redact.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

// The DSN recipient field, written in the forms a hostile DSN may use.
const RECIPIENT_FIELDS = [
  "Final-Recipient: rfc822; bob@example.net",
  "Final-Recipient: utf-8; j\\x{FC}rgen@example.net",
  "Final-Recipient: rfc822; =?utf-8?Q?bob=40example.net?=",
  "Final-Recipient: rfc822; =?utf-8?B?Ym9iQGV4YW1wbGUubmV0?=",
  'Final-Recipient: rfc822; "alice@example.org" <bob@example.net>',
  'Final-Recipient: rfc822; "Bob @ Home" <bob@example.net>',
  "Final-Recipient: rfc822; =?utf-8?Q?alice=40example.org?= <bob@example.net>",
  "Final-Recipient: rfc822;\n bob@example.net",
  "Final-Recipient: rfc822; bob\n @example.net",
  "Final-Recipient: rfc822; bob@exam\n ple.net",
  'Final-Recipient: rfc822; "bob"@example.net',
  "Final-Recipient: rfc822; bob@example.net (alice@example.org)",
];

// The text part: a reply for the DSN's recipient in another form, a
// display name with "@", and text that reads as quoted-printable only to
// a reader who takes a "Content-Transfer-Encoding" line in a body for a
// MIME header. Those last two name two recipients, because the explainer
// lends a lone text failure to a lone DSN recipient.
const TEXT_PARTS = [
  "<bob@example.net>: host mx.example.net[198.51.100.10] said: 554 5.7.1 Rejected (in reply to RCPT TO command)",
  '"alice@example.org" <bob@example.net>: 550 5.1.1 User unknown',
  "Delivery to the following recipient failed permanently:\n\n     =?utf-8?Q?bob=40example.net?=",
  [
    "Content-Transfer-Encoding: quoted-printable",
    "<bob@example.net>: host mx.example.net[198.51.100.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
    "<carol=40example.org>: host mx.example.org[198.51.100.11] said: 554 5.7.1 Rejected (in reply to RCPT TO command)",
  ].join("\n"),
  [
    "Content-Transfer-Encoding: quoted-printable",
    "",
    "<bob@example.net>: host mx.example.net[198.51.100.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
    "<carol@exam=",
    "ple.org>: host mx.example.org[198.51.100.11] said: 554 5.7.1 Rejected (in reply to RCPT TO command)",
  ].join("\n"),
];

function dsn(recipientField, textPart) {
  return [
    "From: MAILER-DAEMON@mx.example.com",
    "To: alice@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    "",
    "--B",
    "Content-Type: text/plain",
    "Content-Transfer-Encoding: 7bit",
    "",
    textPart,
    "",
    "--B",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.com",
    "",
    recipientField,
    "Action: failed",
    "Status: 5.1.1",
    "Diagnostic-Code: smtp; 550 5.1.1 User unknown",
    "",
    "--B--",
    "",
  ].join("\n");
}

const recipientsOf = (text) => explain(text).recipients.map((r) => r.recipient);

test("redaction adds no recipient", () => {
  for (const field of RECIPIENT_FIELDS) {
    for (const textPart of TEXT_PARTS) {
      const original = dsn(field, textPart);
      const before = recipientsOf(original);
      for (const ownDomains of [[], ["example.net"]]) {
        const redacted = redact(original, { ownDomains }).text;
        const after = recipientsOf(redacted);
        assert.ok(
          after.length <= before.length,
          `own domains [${ownDomains}]: ${JSON.stringify(before)} became ${JSON.stringify(after)} in\n${redacted}`,
        );
      }
    }
  }
});

// A "Content-Transfer-Encoding" line in a part's body is text. Decoding
// what follows it would write "carol@example.org" where the original has
// "carol=40example.org", which the explainer does not read as an address.
test("encoding line in body not decoded", () => {
  const original = dsn(RECIPIENT_FIELDS[0], TEXT_PARTS[3]);
  const { text } = redact(original);
  assert.match(text, /^<carol=40example\.org>: host/m, text);
  assert.equal(recipientsOf(text).length, 1, text);
});
