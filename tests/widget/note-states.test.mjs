// The notes a user copies, on the page and in the widget, must report the
// recipient's own delivery state. A delayed message that the sending
// server still retries was not rejected and did not bounce. A delivered,
// relayed or expanded recipient gets no widget note at all.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { adminNote, noteState } from "../../www/admin-note.js";
import { adviseRecipients } from "../../www/widget/portal.js";
import { composeNote } from "../../www/widget/notes.js";
import { validateSettings } from "../../www/widget/settings.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const POSTFIX_DELAY = `This is the mail system at host mail.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<ivy@example.net>: host mx.example.net[192.0.2.7] said: 451 4.7.1 <ivy@example.net>: Recipient address rejected: Greylisted, try again later (in reply to RCPT TO command)
`;

const SENDMAIL_DELAY = `From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>
To: <sam@example.org>
Subject: Warning: could not send message for past 4 hours

    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Sat, 5 Dec 2026 01:00:00 GMT
from localhost [127.0.0.1]

   ----- Transcript of session follows -----
<lee@example.net>... Deferred: 421 4.3.0 mx.example.net Service not available, try again later
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
`;

const EXIM_TIMEOUT = `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pat@example.net
    retry timeout exceeded
`;

// One DSN with a delayed, a failed, a relayed, a delivered and an
// expanded recipient.
const MIXED_DSN = `From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
To: sam@example.org
Subject: Delayed Mail (still being retried)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain

Report.

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org

Final-Recipient: rfc822; ivy@example.net
Action: delayed
Status: 4.2.0
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 450 4.2.0 <ivy@example.net>: Recipient address rejected: Greylisted
Will-Retry-Until: Thu, 10 Dec 2026 01:00:00 +0000

Final-Recipient: rfc822; bob@example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown

Final-Recipient: rfc822; cy@example.com
Action: relayed
Status: 2.0.0
Remote-MTA: dns; legacy.example.com

Final-Recipient: rfc822; dee@example.com
Action: delivered
Status: 2.0.0

Final-Recipient: rfc822; list@example.com
Action: expanded
Status: 2.0.0

--B1--
`;

const CHALLENGE = `From: bob@example.org
To: alice@example.com
Subject: Please verify your email address
Auto-Submitted: auto-replied

I use a challenge-response spam filter. Your message has been held and
will not be delivered until you confirm you are a person.
`;

// Returns the page's note and the widget's note for each recipient.
function notesFor(text, settings = validateSettings(null)) {
  const report = explain(text);
  const advice = adviseRecipients(report, settings);
  return report.recipients.map((recipient, i) => ({
    recipient,
    page: adminNote(recipient),
    widget: composeNote(recipient, advice[i], settings),
  }));
}

test("delay notices read as delayed", () => {
  for (const [text, who, code] of [
    [POSTFIX_DELAY, "ivy@example.net", "4.7.1"],
    [SENDMAIL_DELAY, "lee@example.net", "4.3.0"],
    // A bare temporary reply, which the sending server retries.
    ["451 4.7.1 <kim@example.net> Greylisted, please try again later\n", "kim@example.net", "4.7.1"],
  ]) {
    const [{ recipient, page, widget }] = notesFor(text);
    assert.equal(noteState(recipient), "delayed", who);
    const first = page.split("\n")[0];
    assert.equal(first, `Mail to ${who} is delayed (${code})`);
    assert.match(page, new RegExp(`A message to ${who.replace(".", "\\.")} has not been delivered yet`), who);
    assert.match(page, /still retrying/, who);
    assert.doesNotMatch(page, /rejected it|could not be delivered|was rejected/, who);

    // The sending server retries on its own, so the widget drafts no
    // note. delay-notes.test.mjs checks the note's wording for a delay that
    // needs a fix.
    assert.equal(recipient.explanation.who_acts, "wait", who);
    assert.equal(widget, null, who);
  }
});

test("permanent failure reads as rejected", () => {
  // The unknown address names the user, who gets no note, so these
  // settings hand 5.1.1 to the administrator to get one.
  const settings = validateSettings({ explanations: { "5.1.1": { whoActs: "admin" } } });
  const [, failed] = notesFor(MIXED_DSN, settings);
  assert.equal(noteState(failed.recipient), "rejected");
  assert.equal(failed.page.split("\n")[0], "Mail to bob@example.com was rejected (5.1.1)");
  assert.match(failed.page, /could not be delivered; mx\.example\.com rejected it\./);
  assert.equal(failed.widget.subject, "Undelivered mail to bob@example.com: 550 5.1.1");
  assert.match(failed.widget.body, /A message I sent to bob@example\.com bounced\./);
});

test("challenge hold reads as held", () => {
  const [{ recipient, page, widget }] = notesFor(CHALLENGE);
  assert.equal(noteState(recipient), "held");
  assert.equal(page.split("\n")[0], "Mail to bob@example.org is held");
  assert.match(page, /held on the receiving side until someone releases it/);
  assert.doesNotMatch(page, /rejected|could not be delivered/);
  // The user answers the challenge, so the widget drafts no note.
  assert.equal(recipient.explanation.who_acts, "you");
  assert.equal(widget, null);
});

test("hold handed to admin reads as held", () => {
  const settings = validateSettings({ explanations: { "auto-reply/challenge": { whoActs: "admin" } } });
  const [{ widget }] = notesFor(CHALLENGE, settings);
  assert.equal(widget.subject, "Held mail to bob@example.org");
  assert.match(widget.body, /is held by the receiving side until someone releases it/);
  assert.match(widget.body, /Temporary or permanent: held, waits for someone to release it/);
  assert.doesNotMatch(widget.body, /bounced|refused it/);
});

// postqueue(1): `!` after the queue id marks a message an administrator
// put on hold in the sending server's own queue.
const POSTQUEUE_HOLD = `-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
A1B2C3D4E5!    2345 Sat Dec  5 10:01:02  sam@example.org
                                         bob@example.net

