// Unit tests for which causes make a card about the portal's own server.
// Only a block of the sending IP (a blocklist listing, an IP reputation
// refusal, a missing reverse DNS name) is the portal's to clear. Any other
// cause keeps the report's advice, even when the reply names the portal's IP.
// Reports here are built from the real WASM module's output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { adviseRecipients } from "../../www/widget/portal.js";
import { composeNote } from "../../www/widget/notes.js";
import { validateSettings } from "../../www/widget/settings.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const SETTINGS = validateSettings({
  name: "Example Mail",
  sendingIps: ["192.0.2.0/24"],
  contacts: { admin: { name: "Example Mail support", email: "support@example.com" } },
});

// Replies that name 192.0.2.5 but do not block it.
const NOT_BLOCKS = {
  "Gmail SPF and DKIM": [
    "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail",
    "550-5.7.26 requires all senders to authenticate with either SPF or DKIM.",
    "550-5.7.26",
    "550-5.7.26  Authentication results:",
    "550-5.7.26  DKIM = did not pass",
    "550-5.7.26  SPF [example.com] with ip: [192.0.2.5] = did not pass",
    "550-5.7.26",
    "550-5.7.26  For instructions on setting up authentication, go to",
    "550 5.7.26  https://support.google.com/mail/answer/81126#authentication d9443c01a7336-1234 - gsmtp",
  ].join("\n"),
  "message size": "<bob@example.net>: host mx.example.net[198.51.100.20] said: 552 5.3.4 Message size exceeds fixed limit (client 192.0.2.5) (in reply to end of DATA command)",
  "Gmail recipient policy": [
    "550-5.7.1 [192.0.2.5] The user or domain that you are sending to (or from) has a policy that",
    "550-5.7.1 prohibited the mail that you sent. Please contact your domain",
    "550 5.7.1 administrator for further details. For more information, go to https://support.google.com/a/answer/172179 d9443c01a7336-1234 - gsmtp",
  ].join("\n"),
};

// Replies that block 192.0.2.5 itself.
const BLOCKS = {
  "Spamhaus listing": "550 5.7.1 Service unavailable; Client host [192.0.2.5] blocked using zen.spamhaus.org",
  "Gmail IP reputation": [
    "421-4.7.0 [192.0.2.5      15] Our system has detected an unusual rate of",
    "421-4.7.0 unsolicited mail originating from your IP address. To protect our",
    "421-4.7.0 users from spam, mail sent from your IP address has been temporarily",
    "421 4.7.0 rate limited. https://support.google.com/mail/answer/188131 d9443c01a7336-1234 - gsmtp",
  ].join("\n"),
  "Gmail reverse DNS": [
    "550-5.7.25 [192.0.2.5] The IP address sending this message does not have a",
    "550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not",
    "550 5.7.25 point to the sending IP. https://support.google.com/mail/answer/81126#ip-practices d9443c01a7336-1234 - gsmtp",
  ].join("\n"),
};

function adviceFor(text) {
  const report = explain(text);
  const [recipient] = report.recipients;
  const [advice] = adviseRecipients(report, SETTINGS);
  return { recipient, advice };
}

for (const [name, text] of Object.entries(NOT_BLOCKS)) {
  test(`${name} with own IP keeps advice`, () => {
    const { recipient, advice } = adviceFor(text);
    assert.equal(recipient.sender_ip, "192.0.2.5", `the reply names the portal's IP: ${JSON.stringify(recipient.sender_ip_source)}`);
    assert.equal(advice.ownServer, null, `reason ${recipient.reason} is not a block of the IP`);
    assert.equal(advice.explanation.who_acts, recipient.explanation.who_acts);
    assert.deepEqual(advice.explanation.steps, recipient.explanation.steps);
    const note = composeNote(recipient, advice, SETTINGS);
    if (note) {
      assert.notEqual(note.party, "portal");
      assert.doesNotMatch(note.body, /block of this address/);
    }
  });
}

for (const [name, text] of Object.entries(BLOCKS)) {
  test(`${name} of own IP is the portal's`, () => {
    const { recipient, advice } = adviceFor(text);
    assert.equal(recipient.sender_ip, "192.0.2.5", `the reply names the portal's IP: ${JSON.stringify(recipient.sender_ip_source)}`);
    assert.deepEqual(advice.ownServer, { ip: "192.0.2.5", by: "range" }, `reason ${recipient.reason}`);
    assert.equal(advice.explanation.who_acts, "admin");
    assert.equal(composeNote(recipient, advice, SETTINGS).party, "portal");
  });
}
