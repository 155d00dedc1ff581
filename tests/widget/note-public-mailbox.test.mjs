// A fault on the receiving side at a public mailbox provider (a mail loop
// for a gmail.com address) gets no note to that provider's postmaster,
// on the page or in the widget, because such a provider does not handle
// one sender's report by mail to its postmaster. An organisation's own domain keeps its postmaster note,
// even when Google hosts its mail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { noteParty } from "../../www/admin-note.js";
import { adviseRecipients } from "../../www/widget/portal.js";
import { composeNote } from "../../www/widget/notes.js";
import { validateSettings } from "../../www/widget/settings.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const loop = (rcpt, host) =>
  `<${rcpt}>: host ${host}[198.51.100.20] said: 554 5.4.6 Hop count exceeded - possible mail loop (in reply to end of DATA command)\n`;

function cardFor(text) {
  const settings = validateSettings(null);
  const report = explain(text);
  assert.equal(report.recipients.length, 1, text);
  const [recipient] = report.recipients;
  const [advice] = adviseRecipients(report, settings);
  return { recipient, party: noteParty(recipient), widget: composeNote(recipient, advice, settings) };
}

test("public mailbox gets no postmaster note", () => {
  for (const [rcpt, host] of [
    ["bob@gmail.com", "gmail-smtp-in.l.google.com"],
    ["carol@outlook.com", "outlook-com.olc.protection.outlook.com"],
    ["erin@yahoo.com", "mta7.am0.yahoodns.net"],
  ]) {
    const { recipient, party, widget } = cardFor(loop(rcpt, host));
    assert.equal(recipient.explanation.who_acts, "recipient", rcpt);
    assert.ok(recipient.mailbox_provider, rcpt);
    assert.equal(party, null, rcpt);
    assert.equal(widget, null, rcpt);
    assert.ok(recipient.notes.some((n) => /public mailbox provider/.test(n.message)), rcpt);
  }
});

test("organisation domain keeps postmaster note", () => {
  for (const [rcpt, host] of [
    ["bob@example.com", "aspmx.l.google.com"],
    ["bob@example.net", "mx.example.net"],
  ]) {
    const { recipient, party, widget } = cardFor(loop(rcpt, host));
    const domain = rcpt.split("@")[1];
    assert.equal(recipient.mailbox_provider, null, rcpt);
    assert.equal(party, "recipient", rcpt);
    assert.equal(widget.party, "recipient", rcpt);
    assert.equal(widget.to, `Postmaster <postmaster@${domain}>`, rcpt);
  }
});
