// Unit tests for addresses that run into text of another script. Chinese,
// Japanese, Korean and Thai put no blank between words, and NDRs in
// Arabic or Hebrew often run a word into an address too. The token must
// cover the whole local part, and the words before it must stay.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

// After a field's colon, an opening bracket or an ideographic space the
// whole run is the address, as it is after their ASCII forms, so no part
// of a mixed-script local part stays.
test("local part after CJK delimiter masked whole", () => {
  const cases = [
    ["收件人：用户josé.garcía@example.com 无法送达", "收件人：user-1@example.com 无法送达"],
    ["收件人：李lee@example.com 无法送达", "收件人：user-1@example.com 无法送达"],
    ["收件人；李lee@example.com", "收件人；user-1@example.com"],
    ["收件人「张伟88@example.com」无法送达", "收件人「user-1@example.com」无法送达"],
    ["收件人：（李lee@example.com）", "收件人：（user-1@example.com）"],
    ["收件人【李lee@example.com】", "收件人【user-1@example.com】"],
    ["宛先　山田yamada@example.jp", "宛先　user-1@example.jp"],
  ];
  for (const [input, expected] of cases) {
    assert.equal(redact(input).text, expected, input);
  }
});

test("angle brackets after CJK punctuation masked", () => {
  const cases = [
    ["收件人：<李lee@example.com>", "收件人：<user-1@example.com>"],
    ["收件人：＜李lee@example.com＞", "收件人：＜user-1@example.com＞"],
    ["無法送達。<josé@example.com>", "無法送達。<user-1@example.com>"],
    ["받는 사람:<김kim@example.com>", "받는 사람:<user-1@example.com>"],
  ];
  for (const [input, expected] of cases) {
    assert.equal(redact(input).text, expected, input);
  }
});

// The explainer reads a local part of Chinese, Japanese or Korean letters
// with digits as one ("张伟88"), so the token covers all of it.
test("CJK local part with digits masked whole", () => {
  const cases = [
    ["张伟88@example.com 无法送达", "user-1@example.com 无法送达"],
    ["用户123@example.com", "user-1@example.com"],
    ["无法送达。张伟88@example.com", "无法送达。user-1@example.com"],
  ];
  for (const [input, expected] of cases) {
    assert.equal(redact(input).text, expected, input);
  }
});

// Where the script changes inside a run with no delimiter before it, the
// explainer reads the address from the change on, and the words before
// are text: Chinese, Japanese, Korean, Thai, Arabic and Hebrew.
test("words before script change kept", () => {
  const cases = [
    ["用户émile.garcía@example.com 无法送达", "用户user-1@example.com 无法送达"],
    ["사용자éric@example.com", "사용자user-1@example.com"],
    ["ผู้รับsomchai@example.com", "ผู้รับuser-1@example.com"],
    ["ไม่สามารถส่งถึงsomchai.k@example.co.th ได้", "ไม่สามารถส่งถึงuser-1@example.co.th ได้"],
    ["المستلمali@example.com", "المستلمuser-1@example.com"],
    ["הנמעןdavid@example.com", "הנמעןuser-1@example.com"],
    ["宛先Иван@example.com", "宛先user-1@example.com"],
  ];
  for (const [input, expected] of cases) {
    assert.equal(redact(input).text, expected, input);
  }
});

// A Latin or Cyrillic word that runs into a local part of another script
// may be part of the name, so the whole run is masked.
test("cased letters before caseless local masked", () => {
  for (const input of ["lee李@example.com", "kim김@example.com", "Иван李@example.com"]) {
    assert.equal(redact(input).text, "user-1@example.com", input);
  }
});

test("local part alone beside Thai or Arabic masked", () => {
  const input = [
    "somchai@example.com ali@example.com",
    "ไม่พบsomchaiที่example.com",
    "لم يتم العثور على aliفي example.com",
  ].join("\n");
  const { text } = redact(input);
  assert.doesNotMatch(text, /somchai/, text);
  assert.doesNotMatch(text, /ali/, text);
  assert.match(text, /^ไม่พบuser-1ที่example\.com$/m, text);
  assert.match(text, /^لم يتم العثور على user-2في example\.com$/m, text);
});

// The same address gets the same token, whatever form or neighbours it is
// written with.
test("composed and decomposed forms share token", () => {
  for (const local of ["josé.garcía", "김민수"]) {
    const input = [
      `Original-Recipient: rfc822; ${local.normalize("NFC")}@example.com`,
      `Final-Recipient: rfc822; ${local.normalize("NFD")}@example.com`,
    ].join("\n");
    const { text } = redact(input);
    assert.equal(text, "Original-Recipient: rfc822; user-1@example.com\nFinal-Recipient: rfc822; user-1@example.com", local);
  }
});

