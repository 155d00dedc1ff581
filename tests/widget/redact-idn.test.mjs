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

// An own domain of Japanese letters has no script change to mark where
// it starts. A name written alone whose first label only ends in the own
// domain's first label is masked whole, never in part.
test("own IDN label end masks whole label", () => {
  const ownDomains = ["例え.jp"];
  const cases = [
    ["Received: from た例え.jp (た例え.jp [203.0.113.4])", "Received: from host-1.example (host-1.example [203.0.113.4])"],
    ["Reporting-MTA: dns; 大例え.jp", "Reporting-MTA: dns; host-1.example"],
    ["接続先：た例え.jp", "接続先：host-1.example"],
  ];
  for (const [input, expected] of cases) {
    assert.equal(redact(input, { ownDomains }).text, expected, input);
  }
});

test("other IDN label under own TLD kept", () => {
  const input = "Received: from mail.た例え.jp (mail.大例え.jp [203.0.113.4])\nbob@た例え.jp";
  assert.equal(redact(input, { ownDomains: ["例え.jp"] }).text, "Received: from mail.た例え.jp (mail.大例え.jp [203.0.113.4])\nuser-1@た例え.jp");
});

// Japanese text runs words into a host on both sides. The own domain is
// masked, and the words before it stay.
test("own IDN host inside Japanese text", () => {
  const cases = [
    ["サーバー例え.jpに接続できませんでした", "サーバーhost-1.exampleに接続できませんでした"],
    ["サーバーmail.例え.jpに接続できませんでした", "サーバーhost-1.exampleに接続できませんでした"],
  ];
  for (const [input, expected] of cases) {
    assert.equal(redact(input, { ownDomains: ["例え.jp"] }).text, expected, input);
  }
});
