// A blocklist refusal read from a sending service's event lists the
// service's own IP, so the card names the sending service as the party
// who acts. The page's note and the widget's note go to that service's
// support and ask it for the delisting, instead of listing the card's
// steps back to it. A portal that runs the listed IP itself keeps the
// note to its own team.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { adminNote, noteParty } from "../../www/admin-note.js";
import { STRINGS } from "../../www/strings.js";
import { adviseRecipients, composeNote, explain, init, validateSettings } from "../../www/widget/index.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

// A SendGrid bounce event whose `ip` field and reply name the sending IP.
const SENDGRID = JSON.stringify([
  {
    email: "bob@example.net",
    timestamp: 1733133600,
    event: "bounce",
    ip: "198.51.100.44",
    reason: "550 5.7.1 Service unavailable; Client host [198.51.100.44] blocked using b.barracudacentral.org",
    status: "5.7.1",
    type: "blocked",
  },
]);

const ASK = "Could you have it delisted, or tell me what I need to do if it is a dedicated IP of my account?";

/** Explains `text` and returns its one recipient with its advice and widget note. */
function cardFor(text, settings) {
  const report = explain(text);
  assert.equal(report.recipients.length, 1, report.summary);
  const [recipient] = report.recipients;
  const [advice] = adviseRecipients(report, settings);
  return { recipient, advice, note: composeNote(recipient, advice, settings) };
}

test("service card names service actor", () => {
  const { recipient } = cardFor(SENDGRID, validateSettings(null));
  assert.equal(recipient.explanation.who_acts, "service");
  assert.equal(STRINGS.actors.service, "The sending service: contact its support");
});

test("page note goes to service support", () => {
  const { recipient } = cardFor(SENDGRID, validateSettings(null));
  assert.equal(noteParty(recipient), "service");
  assert.equal(STRINGS.card.copyNote.service, "Copy a note for the sending service's support");
  const text = adminNote(recipient);
  assert.ok(text.includes(ASK), text);
  assert.ok(text.includes("198.51.100.44"), text);
  assert.ok(!text.includes(STRINGS.note.fix), `the steps are not listed back: ${text}`);
  assert.ok(!text.includes("mail administrator cannot"), text);
});

test("widget note goes to service support", () => {
  const { advice, note } = cardFor(SENDGRID, validateSettings(null));
  assert.equal(advice.explanation.who_acts, "service");
  assert.equal(advice.contact, null);
  assert.equal(note.party, "service");
  assert.equal(note.to, "Your sending service's support");
  assert.ok(note.body.includes(ASK), note.body);
  assert.ok(note.body.includes("198.51.100.44"), note.body);
  assert.ok(!note.body.includes("suggested steps"), note.body);
});

test("service contact addresses note", () => {
  const settings = validateSettings({
    contacts: {
      admin: { name: "Example IT", email: "it@example.com" },
      service: { name: "SendGrid support", url: "https://support.sendgrid.com/" },
    },
  });
  const { advice, note } = cardFor(SENDGRID, settings);
  assert.equal(advice.contact.name, "SendGrid support");
  assert.equal(note.to, "SendGrid support https://support.sendgrid.com/");
});

test("portal's own IP keeps portal note", () => {
  const settings = validateSettings({ name: "Example Mail", sendingIps: ["198.51.100.0/24"] });
  const { advice, note } = cardFor(SENDGRID, settings);
  assert.equal(advice.explanation.who_acts, "admin");
  assert.equal(note.party, "portal");
});

test("settings accept service party", () => {
  const settings = validateSettings({
    contacts: { service: { email: "help@example.com" } },
    explanations: { "5.7.1": { whoActs: "service" } },
  });
  assert.equal(settings.contacts.service.email, "help@example.com");
  assert.equal(settings.explanations["5.7.1"].whoActs, "service");
});

// A portal may route any code to its sending service. The note then
// asks the service to look into the bounce, because a user-unknown reply
// names no blocklist and no listed IP.
test("service override on 5.1.1 claims no listing", () => {
  const settings = validateSettings({ name: "Acme", explanations: { "5.1.1": { whoActs: "service" } } });
  const { advice, note } = cardFor("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown", settings);
  assert.equal(advice.explanation.who_acts, "service");
  assert.equal(note.party, "service");
  assert.equal(note.to, "Your sending service's support");
  assert.ok(!note.body.includes("blocklist"), note.body);
  assert.ok(!note.body.includes(ASK), note.body);
  assert.ok(note.body.includes("Could you look into this?"), note.body);
});

// Microsoft's own list of banned sending IPs is a listing too, so a
// SendGrid event with it gets the delisting request.
test("Microsoft IP block note asks delisting", () => {
  const event = JSON.stringify([
    {
      email: "jane@outlook.com",
      timestamp: 1765000000,
      event: "bounce",
      ip: "203.0.113.9",
      reason: "550 5.7.606 Access denied, banned sending IP [203.0.113.9]. To request removal from this list please visit https://sender.office.com/ and follow the directions.",
      status: "5.7.606",
      type: "blocked",
    },
  ]);
  const { note } = cardFor(event, validateSettings(null));
  assert.equal(note.party, "service");
  assert.ok(note.body.includes(ASK), note.body);
  assert.ok(note.body.includes("203.0.113.9"), note.body);
});
