// Unit tests for subjects in the JSON events of sending services (Amazon
// SES, Postmark, SendGrid, Mailgun), and for addresses whose domain is an
// address literal ("jane.roe@[192.0.2.4]").
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

test("subject keys of sending-service events masked", () => {
  const events = [
    // Amazon SES: mail.commonHeaders.subject
    '{"notificationType":"Bounce","mail":{"source":"clinic@example.org","commonHeaders":{"from":["clinic@example.org"],"subject":"Lab results for appointment 4417"}}}',
    // Postmark
    '{"RecordType":"Bounce","Email":"amy@example.com","Subject":"Lab results for appointment 4417","MessageStream":"outbound"}',
    // SendGrid
    '[{"email":"amy@example.com","event":"bounce","subject":"Lab results for appointment 4417","status":"5.1.1"}]',
    // Mailgun: message.headers.subject
    '{"event":"failed","message":{"headers":{"to":"amy@example.com","subject":"Lab results for appointment 4417"}},"delivery-status":{"code":550}}',
    // Pretty-printed, key in capitals
    '{\n  "SUBJECT" : "Lab results for appointment 4417",\n  "status": "5.1.1"\n}',
  ];
  for (const event of events) {
    const { text, counts } = redact(event);
    assert.doesNotMatch(text, /appointment|4417/, event);
    assert.match(text, /"subject"\s*:\s*"\[subject\]"/i, event);
    assert.equal(counts.subjects, 1, event);
    assert.doesNotThrow(() => JSON.parse(text), event);
  }
});

test("SES headers array Subject value masked, one line or pretty-printed", () => {
  const compact =
    '{"mail":{"headers":[{"name":"From","value":"clinic@example.org"},{"name":"Subject","value":"Refill"}],"commonHeaders":{"subject":"Refill"}}}';
  const compactOut = redact(compact);
  assert.doesNotMatch(compactOut.text, /Refill/);
  assert.equal(compactOut.counts.subjects, 2);
  assert.doesNotThrow(() => JSON.parse(compactOut.text));

  const pretty = [
    "{",
    '  "headers": [',
    '    { "name": "subject",',
    '      "value": "Loan account 4417 in default" }',
    "  ],",
    '  "note": "Loan account 4417 in default"',
    "}",
  ].join("\n");
  const prettyOut = redact(pretty);
  assert.doesNotMatch(prettyOut.text, /4417/);
  assert.equal(prettyOut.counts.subjects, 2);
});

test("escaped quotes inside a JSON subject do not end it", () => {
  const event = '{"Email":"amy@example.com","Subject":"Re: \\"Divorce papers\\", signed copy","Details":"smtp;550 5.1.1 user unknown"}';
  const { text, counts } = redact(event);
  assert.doesNotMatch(text, /Divorce|signed copy/);
  assert.equal(JSON.parse(text).Subject, "[subject]");
  assert.match(text, /550 5\.1\.1 user unknown/);
  assert.equal(counts.subjects, 1);
});

test("SES event wrapped as a string in an SNS message masked", () => {
  const inner = JSON.stringify({ notificationType: "Bounce", mail: { commonHeaders: { subject: 'Invoice "4417", overdue' } } });
  const sns = JSON.stringify({ Type: "Notification", Message: inner });
  const { text, counts } = redact(sns);
  assert.doesNotMatch(text, /Invoice|4417|overdue/);
  assert.equal(JSON.parse(JSON.parse(text).Message).mail.commonHeaders.subject, "[subject]");
  assert.equal(counts.subjects, 1);
});

test("JSON subject masked where it recurs in a raw message", () => {
  const input = [
    '{"Subject":"Payment plan for Greenfield Ltd","Details":"smtp;550 5.1.1 user unknown"}',
    "Subject: Payment plan for Greenfield Ltd",
    "Your message Payment plan for Greenfield Ltd couldn't be delivered.",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /Greenfield/);
  assert.equal(counts.subjects, 3);
});

test("other JSON keys that end in subject are left alone", () => {
  const { text } = redact('{"bounceSubType":"General","subjectLine":"Weekly digest","status":"5.1.1"}');
  assert.match(text, /"bounceSubType":"General"/);
  assert.match(text, /"subjectLine":"Weekly digest"/);
});

test("address-literal domain: local part masked, IP kept", () => {
  const input = [
    "<jane.roe@[192.0.2.4]>: host 192.0.2.4[192.0.2.4] said: 550 5.1.1",
    "    <jane.roe@[192.0.2.4]>: Recipient address rejected: User unknown",
    "Final-Recipient: rfc822; omar.khan@[IPv6:2001:db8::4]",
    "omar.khan could not be reached; jane.roe either",
  ].join("\n");
  const { text, counts } = redact(input);
  assert.doesNotMatch(text, /jane\.roe|omar\.khan/);
  assert.equal(text.split("\n")[0], "<user-1@[192.0.2.4]>: host 192.0.2.4[192.0.2.4] said: 550 5.1.1");
  assert.match(text, /<user-1@\[192\.0\.2\.4\]>: Recipient address rejected/);
  assert.match(text, /rfc822; user-2@\[IPv6:2001:db8::4\]/);
  assert.equal(text.split("\n")[3], "user-2 could not be reached; user-1 either");
  assert.equal(counts.emails, 3);
});

test("address-literal sender does not make its IP a masked host", () => {
  const input = ["From: Ops <ops.team@[198.51.100.7]>", "", "550 5.7.1 Service unavailable; client [198.51.100.7] blocked"].join("\n");
  const { text } = redact(input);
  assert.doesNotMatch(text, /ops\.team/);
  assert.match(text, /client \[198\.51\.100\.7\] blocked/);
  assert.match(text, /user-1@\[198\.51\.100\.7\]/);
});
