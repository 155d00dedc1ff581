// The page in Chromium: a Comcast BL000010 bounce, the card's parts and
// badges, the copy buttons, the CSP, and no requests to other origins or
// CSP violations throughout.
import { test } from "node:test";
import assert from "node:assert/strict";

import {
  clearInput,
  knowledgeUrlPatterns,
  linksNotFromKnowledge,
  paste,
  setInput,
  sharedPage,
} from "./harness.mjs";
import { COMCAST_BOUNCE } from "./bounces.mjs";

const shared = sharedPage({}, async ({ server, session }) => {
  await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
});

test("comcast BL000010 shows cause, fix, IP and link", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, COMCAST_BOUNCE), "done");

  const cards = page.locator(".be-card");
  assert.equal(await cards.count(), 1);
  const card = cards.first();
  assert.equal(await card.locator(".be-recipient").textContent(), "bob@comcast.net");
  assert.match(await card.locator(".be-what").textContent(), /Comcast/);
  assert.match(await card.locator(".be-what").textContent(), /Cloudmark/);
  assert.ok((await card.locator(".be-why").textContent()).length > 20, "the cause is explained");
  assert.ok((await card.locator(".be-steps li").count()) >= 2, "numbered steps are shown");
  assert.match(await card.locator(".be-who").textContent(), /mail administrator/);
  assert.match(await card.locator(".be-badge").textContent(), /Permanent/);

  assert.equal(await card.locator(".be-ip-value").textContent(), "203.0.113.5");
  assert.match(await card.locator(".be-ip-line").textContent(), /line 7\b/);
  assert.match(await card.locator(".be-excerpt").textContent(), /203\.0\.113\.5/);
  assert.equal(await card.locator(".be-excerpt mark").textContent(), "203.0.113.5");

  const links = await card.locator(".be-links a").evaluateAll((all) => all.map((a) => a.href));
  assert.ok(
    links.some((href) => href.startsWith("https://csi.cloudmark.com/") && href.includes("203.0.113.5")),
    `a Cloudmark removal link with the IP, got ${links.join(", ")}`,
  );
  assert.deepEqual(await linksNotFromKnowledge(page, knowledgeUrlPatterns()), []);
});

test("technical details list the codes", async () => {
  const { page } = shared.session;
  const details = page.locator(".be-card .be-details").first();
  assert.equal(await details.evaluate((d) => d.open), false, "collapsed by default");
  await details.locator("summary").click();
  const facts = await details.locator(".be-facts").textContent();
  for (const value of ["554", "5.7.1", "BL000010", "mx1.comcast.net", "blocked"]) {
    assert.ok(facts.includes(value), `technical details contain ${value}`);
  }
  assert.match(await details.locator(".be-diagnostic").textContent(), /found on one or more DNSBLs/);
});

test("pasted text marks the code and the IP", async () => {
  const { page } = shared.session;
  const mirror = page.locator("#mirror");
  assert.equal(await mirror.textContent(), COMCAST_BOUNCE);
  assert.deepEqual(await mirror.locator("mark.be-mark-ip").allTextContents(), ["203.0.113.5"]);
  assert.deepEqual(await mirror.locator("mark.be-mark-code").allTextContents(), ["BL000010"]);
  assert.equal(await mirror.locator("a").count(), 0, "the URL in the text is not a link");
});

test("file with CR line ends shown line by line", async () => {
  // A textarea turns CR into LF itself; a file's bytes keep them.
  const { page } = shared.session;
  await clearInput(page);
  const buffer = Buffer.from(COMCAST_BOUNCE.replaceAll("\n", "\r"));
  await page.setInputFiles("#file", { name: "mac.eml", mimeType: "message/rfc822", buffer });
  await page.waitForSelector('main[data-state="done"]');
  assert.equal(await page.locator("#mirror").textContent(), COMCAST_BOUNCE);
  assert.match(await page.locator(".be-ip-line").textContent(), /line 7\b/);
  assert.equal(await paste(page, COMCAST_BOUNCE), "done");
});

