// The built WASM module (www/pkg), loaded and run in Node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain, explainBytes } from "../../www/pkg/bounce_explainer.js";
import { knowledgeUrlPatterns } from "./knowledge-urls.mjs";

const wasm = readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url));
await init({ module_or_path: wasm });

const COMCAST =
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net " +
  "203.0.113.5 found on one or more DNSBLs, see " +
  "http://postmaster.comcast.net/smtp-error-codes.php#BL000010";

test("comcast BL000010 explained", () => {
  const report = explain(COMCAST);
  assert.equal(report.input_kind, "smtp_reply");
  assert.equal(report.recipients.length, 1);
  const r = report.recipients[0];
  assert.equal(r.provider, "comcast");
  assert.equal(r.code, "BL000010");
  assert.equal(r.reason, "blocked");
  assert.equal(r.sender_ip, "203.0.113.5");
  assert.equal(r.sender_ip_source.line, 1);
  assert.ok(r.links.some((l) => l.url.includes("203.0.113.5")), "removal link takes the IP");
});

test("empty input gets a plain report", () => {
  const report = explain("");
  assert.equal(report.input_kind, "empty");
  assert.equal(report.recipients.length, 0);
  assert.ok(report.summary.length > 0);
});

test("bytes with invalid UTF-8 are read", () => {
  const bytes = new Uint8Array([0x35, 0x35, 0x30, 0x20, 0xff, 0xfe, 0x20, 0x75, 0x73, 0x65, 0x72]);
  const report = explainBytes(bytes);
  assert.equal(report.recipients[0].reply, "550");
});

test("report survives structured clone", () => {
  // The worker posts the Report to the page, which needs a plain value.
  const report = explain(COMCAST);
  assert.deepEqual(structuredClone(report), report);
});

test("latin-1 bytes decoded by charset", () => {
  const eml = [
    "From: MAILER-DAEMON@mail.example.com",
    "Subject: Unzustellbar",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=iso-8859-1",
    "Content-Transfer-Encoding: 8bit",
    "",
    "Empf\xe4nger unbekannt:",
    "<carol@example.net>: host mx.example.net[198.51.100.2] said: 550 5.1.1",
    "    User unknown (in reply to RCPT TO command)",
    "",
  ].join("\n");
  const report = explainBytes(new Uint8Array(Buffer.from(eml, "latin1")));
  assert.equal(report.input_kind, "email");
  assert.equal(report.recipients[0].recipient, "carol@example.net");
  assert.equal(report.recipients[0].status, "5.1.1");
});

test("forged removal link never reported", () => {
  const forged =
    COMCAST +
    "\nUnblock your IP at https://comcast-unblock.evil.example/remove?ip=203.0.113.5" +
    '\n<a href="javascript:alert(1)">remove</a>';
  const patterns = knowledgeUrlPatterns();
  const report = explain(forged);
  assert.ok(report.recipients.length > 0);
  for (const recipient of report.recipients) {
    for (const link of recipient.links) {
      assert.ok(!link.url.includes("evil.example"), link.url);
      const page = link.url.replace(/#.*/, "");
      assert.ok(patterns.some((p) => p.test(page)), `${link.url} is not in the knowledge tables`);
    }
  }
});

test("binary and oversized input get a report", () => {
  const binary = new Uint8Array(64 * 1024).map((_, i) => (i * 7919) % 256);
  assert.ok(typeof explainBytes(binary).summary === "string");
  const large = "X-Filler: " + "a".repeat(1000) + "\n";
  const report = explain(large.repeat(2048) + "\n" + COMCAST);
  assert.equal(report.recipients[0]?.sender_ip, "203.0.113.5");
});

test("JSON record carries service name", () => {
  const record = JSON.stringify({
    event: "bounce",
    email: "dave@example.net",
    reason: "550 5.1.1 The email account that you tried to reach does not exist",
    status: "5.1.1",
    type: "bounce",
  });
  const report = explain(`[${record}]`);
  assert.equal(report.input_kind, "json_record");
  assert.equal(report.mta, "sendgrid");
  assert.equal(report.mta_name, "SendGrid");
  assert.equal(explain(COMCAST).mta_name, null);
});

// An Exchange bounce whose report is base64, so it is read only when its
// MIME structure is. Text in front of its header must not hide that.
const EXCHANGE = readFileSync(new URL("../fixtures/before_header/exchange-base64.eml", import.meta.url), "utf8");
const GMAIL_PAGE = readFileSync(new URL("../fixtures/before_header/gmail-show-original.txt", import.meta.url), "utf8");

function assertExchangeCard(report, name) {
  assert.equal(report.input_kind, "email", name);
  assert.deepEqual(report.recipients.map((r) => r.recipient), ["bob@example.net"], name);
  assert.equal(report.recipients[0].sender_ip, "203.0.113.45", name);
}

test("text before the header ignored", () => {
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EXCHANGE)]);
  assertExchangeCard(explainBytes(new Uint8Array(bom)), "explainBytes, UTF-8 BOM");
  assertExchangeCard(explain(`\uFEFF${EXCHANGE}`), "explain, UTF-8 BOM");
  assertExchangeCard(explain(`\n \r\n${EXCHANGE}`), "explain, blank lines");
  assertExchangeCard(explain(GMAIL_PAGE), "explain, Gmail page");
});
