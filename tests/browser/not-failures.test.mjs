// The page in Chromium with texts that are not plain failures:
// auto-replies and holds, an abuse report, an ordinary email, questions
// that mention a reply code, and clearing the text box.
import { test } from "node:test";
import assert from "node:assert/strict";

import { clearInput, paste, sharedPage } from "./harness.mjs";
import { COMCAST_BOUNCE } from "./bounces.mjs";

const shared = sharedPage({});

// A challenge or a moderation hold waits for someone to release the
// message, so its badge is neither the red permanent one nor a failure.
test("held auto-replies badged as held", async () => {
  const { page } = shared.session;
  const holds = [
    [
      "From: bob@example.org",
      "Subject: Please verify your email address",
      "I use a challenge-response spam filter. Your message has been held and",
      "will not be delivered until you confirm you are a person.",
    ],
    [
      "From: sales-request@lists.example.org",
      "Subject: Message held for moderation",
      "Your message to the list sales has been held for moderation.",
    ],
  ];
  for (const [from, subject, ...body] of holds) {
    const reply = [from, "To: alice@example.com", subject, "Auto-Submitted: auto-replied", "", ...body, ""];
    assert.equal(await paste(page, reply.join("\n")), "done");
    const badge = page.locator(".be-card").first().locator(".be-badge");
    assert.equal(await badge.textContent(), "Held: waits for someone to release it", from);
    const classes = (await badge.getAttribute("class")).split(" ");
    assert.ok(classes.includes("be-held"), `${from}: ${classes}`);
    assert.ok(!classes.includes("be-permanent"), `${from}: ${classes}`);
  }
});

// The departed person's reply is a real failure and keeps the red badge.
test("departed person badged as permanent", async () => {
  const { page } = shared.session;
  const reply = [
    "From: bob@example.org",
    "To: alice@example.com",
    "Subject: Automatic reply: Quarterly report",
    "Auto-Submitted: auto-replied",
    "",
    "Thank you for your email. Bob Smith has left the company.",
    "Please contact carol@example.org for all matters.",
    "",
  ].join("\n");
  assert.equal(await paste(page, reply), "done");
  const badge = page.locator(".be-card").first().locator(".be-badge");
  assert.equal(await badge.textContent(), "Permanent failure");
  assert.match(await badge.getAttribute("class"), /\bbe-permanent\b/);
});

// A list's notice that the member's own address bounces reports no
// failed message of the user's, so it gets no red "Permanent failure".
test("list bouncing notice badged as notice", async () => {
  const { page } = shared.session;
  const notice = [
    "From: staff-bounces@lists.example.org",
    "To: jane@example.com",
    "Subject: Your Staff membership has been disabled",
    "",
    "Your membership in the mailing list Staff has been disabled due to",
    "excessive bounces. The last bounce received from you was dated",
    "01-Dec-2026. You will not get any more messages from this list until",
    "you re-enable your membership.",
    "",
  ].join("\n");
  assert.equal(await paste(page, notice), "done");
  const card = page.locator(".be-card").first();
  assert.match(await card.locator(".be-retry").textContent(), /Nothing to resend/);
  const badge = card.locator(".be-badge");
  assert.equal(await badge.textContent(), "List notice: your address bounced");
  const classes = (await badge.getAttribute("class")).split(" ");
  assert.ok(!classes.includes("be-permanent"), `${classes}`);
});

// A mail program's alert means the message never left the device, which
// neither "Temporary failure" nor "Permanent failure" states.
test("mail program alerts badged as not sent", async () => {
  const { page } = shared.session;
  const alerts = [
    "Cannot Send Mail\nThe message was rejected by the server because it is too large.",
    "Task 'mail.example.com - Sending' reported error (0x8004210B): 'The operation timed " +
      "out waiting for a response from the sending (SMTP) server. The server responded: " +
      "203.0.113.7 Client does not have permission to Send As this sender.'",
  ];
  for (const alert of alerts) {
    assert.equal(await paste(page, alert), "done");
    const card = page.locator(".be-card").first();
    assert.match(await card.locator(".be-retry").textContent(), /Retry: Not sent/, alert);
    const badge = card.locator(".be-badge");
    assert.equal(await badge.textContent(), "Not sent by your mail program", alert);
    const classes = (await badge.getAttribute("class")).split(" ");
    assert.ok(!classes.includes("be-permanent"), `${alert}: ${classes}`);
  }
});

