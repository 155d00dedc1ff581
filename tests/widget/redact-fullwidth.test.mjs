// Unit tests for addresses written with the fullwidth commercial at
// (U+FF20) and full stop (U+FF0E), as Chinese and Japanese text often
// writes them ("bob＠example．net"). Each names a person as its ASCII form
// does, so Redact masks its local part, and gives both forms one token.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

test("fullwidth address local part masked", () => {
  const cases = [
    ["宛先：bob＠example．net", "宛先：user-1＠example．net"],
    ["收件人 bob＠example.net 不存在", "收件人 user-1＠example.net 不存在"],
    ["<bob.smith＠example．co．jp>: 550 5.1.1 User unknown", "<user-1＠example．co．jp>: 550 5.1.1 User unknown"],
    ["ｂｏｂ＠ｅｘａｍｐｌｅ．ｎｅｔ", "user-1＠ｅｘａｍｐｌｅ．ｎｅｔ"],
    ["山田@example．jp", "user-1@example．jp"],
  ];
  for (const [input, expected] of cases) {
    const { text, counts } = redact(input);
    assert.equal(text, expected, input);
    assert.equal(counts.emails, 1, input);
  }
});

test("fullwidth and ASCII forms share token", () => {
  const input = "To: bob@example.net\n\n宛先：bob＠example．net\n宛先：kim＠example．org";
  const { text } = redact(input, { ownDomains: ["example.net"] });
  assert.equal(text, "To: user-1@host-1.example\n\n宛先：user-1＠host-1.example\n宛先：user-2＠example．org");
});

test("fullwidth own domain masked", () => {
  const { text } = redact("配信できませんでした：tanaka＠mail．example．jp", { ownDomains: ["example.jp"] });
  assert.equal(text, "配信できませんでした：user-1＠host-1.example");
});

test("fullwidth role address kept", () => {
  const input = "送信者：postmaster＠example．net";
  assert.equal(redact(input).text, input);
});

test("fullwidth local part masked alone", () => {
  // The local part recurs on its own in the NDR's text, as with ASCII
  // addresses, and gets the address's token.
  const input = "宛先：yamada＠example．jp\nyamada さんへのメールは配信できませんでした。";
  assert.equal(redact(input).text, "宛先：user-1＠example．jp\nuser-1 さんへのメールは配信できませんでした。");
});

test("display name before fullwidth address masked", () => {
  const { text } = redact("宛先：山田太郎＜yamada＠example．jp＞");
  assert.doesNotMatch(text, /山田|yamada/);
  assert.match(text, /user-1＠example．jp＞$/);
});

// Japanese text may end a sentence with a fullwidth full stop. That stop
// separates no labels, so the words after it stay outside the domain.
test("fullwidth full stop ends sentence", () => {
  const ownDomains = ["example.net"];
  const cases = [
    ["宛先：bob@example.net．次のアドレスに送信できませんでした", "宛先：user-1@host-1.example．次のアドレスに送信できませんでした"],
    ["宛先：bob＠example．net．次のアドレス", "宛先：user-1＠host-1.example．次のアドレス"],
  ];
  for (const [input, expected] of cases) {
    assert.equal(redact(input, { ownDomains }).text, expected, input);
  }
});

test("fullwidth dots around Japanese label", () => {
  assert.equal(redact("宛先：bob＠mail．例え．jp").text, "宛先：user-1＠mail．例え．jp");
});

test("fullwidth full stop before address", () => {
  const cases = [
    ["送信できませんでした．bob@example.net", "送信できませんでした．user-1@example.net"],
    ["送信できませんでした．bob＠example．net", "送信できませんでした．user-1＠example．net"],
    ["宛先：bob．smith＠example．net", "宛先：user-1＠example．net"],
  ];
  for (const [input, expected] of cases) {
    assert.equal(redact(input).text, expected, input);
  }
});
