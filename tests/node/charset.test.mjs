// Japanese and Chinese bounces through the built WASM module (www/pkg).
// The page is built without encoding_rs, so these bodies decode only
// through the runtime's TextDecoder; Node 20 ships the same WHATWG
// decoders as browsers.
//
// With BOUNCE_CORPUS set to a directory holding emails/*.eml and the
// native CLI built (cargo build --release), the last test also runs
// scripts/parity.mjs: the WASM build and the CLI must agree on every
// recipient of every email.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

import init, { explainBytes } from "../../www/pkg/bounce_explainer.js";

const wasm = readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url));
await init({ module_or_path: wasm });

const fixture = (name) =>
  readFileSync(new URL(`../fixtures/charset/${name}.eml`, import.meta.url));

// Fixture, recipient, reason, words the decoded diagnostic must contain.
// All bounce replies but one carry the generic 550, so their reason comes
// from the decoded words.
const CASES = [
  ["iso-2022-jp-7bit", "nouser@example.jp", "userunknown", "宛先のメールアドレスは存在しません"],
  ["iso-2022-jp-base64", "full@example.jp", "mailboxfull", "メールボックスがいっぱい"],
  ["iso-2022-jp-unlabelled", "unknown@example.jp", "userunknown", "存在しないアドレス"],
  ["shift_jis-8bit", "full@example.jp", "mailboxfull", "容量超過"],
  ["euc-jp-qp", "unknown@example.jp", "userunknown", "宛先不明"],
  ["gb2312-base64", "nouser@example.cn", "userunknown", "用户不存在"],
  ["gbk-8bit", "full@example.cn", "mailboxfull", "邮箱已满"],
  ["big5-base64", "nouser@example.tw", "userunknown", "收件人不存在"],
  // An auto-reply known only by its RFC 2047 encoded Subject.
  ["autoreply-subject-iso-2022-jp", "taro@example.jp", "vacation", "不在にしております"],
];

for (const [name, recipient, reason, words] of CASES) {
  test(`${name} body decoded`, () => {
    const report = explainBytes(fixture(name));
    assert.equal(report.input_kind, "email");
    assert.equal(report.recipients.length, 1);
    const r = report.recipients[0];
    assert.equal(r.recipient, recipient);
    assert.ok(r.diagnostic.includes(words), `diagnostic ${JSON.stringify(r.diagnostic)}`);
    assert.ok(!r.diagnostic.includes("\u{FFFD}"), "no replacement characters");
    assert.equal(r.reason, reason);
  });
}

// UTF-7 has no TextDecoder, so the page decodes it with the crate's own
// decoder: a text part in 7bit and in base64, and a Q-encoded Subject.
const utf7Bounce = (encoding, body) =>
  new TextEncoder().encode(
    "From: MAILER-DAEMON@example.com\r\nSubject: Undeliverable\r\nMIME-Version: 1.0\r\n" +
      `Content-Type: text/plain; charset=utf-7\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}\r\n`,
  );
const UTF7_REPLY =
  "bob@example.net: 550 5.7.1 Client host [192.0.2.8] blocked using zen.spamhaus.org +IBM Zugriff verweigert";

for (const [encoding, body] of [
  ["7bit", UTF7_REPLY],
  ["base64", Buffer.from(UTF7_REPLY).toString("base64")],
]) {
  test(`utf-7 ${encoding} body decoded`, () => {
    const report = explainBytes(utf7Bounce(encoding, body));
    assert.equal(report.recipients.length, 1);
    const r = report.recipients[0];
    assert.ok(r.diagnostic.includes("zen.spamhaus.org \u2013 Zugriff"), `diagnostic ${JSON.stringify(r.diagnostic)}`);
    assert.equal(r.sender_ip, "192.0.2.8");
  });
}

test("utf-7 encoded subject decoded", () => {
  const input =
    "From: Bob <bob@example.net>\r\nTo: alice@example.org\r\n" +
    "Subject: =?utf-7?Q?Out+ACA-of+ACA-office_until_Monday?=\r\nMIME-Version: 1.0\r\n" +
    "Content-Type: text/plain; charset=us-ascii\r\n\r\nI am away and will read your message next week.\r\n";
  const report = explainBytes(new TextEncoder().encode(input));
  assert.equal(report.recipients.length, 1);
  assert.equal(report.recipients[0].reason, "vacation");
});

const corpus = process.env.BOUNCE_CORPUS;
// Cargo builds into $CARGO_TARGET_DIR when it is set, as scripts/build.sh
// also reads it.
const cli = `${process.env.CARGO_TARGET_DIR || "target"}/release/bounce-explainer`;
test(
  "wasm and CLI agree on the corpus",
  { skip: corpus && existsSync(corpus) ? false : "BOUNCE_CORPUS is not set to a directory" },
  () => {
    assert.ok(existsSync(cli), `${cli} is missing; run cargo build --release`);
    const script = new URL("../../scripts/parity.mjs", import.meta.url).pathname;
    let output;
    try {
      output = execFileSync("node", [script, corpus, "--bin", cli, "--json"], { maxBuffer: 1 << 28 });
    } catch (error) {
      // parity.mjs exits 1 when it finds differences; its JSON lists them.
      output = error.stdout;
    }
    const result = JSON.parse(output.toString());
    assert.ok(result.recipients > 0, "the corpus has recipients");
    assert.deepEqual(result.differences, []);
  },
);
