// Header fields whose value is a person's name rather than an address,
// such as the X-Display-Name that Exchange adds to each recipient of a
// DSN, and names written beside an address in DSN recipient fields. The
// redaction must mask them, in Node and in the widget's "Redact and copy".
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";
import { watchedPage, widgetSession } from "./browser.mjs";

const HOST = "/tests/widget/host/index.html";

/** Builds an Exchange DSN whose delivery-status part ends with `fields`. */
function exchangeDsn(...fields) {
  return [
    "From: Microsoft Outlook <postmaster@example.com>",
    "To: Alice Example <alice@example.com>",
    "Subject: Undeliverable: Quote",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    "",
    "--B1",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "Delivery has failed to these recipients or groups:",
    "",
    "bob@example.org",
    "The email address you entered couldn't be found.",
    "",
    "--B1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns;EX01.example.com",
    "",
    "Final-Recipient: rfc822;bob@example.org",
    "Action: failed",
    "Status: 5.1.1",
    "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    ...fields,
    "",
    "--B1--",
  ].join("\n");
}

test("X-Display-Name masked", () => {
  const cases = [
    ["X-Display-Name: Carol Jones", /Carol|Jones/],
    // A name that starts with the address's local part must not become
    // "user-1 Smith".
    ["X-Display-Name: Bob Smith", /Bob|Smith/],
    ["X-Display-Name: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?=", /Jürgen|Müller|=\?utf-8/i],
    ["x-display-name:   Carol  Jones  ", /Carol|Jones/],
    // Folded over two lines.
    ["X-Display-Name: Carol\n Jones", /Carol|Jones/],
  ];
  for (const [field, leak] of cases) {
    const { text, counts } = redact(exchangeDsn(field));
    assert.doesNotMatch(text, leak, text);
    assert.match(text, /^x-display-name: \[name\]$/im, text);
    assert.ok(counts.names >= 1, `${field}: ${JSON.stringify(counts)}`);
  }
});

test("display name masked where repeated", () => {
  const dsn = exchangeDsn("X-Display-Name: Carol Jones").replace(
    "The email address you entered couldn't be found.",
    "Carol Jones wasn't found at example.org.",
  );
  const text = redact(dsn).text;
  assert.doesNotMatch(text, /Carol|Jones/, text);
  assert.match(text, /\[name\] wasn't found at example\.org\./, text);
});

test("other name headers masked", () => {
  // Header names that state their value is a person's name.
  for (const field of ["X-Sender-Name: Carol Jones", "X-Recipient-Display-Name: Carol Jones", "X-Original-DisplayName: Carol Jones"]) {
    const text = redact(exchangeDsn(field)).text;
    assert.doesNotMatch(text, /Carol|Jones/, `${field}:\n${text}`);
  }
});

test("name beside DSN recipient masked", () => {
  const cases = [
    "Final-Recipient: rfc822;bob@example.org (Carol Jones)",
    "Original-Recipient: rfc822;Carol Jones <bob@example.org>",
    'Original-Recipient: rfc822;"Jones, Carol" <bob@example.org>',
    "X-Original-To: Carol Jones <bob@example.org>",
  ];
  for (const field of cases) {
    const text = redact(exchangeDsn(field)).text;
    assert.doesNotMatch(text, /Carol|Jones/, `${field}:\n${text}`);
    assert.doesNotMatch(text, /bob@/, `${field}:\n${text}`);
  }
});

test("protocol fields beside a name kept", () => {
  const text = redact(exchangeDsn("X-Display-Name: Carol Jones")).text;
  assert.match(text, /^Status: 5\.1\.1$/m);
  assert.match(text, /^Diagnostic-Code: smtp;550 5\.1\.1 RESOLVER\.ADR\.RecipNotFound; not found$/m);
  assert.match(text, /^Action: failed$/m);
});

const session = widgetSession();

test("widget redact masks X-Display-Name", async () => {
  const { page, problems } = await watchedPage(session.browser.context, session.server.url);
  await session.browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: session.server.url });
  await page.goto(session.server.url + HOST);
  const widget = page.locator("#first");
  await widget.locator("textarea.bx-input").fill(exchangeDsn("X-Display-Name: Bob Smith"));
  await widget.locator(".be-card").first().waitFor();
  await widget.locator("button[data-action=redact]").click();
  const redacted = await widget.locator("textarea.bx-redacted-text").inputValue();
  assert.doesNotMatch(redacted, /Bob|Smith|bob@/, redacted);
  assert.match(redacted, /^X-Display-Name: \[name\]$/m, redacted);
  await widget.locator(".bx-status", { hasText: "Redacted text copied" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), redacted);
  assert.deepEqual(await problems(), { violations: [], foreign: [], errors: [] });
  await page.close();
});
