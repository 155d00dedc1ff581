// A CR or LF in a value a note quotes from the paste (the recipient's
// address, the receiving host, the reply) must not start a line of the
// note: a portal that puts composeNote()'s subject in a mail header would
// otherwise send a header line of the bounce's choosing ("Bcc: ..."). The
// library leaves such addresses and hosts out of the report. The note
// composers also write any CR or LF they get as an escape (⟨U+000D⟩).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { adminNote } from "../../www/admin-note.js";
import { adviseRecipients } from "../../www/widget/portal.js";
import { composeNote, noteText } from "../../www/widget/notes.js";
import { validateSettings } from "../../www/widget/settings.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
const SETTINGS = validateSettings({});

// A DSN whose Final-Recipient and Remote-MTA are encoded words that
// decode to CR LF and a forged header line.
const ENCODED_DSN = [
  "Original-Recipient: rfc822; =?utf-8?q?o=0D=0ABcc:_x=40evil.example?=@example.org",
  "Final-Recipient: utf-8; =?utf-8?q?victim=0D=0ABcc:_attacker=40evil.example?=@example.net",
  "Action: failed",
  "Status: 5.7.1",
  "Remote-MTA: dns; =?utf-8?q?mx=0D=0AX-Evil:_1?=.example.net",
  "Diagnostic-Code: smtp; 550 5.7.1 =?utf-8?q?Client_host_[203.0.113.45]_blocked_using_zen.spamhaus.org=0D=0ATo:_evil=40evil.example?=",
  "",
].join("\n");

const BLOCK = "554 5.7.1 Service unavailable; Client host [192.0.2.5] blocked using zen.spamhaus.org";

/** Returns the strings inside `value` that contain a C0 or C1 control. */
function controlStrings(value) {
  if (typeof value === "string") return CONTROL.test(value) ? [value] : [];
  if (value && typeof value === "object") return Object.values(value).flatMap(controlStrings);
  return [];
}

/** Asserts that no line of `text` is a forged header line. */
function assertNoForgedLines(text) {
  for (const line of text.split("\n")) {
    assert.doesNotMatch(line, /^\s*(Bcc|X-Evil|To: evil|Subject: x)/u, JSON.stringify(text));
  }
}

test("report keeps no encoded CR LF", () => {
  const report = explain(ENCODED_DSN);
  assert.equal(report.recipients.length, 1);
  const [card] = report.recipients;
  assert.deepEqual(controlStrings(report), []);
  assert.equal(card.recipient, null);
  assert.equal(card.remote_host, null);
  assert.equal(card.original_recipient, null);
  assert.ok(card.notes.some((n) => n.message.includes("victim⟨U+000D⟩⟨U+000A⟩Bcc:")), JSON.stringify(card.notes));
});

test("package note of encoded DSN", () => {
  const report = explain(ENCODED_DSN);
  const note = composeNote(report.recipients[0], adviseRecipients(report, SETTINGS)[0], SETTINGS);
  assert.ok(note);
  for (const field of ["to", "subject"]) {
    assert.doesNotMatch(note[field], /[\r\n]/u, `${field}: ${JSON.stringify(note[field])}`);
  }
  assertNoForgedLines(noteText(note));
  assertNoForgedLines(adminNote(report.recipients[0]));
});

// A portal may pass a recipient that did not come from this library's
// report, or from an older one, so the composers escape line breaks
// themselves.
function forgedCard() {
  const report = explain(BLOCK);
  const card = report.recipients[0];
  card.recipient = "victim\r\nBcc: attacker@evil.example\r\nSubject: x@example.net";
  card.original_recipient = "o\nBcc: x@evil.example";
  card.remote_host = "mx\r\nX-Evil: 1.example.net";
  card.diagnostic = `${BLOCK}\r\nTo: evil@evil.example`;
  card.status = "5.7.1\nBcc: y@evil.example";
  return { report, card };
}

test("package note escapes line breaks", () => {
  const { report, card } = forgedCard();
  const note = composeNote(card, adviseRecipients(report, SETTINGS)[0], SETTINGS);
  assert.ok(note);
  assert.doesNotMatch(note.subject, /[\r\n]/u, JSON.stringify(note.subject));
  assert.doesNotMatch(note.to, /[\r\n]/u, JSON.stringify(note.to));
  assert.match(note.subject, /victim⟨U\+000D⟩⟨U\+000A⟩Bcc: attacker@evil\.example/u);
  assert.doesNotMatch(note.body, /\r/u, JSON.stringify(note.body));
  assertNoForgedLines(noteText(note));
});

test("page note escapes line breaks", () => {
  const { card } = forgedCard();
  const text = adminNote(card);
  assert.doesNotMatch(text, /\r/u, JSON.stringify(text));
  assertNoForgedLines(text);
  assert.match(text, /mx⟨U\+000D⟩⟨U\+000A⟩X-Evil: 1\.example\.net/u);
});
