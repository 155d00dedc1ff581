// Host names followed by a hyphen. Postfix bounces end their MIME boundary
// with the sending host's name, so the closing delimiter ends in
// "mail.example.com--". The name is masked there with the same token as in
// the Content-Type header, so the parts still match.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

const run = (text) => redact(text, { ownDomains: ["example.com"] }).text;

test("Postfix boundary host masked everywhere", () => {
  const text = run([
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="3F1A2B4C5D.1764900000/mail.example.com"',
    "",
    "--3F1A2B4C5D.1764900000/mail.example.com",
    "Content-Description: Notification",
    "",
    "--3F1A2B4C5D.1764900000/mail.example.com--",
  ].join("\n"));
  assert.doesNotMatch(text, /example\.com/);
  const lines = text.split("\n");
  assert.equal(lines[1], '\tboundary="3F1A2B4C5D.1764900000/host-1.example"');
  assert.equal(lines[3], "--3F1A2B4C5D.1764900000/host-1.example");
  assert.equal(lines[6], "--3F1A2B4C5D.1764900000/host-1.example--");
});

test("host before trailing hyphens masked", () => {
  for (const [input, expected] of [
    ["seen at mail.example.com-", "seen at host-1.example-"],
    ["seen at mail.example.com--", "seen at host-1.example--"],
    ["seen at smtp-out.mail.example.com--", "seen at host-1.example--"],
    ["seen at mail.example.com - then", "seen at host-1.example - then"],
    ["seen at MX2.EXAMPLE.COM--x", "seen at host-1.example--x"],
    ["(relay.example.com-)", "(host-1.example-)"],
  ]) {
    assert.equal(run(input), expected, input);
  }
});

test("longer hyphenated name kept whole", () => {
  for (const input of [
    "archived on mail.example.com-archive",
    "see mail.example.com-2 for details",
    "x-mail.example.org and mail.example.net-",
  ]) {
    assert.equal(run(input), input, input);
  }
});
