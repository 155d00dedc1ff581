// Notes for delay cards, on the page and in the widget. While the sending
// server retries on its own (who_acts "wait") nobody has anything to do
// yet, so no note is offered: its steps are the user's own ("paste that
// one here"). A full mailbox is the recipient's own to clear, so its card
// gets no note whoever the card or the portal names. A delay that fails
// every retry until someone fixes the cause (a blocklist listing) still
// gets a note to the administrator, worded as a delay.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { noteParty } from "../../www/admin-note.js";
import { adviseRecipients } from "../../www/widget/portal.js";
import { composeNote } from "../../www/widget/notes.js";
import { validateSettings } from "../../www/widget/settings.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

// Postfix's delay notice text for a full mailbox, a greylisted recipient
// and a blocklist listing of the sending IP.
const POSTFIX_DELAY = `This is the mail system at host mail.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<bob@example.net>: host mx.example.net[198.51.100.9] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)

<ivy@example.net>: host mx.example.net[198.51.100.9] said: 451 4.7.1 <ivy@example.net>: Recipient address rejected: Greylisted, try again later (in reply to RCPT TO command)

<jo@example.net>: host mx.example.net[198.51.100.9] said: 450 4.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org (in reply to RCPT TO command)
`;

// Returns each card's who_acts, the page's note party and the widget's note.
function notesFor(text, settings = validateSettings(null)) {
  const report = explain(text);
  const advice = adviseRecipients(report, settings);
  return Object.fromEntries(
    report.recipients.map((recipient, i) => [
      recipient.recipient,
      {
        actor: advice[i].explanation.who_acts,
        reason: recipient.reason,
        page: noteParty(recipient),
        widget: composeNote(recipient, advice[i], settings),
      },
    ]),
  );
}

test("waiting delay gets no note", () => {
  const ivy = notesFor(POSTFIX_DELAY)["ivy@example.net"];
  assert.equal(ivy.actor, "wait");
  assert.equal(ivy.page, null);
  assert.equal(ivy.widget, null);
});

test("delayed full mailbox gets no note", () => {
  const bob = notesFor(POSTFIX_DELAY)["bob@example.net"];
  assert.equal(bob.reason, "mailboxfull");
  assert.equal(bob.actor, "wait");
  assert.equal(bob.page, null);
  assert.equal(bob.widget, null);
});

test("full mailbox gets no note for any party", () => {
  // The portal hands every full mailbox to its administrator, but only
  // the recipient in person can free the room.
  const settings = validateSettings({ explanations: { "4.2.2": { whoActs: "admin" } } });
  const bob = notesFor(POSTFIX_DELAY, settings)["bob@example.net"];
  assert.equal(bob.actor, "admin");
  assert.equal(bob.widget, null);
});

test("delay needing a fix gets admin note", () => {
  const jo = notesFor(POSTFIX_DELAY)["jo@example.net"];
  assert.equal(jo.actor, "admin");
  assert.equal(jo.page, "admin");
  assert.equal(jo.widget.party, "admin");
  assert.match(jo.widget.subject, /^Delayed mail to jo@example\.net: 450 4\.7\.1$/);
  assert.match(jo.widget.body, /is delayed, and the sending server is still retrying/);
  assert.match(jo.widget.body, /203\.0\.113\.5/);
});
