// Japanese and Chinese bounces explained in Chromium through the page's
// own engine. The .wasm has no charset tables of its own for these
// encodings, so the decoded words prove that the browser's TextDecoder
// did the decoding.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { sharedPage } from "./harness.mjs";

// Fixture in tests/fixtures/charset, reason, words the diagnostic must contain.
const CASES = [
  ["iso-2022-jp-7bit", "userunknown", "宛先のメールアドレスは存在しません"],
  ["iso-2022-jp-base64", "mailboxfull", "メールボックスがいっぱい"],
  ["iso-2022-jp-unlabelled", "userunknown", "存在しないアドレス"],
  ["shift_jis-8bit", "mailboxfull", "容量超過"],
  ["euc-jp-qp", "userunknown", "宛先不明"],
  ["gb2312-base64", "userunknown", "用户不存在"],
  ["gbk-8bit", "mailboxfull", "邮箱已满"],
  ["big5-base64", "userunknown", "收件人不存在"],
  ["autoreply-subject-iso-2022-jp", "vacation", "不在にしております"],
];

const shared = sharedPage();


test("CJK bodies decoded in Chromium", async () => {
  const inputs = CASES.map(([name]) => ({
    name,
    bytes: [...readFileSync(new URL(`../fixtures/charset/${name}.eml`, import.meta.url))],
  }));
  const results = await shared.session.page.evaluate(async (inputs) => {
    const { explainInput } = await import("/engine.js");
    const out = {};
    for (const { name, bytes } of inputs) {
      const report = await explainInput(new Uint8Array(bytes));
      out[name] = report.recipients.map((r) => ({ reason: r.reason, diagnostic: r.diagnostic }));
    }
    return out;
  }, inputs);

  for (const [name, reason, words] of CASES) {
    const recipients = results[name];
    assert.equal(recipients.length, 1, name);
    assert.ok(recipients[0].diagnostic.includes(words), `${name}: ${recipients[0].diagnostic}`);
    assert.equal(recipients[0].reason, reason, name);
  }
});
