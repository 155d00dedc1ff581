// Unit tests for masking people's names and local parts written in a
// bounce's body: NDR display names, Outlook's "Last, First" form, names
// that recur alone, and the ordinary words and organisations that stay.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

const run = (text, options) => redact(text, options);

test("non-ASCII address is masked whole", () => {
  const input = [
    "From: Jörg Müller <jörg.müller@example.de>",
    "",
    "Mail an jörg.müller@example.de konnte nicht zugestellt werden.",
    "Échec de remise à françois.lefèvre@example.fr et à 山田@例え.テスト",
  ].join("\n");
  const { text } = run(input);
  for (const secret of ["jörg", "müller", "Jörg", "Müller", "françois", "lefèvre", "山田"]) {
    assert.ok(!text.includes(secret), `"${secret}" left in:\n${text}`);
  }
  assert.match(text, /^From: \[name\] <user-1@host-1\.example>$/m);
  assert.match(text, /^Mail an user-1@host-1\.example konnte/m);
  assert.match(text, /à user-2@example\.fr et à user-3@例え\.テスト$/m);
});

test("display names in an NDR body are masked", () => {
  const input = [
    "Delivery has failed to these recipients or groups:",
    "",
    "Bob Smith (bob.smith@example.net)",
    "Your message couldn't be delivered to Dr. Carol Jones (carol.jones@example.net).",
    "Contact: Dave Brown <dave.brown@partner.example>, phone 503-555-0100",
    "Send it to Jan van der Berg <jan@example.org> or \"Eve Adams\" <eve@example.org>.",
    "Sent by Zoë O'Neil-Ångström (zoe@example.org).",
  ].join("\n");
  const { text, counts } = run(input);
  for (const secret of ["Bob", "Smith", "Carol", "Jones", "Dave", "Brown", "Berg", "Eve", "Adams", "Zoë", "Neil"]) {
    assert.ok(!text.includes(secret), `"${secret}" left in:\n${text}`);
  }
  assert.match(text, /^\[name\] \(user-1@example\.net\)$/m);
  assert.match(text, /^Your message couldn't be delivered to \[name\] \(user-2@example\.net\)\.$/m);
  assert.match(text, /^Contact: \[name\] <user-3@partner\.example>, phone 503-555-0100$/m);
  assert.match(text, /^Send it to \[name\] <user-4@example\.org> or \[name\] <user-5@example\.org>\.$/m);
  assert.match(text, /^Sent by \[name\] \(user-6@example\.org\)\.$/m);
  assert.equal(counts.names, 6);
});

test("body names keep hosts, IPs and protocol words", () => {
  const input = [
    "Remote Server at mx.example.net (198.51.100.2) returned '550 5.1.1 User unknown'",
    "<bob@example.net>: host mx.example.net[198.51.100.2] said: 550 5.7.1 Client host [203.0.113.5]",
    "RCPT TO <bob@example.net> rejected by MX.Example.Net <bob@example.net>",
    "Microsoft Outlook <postmaster@outlook.com>",
    "Sent from smtp.example.org (carol@example.org)",
  ].join("\n");
  const { text, counts } = run(input, { keepIps: ["203.0.113.5"] });
  assert.match(text, /^Remote Server at mx\.example\.net \(198\.51\.100\.2\) returned '550 5\.1\.1 User unknown'$/m);
  assert.match(text, /host mx\.example\.net\[198\.51\.100\.2\] said: 550 5\.7\.1 Client host \[203\.0\.113\.5\]$/m);
  assert.match(text, /^RCPT TO <user-1@example\.net> rejected by MX\.Example\.Net <user-1@example\.net>$/m);
  assert.match(text, /^Microsoft Outlook <postmaster@outlook\.com>$/m);
  assert.match(text, /^Sent from smtp\.example\.org \(user-2@example\.org\)$/m);
  assert.equal(counts.names, 0);
});

test("Outlook forward header and Last, First names are masked", () => {
  const input = [
    "From: Smith, Alice [mailto:alice.smith@example.org]",
    "Sent: Friday, 4 December 2026 10:00",
    "",
    "Delivery has failed to these recipients or groups:",
    "Doe, John (john.doe@example.net)",
    "山田太郎 <taro@example.jp>",
  ].join("\n");
  const { text } = run(input);
  for (const secret of ["Smith", "Alice", "alice", "Doe", "John", "john", "山田太郎", "taro"]) {
    assert.ok(!text.includes(secret), `"${secret}" left in:\n${text}`);
  }
  assert.match(text, /^From: \[name\], \[name\] <user-1@host-1\.example>$/m);
  assert.match(text, /^\[name\] \(user-2@example\.net\)$/m);
  assert.match(text, /^\[name\] <user-3@example\.jp>$/m);
});

test("local part alone masked after its address", () => {
  const input = [
    "Your message to jsmith@example.net couldn't be delivered.",
    "jsmith wasn't found at example.net.",
    "",
    "sender          Office 365          jsmith",
    "Action Required                     Recipient",
    "contact your email admin (admin@example.com) or the jsmith-team list.",
    "Mail for bo@example.net and the bo tree.",
  ].join("\n");
  const { text } = run(input);
  assert.doesNotMatch(text, /\bjsmith\b(?!-team)/);
  assert.match(text, /^user-1 wasn't found at example\.net\.$/m);
  assert.match(text, /Office 365 {10}user-1$/m);
  // Common words, short local parts and longer words are kept.
  assert.match(text, /your email admin \(/);
  assert.match(text, /jsmith-team list/);
  assert.match(text, /the bo tree/);
  assert.match(text, /^Action Required/m);
});

test("a masked name is masked where it recurs", () => {
  const input = [
    "Your message to John Smith couldn't be delivered.",
    "John Smith wasn't found at example.org.",
    "",
    "Delivery has failed to these recipients or groups:",
    "John Smith (john.smith@example.org)",
    "From: Doe, Jane <jane@example.net>",
    "Jane wrote that Doe Street is closed; Mail Delivery failed.",
  ].join("\n");
  const { text } = run(input);
  assert.ok(!/John|Smith|Jane|Doe/.test(text), text);
  assert.match(text, /^Your message to \[name\] couldn't be delivered\.$/m);
  assert.match(text, /Mail Delivery failed\.$/m);
});

test("a name whose first word is the local part is masked whole", () => {
  const input = "To: Bob Smith <bob@example.net>\n\nDear Bob Smith, your message could not be delivered.\nbob smith <bob@example.net> wrote:";
  const { text } = run(input);
  assert.ok(!/Smith|smith/.test(text), text);
  assert.match(text, /^Dear \[name\], your message/m);
});

test("each part of a known name is masked", () => {
  const input = "To: Carol Diaz <carol.d@example.net>\n\nHi Carol, hi Diaz, Carol Diaz. DIAZ, carol's file.";
  const { text, counts } = run(input);
  assert.ok(!/carol|diaz/i.test(text.replace(/user-\d/g, "")), text);
  assert.match(text, /^Hi \[name\], hi \[name\], \[name\]\. \[name\], \[name\]'s file\.$/m);
  // The header's name and five uses in the text.
  assert.equal(counts.names, 6);
});

test("lowercase name before an address is masked", () => {
  const cases = [
    ["The message to dave brown <dave@example.org> failed", "The message to [name] <user-1@example.org> failed"],
    ["Mail to ana lópez (ana@example.es) bounced", "Mail to [name] (user-1@example.es) bounced"],
    ["Sent to zoë <zoë.k@example.org>.", "Sent to [name] <user-1@example.org>."],
  ];
  for (const [input, expected] of cases) {
    const { text, counts } = run(`${input}\nLater: ${input.split(" <")[0].split(" (")[0].split(" ").slice(-2).join(" ")} again.`);
    assert.equal(text.split("\n")[0], expected);
    assert.ok(counts.names >= 2, `${input}: ${counts.names}`);
    assert.doesNotMatch(text.split("\n")[1], /brown|lópez|zoë/, input);
  }
});

test("ordinary words before an address stay", () => {
  const input = [
    "550 5.1.1 unknown user <dave@example.org>",
    "\tfor <dave@example.org>; Fri, 4 Dec 2026 10:00:00 +0000",
    "\t(envelope-from <carol@example.net>)",
    "\twith ESMTP id <abc123@mx.example.org>",
    "Mail to this mailing list <cats@example.org> failed.",
    "Your Message Could Not Be Delivered, see RCPT TO <dave@example.org>",
    "Please Contact Support Now.",
  ].join("\n");
  const { text, counts } = run(input);
  assert.equal(counts.names, 0, text);
  assert.match(text, /^550 5\.1\.1 unknown user <user-1@example\.org>$/m);
  assert.match(text, /^Please Contact Support Now\.$/m);
  assert.match(text, /this mailing list <user-\d@example\.org>/);
});

test("common words and organisations in names stay", () => {
  const input = [
    "From: Alice Private <alice@example.com>",
    "Cc: Rackspace FBL Service <fbl@example.net>",
    "To: Jo Li <jo.li@example.org>",
    "",
    "This is private, Alice. It will be retried.",
    "This is a Rackspace report.",
    "<li>Hi Jo</li> and JO stays, as does the mx.alice.example.net host.",
  ].join("\n");
  const { text } = run(input);
  assert.match(text, /^This is private, \[name\]\. It will be retried\.$/m);
  assert.match(text, /^This is a Rackspace report\.$/m);
  assert.match(text, /^<li>Hi \[name\]<\/li> and JO stays, as does the mx\.alice\.example\.net host\.$/m);
});

test("comment name is masked where it recurs", () => {
  const { text } = run("To: dave.brown@example.org (Dave Brown)\n\nDear Dave, Brown family");
  assert.match(text, /^Dear \[name\], \[name\] family$/m);
});

// Many distinct addresses and names: each one must still be masked where
// it is written alone, with its own token, however many others there are.
test("thousands of lone local parts masked", () => {
  const locals = Array.from({ length: 3000 }, (_, i) => `r${i}.user`);
  const input = locals.flatMap((l) => [`<${l}@example.org>: 550 5.1.1 User unknown`, `${l} wasn't found at example.org.`]).join("\n");
  const { text } = run(input);
  const lines = text.split("\n");
  for (let i = 0; i < locals.length; i++) {
    const address = /^<(user-\d+)@example\.org>/.exec(lines[2 * i]);
    assert.ok(address, lines[2 * i]);
    assert.equal(lines[2 * i + 1], `${address[1]} wasn't found at example.org.`);
  }
  assert.ok(!/r\d+\.user/.test(text), "a local part is left");
});

test("longest overlapping match is masked", () => {
  const input = [
    "To: Ann Lee <ann.lee@example.net>, Ann Leeson <lee@example.net>",
    "ann.lee and ann.lee.x and lee.ann left.",
    "Dear Ann Leeson and Ann  Lee, and ANN\tLEE.",
  ].join("\n");
  const { text } = run(input);
  const lines = text.split("\n");
  assert.match(lines[1], /^user-1 and ann\.lee\.x and lee\.ann left\.$/);
  assert.equal(lines[2], "Dear [name] and [name], and [name].");
});

test("local part and name kept inside longer words", () => {
  const input = [
    "To: Maria Olsen <molsen@example.net>",
    "molsen2 xmolsen molsen.example.com molsen-team Mariana Olsens",
  ].join("\n");
  const { text } = run(input);
  const body = text.split("\n")[1];
  for (const kept of ["molsen2", "xmolsen", "molsen.example.com", "molsen-team", "Mariana", "Olsens"]) {
    assert.ok(body.includes(kept), `"${kept}" is masked in: ${body}`);
  }
});

test("non-ASCII names masked in any case", () => {
  const input = [
    "To: Jörg Müller <jörg.müller@example.de>, 山田太郎 <taro@example.jp>",
    "JÖRG MÜLLER wrote; jörg.müller was not found; 山田太郎 too.",
  ].join("\n");
  const { text } = run(input);
  assert.ok(!/jörg|müller|山田/i.test(text), text);
});

test("mail system's own sender names stay", () => {
  const input = [
    "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)",
    "To: ana@example.com",
    "",
    "From: \"Courier mail server at mx.example.net\" <@>",
    "To: ana@example.com",
    "",
    "From: bob@example.net (Bob Jones)",
  ].join("\n");
  const { text } = run(input);
  assert.match(text, /\(Mail Delivery System\)/);
  assert.match(text, /"Courier mail server at [^"]+" <@>/);
  assert.doesNotMatch(text, /Bob Jones/);
});
