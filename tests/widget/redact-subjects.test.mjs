// Unit tests for subjects that a bounce quotes in prose rather than in a
// Subject line (Lotus Domino, GroupWise, qmail-style and localised NDRs),
// and for repeats of a subject already known from a header.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

test("Domino document subject masked", () => {
  const input = [
    "Your document:\tInvoice 4471 for Peter Brown",
    "was not delivered to:",
    "",
    "  carol@example.net",
    "",
    "because:",
    "",
    "  550 5.1.1 User unknown",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /Peter Brown|Invoice 4471/);
  assert.match(text, /^Your document:\t\[subject\]$/m);
  assert.equal(counts.subjects, 1);
  assert.match(text, /550 5\.1\.1 User unknown/);
});

test("prose subject forms masked", () => {
  const forms = [
    ["Original subject: Contract draft for Anna Lee", "Original subject: [subject]"],
    ["The subject of your message was: Contract draft for Anna Lee", "The subject of your message was: [subject]"],
    ["The subject of the message is: Contract draft for Anna Lee", "The subject of the message is: [subject]"],
    ['Your message "Contract draft for Anna Lee" could not be delivered.', 'Your message "[subject]" could not be delivered.'],
    ["Your message \u201cContract draft for Anna Lee\u201d was not delivered.", "Your message \u201c[subject]\u201d was not delivered."],
    ["\u4ef6\u540d: Contract draft for Anna Lee", "\u4ef6\u540d: [subject]"],
    ["\u4ef6\u540d\uff1aContract draft for Anna Lee", "\u4ef6\u540d\uff1a[subject]"],
    // Chinese labels padded with ASCII or ideographic spaces, as QQ and
    // NetEase write them, Traditional Chinese and Korean labels.
    ["\u4e3b    \u9898\uff1aContract draft for Anna Lee", "\u4e3b    \u9898\uff1a[subject]"],
    ["\u4e3b\u3000\u3000\u9898\uff1aContract draft for Anna Lee", "\u4e3b\u3000\u3000\u9898\uff1a[subject]"],
    ["\u4e3b\u9898: Contract draft for Anna Lee", "\u4e3b\u9898: [subject]"],
    ["\u4e3b\u65e8\uff1aContract draft for Anna Lee", "\u4e3b\u65e8\uff1a[subject]"],
    ["\uc81c\ubaa9: Contract draft for Anna Lee", "\uc81c\ubaa9: [subject]"],
    // Session transcripts with a timestamp before the header, as MDaemon's.
    [" Sat 2026-12-05 10:11:12.104: *  Subject: Contract draft for Anna Lee", " Sat 2026-12-05 10:11:12.104: *  Subject: [subject]"],
    ["2026-12-05 10:11:12 Subject: Contract draft for Anna Lee", "2026-12-05 10:11:12 Subject: [subject]"],
  ];
  for (const [line, want] of forms) {
    const { text, counts } = redact(`Delivery failed.\n${line}\n550 5.1.1 User unknown`);
    assert.equal(text.split("\n")[1], want, line);
    assert.equal(counts.subjects, 1, line);
  }
});