-- 3 Kbytes in 1 Request.
`;

test("queue hold reads as held by sender", () => {
  const [{ recipient, page, widget }] = notesFor(POSTQUEUE_HOLD);
  assert.equal(noteState(recipient), "on-hold");
  assert.equal(page.split("\n")[0], "Mail to bob@example.net is on hold");
  assert.match(page, /on hold in the sending server's queue/);
  assert.doesNotMatch(page, /receiving side|still retrying|rejected/);
  assert.equal(widget.subject, "Held mail to bob@example.net");
  assert.match(widget.body, /is on hold in the sending server's queue until an administrator releases it/);
  assert.match(widget.body, /Temporary or permanent: held, waits for someone to release it/);
  assert.doesNotMatch(widget.body, /receiving side|still retrying|bounced/);
});

test("ended retries read as undelivered", () => {
  const [{ recipient, page, widget }] = notesFor(EXIM_TIMEOUT);
  assert.equal(noteState(recipient), "undelivered");
  assert.equal(page.split("\n")[0], "Mail to pat@example.net was not delivered");
  assert.match(page, /stopped retrying/);
  assert.doesNotMatch(page, /rejected|still retrying/);
  assert.match(widget.subject, /^Undelivered mail to pat@example\.net/);
});

test("mixed recipients each keep their state", () => {
  const notes = notesFor(MIXED_DSN);
  assert.deepEqual(
    notes.map((n) => [n.recipient.recipient, noteState(n.recipient)]),
    [
      ["ivy@example.net", "delayed"],
      ["bob@example.com", "rejected"],
      ["cy@example.com", "relayed"],
      ["dee@example.com", "delivered"],
      ["list@example.com", "expanded"],
    ],
  );
  assert.equal(notes[0].page.split("\n")[0], "Mail to ivy@example.net is delayed (4.2.0)");
  // The greylisted recipient waits for the retries, so it has no widget note.
  assert.equal(notes[0].widget, null);
  for (const { recipient, page, widget } of notes.slice(2)) {
    assert.equal(widget, null, recipient.action);
    assert.equal(page.split("\n")[0], `Mail to ${recipient.recipient} was reported as ${recipient.action} (2.0.0)`);
    assert.doesNotMatch(page, /rejected|could not be delivered|still retrying/, recipient.action);
  }
});
