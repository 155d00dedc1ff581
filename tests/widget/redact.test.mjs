// Unit tests for the redaction module, over inputs that are easy to get
// wrong: folded headers, quoted and encoded display names, unquoted
// commas, role addresses, message ids in running text and base64 parts.
import { test } from "node:test";
import assert from "node:assert/strict";

import { findSenderDomains, redact } from "../../www/widget/redact.js";

const BOUNCE = [
  "Return-Path: <>",
  "From: Mail Delivery System <MAILER-DAEMON@mx1.acme.example>",
  'To: "Smith, John" <john.smith@acme.example>',
  "Subject: Undelivered Mail Returned to Sender",
  "Message-Id: <20240101.ABC@mx1.acme.example>",
  "",
  "This is the mail system at host mx1.acme.example.",
  "",
  "<bob@partner.example>: host mx.partner.example[198.51.100.7] said: 550 5.7.1",
  "    Service unavailable; Client host [203.0.113.5] blocked using",
  "    zen.spamhaus.org (in reply to RCPT TO command)",
  "",
  "Reporting-MTA: dns; mx1.acme.example",
  "Final-Recipient: rfc822; bob@partner.example",
  "Diagnostic-Code: smtp; 550 5.7.1 Client host [203.0.113.5] blocked",
  "",
  "From: =?UTF-8?B?Sm9obiBTbWl0aA==?= <john.smith@acme.example>",
  "To: Bob Jones <bob@partner.example>, alice@gmail.com (Alice Liddell)",
  "Cc: Smith, Jane <jane@acme.example>",
  "Subject: Quarterly numbers for Bob",
  "Message-ID: <CAF=abc123@mail.acme.example>",
  "X-Originating-IP: [198.51.100.99]",
  "Content-Transfer-Encoding: base64",
  "",
  "SGVsbG8gQm9iLCBoZXJlIGFyZSB0aGUgbnVtYmVycyB5b3UgYXNrZWQgZm9yLiBCZXN0LCBKb2hu",
  "SGVsbG8gQm9iLCBoZXJlIGFyZSB0aGUgbnVtYmVycyB5b3UgYXNrZWQgZm9yLiBCZXN0LCBKb2hu",
  "QQ==",
].join("\n");

const run = (text, options) => redact(text, options);

test("bounce keeps codes, IPs and provider hosts", () => {
  const { text } = run(BOUNCE, { keepIps: ["203.0.113.5"] });
  assert.match(text, /550 5\.7\.1 Client host \[203\.0\.113\.5\] blocked/);
  assert.match(text, /zen\.spamhaus\.org/);
  assert.match(text, /mx\.partner\.example\[198\.51\.100\.7\]/);
  assert.match(text, /Reporting-MTA: dns; host-\d\.example/);
});

test("bounce loses every personal value", () => {
  const { text } = run(BOUNCE, { keepIps: ["203.0.113.5"] });
  for (const secret of ["john", "John", "Smith", "Jane", "Alice", "Liddell", "Bob Jones", "bob@", "alice@",
    "acme.example", "Quarterly", "ABC@", "abc123", "198.51.100.99", "Sm9obiBTbWl0aA", "SGVsbG8"]) {
    assert.ok(!text.includes(secret), `"${secret}" is still in:\n${text}`);
  }
});

test("same address gets the same token", () => {
  const { text } = run("To: a@acme.example\nFrom: a@acme.example\nCc: b@other.example\n");
  const tokens = [...text.matchAll(/user-\d+/g)].map((m) => m[0]);
  assert.equal(tokens[0], tokens[1]);
  assert.notEqual(tokens[0], tokens[2]);
});

test("shared provider domain is kept", () => {
  const { text } = run("Diagnostic-Code: smtp; 550 5.1.1 <carol.king@gmail.com>: no such user");
  assert.match(text, /<user-1@gmail\.com>/);
  assert.ok(!text.includes("carol"));
});

test("role address at provider is kept", () => {
  const { text } = run("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>");
  assert.equal(text, "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>");
});

test("Exchange system mailbox is kept", () => {
  const from = "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example>";
  assert.equal(run(from).text, from);
});

test("encoded DSN recipient masked as address", () => {
  const { text } = run("Final-Recipient: rfc822; =?utf-8?B?Ym9iQGV4YW1wbGUubmV0?=");
  assert.equal(text, "Final-Recipient: rfc822; user-1@example.net");
});

test("role local part kept, own domain masked", () => {
  const { text } = run("Reported by postmaster@acme.example", { ownDomains: ["acme.example"] });
  assert.equal(text, "Reported by postmaster@host-1.example");
});

