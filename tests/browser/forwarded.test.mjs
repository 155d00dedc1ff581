// A bounce forwarded as an attachment, shown on the page: its card gives
// the same IP to quote and the same warning about invisible characters
// as the bounce pasted on its own.
import { test } from "node:test";
import assert from "node:assert/strict";

import { paste, sharedPage } from "./harness.mjs";

const shared = sharedPage();

// Exim's text bounce with a zero-width space inside the client IP.
const BOUNCE = [
  "Return-path: <>",
  "From: Mail Delivery System <Mailer-Daemon@mail.example.com>",
  "To: alice@example.com",
  "Subject: Mail delivery failed: returning message to sender",
  "Date: Wed, 11 Mar 2026 10:00:05 +0000",
  "",
  "This message was created automatically by mail delivery software.",
  "",
  "A message that you sent could not be delivered to one or more of its",
  "recipients. This is a permanent error. The following address(es) failed:",
  "",
  "  carol@example.net",
  "    host mx.example.net [198.51.100.21]",
  "    SMTP error from remote mail server after RCPT TO:<carol@example.net>:",
  "    554 5.7.1 Service unavailable; Client host [203.0.113.4\u200B5] blocked using zen.spamhaus.org",
  "",
].join("\n");

/** Wraps `body` in a person's forward as its second part, under `partHeaders`. */
function forward(partHeaders, body) {
  return [
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
    "",
    "--OUT",
    partHeaders,
    "",
    body,
    "--OUT--",
    "",
  ].join("\n");
}

const LAYOUTS = {
  pasted: BOUNCE,
  "message/rfc822": forward("Content-Type: message/rfc822\nContent-Disposition: attachment", BOUNCE),
  "octet-stream .eml": forward(
    'Content-Type: application/octet-stream; name="bounce.eml"\n' +
      'Content-Disposition: attachment; filename="bounce.eml"\n' +
      "Content-Transfer-Encoding: base64",
    Buffer.from(BOUNCE).toString("base64").replace(/.{76}/g, "$&\n"),
  ),
};

const REMOVED = /invisible characters .* inside an IP address .* 203\.0\.113\.45\b/;

for (const [layout, text] of Object.entries(LAYOUTS)) {
  test(`split IP read whole: ${layout}`, async () => {
    const { page } = shared.session;
    assert.equal(await paste(page, text), "done");
    assert.equal(await page.locator(".be-card").count(), 1);
    assert.equal(await page.locator(".be-ip-value").textContent(), "203.0.113.45");
    const warnings = await page.locator(".be-note-warning").allTextContents();
    assert.ok(warnings.some((note) => REMOVED.test(note)), warnings.join(" | "));
  });
}

/** Attaches `bounce` to a forward as a base64 `.eml` file. */
function asEncodedFile(bounce) {
  return forward(
    'Content-Type: application/octet-stream; name="bounce.eml"\n' +
      'Content-Disposition: attachment; filename="bounce.eml"\n' +
      "Content-Transfer-Encoding: base64",
    Buffer.from(bounce).toString("base64").replace(/.{76}/g, "$&\n"),
  );
}

// The statement is on line 9 of the bounce's body, the text below its
// header block, which the text view does not show for an encoded
// attachment. The card names the attachment so that the reader looks
// there rather than in the pasted text.
const ENCODED_FORWARDS = {
  "attached once": [asEncodedFile(BOUNCE), /^Found on line 9 of the attached bounce's decoded text \(the attachment was sent encoded\):$/],
  "attached twice": [
    asEncodedFile(asEncodedFile(BOUNCE)),
    /^Found on line 9 of the decoded text of the bounce attached 2 levels deep \(the attachment was sent encoded\):$/,
  ],
};

for (const [name, [text, where]] of Object.entries(ENCODED_FORWARDS)) {
  test(`encoded forward names its line: ${name}`, async () => {
    const { page } = shared.session;
    assert.equal(await paste(page, text), "done");
    assert.equal(await page.locator(".be-ip-value").textContent(), "203.0.113.45");
    assert.match(await page.locator(".be-ip-line").textContent(), where);
    const excerpt = page.locator(".be-excerpt");
    assert.match(await excerpt.textContent(), /Client host \[203\.0\.113\.45\] blocked using zen\.spamhaus\.org/);
    assert.deepEqual(await excerpt.locator("mark.be-mark-ip").allTextContents(), ["203.0.113.45"]);
  });
}