test("known subject masked where it recurs", () => {
  const input = [
    "Subject: Undeliverable: Quarterly figures for Greenfield Ltd",
    "",
    "Delivery has failed to these recipients or groups:",
    "dan@example.net",
    "Your message Quarterly figures for Greenfield Ltd couldn't be delivered.",
    "",
    "Original message headers:",
    "Subject: Quarterly figures for Greenfield Ltd",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /Greenfield|Quarterly/);
  assert.match(text, /^Your message \[subject\] couldn't be delivered\.$/m);
  assert.equal(counts.subjects, 3);
});

test("returned subject masked in earlier prose", () => {
  const input = [
    "Subject: failure notice",
    "",
    "Hi. This is the qmail-send program at mx.example.org.",
    "I'm afraid I wasn't able to deliver your message about Lab results for Ruth Park.",
    "",
    "--- Below this line is a copy of the message.",
    "",
    "From: sender@example.com",
    "Subject: Lab results for Ruth Park",
  ].join("\n");
  const { text } = redact(input);
  assert.doesNotMatch(text, /Ruth Park/);
  assert.match(text, /your message about \[subject\]\./);
});

test("ordinary prose kept", () => {
  const input = [
    "Subject: Hi",
    "",
    "Hi team, the original message could not be delivered.",
    "Your message could not be delivered to the following recipients.",
    "The subject of this notice is the failed delivery below.",
    "Your document was not delivered.",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.match(text, /^Hi team, the original message could not be delivered\.$/m);
  assert.match(text, /^Your message could not be delivered to the following recipients\.$/m);
  assert.match(text, /^Your document was not delivered\.$/m);
  assert.equal(counts.subjects, 1);
});

test("bounce's own subject kept in prose", () => {
  const input = [
    "Subject: Mail could not be delivered",
    "",
    "Mail could not be delivered to one recipient.",
    "",
    "Subject: Message",
    "Message-Id: <a1@example.com>",
    "Message will be deleted from queue",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.match(text, /^Subject: Mail could not be delivered$/m);
  assert.match(text, /^Mail could not be delivered to one recipient\.$/m);
  // "Message" is made only of a mail system's words, so it stays too.
  assert.match(text, /^Subject: Message$/m);
  assert.match(text, /^Message-Id: </m);
  assert.match(text, /^Message will be deleted from queue$/m);
  assert.equal(counts.subjects, 0);
});

test("subject kept inside a host name", () => {
  const input = ["Subject: Undeliverable: Team news", "", "Team news could not be sent via Team news.example.com"].join("\n");
  const { text } = redact(input);
  assert.equal(text.split("\n")[2], "[subject] could not be sent via Team news.example.com");
});

test("later bounce's own subject kept", () => {
  const input = [
    "From: MAILER-DAEMON@mail.example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "",
    "<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.1.1 User unknown",
    "From: \"Courier mail server at mx.example.net\" <@>",
    "Subject: NOTICE: mail delivery status.",
    "",
    "Subject: Quarterly figures",
  ].join("\n");
  const { text } = redact(input);
  assert.match(text, /^Subject: NOTICE: mail delivery status\.$/m);
  assert.doesNotMatch(text, /Quarterly figures/);
});

test("subject below its label masked", () => {
  const input = [
    "Your mail to 'Announce' with the subject",
    "",
    "    Budget",
    "",
    "Is being held until the list moderator can review it for approval.",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /Budget/);
  assert.match(text, /^ {4}\[subject\]$/m);
  assert.equal(counts.subjects, 1);
  assert.match(text, /held until the list moderator/);
});

test("subject in reply parentheses masked", () => {
  // Spectrum's (Charter's) content-filter reply quotes the subject in
  // parentheses, with no Subject header anywhere in the paste.
  const input =
    "<bob@charter.net>: host mx.charter.net[198.51.100.90] said: 554 5.7.1 The message from (<anna@example.com>) " +
    "with the subject of (Vertrag Nr. 4711 - Kündigung (Entwurf)) matches a profile the Internet community may " +
    "consider spam. (in reply to end of DATA command)";
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /Vertrag|Entwurf/);
  assert.match(text, /with the subject of \(\[subject\]\) matches a profile/);
  assert.equal(counts.subjects, 1);
});

test("subject in folded reply masked", () => {
  const input = [
    "<bob@charter.net>: host mx.charter.net[198.51.100.90] said: 554 5.7.1 The",
    "    message from (<anna@example.com>) with the subject of (Vertrag Nr.",
    "    4711 - Kündigung) matches a profile the Internet community may consider",
    "    spam. (in reply to end of DATA command)",
  ].join("\n");
  const { text } = redact(input);
  assert.doesNotMatch(text, /Vertrag|4711|Kündigung/);
  assert.match(text, /with the subject of \(\[subject\]\) matches a profile/);
  assert.match(text, /^ {4}spam\. \(in reply to end of DATA command\)$/m);
});

test("known subject masked inside reply", () => {
  const input = [
    "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender",
    "",
    "<bob@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.1 Your",
    "    message Offer for Jane Roe was rejected as spam (in reply to end of DATA",
    "    command)",
    "",
    "Subject: Offer for Jane Roe",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /Jane Roe/);
  assert.match(text, /^ {4}message \[subject\] was rejected as spam/m);
  assert.equal(counts.subjects, 2);
});

test("known subject folded across lines masked", () => {
  const input = [
    "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender",
    "",
    "<bob@example.net>: host mx.example.net[198.51.100.20] said: 554 5.7.1 Message",
    "    Offer for Jane",
    "    Roe rejected as spam (in reply to end of DATA command)",
    "",
    "Subject: Offer for Jane Roe",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /Jane|Roe/);
  assert.match(text, /^ {4}\[subject\] rejected as spam/m);
  assert.equal(counts.subjects, 2);
});