test("folded To header masks names on every line", () => {
  const input = 'To: "Doe,\n John" <jd@partner.example>,\n\tMary Major <mm@partner.example>\nX-Next: kept';
  const { text } = run(input);
  assert.ok(!/Doe|John|Mary|Major/.test(text), text);
  assert.match(text, /X-Next: kept$/);
});

test("unquoted comma in name is masked", () => {
  const { text, counts } = run("Cc: Smith, Jane <jane@partner.example>");
  assert.equal(text, "Cc: [name], [name] <user-1@partner.example>");
  assert.equal(counts.names, 2);
});

test("group syntax and empty path are kept", () => {
  assert.equal(run("To: undisclosed-recipients:;").text, "To: undisclosed-recipients:;");
  assert.equal(run("Return-Path: <>").text, "Return-Path: <>");
});

test("quoted original message headers are masked", () => {
  const { text } = run("> From: Jane Roe <jane@partner.example>\n> Subject: Private matter");
  assert.equal(text, "> From: [name] <user-1@partner.example>\n> Subject: [subject]");
});

test("message id in running text is masked", () => {
  const { text, counts } = run("Original message ID: <BN6PR01MB1234.5678@BN6PR01MB1234.prod.outlook.com>");
  assert.equal(text, "Original message ID: <[message-id-1]>");
  assert.equal(counts.messageIds, 1);
});

test("message id without brackets is masked", () => {
  assert.equal(run("Message-ID: 12345.67890.host").text, "Message-ID: [message-id-1]");
});

test("References with several ids", () => {
  const { text } = run("References: <a@x.example>\n <b@y.example>");
  assert.equal(text, "References: <[message-id-1]>\n <[message-id-2]>");
});

test("sender domain found in top headers only", () => {
  const lines = [
    "From: MAILER-DAEMON@googlemail.com",
    "To: me@acme.example",
    "",
    "To: them@partner.example",
    "From: Me <me@acme.example>",
  ];
  assert.deepEqual(findSenderDomains(lines), ["acme.example"]);
});

test("bounce writer's domain is no sender domain", () => {
  // A forwarding server on the recipient's side wrote this bounce.
  const lines = ["From: Mail Delivery System <Mailer-Daemon@mx.partner.example>", "To: me@acme.example"];
  assert.deepEqual(findSenderDomains(lines), ["acme.example"]);
});

test("recipient domain host is kept", () => {
  const { text } = run("To: me@acme.example\n\nhost mx.partner.example said: 550 rejected for them@partner.example");
  assert.match(text, /host mx\.partner\.example said/);
  assert.match(text, /user-2@partner\.example/);
});

test("own subdomain hosts masked, lookalike kept", () => {
  const { text } = run("by out1.acme.example and notacme.example and acme.example.evil.test", {
    ownDomains: ["acme.example"],
  });
  assert.equal(text, "by host-1.example and notacme.example and acme.example.evil.test");
});

test("single long base64-like line is kept", () => {
  const input = "DKIM-Signature: v=1;\n\tb=QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9w\n\tQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9w";
  assert.equal(run(input).text, input);
});

test("CRLF input comes back with LF", () => {
  const { text } = run("Cc: Jo Bloggs <jo@partner.example>\r\n\r\n550 5.1.1 user unknown\r\n");
  assert.equal(text, "Cc: [name] <user-1@partner.example>\n\n550 5.1.1 user unknown\n");
});

test("comment name after address is masked", () => {
  assert.equal(run("Cc: jo@partner.example (Jo Bloggs)").text, "Cc: user-1@partner.example ([name])");
});

test("quoted local part is masked", () => {
  const { text } = run('Final-Recipient: rfc822; "neko..nyaan."@partner.example');
  assert.equal(text, "Final-Recipient: rfc822; user-1@partner.example");
});

test("HTML-escaped header names are masked", () => {
  const { text } = run("Cc: Kiji Tora &lt;kiji@partner.example&gt;, &quot;Neko&quot; &lt;neko@partner.example&gt;");
  assert.equal(text, "Cc: [name] <user-1@partner.example>, [name] <user-2@partner.example>");
});

test("URL-encoded address is masked", () => {
  const { text } = run("See https://help.example.net/unblock?email=jo.bloggs%40partner.example&x=1 or jo.bloggs@partner.example");
  assert.equal(text, "See https://help.example.net/unblock?email=user-1%40partner.example&x=1 or user-1@partner.example");
});

test("empty and non-string input", () => {
  assert.equal(run("").text, "");
  assert.equal(run(undefined).text, "undefined");
});

