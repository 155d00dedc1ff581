// Unit tests for RFC 2047 encoded words in headers that no list of
// address headers names (X-Sender, X-Google-Original-From,
// X-Original-Sender). What a header carries decides the masking: a
// mailbox is masked as in To, and an encoded word that decodes to a name
// or an address is masked wherever it is written.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { redact } from "../../www/widget/redact.js";

const pasted = (name) => readFileSync(new URL(`./redact-pasted/${name}`, import.meta.url), "utf8");
const base64Word = (text) => `=?UTF-8?B?${Buffer.from(text).toString("base64")}?=`;

const bounce = (...returned) =>
  [
    "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)",
    "To: alice@example.org",
    "Subject: Undelivered Mail Returned to Sender",
    "",
    "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.1.1 user unknown",
    "",
    "--- returned headers ---",
    ...returned,
  ].join("\n");

test("encoded X- headers name no one", () => {
  const { text } = redact(pasted("encoded-x-headers.eml"));
  assert.doesNotMatch(text, /carol/i, text);
  assert.doesNotMatch(text, /white/i, text);
  assert.doesNotMatch(text, /Q2Fyb2wgV2hpdGU|Y2Fyb2xAZXhhbXBsZS5jb20/, text);
  const token = /^X-Original-From: \[name\] <(user-\d+)@example\.com>$/m.exec(text)?.[1];
  assert.ok(token, text);
  assert.match(text, new RegExp(`^X-Google-Original-From: \\[name\\] <${token}@example\\.com>$`, "m"));
  assert.match(text, new RegExp(`^X-Original-Sender: ${token}@example\\.com$`, "m"));
  assert.match(text, new RegExp(`^X-Sender: \\[name\\] <${token}@example\\.com>$`, "m"));
});

test("encoded display name in X- header masked", () => {
  const { text } = redact(bounce(`X-Google-Original-From: ${base64Word("Dana Kim")} <dana@example.net>`, "", "Hi Dana Kim,"));
  assert.match(text, /^X-Google-Original-From: \[name\] <user-\d+@example\.net>$/m);
  assert.match(text, /^Hi \[name\],$/m);
});

test("encoded name alone in X- header masked", () => {
  const cases = ["X-Author: =?utf-8?q?Dana_Kim?=", "X-Author: =?iso-8859-1?q?Ren=E9e?= =?iso-8859-1?q?_Dub=E9?=", `X-Author: ${base64Word("山田太郎")}`];
  for (const header of cases) {
    const { text, counts } = redact(bounce(header));
    assert.match(text, /^X-Author: \[name\]$/m, header);
    assert.equal(counts.names, 1, header);
  }
});

test("encoded address in X- header masked", () => {
  const { text } = redact(bounce("X-Original-Sender: =?utf-8?b?Ym9iQGV4YW1wbGUubmV0?=", "X-Relay: via =?utf-8?q?bob=40example.net?= today"));
  const token = /^<(user-\d+)@example\.net>:/m.exec(text)?.[1];
  assert.ok(token, text);
  assert.match(text, new RegExp(`^X-Original-Sender: ${token}@example\\.net$`, "m"));
  assert.match(text, new RegExp(`^X-Relay: via ${token}@example\\.net today$`, "m"));
});

test("mailbox comment in X- header masked", () => {
  const { text } = redact(bounce("X-Sender: dana@example.net (Dana Kim)"));
  assert.match(text, /^X-Sender: user-\d+@example\.net \(\[name\]\)$/m);
});

test("encoded words without a name kept", () => {
  const headers = ["X-Priority-Text: =?utf-8?q?3_(Normal)?=", "X-Note: =?utf-8?q?see_the_attached_file?="];
  const { text, counts } = redact(bounce(...headers));
  for (const header of headers) assert.match(text, new RegExp(`^${header.replace(/[?()=.*]/g, "\\$&")}$`, "m"));
  assert.equal(counts.names, 0);
});
