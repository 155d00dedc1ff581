// Unit tests for personal data inside links: query parameters that name
// a person, addresses written in base64 in a link's path or query, and
// "=3D" (an encoded "=") in a quoted-printable part. Each must be masked,
// with the same token as the plain address where there is one, while
// provider host names, codes and IP addresses stay.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

const run = (text, options) => redact(text, options).text;
const qp = (...body) => ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", ...body].join("\n");
const b64 = (s) => Buffer.from(s).toString("base64");
const b64url = (s) => Buffer.from(s).toString("base64url");

test("=3D in a quoted-printable part reads as = before masking", () => {
  const text = run(qp(
    "Your message to bob.secret@example.net failed: 550 5.1.1 - gsmtp",
    "Unsubscribe: https://lists.example.com/unsub?email=3Dbob.secret%40example.=",
    "net&name=3DBob%20Secret",
  ));
  assert.doesNotMatch(text, /bob|secret|3D/i, text);
  // One token for the plain and the link's address.
  assert.deepEqual([...new Set(text.match(/user-\d+/g))], ["user-1"], text);
  assert.match(text, /unsub\?email=user-1%40example\.net&name=\[name\]$/m);
  assert.match(text, /550 5\.1\.1 - gsmtp/);
});

test("=3D outside a quoted-printable part stays as written", () => {
  const input = "See https://example.com/x?id=3D7";
  assert.equal(run(input), input);
  // A later 7bit part of the same message is not quoted-printable.
  const text = run([
    qp("a=3Db"),
    "--BOUNDARY-1",
    "Content-Type: text/plain",
    "Content-Transfer-Encoding: 7bit",
    "",
    "c=3Dd",
  ].join("\n"));
  assert.match(text, /^a=b$/m);
  assert.match(text, /^c=3Dd$/m);
});

test("quoted-printable escapes decoded before masking", () => {
  const text = run(qp(
    "Hi, this is J=C3=B6rg M=C3=BCller <j.mueller@example.org> writing.",
    "Contact: h=C3=A9l=C3=A8ne=2Edupont@example.org failed",
    "https://example.com/p?name=3DRen=C3=A9e%20Dubois",
  ));
  assert.doesNotMatch(text, /rg M|=C3|ller|l=|ne\.dupont|Ren/, text);
  assert.match(text, /^Hi, this is \[name\] <user-1@example\.org> writing\.$/m);
  assert.match(text, /^Contact: user-2@example\.org failed$/m);
  assert.match(text, /\?name=\[name\]$/m);
  // Bytes that are not UTF-8 (a Latin-1 part) stay as written.
  assert.match(run(qp("caf=E9 ok")), /^caf=E9 ok$/m);
});

test("query values that name a person are masked", () => {
  const cases = [
    ["https://example.com/p?name=Bob%20Secret&list=7", "name=[name]&list=7"],
    ["https://example.com/p?first_name=Carol&last_name=Diaz", "first_name=[name]&last_name=[name]"],
    ["https://example.com/p?id=42&fullName=Dana+Hill#top", "id=42&fullName=[name]#top"],
    ["http://example.org/track;recipient=dan.h;lang=en", "recipient=[name];lang=en"],
    ["<https://example.org/u?User=evelyn>", "User=[name]>"],
  ];
  for (const [input, expected] of cases) {
    const text = run(input);
    assert.ok(text.endsWith(expected), `${input} -> ${text}`);
  }
  // Parameters that name no person, and such words outside links, stay.
  for (const input of [
    "https://support.google.com/mail/?p=NoSuchUser&hl=en",
    "Please check the name=value pair in your form.",
    "https://example.com/p?names=list&username_policy=strict",
  ]) {
    assert.equal(run(input), input);
  }
});

test("address in a query parameter keeps its token and domain", () => {
  const text = run([
    "Delivery to kim.lee@example.org failed.",
    "https://example.com/unsub?to=kim.lee%40example.org&from=ops%40gmail.com",
  ].join("\n"));
  assert.doesNotMatch(text, /kim|ops%40/, text);
  assert.match(text, /to=user-1%40example\.org&from=user-2%40gmail\.com/);
});

test("address in base64 in a link's path or query is masked", () => {
  const address = "bob.secret@example.net";
  const forms = [
    `https://example.com/u/${b64(address)}`,
    `https://example.com/u/${b64url(`${address}|campaign-7`)}/view`,
    `https://example.com/unsub?e=${b64(address)}&c=12`,
    `https://example.com/unsub?e=${encodeURIComponent(b64(address))}`,
  ];
  for (const link of forms) {
    const text = run(`Your message to ${address} failed.\nWeb view: ${link}`);
    assert.ok(!text.includes(address), text);
    assert.ok(!/Ym9i|eGJvYi|c2VjcmV0/.test(text), `base64 left in ${text}`);
    assert.match(text, /Web view: https:\/\/example\.com\/(?:u|unsub)/, text);
    assert.match(text, /\[base64: user-1@example\.net\]/, text);
  }
});

test("base64 in a link that decodes to no address stays", () => {
  const input = [
    `https://example.com/v/${b64("campaign 2026-12 week 49")}`,
    "https://support.google.com/mail/answer/81126?p=UnsolicitedRateLimitError",
    "https://sendersupport.olc.protection.outlook.com/snds/FAQ.aspx?wa=wsignin1.0",
    "550 5.7.1 [203.0.113.5] Messages rejected. https://example.net/bl?ip=203.0.113.5",
  ].join("\n");
  assert.equal(run(input, { keepIps: ["203.0.113.5"] }), input);
});

// scripts/bench-redact.mjs times this input (long-links-1.6mb).
test("long links keep path, mask name", () => {
  const path = "QUJD".repeat(50000);
  const link = ` https://example.com/u/${path}?name=${"a".repeat(200000)}`;
  assert.equal(run(link.repeat(4)), ` https://example.com/u/${path}?name=[name]`.repeat(4));
});
