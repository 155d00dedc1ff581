// Malformed addresses that syntax-error bounces quote: the address pattern
// takes none of them, yet each names a person, so its local part is
// masked and the rest kept as written.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

test("malformed bracketed addresses masked", () => {
  const cases = [
    ["553 5.1.3 <bob@@example.net>... User address required", /<user-1@@example\.net>/],
    ["501 5.1.3 Bad recipient address syntax: <carol@example..net>", /<user-1@example\.\.net>/],
    ["550 5.1.1 <dave @example.net>: Recipient address rejected", /<user-1 @example\.net>/],
    ["550 5.1.1 <frank@example>: need fully-qualified address", /<user-1@example>/],
    ["550 5.1.1 <alice@ex ample.net>: User unknown", /<user-1@ex ample\.net>/],
  ];
  for (const [line, expected] of cases) {
    const { text, counts } = redact(line);
    assert.match(text, expected, line);
    assert.doesNotMatch(text, /bob|carol|dave|frank|alice/, line);
    assert.equal(counts.emails, 1, line);
  }
});

test("doubled at sign masked in JSON", () => {
  const { text } = redact('{"event": "invalid_email", "email": "erin@@example.com"}', { ownDomains: ["example.com"] });
  assert.match(text, /"email": "user-1@@host-1\.example"/);
  assert.doesNotMatch(text, /erin|example\.com/);
});

test("valid and role addresses keep their usual masking", () => {
  const { text } = redact("550 5.1.1 <bob@example.net>: User unknown\nFrom: <MAILER-DAEMON@mx.example.net>\n");
  assert.match(text, /<user-1@example\.net>/);
  assert.match(text, /<MAILER-DAEMON@mx\.example\.net>/);
  assert.doesNotMatch(text, /user-2/);
});