test("long line without an address stays", () => {
  // Each run of address characters is scanned once; scanning it again
  // from every character took tens of seconds for these lines.
  // scripts/bench-redact.mjs times them (the word-* inputs).
  for (const text of ["a".repeat(200000), "ä".repeat(200000), "山".repeat(200000)]) {
    assert.equal(run(text).text, text);
  }
});

test("folded line of a quoted header is masked", () => {
  const input = "> Subject: Test results for patient\n>  Carol Diaz, room 12\n> To: x@example.org\n";
  const { text } = run(input);
  assert.ok(!/Carol|Diaz|room 12|patient/.test(text), text);
  assert.match(text, /^> Subject: \[subject\]$/m);
  assert.match(text, /^> To: user-1@/m);
});

test("address split by a quoted-printable soft break is masked", () => {
  const input = [
    "Content-Transfer-Encoding: quoted-printable",
    "",
    "Delivery to alice.smi=",
    "th@example.org failed: 550 5.1.1 User unknown",
  ].join("\n");
  const { text } = run(input);
  assert.ok(!/alice|smi|th@/.test(text), text);
  assert.match(text, /^Delivery to user-1@example\.org failed: 550 5\.1\.1 User unknown$/m);
  // Without a quoted-printable header, a line ending in "=" is left alone.
  assert.match(run("a=\nb").text, /^a=\nb$/);
});

test("classic Exchange NDR subject and quoted recipient masked", () => {
  const input = [
    "Subject: Undeliverable: Lab results for Anna Weber",
    "",
    "Your message did not reach some or all of the intended recipients.",
    "",
    "      Subject:\tLab results for Anna Weber",
    "      Sent:\t12/4/2026 10:00 AM",
    "",
    "The following recipient(s) cannot be reached:",
    "",
    "      'Anna Weber' on 12/4/2026 10:00 AM",
    "            550 5.1.1 <anna.weber@example.net>... User unknown",
    "'Petra Schneider' am 04.12.2026 10:00",
  ].join("\n");
  const { text, counts } = run(input);
  assert.doesNotMatch(text, /Anna|Weber|Petra|Schneider/);
  assert.match(text, /^ {6}Subject:\t\[subject\]$/m);
  assert.match(text, /^ {6}Sent:\t12\/4\/2026 10:00 AM$/m);
  assert.match(text, /^ {6}'\[name\]' on 12\/4\/2026 10:00 AM$/m);
  assert.match(text, /^'\[name\]' am 04\.12\.2026 10:00$/m);
  assert.equal(counts.subjects, 2);
});

test("localised forward headers masked", () => {
  const input = [
    "Von: Hans Müller <hans.mueller@example.de>",
    "An: Müller, Hans",
    "Betreff: Kündigung Vertrag Nr. 4711 – Familie Schneider",
    "",
    "De : Jean Dupont <jean.dupont@example.fr>",
    "À : Marie Curie",
    "Objet : Dossier médical de Marie Curie",
    "",
    "De: Ana López <ana@example.es>",
    "Para: Luis Pérez",
    "Asunto: Resultados de Luis",
    "Da: Mario Rossi <mario@example.it>",
    "A: Giulia Bianchi",
    "Oggetto: Referto di Giulia",
  ].join("\n");
  const { text } = run(input);
  for (const word of ["Hans", "Müller", "Kündigung", "Schneider", "Jean", "Dupont", "Marie", "Curie",
    "Ana", "López", "Luis", "Pérez", "Mario", "Rossi", "Giulia", "Bianchi"]) {
    assert.doesNotMatch(text, new RegExp(word), word);
  }
  assert.match(text, /^Betreff: \[subject\]$/m);
  assert.match(text, /^Objet : \[subject\]$/m);
  assert.match(text, /^À : \[name\]$/m);
  assert.match(text, /^An: \[name\], \[name\]$/m);
  assert.match(text, /^Asunto: \[subject\]$/m);
  assert.match(text, /^Oggetto: \[subject\]$/m);
});

// scripts/bench-redact.mjs times this input (quote-markers-0.1mb).
test("deeply quoted text stays", () => {
  const input = `${">".repeat(100000)} x\n${"> ".repeat(20000)}`;
  assert.equal(run(input).text, input);
});

