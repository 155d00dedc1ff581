// The page's "Copy a note" button in Chromium: a card offers a note only
// to the party who must act. There is no note where the user acts (a
// mistyped domain) or where the recipient in person acts (a full mailbox).
// Where the recipient's server must act (a mail loop), the note goes to
// that domain's postmaster, unless the domain is a public mailbox
// provider's (gmail.com). Where a blocklist lists a sending service's own
// IP, the note goes to that service's support. The administrator gets
// the rest.
// Each button's accessible name names its recipient, so a screen reader
// user can tell the cards' buttons apart.
import { test } from "node:test";
import assert from "node:assert/strict";

import { paste, sharedPage } from "./harness.mjs";

const shared = sharedPage({}, async ({ server, session }) => {
  await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
});

const QMAIL = [
  "Hi. This is the qmail-send program at mail.example.org.",
  "I'm afraid I wasn't able to deliver your message to the following addresses.",
  "This is a permanent error; I've given up. Sorry it didn't work out.",
  "",
  "<bob@example.net>:",
  "198.51.100.20 does not like recipient.",
  "Remote host said: 550-5.7.1 Mail from 203.0.113.45 refused, see",
  "550 5.7.1 https://www.spamcop.net/bl.shtml?203.0.113.45",
  "Giving up on 198.51.100.20.",
  "",
  "<carol@example.com>:",
  "Sorry, I couldn't find any host named example.com. (#5.1.2)",
  "",
  "<dave@example.net>:",
  "198.51.100.20 does not like recipient.",
  "Remote host said: 552 5.2.2 dave@example.net mailbox is over quota",
  "Giving up on 198.51.100.20.",
  "",
  "<erin@example.net>:",
  "198.51.100.20 does not like recipient.",
  "Remote host said: 554 5.4.6 Hop count exceeded - possible mail loop",
  "Giving up on 198.51.100.20.",
  "",
  "<frank@gmail.com>:",
  "198.51.100.21 does not like recipient.",
  "Remote host said: 554 5.4.6 Hop count exceeded - possible mail loop",
  "Giving up on 198.51.100.21.",
  "",
].join("\n");

async function noteOf(page, card) {
  const button = card.locator('[data-action="copy-note"]');
  if ((await button.count()) === 0) return null;
  const before = await page.evaluate(() => navigator.clipboard.readText());
  await button.click();
  await page.waitForFunction(async (old) => (await navigator.clipboard.readText()) !== old, before);
  return {
    label: await button.textContent(),
    name: await button.getAttribute("aria-label"),
    text: await page.evaluate(() => navigator.clipboard.readText()),
  };
}

test("each card's note goes to the party who acts", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, QMAIL), "done");
  const cards = page.locator(".be-card");
  assert.equal(await cards.count(), 5);
  const notes = [];
  for (let i = 0; i < 5; i++) notes.push(await noteOf(page, cards.nth(i)));
  const [bob, carol, dave, erin, frank] = notes;

  assert.equal(bob.label, "Copy a note for your mail administrator");
  assert.equal(bob.name, "Copy a note for your mail administrator, about bob@example.net");
  assert.match(bob.text, /203\.0\.113\.45/);
  assert.match(bob.text, /What to do:/);

  assert.equal(carol, null, "the user fixes a mistyped domain alone");
  assert.equal(dave, null, "the user tells the recipient that their mailbox is full");

  assert.equal(erin.label, "Copy a note for the recipient's postmaster");
  assert.equal(erin.name, "Copy a note for the recipient's postmaster, about erin@example.net");
  assert.match(erin.text, /^To: Postmaster <postmaster@example\.net>\n/);
  assert.match(erin.text, /I sent a message to erin@example\.net/);
  assert.doesNotMatch(erin.text, /What to do:/, "the user's own steps are not the postmaster's");

  assert.equal(frank, null, "nobody at a public mailbox provider acts on a note to its postmaster");
  await assert.doesNotReject(cards.nth(4).getByText(/public mailbox provider/).waitFor());
});

// A SendGrid bounce event whose reply names the service's listed IP.
const SENDGRID = JSON.stringify([
  {
    email: "bob@example.net",
    event: "bounce",
    ip: "198.51.100.44",
    reason: "550 5.7.1 Service unavailable; Client host [198.51.100.44] blocked using b.barracudacentral.org",
  },
]);

test("service IP note goes to its support", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, SENDGRID), "done");
  const card = page.locator(".be-card");
  assert.equal(await card.count(), 1);
  const who = await card.locator('[data-field="who"]').textContent();
  assert.equal(who, "The sending service: contact its support");
  const note = await noteOf(page, card);
  assert.equal(note.label, "Copy a note for the sending service's support");
  assert.match(note.text, /Could you have it delisted/);
  assert.match(note.text, /198\.51\.100\.44/);
  assert.doesNotMatch(note.text, /What to do:/, "the user's steps are not listed back to the service");
});

// Postfix's delay notice text: a full mailbox, a greylisted recipient and
// a blocklist listing of the sending IP.
const POSTFIX_DELAY = [
  "This is the mail system at host mail.example.org.",
  "",
  "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #",
  "",
  "Your message could not be delivered for more than 4 hour(s).",
  "It will be retried until it is 5 day(s) old.",
  "",
  "<bob@example.net>: host mx.example.net[198.51.100.9] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)",
  "",
  "<ivy@example.net>: host mx.example.net[198.51.100.9] said: 451 4.7.1 <ivy@example.net>: Recipient address rejected: Greylisted, try again later (in reply to RCPT TO command)",
  "",
  "<jo@example.net>: host mx.example.net[198.51.100.9] said: 450 4.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org (in reply to RCPT TO command)",
  "",
].join("\n");

test("delay note only where a fix is needed", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, POSTFIX_DELAY), "done");
  const cards = page.locator(".be-card");
  assert.equal(await cards.count(), 3);
  const [bob, ivy, jo] = [await noteOf(page, cards.nth(0)), await noteOf(page, cards.nth(1)), await noteOf(page, cards.nth(2))];

  assert.equal(bob, null, "only the recipient in person can free a full mailbox");
  assert.equal(ivy, null, "the sending server retries on its own, so nobody acts yet");
  assert.equal(jo.label, "Copy a note for your mail administrator");
  assert.match(jo.text, /still retrying/);
  assert.match(jo.text, /203\.0\.113\.5/);
});
