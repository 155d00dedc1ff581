// Unit tests for Gmail's "Show original" page pasted whole. The page's
// title "Original Message" is not a marker of a returned message: the
// bounce below the page's summary table must stay, with only personal
// data masked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { redact } from "../../www/widget/redact.js";

const pasted = (name) => readFileSync(new URL(`./redact-pasted/${name}`, import.meta.url), "utf8");

test("show original keeps a Sendmail bounce", () => {
  const { text, counts } = redact(pasted("gmail-show-original-sendmail.txt"));
  assert.equal(counts.bodyLines, 0, text);
  assert.match(text, /^Original Message$/m);
  assert.match(text, /^Download Original\tCopy to clipboard/m);
  assert.match(text, /^Subject: Returned mail: see transcript for details$/m);
  assert.match(text, /^<<< 550 5\.7\.1 Service unavailable; Client host \[203\.0\.113\.45\] blocked using bl\.spamcop\.net/m);
  assert.match(text, /^Diagnostic-Code: SMTP; 550 5\.7\.1 /m);
  assert.match(text, /^Status: 5\.0\.0$/m);
  assert.match(text, /^Remote-MTA: DNS; mx\.example\.net$/m);
});

test("show original masks personal data", () => {
  const { text } = redact(pasted("gmail-show-original-sendmail.txt"));
  assert.doesNotMatch(text, /alice|bob@|Alice/, text);
  assert.match(text, /^Message ID\t<\[message-id-\d+\]>$/m);
  assert.match(text, /^To:\t\[name\] <user-\d+@host-\d+\.example>$/m);
  assert.match(text, /^Final-Recipient: RFC822; user-\d+@example\.net$/m);
});

test("show original keeps a base64 NDR's headers", () => {
  const { text, counts } = redact(pasted("gmail-show-original-exchange.txt"));
  assert.equal(counts.bodyLines, 0, text);
  assert.match(text, /^Subject: Undeliverable: \[subject\]$/m);
  assert.match(text, /^Content-Type: text\/plain; charset=utf-8$/m);
  // The NDR's text is base64, which the redaction removes as it removes
  // every run of base64 lines, because it cannot check them.
  assert.match(text, /^\[6 lines of base64 data removed\]$/m);
});

test("returned message after Gmail's marker removed", () => {
  // The same title without the page's summary table is Gmail's own
  // marker above a returned message, whose body goes.
  const input = [
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "To: alice@example.org",
    "",
    "The response was: 550 5.1.1 The email account that you tried to reach does not exist.",
    "",
    "----- Original message -----",
    "",
    "From: Alice <alice@example.org>",
    "Message ID: <x@example.org>",
    "Subject: private",
    "",
    "Please keep this private.",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.equal(counts.bodyLines, 1, text);
  assert.doesNotMatch(text, /keep this private/);
});

test("quoted show original page kept", () => {
  const input = pasted("gmail-show-original-sendmail.txt")
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  const { text, counts } = redact(input);
  assert.equal(counts.bodyLines, 0, text);
  assert.match(text, /^> <<< 550 5\.7\.1 Service unavailable/m);
});
