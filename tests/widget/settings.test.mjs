// Unit tests for portal settings, IP ranges, portal advice and who-acts
// notes. Reports here are built from the real WASM module's output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";
import { inRange, parseCidr, parseIp } from "../../www/widget/ip.js";
import { adviseRecipients } from "../../www/widget/portal.js";
import { composeNote, noteText } from "../../www/widget/notes.js";
import { SettingsError, validateSettings } from "../../www/widget/settings.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const COMCAST = (ip) =>
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net " +
  `${ip} found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010`;

function errorsOf(settings) {
  try {
    validateSettings(settings);
  } catch (e) {
    assert.ok(e instanceof SettingsError, `expected SettingsError, got ${e}`);
    return e.errors;
  }
  assert.fail("settings were accepted");
}

test("IPv4 and IPv6 ranges match", () => {
  const cases = [
    ["192.0.2.0/24", "192.0.2.255", true],
    ["192.0.2.0/24", "192.0.3.0", false],
    ["192.0.2.128/25", "192.0.2.127", false],
    ["192.0.2.7", "192.0.2.7", true],
    ["2001:db8::/32", "2001:db8:ffff::1", true],
    ["2001:db8::/32", "2001:db9::1", false],
    ["2001:db8:25::/48", "2001:DB8:25:0:0:0:0:9", true],
    ["192.0.2.0/24", "::ffff:192.0.2.9", true],
    ["0.0.0.0/0", "203.0.113.1", true],
    ["::/0", "203.0.113.1", false],
  ];
  for (const [range, ip, expected] of cases) {
    assert.equal(inRange(parseIp(ip), parseCidr(range)), expected, `${ip} in ${range}`);
  }
});

test("IP parser rejects look-alikes", () => {
  for (const text of ["15.1.669.32.1", "1.2.3", "01.2.3.4", "256.0.0.1", "1::2::3", "fe80::1%eth0", "5.7.1", ""]) {
    assert.equal(parseIp(text), null, text);
  }
});

test("empty settings are valid", () => {
  const s = validateSettings(undefined);
  assert.deepEqual(s.sendingIps, []);
  assert.deepEqual(s.contacts, {});
});

test("validated settings are frozen", () => {
  const settings = validateSettings({
    sendingIps: ["192.0.2.0/24"],
    contacts: { admin: { name: "Mail team", email: "postmaster@example.com" } },
  });
  assert.throws(() => settings.sendingIps.push("198.51.100.0/24"), TypeError);
  assert.throws(() => { settings.name = "Other"; }, TypeError);
  assert.ok(Object.isFrozen(settings.contacts.admin));
  assert.ok(Object.isFrozen(settings.ranges));
  assert.deepEqual(settings.sendingIps, ["192.0.2.0/24"]);
});

test("validated ranges cannot be edited", () => {
  const settings = validateSettings({ sendingIps: ["198.51.100.0/24"] });
  const ip = parseIp("192.0.2.51");
  const bytes = settings.ranges[0].bytes;
  assert.throws(() => {
    bytes[0] = 192;
  }, TypeError);
  assert.throws(() => {
    bytes[2] = 2;
  }, TypeError);
  assert.ok(Object.isFrozen(bytes));
  assert.equal(settings.ranges.some((range) => inRange(ip, range)), false);
  assert.ok(inRange(parseIp("198.51.100.7"), settings.ranges[0]));
});

test("bad fields are each named", () => {
  const errors = errorsOf({
    name: "",
    sendingIps: ["192.0.2.0/24", "192.0.2.0/33", 7, "mail.example.com"],
    domains: ["ok.example.com", "not a domain"],
    contacts: { admin: { email: "nope" }, boss: { name: "x" }, you: { name: "Help", fax: "1" } },
    explanations: { "5.1.1": { whoActs: "someone", steps: [] }, "bad key!": {} },
    colour: "red",
  });
  const fields = errors.map((e) => e.field);
  assert.deepEqual(fields.sort(), [
    "colour",
    "contacts.admin",
    "contacts.admin.email",
    "contacts.boss",
    "contacts.you.fax",
    "domains[1]",
    'explanations["5.1.1"].steps',
    'explanations["5.1.1"].whoActs',
    'explanations["bad key!"]',
    "name",
    "sendingIps[1]",
    "sendingIps[2]",
    "sendingIps[3]",
  ].sort());
  const prefix = errors.find((e) => e.field === "sendingIps[1]");
  assert.match(prefix.message, /prefix length 33 is out of range for IPv4/);
});

test("error message lists every field", () => {
  try {
    validateSettings({ sendingIps: "192.0.2.0/24" });
    assert.fail("accepted");
  } catch (e) {
    assert.match(e.message, /sendingIps: expected an array of strings, got "192\.0\.2\.0\/24"/);
  }
});

