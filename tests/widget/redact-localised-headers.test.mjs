// A bounce that the user forwards or copies from Outlook starts with a
// header block in the user's language ("Von:", "An:", "Betreff:"). Its
// To field names the user, so the redaction must find the user's own
// domain there as it does in an English block, and mask it everywhere.
import { test } from "node:test";
import assert from "node:assert/strict";

import { findSenderDomains, redact } from "../../www/widget/redact.js";

// The header block of an Outlook NDR in one language: From, date, To and
// Subject field names, with the NDR prefix of that language's subject.
const BLOCKS = [
  ["German", "Von", "Gesendet", "An", "Betreff", "Unzustellbar"],
  ["French", "De ", "Envoyé ", "À ", "Objet ", "Non remis "],
  ["Spanish", "De", "Enviado el", "Para", "Asunto", "No se puede entregar"],
  ["Italian", "Da", "Inviato", "A", "Oggetto", "Non recapitabile"],
  ["Portuguese", "De", "Enviado", "Para", "Assunto", "Não entregue"],
  ["Dutch", "Van", "Verzonden", "Aan", "Onderwerp", "Onbestelbaar"],
  ["Polish", "Od", "Wysłano", "Do", "Temat", "Niedostarczalne"],
  ["Swedish", "Från", "Skickat", "Till", "Ämne", "Kan inte levereras"],
];

/** Builds an NDR that starts with the header block of one row of BLOCKS. */
function localisedNdr([, from, sent, to, subject, prefix]) {
  return [
    `${from}: Microsoft Outlook <postmaster@kanzlei-mueller.example.com>`,
    `${sent}: 01.12.2026 10:00`,
    `${to}: Sabine Schröder <sabine.schroeder@kanzlei-mueller.example.com>`,
    `${subject}: ${prefix}: Vertrag Hoffmann`,
    "",
    "hj@example.net",
    "Remote Server returned '550 5.1.1 User unknown'",
    "",
    "Generating server: mail.kanzlei-mueller.example.com",
  ].join("\n");
}

test("localised To gives sender domain", () => {
  for (const block of BLOCKS) {
    const lines = localisedNdr(block).split("\n");
    assert.deepEqual(findSenderDomains(lines), ["kanzlei-mueller.example.com"], block[0]);
  }
});

test("own domain masked under localised block", () => {
  for (const block of BLOCKS) {
    const { text } = redact(localisedNdr(block));
    assert.doesNotMatch(text, /kanzlei-mueller/, `${block[0]}:\n${text}`);
    assert.match(text, /^[^\n:]+: \[name\] <user-1@host-1\.example>$/m, `${block[0]}: To line:\n${text}`);
    assert.match(text, /<postmaster@host-1\.example>/, `${block[0]}: From line:\n${text}`);
    assert.match(text, /^Generating server: host-2\.example$/m, `${block[0]}: server line:\n${text}`);
    assert.match(text, /^user-2@example\.net$/m, `${block[0]}: recipient:\n${text}`);
  }
});

test("localised subject masked in every language", () => {
  for (const block of BLOCKS) {
    const { text } = redact(localisedNdr(block));
    assert.doesNotMatch(text, /Vertrag|Hoffmann/, `${block[0]}:\n${text}`);
  }
});

test("fullwidth colon block masked and kept", () => {
  const ndr = [
    "发件人：Microsoft Outlook <postmaster@lvshi.example.com>",
    "发送时间：2026年12月1日 10:00",
    "收件人：王芳 <wang.fang@lvshi.example.com>",
    "主题：无法投递: 合同",
    "",
    "li.lei@example.net",
    "Remote Server returned '550 5.1.1 User unknown'",
  ].join("\n");
  assert.deepEqual(findSenderDomains(ndr.split("\n")), ["lvshi.example.com"]);
  const { text } = redact(ndr);
  assert.doesNotMatch(text, /lvshi/, text);
  assert.match(text, /^收件人：\[name\] <user-1@host-1\.example>$/m, text);
  assert.match(text, /^发件人：Microsoft Outlook <postmaster@host-1\.example>$/m, text);
});

test("localised To further down is recipient", () => {
  // Below the bounce's own headers, a To field names the failed
  // recipient, as in English, and a From field the sender.
  const lines = [
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>",
    "To: me@acme.example.com",
    "",
    "An: Bob <bob@partner.example.org>",
    "Von: Ich <me@acme-mail.example.com>",
    "À : Carol <carol@other.example.org>",
  ];
  assert.deepEqual(findSenderDomains(lines), ["acme.example.com", "acme-mail.example.com"]);
});

test("lowercase label in prose ignored", () => {
  const lines = ["an: sabine@kanzlei.example.com", "para: bob@example.org"];
  assert.deepEqual(findSenderDomains(lines), []);
});

test("quoted localised From gives sender domain", () => {
  const lines = ["Delivery failed.", "", "> Von: Sabine <sabine@kanzlei.example.com>", "> An: bob@example.org"];
  assert.deepEqual(findSenderDomains(lines), ["kanzlei.example.com"]);
});

test("localised To without From is recipient", () => {
  // Chinese and Japanese NDRs name the failed recipient this way in
  // their text, which a paste may start with.
  for (const line of ["收件人：bob@example.net", "宛先：bob@example.net", "An: bob@example.net"]) {
    assert.deepEqual(findSenderDomains([line, "550 5.1.1 User unknown"]), [], line);
    assert.match(redact(line).text, /@example\.net$/, line);
  }
});
