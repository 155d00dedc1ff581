// Round trip through the real WASM explainer: a bounce redacted by
// "Redact and copy" must be explained as the original is, because the
// helper who receives it pastes it into this explainer. Each recipient
// keeps its reply and status codes, cause, who acts, retry line and IP to
// quote. The redaction runs as the widget runs it, with the IPs to quote
// kept and, in a second pass, with the sender's domain as an own domain.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { redact } from "../../www/widget/redact.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const OWN_DIR = new URL("./redact-roundtrip/", import.meta.url);
const FIXTURES_DIR = new URL("../fixtures/", import.meta.url);
// Fixtures whose bounce text is itself base64-encoded. The redaction
// replaces runs of base64 lines with a marker, because it cannot check
// encoded text for personal data, so these lose their failures on purpose.
const BASE64_BODIES = new Set([
  "before_header/exchange-base64.eml",
  "before_header/gmail-show-original.txt",
  "charset/big5-base64.eml",
  "charset/gb2312-base64.eml",
  "charset/iso-2022-jp-base64.eml",
  "damaged/base64-replaced-quantum.eml",
]);

// An address in a card's text, which the redaction masks.
const ADDRESS_IN_TEXT = /[^\s<>()"]+@[^\s<>()",]+[^\s<>()",.]/g;

// Returns what the user reads on each card, with addresses left out,
// because the redaction masks them.
function cards(text) {
  return explain(text).recipients.map((r) => ({
    reply: r.reply,
    status: r.status,
    reason: r.reason,
    action: r.action,
    entry: r.explanation?.entry ?? null,
    whoActs: r.explanation?.who_acts ?? null,
    retry: r.explanation?.retry?.replace(ADDRESS_IN_TEXT, "<address>") ?? null,
    senderIp: r.sender_ip,
  }));
}

function assertSameCards(name, text, ownDomains) {
  const before = cards(text);
  const keepIps = before.map((c) => c.senderIp).filter(Boolean);
  const redacted = redact(text, { ownDomains, keepIps }).text;
  const after = cards(redacted);
  assert.equal(after.length, before.length, `${name}: number of cards, redacted text:\n${redacted}`);
  after.forEach((card, i) => assert.deepEqual(card, before[i], `${name}: card ${i + 1}, redacted text:\n${redacted}`));
}

function filesUnder(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

test("redacted bounces keep every card", () => {
  const names = filesUnder(OWN_DIR);
  assert.ok(names.length >= 18, "round-trip fixtures are missing");
  for (const name of names) {
    const text = readFileSync(new URL(name, OWN_DIR), "utf8");
    assert.ok(cards(text).length > 0, `${name}: the original gives no card`);
    assertSameCards(name, text, []);
  }
});

test("redacted bounces with own domain keep every card", () => {
  for (const name of filesUnder(OWN_DIR)) {
    assertSameCards(name, readFileSync(new URL(name, OWN_DIR), "utf8"), ["example.com"]);
  }
});

test("redacted test fixtures keep every card", () => {
  const names = filesUnder(FIXTURES_DIR).filter((name) => !BASE64_BODIES.has(name));
  assert.ok(names.length > 100, "test fixtures are missing");
  for (const name of names) assertSameCards(name, readFileSync(new URL(name, FIXTURES_DIR), "utf8"), []);
});

test("masked address stays an address", () => {
  const { text } = redact("<bob@example.net>: 550 5.1.1 User unknown\nTo: alice@example.com", { ownDomains: ["example.com"] });
  assert.match(text, /^<user-1@example\.net>: 550 5\.1\.1 User unknown$/m);
  assert.match(text, /^To: user-2@host-1\.example$/m);
});

test("bounce's own subject words kept", () => {
  const forms = [
    ["Subject: Delivery status notification: delay", "Subject: Delivery status notification: delay"],
    ["Subject: Undeliverable: Lab results for Ruth Park", "Subject: Undeliverable: [subject]"],
    ["Subject: Réponse automatique : Lab results", "Subject: Réponse automatique : [subject]"],
    ["Subject: Automatische Antwort: Lab results", "Subject: Automatische Antwort: [subject]"],
    ["Subject: Warning: could not send message for past 4 hours", "Subject: Warning: could not send message for past 4 hours"],
    ["Subject: =?UTF-8?Q?Unzustellbar:_Lab_results?=", "Subject: Unzustellbar: [subject]"],
    ["Subject: Lab results: draft", "Subject: [subject]"],
    ["Subject: Ruth Park", "Subject: [subject]"],
  ];
  for (const [line, want] of forms) {
    assert.equal(redact(line).text, want, line);
  }
});