test("link must be a web URL", () => {
  const errors = errorsOf({ explanations: { BL000010: { link: { label: "x", url: "javascript:alert(1)" } } } });
  assert.equal(errors[0].field, 'explanations["BL000010"].link');
});

test("own range turns removal into contact", () => {
  const settings = validateSettings({
    name: "Example Mail",
    sendingIps: ["192.0.2.0/24"],
    contacts: { admin: { name: "Example Mail support", email: "support@example.com" } },
  });
  const [own] = adviseRecipients(explain(COMCAST("192.0.2.5")), settings);
  assert.deepEqual(own.ownServer, { ip: "192.0.2.5", by: "range" });
  assert.equal(own.explanation.who_acts, "admin");
  assert.equal(own.contact.email, "support@example.com");
  const [other] = adviseRecipients(explain(COMCAST("203.0.113.5")), settings);
  assert.equal(other.ownServer, null);
});

test("own IPv6 range is recognised", () => {
  const settings = validateSettings({ sendingIps: ["2001:db8:25::/48"] });
  const own = explain("550 5.7.1 Service unavailable; Client host [2001:db8:25::7] blocked using zen.spamhaus.org");
  assert.equal(own.recipients[0].sender_ip, "2001:db8:25::7");
  assert.deepEqual(adviseRecipients(own, settings)[0].ownServer, { ip: "2001:db8:25::7", by: "range" });
  const other = explain("550 5.7.1 Service unavailable; Client host [2001:db8:26::7] blocked using zen.spamhaus.org");
  assert.equal(adviseRecipients(other, settings)[0].ownServer, null);
});

test("own domain next to the IP counts", () => {
  const settings = validateSettings({ domains: ["example.com"] });
  const report = explain(
    "550 5.7.1 Service unavailable; Client host out1.mail.example.com[203.0.113.9] blocked using zen.spamhaus.org",
  );
  const r = report.recipients[0];
  assert.equal(r.sender_ip, "203.0.113.9", JSON.stringify(r.sender_ip_source));
  assert.deepEqual(adviseRecipients(report, settings)[0].ownServer, { ip: "203.0.113.9", by: "domain" });
});

test("own domain with trailing dot counts", () => {
  // A fully qualified name ends in a dot, as some MTAs print it.
  const settings = validateSettings({ domains: ["mail.example.com", "Example.ORG."] });
  assert.deepEqual(settings.domains, ["mail.example.com", "example.org"]);
  const own = [
    ["mail.example.com.[198.51.100.9]", "198.51.100.9"],
    ["mail.example.com. [198.51.100.9]", "198.51.100.9"],
    ["MAIL.EXAMPLE.COM.(198.51.100.9)", "198.51.100.9"],
    ["out2.example.org.[IPv6:2001:db8::25]", "2001:db8::25"],
  ];
  for (const [host, ip] of own) {
    const report = explain(`554 5.7.1 Service unavailable; Client host ${host} blocked using zen.spamhaus.org`);
    assert.equal(report.recipients[0].sender_ip, ip, host);
    assert.deepEqual(adviseRecipients(report, settings)[0].ownServer, { ip, by: "domain" }, host);
  }
  // A dot does not make another domain one of the portal's.
  const other = explain(
    "554 5.7.1 Service unavailable; Client host mail.example.net.[198.51.100.9] blocked using zen.spamhaus.org",
  );
  assert.equal(adviseRecipients(other, settings)[0].ownServer, null);
});

test("own IDN domain in either form counts", () => {
  // An operator may type the domain in Unicode or in punycode, and an
  // SMTPUTF8 MTA may write either form next to the IP.
  for (const domain of ["bücher.example", "xn--bcher-kva.example", "BÜCHER.example."]) {
    const settings = validateSettings({ domains: [domain] });
    assert.deepEqual(settings.domains, ["xn--bcher-kva.example"], domain);
    for (const host of ["mail.bücher.example", "mail.xn--bcher-kva.example", "MAIL.XN--BCHER-KVA.EXAMPLE"]) {
      const report = explain(`554 5.7.1 Service unavailable; Client host ${host}[203.0.113.45] blocked using zen.spamhaus.org`);
      assert.equal(report.recipients[0].sender_ip, "203.0.113.45", host);
      const advice = adviseRecipients(report, settings)[0];
      assert.deepEqual(advice.ownServer, { ip: "203.0.113.45", by: "domain" }, `${domain} / ${host}`);
    }
  }
  const other = explain("554 5.7.1 Service unavailable; Client host mail.bucher.example[203.0.113.45] blocked using zen.spamhaus.org");
  assert.equal(adviseRecipients(other, validateSettings({ domains: ["bücher.example"] }))[0].ownServer, null);
});

