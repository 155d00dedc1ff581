// Unit tests for removing the returned message's body from a bounce: in
// multipart/report parts, after plain-text markers and in quoted bounces,
// while the bounce's own text and a forwarded bounce stay.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

const run = (text, options) => redact(text, options);

// A multipart/report bounce whose returned message has a private body.
function reportWithReturned(encoding, body) {
  return [
    "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)",
    "To: Carol Diaz <carol@example.com>",
    "Content-Type: multipart/report; report-type=delivery-status;",
    '\tboundary="OUTER-1"',
    "",
    "--OUTER-1",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "<dave@example.net>: host mx.example.net[198.51.100.7] said: 550 5.1.1 User unknown",
    "",
    "--OUTER-1",
    "Content-Type: message/delivery-status",
    "",
    "Final-Recipient: rfc822; dave@example.net",
    "Status: 5.1.1",
    "",
    "--OUTER-1",
    "Content-Type: message/rfc822",
    "",
    "From: Carol Diaz <carol@example.com>",
    "To: dave@example.net",
    "Subject: Contract",
    `Content-Transfer-Encoding: ${encoding}`,
    "",
    ...body,
    "",
    "--OUTER-1--",
    "",
  ].join("\n");
}

test("returned body removed in 7bit and quoted-printable", () => {
  const bodies = {
    "7bit": ["Your salary is $98,765.", "Call me on 555-0142, passport Y7654321.", "Home IP 203.0.113.200."],
    "quoted-printable": ["Your salary is =2498,765. Call me on 555-=", "0142, passport Y7654321.", "Home IP 203.0.113.200."],
  };
  for (const [encoding, body] of Object.entries(bodies)) {
    const { text, counts } = run(reportWithReturned(encoding, body));
    for (const secret of ["98,765", "555-", "Y7654321", "203.0.113.200"]) {
      assert.ok(!text.includes(secret), `${encoding}: "${secret}" left in:\n${text}`);
    }
    assert.match(text, /^\[\d lines of the returned message's body removed\]$/m, encoding);
    assert.ok(counts.bodyLines >= 2, encoding);
    // The bounce's own text and the returned headers stay.
    assert.match(text, /said: 550 5\.1\.1 User unknown$/m, encoding);
    assert.match(text, /^Status: 5\.1\.1$/m, encoding);
    assert.match(text, /^Subject: \[subject\]\n/m, encoding);
    assert.match(text, /^Content-Transfer-Encoding: /m, encoding);
    assert.match(text, /\n--OUTER-1--\n$/, encoding);
  }
});

test("multipart returned body removed to the outer boundary", () => {
  const input = reportWithReturned("7bit", [
    "This is a multi-part message in MIME format.",
    "--INNER-2",
    "Content-Type: text/plain",
    "",
    "Meet me at 12 Elm Street.",
    "--INNER-2",
    "Content-Type: text/html",
    "",
    "<p>Meet me at 12 Elm Street.</p>",
    "--INNER-2--",
  ]).replace("Content-Transfer-Encoding: 7bit", 'Content-Type: multipart/alternative; boundary="INNER-2"');
  const { text, counts } = run(input);
  assert.ok(!/Elm Street|INNER-2\n/.test(text), text);
  assert.equal(counts.bodyLines, 10);
  assert.match(text, /^\[10 lines of the returned message's body removed\]\n\n--OUTER-1--$/m);
});

test("returned body removed after plain-text markers", () => {
  const markers = [
    "------ This is a copy of the message, including all the headers. ------",
    "--- Below this line is a copy of the message.",
    "----- Original message -----",
    "   ----- Unsent message follows -----",
    "Original message follows.",
    "    Below is a copy of the original message:",
  ];
  for (const marker of markers) {
    const input = [
      "This message was created automatically by mail delivery software.",
      "",
      "  dave@example.net",
      "    host mx.example.net [198.51.100.7]",
      "    550 5.1.1 User unknown",
      "",
      marker,
      "------ The body of the message is 51234 characters long; only the first",
      "------ 25000 or so are included here.",
      "",
      "Return-path: <carol@example.com>",
      "Received: from [198.51.100.20]",
      "  by mail.example.com with esmtp",
      "Subject: Contract",
      "",
      "The figure is 98,765.",
      "Regards, Carol",
    ].join("\n");
    const { text, counts } = run(input);
    assert.ok(!/98,765|Regards/.test(text), `${marker}:\n${text}`);
    assert.equal(counts.bodyLines, 2, marker);
    assert.match(text, /^ {4}550 5\.1\.1 User unknown$/m, marker);
    assert.match(text, /^ {2}by host-\d\.example with esmtp\nSubject: \[subject\]\n\n\[2 lines of the returned message's body removed\]$/m, marker);
  }
});

test("marker lines of a bounce's own text are kept", () => {
  const input = [
    "The original message was received at Fri, 4 Dec 2026 10:00:00 +0000",
    "from mail.example.com [198.51.100.20]",
    "",
    "   ----- Transcript of session follows -----",
    "550 5.1.1 <dave@example.net>... User unknown",
    "",
    "If you do so, please include this problem report. You can",
    "delete your own text from the attached returned message.",
    "",
    "The original message follows as a separate attachment.",
    "Reporting-MTA: dns; mail.example.com",
  ].join("\n");
  const { text, counts } = run(input);
  assert.equal(counts.bodyLines, 0);
  assert.match(text, /^550 5\.1\.1 <user-1@example\.net>\.\.\. User unknown$/m);
  assert.match(text, /^Reporting-MTA: dns; mail\.example\.com$/m);
});

test("forwarded bounce body is kept", () => {
  const input = [
    "Hi, I got this when I wrote to Dave.",
    "",
    "-----Original Message-----",
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "Sent: Friday, 4 December 2026 10:00",
    "Subject: Delivery Status Notification (Failure)",
    "",
    "The response from the remote server was:",
    "550 5.1.1 The email account that you tried to reach does not exist.",
    "",
    "----- Original message -----",
    "",
    "From: carol@example.com",
    "",
    "Private text here.",
  ].join("\n");
  const { text, counts } = run(input);
  assert.match(text, /^550 5\.1\.1 The email account that you tried to reach does not exist\.$/m);
  assert.ok(!text.includes("Private text"), text);
  assert.equal(counts.bodyLines, 1);
});

test("headers-only returned part loses nothing", () => {
  const input = [
    "--B",
    "Content-Type: text/rfc822-headers",
    "",
    "From: carol@example.com",
    "Subject: Contract",
    "",
    "--B--",
  ].join("\n");
  const { text, counts } = run(input);
  assert.equal(counts.bodyLines, 0);
  assert.equal(text, "--B\nContent-Type: text/rfc822-headers\n\nFrom: user-1@host-1.example\nSubject: [subject]\n\n--B--");
});

test("returned body removed from a quoted bounce", () => {
  const bounce = reportWithReturned("7bit", ["The figure is 98,765.", "", "Regards, Carol"]);
  const quoted = bounce.split("\n").map((line) => (line ? `> ${line}` : ">")).join("\n");
  const input = `Why did this bounce?\n\n${quoted}\n>> Older quote stays.`;
  const { text, counts } = run(input);
  assert.ok(!/98,765|Regards/.test(text), text);
  assert.equal(counts.bodyLines, 3);
  assert.match(text, /^> \[3 lines of the returned message's body removed\]$/m);
  assert.match(text, /^> <user-\d@example\.net>: host mx\.example\.net\[198\.51\.100\.7\] said: 550 5\.1\.1 User unknown$/m);
  assert.match(text, /^>> Older quote stays\.$/m);
});
