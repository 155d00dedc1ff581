// The page's build compiles its patterns with regex-lite, while native
// builds (and so cargo test) use the regex crate under the same name.
// A pattern in syntax only regex accepts passes cargo test and panics in
// the page on first use. These inputs walk the main paths through the
// built module: a reply line, a DSN, a Sendmail transcript, Exchange NDR
// text and a feedback report. A pattern on a path that none of them
// reaches is not covered.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { bounce } from "../../scripts/bench-inputs.mjs";

const wasm = readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url));
await init({ module_or_path: wasm });

const INPUTS = {
  "comcast reply line":
    "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net 203.0.113.5 " +
    "found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
  "postfix dsn, three recipients": bounce({ recipients: 3, attachmentBytes: 2048 }),
  "sendmail transcript": [
    "From: MAILER-DAEMON@mx.example.net",
    "Subject: Returned mail: see transcript for details",
    "",
    "   ----- Transcript of session follows -----",
    "... while talking to mx.example.org.:",
    ">>> RCPT To:<user@example.org>",
    "<<< 550 5.7.1 Client host [192.0.2.10] blocked using zen.spamhaus.org",
    "550 5.1.1 <user@example.org>... User unknown",
    "",
  ].join("\n"),
  "exchange ndr text": [
    "Delivery has failed to these recipients or groups:",
    "user@example.org",
    "Diagnostic information for administrators:",
    "Generating server: mail.example.net",
    "Remote Server returned '550 5.7.606 Access denied, banned sending IP [198.51.100.7]'",
  ].join("\n"),
  "feedback report": [
    "From: staff@abuse.example.net",
    "Subject: complaint about message from 203.0.113.9",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=feedback-report; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain",
    "",
    "This is an abuse report.",
    "--b",
    "Content-Type: message/feedback-report",
    "",
    "Feedback-Type: abuse",
    "Source-IP: 203.0.113.9",
    "--b--",
    "",
  ].join("\n"),
};

for (const [name, input] of Object.entries(INPUTS)) {
  test(`regex-lite patterns run: ${name}`, () => {
    const report = explain(input);
    assert.ok(report.recipients.length > 0, `${name}: no recipient found`);
  });
}

// The address pattern ends a domain at a known CJK or Thai TLD when
// words follow it without a space. That relies on leftmost-first
// alternation, which both engines use.
test("regex-lite ends address at Korean TLD", () => {
  const report = explain(
    "<kim@example.한국님>: host mx.example.한국[198.51.100.5] said: 550 5.1.1 " +
      "<kim@example.한국>: Recipient address rejected: User unknown (in reply to RCPT TO command)",
  );
  assert.equal(report.recipients.length, 1);
  assert.equal(report.recipients[0].recipient, "kim@example.한국");
  assert.equal(report.recipients[0].reason, "userunknown");
});
