// Unit tests for display names written as RFC 2047 encoded words, as
// headers write every name with accents or in another script. The
// decoded name must be masked wherever the text repeats it.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";
import { decodeEncodedWords } from "../../www/widget/encoded-words.js";

const bounce = (...returned) =>
  [
    "From: Mail Delivery System <MAILER-DAEMON@mail.example.com>",
    "To: ana@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "",
    "<ravi@example.net>: host mx.example.net[203.0.113.10] said: 552 5.2.2 mailbox full",
    "",
    "--- returned message headers",
    ...returned,
  ].join("\n");

test("encoded words decoded", () => {
  const cases = [
    ["=?utf-8?Q?J=C3=B6rg_M=C3=BCller?=", "Jörg Müller"],
    ["=?UTF-8?B?SsO2cmcgTcO8bGxlcg==?=", "Jörg Müller"],
    ["=?iso-8859-1?q?Ren=E9e?= =?iso-8859-1?q?_Dub=E9?=", "Renée Dubé"],
    ["=?utf-8*de?Q?Bj=C3=B6rn?=", "Björn"],
    ["plain text", "plain text"],
    ["=?x-unknown-charset?Q?abc?=", "=?x-unknown-charset?Q?abc?="],
    ["=?utf-8?B?not*base64?=", "=?utf-8?B?not*base64?="],
    ["=?utf-8?Q?line=0Abreak?=", "line break"],
  ];
  for (const [input, expected] of cases) assert.equal(decodeEncodedWords(input), expected, input);
});

test("encoded display name masked where repeated", () => {
  const cases = [
    // Q encoding, the name repeated in free-text headers.
    [
      ["To: =?utf-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@example.net>", "Comments: Sent to Jörg Müller", "Organization: Praxis Müller"],
      /Jörg|Müller/,
    ],
    // B encoding, in the sender's From header, with the first name alone.
    [
      ["From: =?UTF-8?B?QW5uYSBTY2jDpGZlcg==?= <anna@example.org>", "X-Mailer: Anna's phone", "Comments: Sent on behalf of Anna Schäfer"],
      /Anna|Schäfer/,
    ],
    // Two adjacent words in Latin-1, the name inside a quoted string.
    [
      ['Cc: "=?iso-8859-1?q?Ren=E9e?= =?iso-8859-1?q?_Dub=E9?=" <renee@example.net>', "Comments: copy for Renée Dubé"],
      /Renée|Dubé/,
    ],
  ];
  for (const [lines, leak] of cases) {
    const text = redact(bounce(...lines)).text;
    assert.doesNotMatch(text, leak, text);
    assert.doesNotMatch(text, /=\?(?:utf|iso)/i, text);
  }
});

test("encoded words in free-text headers masked", () => {
  const text = redact(
    bounce("To: =?utf-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@example.net>", "Comments: =?utf-8?Q?Praxis_J=C3=B6rg_M=C3=BCller?="),
  ).text;
  assert.match(text, /^Comments: Praxis \[name\]$/m);
});

test("encoded role name kept", () => {
  const text = redact(bounce("From: =?utf-8?Q?Mail_Delivery_System?= <MAILER-DAEMON@example.net>", "Comments: from the Mail Delivery System")).text;
  assert.match(text, /^Comments: from the Mail Delivery System$/m);
});