// RFC 8601 writes "ptype.property=value", so the value after "=" is the
// address or domain, and "header.i=" is not a local part.
test("Authentication-Results keeps its property names", () => {
  const input = [
    "From: Jo Private <jo.private@example.com>",
    "Authentication-Results: mx.example.net; dkim=pass header.i=@example.com; spf=pass smtp.mailfrom=jo.private@example.com",
    "ARC-Authentication-Results: i=1; mx.example.net; dkim=pass header.i=@sub.example.com header.s=sel; auth=pass smtp.auth=jo.private@example.com",
    "Authentication-Results: mx.example.net; dkim=pass header.i=@gmail.com; spf=pass smtp.mailfrom=kim@gmail.com",
    "jo.private wrote this.",
  ].join("\n");
  const { text } = run(input);
  const lines = text.split("\n");
  const [, user, host] = /^From: \[name\] <(user-\d+)@(host-\d+\.example)>$/.exec(lines[0]) ?? [];
  assert.ok(user, lines[0]);
  assert.ok(host, lines[0]);
  assert.equal(lines[1], `Authentication-Results: mx.example.net; dkim=pass header.i=@${host}; spf=pass smtp.mailfrom=${user}@${host}`);
  assert.match(lines[2], /header\.i=@host-\d+\.example header\.s=sel; auth=pass smtp\.auth=(user-\d+)@host-\d+\.example$/);
  assert.equal(/smtp\.auth=(user-\d+)/.exec(lines[2])[1], user);
  assert.match(lines[3], /header\.i=@gmail\.com; spf=pass smtp\.mailfrom=user-\d+@gmail\.com$/);
  assert.equal(lines[4], `${user} wrote this.`);
  assert.ok(!/jo\.private|kim@/.test(text), text);
});

test("phone numbers in X-Mailer and User-Agent masked", () => {
  const cases = [
    ["X-Mailer: Jo's phone +1 555 0100", "X-Mailer: Jo's phone [phone]"],
    ["X-Mailer: iPhone Mail (20A362), call +44 20 7946 0958", "X-Mailer: iPhone Mail (20A362), call [phone]"],
    ["User-Agent: Mutt/2.2.12 (2023-09-09) tel. (555) 010-0199", "User-Agent: Mutt/2.2.12 (2023-09-09) tel. [phone]"],
    ["> X-Mailer: Desk 0049-30-1234567", "> X-Mailer: Desk [phone]"],
  ];
  for (const [line, expected] of cases) {
    const { text, counts } = run(line);
    assert.equal(text, expected);
    assert.equal(counts.phones, 1, line);
  }
  // Version numbers, build numbers and dates are not phone numbers.
  for (const line of ["X-Mailer: Microsoft Outlook 16.0.17328.20124", "X-Mailer: Apple Mail (2.3774.600.62)",
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
    "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "X-Mailer: Build 2026-12-04 1730"]) {
    assert.equal(run(line).text, line);
  }
});

test("list role parts kept around token", () => {
  const cases = [
    ["From: sales-owner@lists.example.net", /^From: user-1-owner@host-1\.example$/m],
    ["From: owner-sales@lists.example.net", /^From: owner-user-1@host-1\.example$/m],
    ["From: sales-bounces+alice=example.com@lists.example.net", /^From: user-1-bounces@host-1\.example$/m],
    ["From: sales@lists.example.net", /^From: user-1@host-1\.example$/m],
  ];
  for (const [input, expected] of cases) {
    const { text } = redact(`${input}\nTo: alice@example.com\n\nHello.\n`);
    assert.match(text, expected, input);
    assert.doesNotMatch(text, /sales|alice/, input);
  }
});

test("xtext original recipient shares its token", () => {
  const input = "Original-Recipient: rfc822;bob+2Bnews@example.net\nFinal-Recipient: rfc822; bob+news@example.net\n";
  const { text } = redact(input);
  assert.match(text, /^Original-Recipient: rfc822;user-1@example\.net$/m);
  assert.match(text, /^Final-Recipient: rfc822; user-1@example\.net$/m);
});

test("RFC 6533 escaped local part masked whole", () => {
  const input = [
    "Final-Recipient: utf-8; \\x{5F20}\\x{4E09}\\x{4E30}@example.net",
    "Original-Recipient: utf-8; j\\x{FC}rgen.m\\x{FC}ller@example.de",
    "Diagnostic-Code: smtp; 550 5.1.1 <\u5f20\u4e09\u4e30@example.net>: User unknown",
  ].join("\n");
  const { text } = redact(input);
  assert.match(text, /^Final-Recipient: utf-8; user-1@example\.net$/m);
  assert.match(text, /^Original-Recipient: utf-8; user-2@example\.de$/m);
  // The escaped and the decoded form of one address share a token.
  assert.match(text, /<user-1@example\.net>/);
  assert.doesNotMatch(text, /x\{|\u5f20|rgen/);
});

test("RFC 6533 escaped own domain masked", () => {
  const input = "Final-Recipient: utf-8; info@b\\x{FC}cher.example\n";
  const { text } = redact(input, { ownDomains: ["xn--bcher-kva.example"] });
  assert.equal(text, "Final-Recipient: utf-8; user-1@host-1.example\n");
});