// A Postfix bounce sent base64-encoded: the address is not in the pasted
// text as written, so the card names the line of the decoded text.
const BASE64_BOUNCE = `From: MAILER-DAEMON@mail.example.com
To: alice@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

${Buffer.from(
  "This is the mail system at host mail.example.com.\n\n" +
    "<bob@example.org>: host mx.example.org[198.51.100.7] said: 554 5.7.1\n" +
    "    Service unavailable; Client host [203.0.113.5] blocked using\n" +
    "    zen.spamhaus.org (in reply to RCPT TO command)\n",
)
  .toString("base64")
  .replace(/.{76}/g, "$&\n")}
`;

test("encoded bounce names its decoded line", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, BASE64_BOUNCE), "done");
  assert.equal(await page.locator(".be-ip-value").textContent(), "203.0.113.5");
  assert.match(await page.locator(".be-ip-line").textContent(), /line 4 of the bounce's decoded text/);
  const excerpt = page.locator(".be-excerpt");
  assert.match(await excerpt.textContent(), /^Service unavailable; Client host \[203\.0\.113\.5\] blocked/);
  assert.deepEqual(await excerpt.locator("mark.be-mark-ip").allTextContents(), ["203.0.113.5"]);
  assert.equal(await page.locator("#mirror mark.be-mark-ip").count(), 0, "the text view shows the encoded text");
  assert.equal(await paste(page, COMCAST_BOUNCE), "done");
});

test("copy buttons copy the IP and the note", async () => {
  const { page } = shared.session;
  await page.click('.be-card [data-action="copy-ip"]');
  await page.waitForFunction(() => document.querySelector("#status").textContent.startsWith("Copied"));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "203.0.113.5");

  await page.click('.be-card [data-action="copy-note"]');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== "203.0.113.5");
  const note = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(note, /bob@comcast\.net/);
  assert.match(note, /554 5\.7\.1 comcast BL000010/);
  assert.match(note, /203\.0\.113\.5/);
  assert.match(note, /1\. /, "the note lists the fix as steps");
  assert.match(note, /https:\/\/csi\.cloudmark\.com\//);
});

test("two recipients get a card each, in order", async () => {
  const { page } = shared.session;
  const bounce = [
    "This is the mail system at host mail.example.com.",
    "",
    "<carol@example.net>: host mx.example.net[198.51.100.2] said: 550 5.1.1",
    "    <carol@example.net>: Recipient address rejected: User unknown in virtual",
    "    mailbox table (in reply to RCPT TO command)",
    "",
    "<dave@example.org>: host mx.example.org[198.51.100.3] said: 452 4.2.2",
    "    <dave@example.org>: Mailbox full (in reply to RCPT TO command)",
    "",
  ].join("\n");
  assert.equal(await paste(page, bounce), "done");
  assert.deepEqual(await page.locator(".be-recipient").allTextContents(), ["carol@example.net", "dave@example.org"]);
  const badges = await page.locator(".be-badge").allTextContents();
  assert.match(badges[0], /Permanent/);
  assert.match(badges[1], /Temporary/);
  assert.match(await page.locator(".be-summary").textContent(), /2 recipients/);
  assert.match(await page.locator(".be-read-as").textContent(), /non-delivery report/);
  assert.deepEqual(await page.locator("#mirror mark.be-mark-code").allTextContents(), ["5.1.1", "4.2.2"]);
  assert.equal(await page.locator(".be-ip").count(), 2, "one IP section per card");
  assert.equal(await page.locator(".be-ip:not([hidden])").count(), 0, "no IP to quote for these reasons");
  assert.match(await page.locator("#status").textContent(), /Explained 2 recipients/);
});