test("CJK top-level domain ends before text", () => {
  const input = [
    "kim@예시.한국에 보낸 메시지를 배달할 수 없습니다.",
    "邮件发送到bob@例子.中国失败。",
    "bob@例子.中国",
    "Final-Recipient: rfc822; kim@예시.한국",
  ].join("\n");
  const { text } = redact(input);
  assert.equal(
    text,
    [
      "user-1@예시.한국에 보낸 메시지를 배달할 수 없습니다.",
      "邮件发送到user-2@例子.中国失败。",
      "user-2@例子.中国",
      "Final-Recipient: rfc822; user-1@예시.한국",
    ].join("\n"),
  );
});

test("own CJK domain masked before text", () => {
  const input = "邮件发送到bob@例子.中国失败。\nkim@예시.한국에 보낸 메시지";
  const { text } = redact(input, { ownDomains: ["例子.中国", "xn--vv4b11d.xn--3e0b707e"] });
  assert.equal(text, "邮件发送到user-1@host-1.example失败。\nuser-2@host-2.example에 보낸 메시지");
});

test("own CJK host masked inside text", () => {
  const cases = [
    ["服务器mail.例子.中国拒绝", "服务器host-1.example拒绝"],
    ["邮件发送到例子.中国失败", "邮件发送到host-1.example失败"],
    ["mx.예시.한국에 연결할 수 없습니다", "host-1.example에 연결할 수 없습니다"],
    ["Reporting-MTA: dns; mail.例子.中国", "Reporting-MTA: dns; host-1.example"],
  ];
  for (const [input, expected] of cases) {
    assert.equal(redact(input, { ownDomains: ["例子.中国", "예시.한국"] }).text, expected, input);
  }
});

test("other CJK host kept inside text", () => {
  const input = "服务器mail.其他.中国拒绝\nmx.다른.한국에 연결할 수 없습니다";
  assert.equal(redact(input, { ownDomains: ["例子.中国", "예시.한국"] }).text, input);
});

// Chinese and Japanese text writes the brackets around an address in
// fullwidth forms, and the name before them is masked as before "(".
test("name before fullwidth brackets masked", () => {
  const cases = [
    ["无法送达给：张伟（zhangwei@example.com）。", "无法送达给：[name]（user-1@example.com）。"],
    ["宛先：山田太郎＜yamada@example.jp＞", "宛先：[name]＜user-1@example.jp＞"],
  ];
  for (const [input, expected] of cases) {
    assert.equal(redact(input).text, expected, input);
  }
});

// An ideographic or fullwidth comma after an address starts the next
// entry of a list, so the name run into the next address is masked with
// it, as after a colon.
test("list comma between CJK addresses", () => {
  const cases = [
    ["连络：张三bob@example.net、李四kim@example.org", "连络：user-1@example.net、user-2@example.org"],
    ["收件人：张三bob@example.net，李四kim@example.org", "收件人：user-1@example.net，user-2@example.org"],
    ["宛先：山田yamada@example.jp、田中tanaka@example.jp、佐藤sato@example.jp", "宛先：user-1@example.jp、user-2@example.jp、user-3@example.jp"],
    ["收件人：张三<bob@example.net>、李四kim@example.org", "收件人：[name]<user-1@example.net>、user-2@example.org"],
  ];
  for (const [input, expected] of cases) {
    const { text, counts } = redact(input);
    assert.equal(text, expected, input);
    assert.doesNotMatch(text, /李|田中|佐藤/, input);
    assert.ok(counts.emails >= 2, input);
  }
});

test("list comma after text keeps words", () => {
  // The comma follows words, not an address, so the words before the
  // script change stay, as after "。".
  const input = "邮件已退回，用户kim@example.org不存在";
  assert.equal(redact(input).text, "邮件已退回，用户user-1@example.org不存在");
});

// The address keeps its token when an honorific or particle follows its
// Korean top-level domain, and an own domain is masked before it.
test("Korean honorific after own TLD", () => {
  const input = "<kim@example.한국님>: 550 5.1.1 User unknown\nFinal-Recipient: rfc822; kim@example.한국";
  const { text } = redact(input, { ownDomains: ["example.한국"] });
  assert.equal(text, "<user-1@host-1.example님>: 550 5.1.1 User unknown\nFinal-Recipient: rfc822; user-1@host-1.example");
});
