// Unit tests for the masking of display names in NDR recipient lists:
// classic Exchange, Exchange 2007 and later, Domino and GroupWise, and the
// text of mailto links in HTML parts. Each name is written only in the
// list, not in a header, so nothing else can mask it. Also the address
// lines that NDRs indent or separate with semicolons.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

test("classic Exchange list: every name masked", () => {
  const input = [
    "Your message did not reach some or all of the intended recipients.",
    "",
    "      Sent:\t12/4/2026 9:15 AM",
    "",
    "The following recipient(s) cannot be reached:",
    "",
    "      Carol Diaz on 12/4/2026 9:15 AM",
    "            The e-mail address you entered couldn't be found.",
    "            <mail.example.com #5.1.1 smtp;550 5.1.1 <carol.diaz@example.net>... User unknown>",
    "",
    "      'Tom van der Berg' on 12/4/2026 9:15 AM",
    "            <mail.example.com #5.2.2 smtp;552 5.2.2 Mailbox full>",
    "",
    "      Greta Lind on Fri, 4 Dec 2026 09:15:00 +0100",
    "            Recipient Not Found",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /Carol|Diaz|Tom|Berg|Greta|Lind/);
  assert.match(text, /^ {6}\[name\] on 12\/4\/2026 9:15 AM$/m);
  assert.match(text, /^ {6}'\[name\]' on 12\/4\/2026 9:15 AM$/m);
  assert.match(text, /^ {6}\[name\] on Fri, 4 Dec 2026 09:15:00 \+0100$/m);
  assert.equal(counts.names, 3);
  // The explanation lines and the sent date are kept.
  assert.match(text, /^ {12}The e-mail address you entered couldn't be found\.$/m);
  assert.match(text, /^ {12}Recipient Not Found$/m);
  assert.match(text, /^ {6}Sent:\t12\/4\/2026 9:15 AM$/m);
});

test("Exchange 2010 list: bare and mailto names", () => {
  const input = [
    "Delivery has failed to these recipients or groups:",
    "",
    "Dana Whitfield",
    "The recipient's mailbox is full and can't accept messages now.",
    "",
    "Ola Nordmann<mailto:ola.nordmann@example.org>",
    "Your message wasn't delivered. Despite repeated attempts, the recipient's email system refused it.",
    "",
    "Contact the recipient by some other means (by phone, for example).",
    "",
    "For Email Admins",
    "No connection could be formed with the recipient's email system.",
    "",
    "Diagnostic information for administrators:",
    "",
    "Generating server: mail.example.com",
    "",
    "Sales Report",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /Dana|Whitfield|Ola|Nordmann/);
  assert.match(text, /^\[name\]$/m);
  assert.match(text, /^\[name\]<mailto:user-1@example\.org>$/m);
  assert.equal(counts.names, 2);
  // Ordinary capitalised lines, in the list and after it, are kept.
  assert.match(text, /^For Email Admins$/m);
  assert.match(text, /^Contact the recipient by some other means/m);
  assert.match(text, /^Generating server: mail\.example\.com$/m);
  assert.match(text, /^Sales Report$/m);
});

test("French Exchange list in quoted-printable", () => {
  const input = [
    "Content-Type: text/plain; charset=\"iso-8859-1\"",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    "=C9chec de la remise pour ces destinataires ou groupes :",
    "",
    "Am=E9lie Rousseau<mailto:amelie.rousseau@example.fr>",
    "L'adresse de messagerie que vous avez entr=E9e est introuvable.",
    "",
    "'Luc Martin'",
    "La bo=EEte aux lettres du destinataire est pleine.",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /Am=E9lie|Rousseau|Luc|Martin/);
  assert.match(text, /^\[name\]<mailto:user-1@example\.fr>$/m);
  assert.match(text, /^'\[name\]'$/m);
  assert.equal(counts.names, 2);
  assert.match(text, /^L'adresse de messagerie que vous avez entr=E9e est introuvable\.$/m);
});

test("Domino and GroupWise list entries", () => {
  const domino = [
    "Your message",
    "",
    "  Subject: Budget",
    "",
    "was not delivered to:",
    "",
    "  Nora Quist/Sales/Example@Example",
    "",
    "because:",
    "",
    "  User not listed in Domino Directory",
  ].join("\n");
  const dominoResult = redact(domino);
  assert.doesNotMatch(dominoResult.text, /Nora|Quist/);
  assert.match(dominoResult.text, /^ {2}\[name\]\/Sales\/Example@Example$/m);
  assert.match(dominoResult.text, /^ {2}User not listed in Domino Directory$/m);

  const groupwise = [
    "The message that you sent was undeliverable to the following:",
    "\tpfenwick (user not found)",
    "\tRuth Okafor (mailbox full)",
    "",
    "Possibly truncated original message follows:",
    "",
    "Hello Paul (see below)",
  ].join("\n");
  const groupwiseResult = redact(groupwise);
  assert.doesNotMatch(groupwiseResult.text, /pfenwick|Ruth|Okafor/);
  assert.match(groupwiseResult.text, /^\t\[name\] \(user not found\)$/m);
  assert.match(groupwiseResult.text, /^\t\[name\] \(mailbox full\)$/m);
  assert.equal(groupwiseResult.counts.names, 2);
  assert.match(groupwiseResult.text, /^Hello Paul \(see below\)$/m);
});

// GroupWise names a recipient of its own system by user ID alone, and
// the returned copy's To line holds the whole address. The ID gets that
// address's token, so the redacted copy still pairs them.
test("GroupWise user ID of a known address", () => {
  const text = [
    "The message that you sent was undeliverable to the following:",
    "\tpfenwick (user not found)",
    "",
    "Possibly truncated original message follows:",
    "",
    "To: pfenwick@example.org",
  ].join("\n");
  const result = redact(text);
  assert.doesNotMatch(result.text, /pfenwick/);
  const token = /^To: (user-\d+)@/m.exec(result.text)[1];
  assert.match(result.text, new RegExp(`^\\t${token} \\(user not found\\)$`, "m"));
});

test("HTML mailto link text", () => {
  const input = [
    '<p><a href=3D"mailto:hugo.brandt@example.net">Hugo Brandt</a><br>',
    '<a href="mailto:postmaster@example.net">Postmaster Team</a>',
    '<a href="mailto:ivy@example.net">ivy@example.net</a>',
  ].join("\n");
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /Hugo|Brandt/);
  assert.match(text, />\[name\]<\/a><br>$/m);
  assert.match(text, />Postmaster Team<\/a>$/m);
  assert.match(text, />user-\d@example\.net<\/a>$/m);
  assert.equal(counts.names, 1);
});

test("date line outside lists kept", () => {
  const input = ["Message Sent on 12/4/2026 9:15 AM", "", "Robert Miller", "Unknown Recipient"].join("\n");
  assert.equal(redact(input).text, input);
});

test("classic Exchange indented address lines", () => {
  const input = [
    "Your message",
    "",
    "  To:      Robert Miller; 'Jane Doe'",
    "  Cc:\tGreta Lind",
    "  Subject: Budget",
    "  Sent:    Fri, 4 Dec 2026 09:15:00 +0100",
    "",
    "Jane, Robert and Lind were not reached.",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /Robert|Miller|Jane|Doe|Greta|Lind/);
  assert.match(text, /^ {2}To: {6}\[name\]; \[name\]$/m);
  assert.match(text, /^ {2}Cc:\t\[name\]$/m);
  assert.match(text, /^ {2}Sent: {4}Fri, 4 Dec 2026 09:15:00 \+0100$/m);
  assert.ok(counts.names >= 6);
});

test("semicolon-separated recipients in a header", () => {
  const input = [
    "To: Anna Weber; Carl Berg <carl.berg@example.org>",
    "An: Hans Maier; Petra Schneider",
    "To: undisclosed-recipients:;",
    "Final-Recipient: rfc822;carl.berg@example.org",
    "",
    "Thanks Weber, Berg, Maier and Petra.",
  ].join("\n");
  const { text } = redact(input);
  assert.doesNotMatch(text, /Anna|Weber|Carl|Berg|Hans|Maier|Petra|Schneider/);
  assert.match(text, /^To: \[name\]; \[name\] <user-1@host-1\.example>$/m);
  assert.match(text, /^An: \[name\]; \[name\]$/m);
  assert.match(text, /^To: undisclosed-recipients:;$/m);
  assert.match(text, /^Final-Recipient: rfc822;user-1@host-1\.example$/m);
});

test("Domino unlisted user name", () => {
  const input = [
    "because:",
    "",
    "  User rob.miller (robert.miller@example.net) not listed in Domino Directory",
    "Diagnostic-Code: X-Notes; User Jane Q. Doe (jane@example.net) not listed in public Name & Address Book",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /rob\.miller|Jane|Doe/);
  assert.match(text, /^ {2}User \[name\] \(user-1@example\.net\) not listed in Domino Directory$/m);
  assert.match(text, /X-Notes; User \[name\] \(user-2@example\.net\) not listed/);
  assert.equal(counts.names, 2);
});