test("invalid IDN domain rejected", () => {
  const errors = errorsOf({ domains: ["xn--a.example", "bü cher.example"] });
  assert.deepEqual(errors.map((e) => e.field), ["domains[0]", "domains[1]"]);
});

test("override keys from most to least specific", () => {
  const report = explain(COMCAST("203.0.113.5"));
  const pick = (explanations) => adviseRecipients(report, validateSettings({ explanations }))[0];
  assert.equal(pick({ "554": { what: "reply" }, "5.7.1": { what: "status" } }).explanation.what, "status");
  assert.equal(pick({ "5.7.1": { what: "status" }, BL000010: { what: "code" } }).explanation.what, "code");
  assert.equal(pick({ BL000010: { what: "code" }, "comcast/BL000010": { what: "both" } }).explanation.what, "both");
  const merged = pick({ BL000010: { why: "Our words.", whoActs: "you" } });
  assert.equal(merged.override, "BL000010");
  assert.equal(merged.explanation.why, "Our words.");
  assert.equal(merged.explanation.who_acts, "you");
  assert.equal(merged.explanation.what, report.recipients[0].explanation.what);
});

test("note to the portal quotes IP and codes", () => {
  const settings = validateSettings({
    name: "Example Mail",
    sendingIps: ["192.0.2.0/24"],
    contacts: { admin: { name: "Example Mail support", email: "support@example.com" } },
  });
  const report = explain(COMCAST("192.0.2.5"));
  const note = composeNote(report.recipients[0], adviseRecipients(report, settings)[0], settings);
  assert.equal(note.party, "portal");
  assert.equal(note.to, "Example Mail support <support@example.com>");
  const text = noteText(note);
  assert.match(text, /192\.0\.2\.5, which is one of Example Mail's sending servers/);
  assert.match(text, /Codes: reply code 554, enhanced status code 5\.7\.1, Comcast code BL000010/);
  assert.match(text, /found on one or more DNSBLs/);
});

test("recipient failure goes to their postmaster", () => {
  const report = explain("554 5.4.6 <bob@partner.example>: Hop count exceeded - possible mail loop");
  const r = report.recipients[0];
  const settings = validateSettings({});
  const note = composeNote(r, adviseRecipients(report, settings)[0], settings);
  assert.equal(note.party, "recipient");
  assert.equal(note.to, "Postmaster <postmaster@partner.example>");
  assert.match(note.body, /your server refused it/);
});

// A postmaster does not act on one user's full mailbox or disabled
// account; the card tells the user to reach the recipient directly.
test("recipient's own mailbox gets no postmaster note", () => {
  const replies = [
    "552-5.2.2 The recipient's inbox is out of storage space and inactive. <dave@example.net>",
    "550 5.2.2 <bob@partner.example>: mailbox full",
    "550 5.2.1 <bob@partner.example>: The email account that you tried to reach is disabled",
  ];
  for (const settings of [validateSettings({}), validateSettings({ explanations: { "5.2.2": { whoActs: "recipient" } } })]) {
    for (const reply of replies) {
      const report = explain(reply);
      const r = report.recipients[0];
      const advice = adviseRecipients(report, settings)[0];
      assert.equal(advice.explanation.who_acts, "recipient", reply);
      assert.equal(composeNote(r, advice, settings), null, reply);
    }
  }
});

// Unknown-address cards name the user, who gets no note, so these
// settings hand 5.1.1 to the administrator to get one.
const UNKNOWN_TO_ADMIN = { explanations: { "5.1.1": { whoActs: "admin" } } };

test("note holds nothing beyond the bounce", () => {
  const report = explain("550 5.1.1 <bob@partner.example>: Recipient address rejected: User unknown");
  const settings = validateSettings(UNKNOWN_TO_ADMIN);
  const note = composeNote(report.recipients[0], adviseRecipients(report, settings)[0], settings);
  const addresses = noteText(note).match(/[\w.+-]+@[\w.-]+/g) ?? [];
  assert.deepEqual([...new Set(addresses)], ["bob@partner.example"]);
});

test("note states whether the server still retries", () => {
  const settings = validateSettings(UNKNOWN_TO_ADMIN);
  const cases = [
    ["450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.5]", /temporary, still retried/],
    [
      "This is a permanent error; I've given up.\n<bob@partner.example>: 452 4.3.1 Insufficient system storage\n",
      /temporary, no longer retried/,
    ],
    ["550 5.1.1 <bob@partner.example>: Recipient address rejected: User unknown", /permanent$/m],
  ];
  for (const [text, expected] of cases) {
    const report = explain(text);
    const note = composeNote(report.recipients[0], adviseRecipients(report, settings)[0], settings);
    assert.match(note.body, /^Temporary or permanent: /m, text);
    assert.match(note.body.match(/^Temporary or permanent: .*$/m)[0], expected, text);
  }
});
