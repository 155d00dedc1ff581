// The returned message's Organization header names the sender's company
// in free text, and a DSN's Original-Envelope-Id (RFC 3461, the ENVID
// the sender's server chose) may repeat the sender's local part. The
// redaction must mask both, and the redacted bounce must still be
// explained as the original is (tests/widget/redact-roundtrip).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { redact } from "../../www/widget/redact.js";

/** Builds a Postfix DSN whose delivery-status part and returned headers end with the given fields. */
function postfixDsn({ status = [], returned = [] }) {
  return [
    "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)",
    "To: alice.wonder@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    "",
    "--B1",
    "Content-Type: text/plain",
    "",
    "<bob@example.net>: host mx.example.net[198.51.100.9] said: 550 5.1.1 User unknown",
    "",
    "--B1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mail.example.com",
    ...status,
    "",
    "Final-Recipient: rfc822; bob@example.net",
    "Action: failed",
    "Status: 5.1.1",
    "",
    "--B1",
    "Content-Type: text/rfc822-headers",
    "",
    "From: Alice Wonder <alice.wonder@example.com>",
    "To: bob@example.net",
    ...returned,
    "",
    "--B1--",
  ].join("\n");
}

test("Organization header masked", () => {
  const cases = [
    ["Organization: Acme Widgets, Ltd."],
    ["Organisation: Acme Widgets, Ltd."],
    ["Organization: Acme Widgets,", " Ltd."],
    ["Organization: =?utf-8?Q?Acme_Widgets,_Ltd.?="],
    ["> Organization: Acme Widgets, Ltd."],
  ];
  for (const lines of cases) {
    const { text } = redact(postfixDsn({ returned: lines }));
    assert.doesNotMatch(text, /Acme|Widgets|Ltd/, `${lines[0]}:\n${text}`);
    assert.match(text, /^(?:> )?Organi[sz]ation: \[organization\]$/m, `${lines[0]}:\n${text}`);
  }
});

test("Organization counted as a name", () => {
  const { counts } = redact(postfixDsn({ returned: ["Organization: Acme Widgets, Ltd."] }));
  const without = redact(postfixDsn({})).counts;
  assert.equal(counts.names, without.names + 1);
});

test("organization masked where it recurs", () => {
  const returned = ["Organization: Praxis Dr. Hoffmann", "Comments: sent for Praxis Dr. Hoffmann"];
  const { text } = redact(postfixDsn({ returned }));
  assert.doesNotMatch(text, /Praxis|Hoffmann/, text);
});

test("empty Organization kept", () => {
  const { text } = redact(postfixDsn({ returned: ["Organization:"] }));
  assert.match(text, /^Organization:$/m, text);
});

test("Original-Envelope-Id masked", () => {
  const { text, counts } = redact(postfixDsn({ status: ["Original-Envelope-Id: alice.wonder-20261201-invoice-7731"] }));
  assert.doesNotMatch(text, /alice|wonder|7731/i, text);
  assert.match(text, /^Original-Envelope-Id: \[envelope-id-1\]$/m, text);
  assert.equal(counts.messageIds, 1);
});

test("ENVID parameter masked with same token", () => {
  const status = ["Original-Envelope-Id: alice.wonder-7731"];
  const transcript = [">>> MAIL From:<alice.wonder@example.com> SIZE=1234 ENVID=alice.wonder-7731 RET=HDRS", "<<< 250 2.1.0 Ok"];
  const { text } = redact(`${postfixDsn({ status })}\n\n${transcript.join("\n")}`);
  assert.doesNotMatch(text, /alice|wonder|7731/i, text);
  assert.match(text, / ENVID=\[envelope-id-1\] RET=HDRS$/m, text);
  assert.match(text, /^Original-Envelope-Id: \[envelope-id-1\]$/m, text);
});

test("Postfix DSN with company and ENVID", () => {
  const eml = readFileSync(new URL("./redact-roundtrip/postfix-envid-organization.eml", import.meta.url), "utf8");
  const { text } = redact(eml);
  assert.doesNotMatch(text, /Acme Widgets|acme-widgets|alice\.wonder|invoice-7731/i, text);
  assert.match(text, /^Organization: \[organization\]$/m, text);
  assert.match(text, /^Original-Envelope-Id: \[envelope-id-1\]$/m, text);
  // The reply and the blocklist a helper needs stay.
  assert.match(text, /550 5\.7\.1 Service unavailable; client \[203\.0\.113\.77\]/, text);
  assert.match(text, /b\.barracudacentral\.org/, text);
});