test("auto-reply shown as not a failure", async () => {
  const { page } = shared.session;
  const reply = [
    "From: carol@example.net",
    "To: alice@example.com",
    "Subject: Auto: Out of office",
    "Auto-Submitted: auto-replied",
    "",
    "I am out of the office until Monday and will reply when I am back.",
    "",
  ].join("\n");
  assert.equal(await paste(page, reply), "done");
  assert.equal(await page.locator(".be-badge").first().textContent(), "Not a failure");
  assert.equal(await page.locator('[data-action="copy-note"]').count(), 0, "no note to send");
  assert.match(await page.locator(".be-who").first().textContent(), /Nobody/);
});

test("complaint report's IP not called one to quote", async () => {
  const { page } = shared.session;
  const report = [
    "From: feedback@example.net",
    "To: fbl@example.com",
    "Subject: Abuse report",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=feedback-report; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain",
    "",
    "This is an abuse report for a message received from IP 192.0.2.25.",
    "",
    "--b1",
    "Content-Type: message/feedback-report",
    "",
    "Feedback-Type: abuse",
    "Version: 1",
    "Original-Rcpt-To: <bob@example.net>",
    "Source-IP: 192.0.2.25",
    "",
    "--b1--",
    "",
  ].join("\n");
  assert.equal(await paste(page, report), "done");
  assert.equal(await page.locator(".be-ip-value").first().textContent(), "192.0.2.25");
  assert.equal(await page.locator('[data-field="ip-heading"]').first().textContent(), "IP address the report names");

  assert.equal(await paste(page, COMCAST_BOUNCE), "done");
  assert.equal(await page.locator('[data-field="ip-heading"]').first().textContent(), "IP address to quote");
});

test("ordinary email gets a plain answer", async () => {
  const { page } = shared.session;
  const letter = "From: alice@example.com\nTo: bob@example.net\nSubject: Lunch\n\nShall we meet at noon?\n";
  assert.equal(await paste(page, letter), "done");
  assert.equal(await page.locator(".be-card").count(), 0);
  assert.ok((await page.locator(".be-summary").textContent()).length > 10, "a summary says what was found");
  assert.match(await page.locator("#status").textContent(), /No failed recipient found/);
  assert.equal(await page.locator("#mirror-section").isVisible(), false);
});

test("mention note gives code meaning", async () => {
  const { page } = shared.session;
  const letter =
    "From: bob@example.net\nTo: alice@example.com\nSubject: Re: mail to Carol\n\n" +
    'The error I got was "550 5.1.1 User unknown" when I wrote to carol@example.org last week.\n';
  assert.equal(await paste(page, letter), "done");
  assert.equal(await page.locator(".be-card").count(), 0);
  const notes = await page.locator(".be-note-info").allTextContents();
  const mention = notes.find((note) => note.includes("mentions the reply 550 5.1.1"));
  assert.ok(mention, notes.join(" | "));
  assert.match(mention, /In general, 5\.1\.1 means the recipient's address does not exist/);
  assert.equal(await page.locator(".be-note-info a").count(), 0, "the note is plain text");
});

test("three-digit reply gets the mention note", async () => {
  const { page } = shared.session;
  const text = 'The customer says they got "552 Mailbox full" when writing to us.\n';
  assert.equal(await paste(page, text), "done");
  assert.equal(await page.locator(".be-card").count(), 0);
  const notes = await page.locator(".be-note-info").allTextContents();
  const mention = notes.find((note) => note.includes("mentions the reply 552 within its sentences"));
  assert.ok(mention, notes.join(" | "));
  assert.match(mention, /As worded, the reply 552 means: The recipient's mailbox is full/);
});

test("empty input returns to the prompt", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, COMCAST_BOUNCE), "done");
  await clearInput(page);
  assert.equal(await page.locator("#results").isVisible(), false);
  assert.match(await page.locator("#status").textContent(), /Paste a bounce/);
});

test("no requests to other origins and no CSP violations", async () => {
  assert.deepEqual(shared.session.record.foreign, []);
  assert.deepEqual(await shared.session.cspViolations(), []);
  assert.deepEqual(shared.session.record.pageErrors, []);
});