test("forwarded recipient names the address sent to", async () => {
  const { page } = shared.session;
  const line =
    "<sales@example.net> (expanded from <info@example.org>): host mx.example.net[203.0.113.10] " +
    "said: 550 5.1.1 <sales@example.net>: Recipient address rejected: User unknown " +
    "(in reply to RCPT TO command)";
  assert.equal(await paste(page, line), "done");
  const card = page.locator(".be-card").first();
  assert.equal(await card.locator(".be-recipient").textContent(), "sales@example.net");
  assert.equal(
    await card.locator("[data-field=forwarded]").textContent(),
    "Sent to info@example.org, forwarded to sales@example.net",
  );
  assert.equal(await card.locator("[data-field=forwarded]").isVisible(), true);

  // Without a forward, the line stays hidden.
  assert.equal(await paste(page, "550 5.1.1 <bob@example.net>: User unknown"), "done");
  assert.equal(await page.locator(".be-card [data-field=forwarded]").isVisible(), false);
});

test("status counts deliveries apart from failures", async () => {
  const { page } = shared.session;
  const group = (address, action, status) =>
    `Final-Recipient: rfc822; ${address}\nAction: ${action}\nStatus: ${status}\n`;
  const dsn = [
    "From: MAILER-DAEMON@mail.example.com",
    "To: alice@example.com",
    "Subject: Delivery Status Notification",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    "",
    "--B",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mail.example.com",
    "",
    group("ok1@example.net", "delivered", "2.0.0"),
    group("ok2@example.net", "relayed", "2.0.0"),
    group("bad@example.net", "failed", "5.1.1") + "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n",
    "--B--",
    "",
  ].join("\n");
  assert.equal(await paste(page, dsn), "done");
  const status = await page.locator("#status").textContent();
  assert.match(status, /Explained 3 recipients: 1 not delivered, 2 delivered\./);
  assert.match(await page.locator(".be-summary").textContent(), /did not reach 1 of the 3 recipients/);
});

test("final greylisting bounce card agrees with itself", async () => {
  const { page } = shared.session;
  const bounce = [
    "This is the mail system at host mail.example.com.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    "<erin@example.net>: host mx.example.net[203.0.113.20] said: 450 4.2.0",
    "    <erin@example.net>: Recipient address rejected: Greylisted (in reply to",
    "    RCPT TO command)",
    "",
  ].join("\n");
  assert.equal(await paste(page, bounce), "done");
  const card = page.locator(".be-card").first();
  assert.equal(await card.locator(".be-badge").textContent(), "Temporary failure, no longer retried");
  assert.match(await card.locator(".be-retry").textContent(), /stopped retrying/);
  const steps = (await card.locator(".be-steps li").allTextContents()).join(" ");
  assert.doesNotMatch(steps, /[Dd]o not resend it|retries by itself/);
  assert.match(steps, /Send the message again/);
});

// A lasting cause names who fixes it while the sending server still
// retries, so the badge must follow the retry state, not who acts.
test("retried 4xx with a lasting cause not badged as given up", async () => {
  const { page } = shared.session;
  const replies = [
    "450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.5]",
    "421 4.7.0 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org",
  ];
  for (const reply of replies) {
    assert.equal(await paste(page, reply), "done");
    const card = page.locator(".be-card").first();
    assert.equal(await card.locator(".be-badge").textContent(), "Temporary failure", reply);
    assert.match(await card.locator(".be-retry").textContent(), /retries on its own/, reply);
  }
});

test("page ships its CSP as header and meta", async () => {
  const response = await fetch(`${shared.server.origin}/`);
  const header = response.headers.get("content-security-policy");
  const html = await response.text();
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  for (const policy of [header, meta]) {
    assert.ok(policy, "policy present");
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.match(policy, /style-src 'self'(;|$)/);
    assert.match(policy, /object-src 'none'/);
    assert.match(policy, /base-uri 'none'/);
    assert.match(policy, /form-action 'none'/);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|https?:|data:|\*/);
  }
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)/, "no inline script");
  assert.doesNotMatch(html, /<style|\sstyle=/, "no inline style");
});

test("no requests to other origins and no CSP violations", async () => {
  assert.deepEqual(shared.session.record.foreign, []);
  assert.deepEqual(await shared.session.cspViolations(), []);
  assert.deepEqual(shared.session.record.pageErrors, []);
});
