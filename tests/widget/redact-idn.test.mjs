// Unit tests for the user's own internationalised domain: given in
// Unicode (U-labels) or in punycode (A-labels), it is masked in both
// forms, and both forms of one host or address share a token.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

const RECEIVED = [
  "Received: from mail.bücher.example (mail.bücher.example [203.0.113.45])",
  "Received: from mail.xn--bcher-kva.example",
].join("\n");

test("own IDN host masked in both forms", () => {
  for (const domain of ["xn--bcher-kva.example", "bücher.example", "BÜCHER.example."]) {
    const { text } = redact(RECEIVED, { ownDomains: [domain] });
    assert.doesNotMatch(text, /bücher|bcher/, domain);
    assert.match(text, /^Received: from host-1\.example \(host-1\.example \[203\.0\.113\.45\]\)$/m, domain);
    assert.match(text, /^Received: from host-1\.example$/m, domain);
  }
});

test("own IDN address masked in both forms", () => {
  const input = "To: info@bücher.example\nX-Original-To: info@xn--bcher-kva.example\n";
  const { text } = redact(input, { ownDomains: ["bücher.example"] });
  assert.equal(text, "To: user-1@host-1.example\nX-Original-To: user-1@host-1.example\n");
});

test("sender IDN domain from headers masked", () => {
  // The bounce's To names the sender, so its domain counts as the
  // sender's own, and its A-label form in the text is masked too.
  const input = ["To: anna@bücher.example", "", "Reporting-MTA: dns; mail.xn--bcher-kva.example"].join("\n");
  const { text } = redact(input);
  assert.doesNotMatch(text, /bücher|bcher/);
  assert.match(text, /^Reporting-MTA: dns; host-2\.example$/m);
});

test("other IDN hosts kept", () => {
  const input = "Received: from mx.пример.рф (mx.пример.рф [198.51.100.7])";
  const { text } = redact(input, { ownDomains: ["bücher.example"] });
  assert.equal(text, input);
});
