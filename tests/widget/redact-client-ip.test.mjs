// Unit tests for masking the address of the user's own computer: the
// headers that webmail front ends, hosting panels and proxies add to name
// it, and the IPv6 forms that reverse-DNS names and address literals
// give it.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

const TOP = [
  "From: Mail Delivery System <MAILER-DAEMON@mail.example.com>",
  "To: ana@example.com",
  "Subject: Undelivered Mail Returned to Sender",
  "",
  "<ravi@example.net>: host mx.example.net[203.0.113.10] said: 550 5.7.1 Client host",
  "    [192.0.2.25] blocked using zen.spamhaus.org (in reply to RCPT TO command)",
  "",
  "--- returned message headers",
];
const bounce = (...returned) => [...TOP, ...returned, "From: Ana <ana@example.com>", "Subject: hi"].join("\n");

test("Microsoft 365, cPanel and proxy client IP headers", () => {
  const cases = {
    "X-MS-Exchange-Organization-OriginalClientIPAddress": "198.51.100.61",
    "X-MS-Exchange-CrossPremises-OriginalClientIPAddress": "198.51.100.62",
    "X-Source-IP": "198.51.100.63",
    "X-Real-IP": "198.51.100.64",
    "X-Forwarded-For": "198.51.100.65",
    "x-real-ip": "2001:db8:7::64",
    "X-Yahoo-Post-IP": "203.0.113.66",
    "X-SenderIP": "[203.0.113.67]",
    "X-Originating-Client-IP": "198.51.100.68",
    // With the client's port, as a proxy may write it.
    "X-Client-IP": "198.51.100.69:4431",
  };
  for (const [name, ip] of Object.entries(cases)) {
    const { text, counts } = redact(bounce(`${name}: ${ip}`));
    assert.ok(!text.includes(ip.replace(/[[\]]/g, "")), `${name}: ${text}`);
    assert.match(text, new RegExp(`^${name}: \\[client-ip\\]$`, "m"), name);
    assert.equal(counts.ips, 1, name);
    // The relay and the IP named in the reply stay.
    assert.match(text, /mx\.example\.net\[203\.0\.113\.10\]/);
    assert.match(text, /\[192\.0\.2\.25\]/);
  }
});

test("header client IP masked where it recurs", () => {
  const text = redact(
    bounce(
      "X-Source-IP: 198.51.100.71",
      "X-Source-Sender: c-198-51-100-71.hsd1.example.net ([10.0.1.115]) [198.51.100.71]:53986",
      "Received: from c-198-51-100-71.hsd1.example.net ([198.51.100.71]:53986) by host.example.org",
    ),
  ).text;
  assert.ok(!/198\.51\.100\.71|198-51-100-71/.test(text), text);
  assert.match(text, /^X-Source-Sender: c-\[client-ip\]\.hsd1\.example\.net \(\[10\.0\.1\.115\]\) \[\[client-ip\]\]:53986$/m);
});

test("X-Forwarded-For keeps the proxies", () => {
  const text = redact(bounce("X-Forwarded-For: 198.51.100.72, 203.0.113.80, 203.0.113.81")).text;
  assert.match(text, /^X-Forwarded-For: \[client-ip\], 203\.0\.113\.80, 203\.0\.113\.81$/m);
});

test("X-Forwarded-For with email addresses", () => {
  const text = redact(bounce("X-Forwarded-For: ravi@example.net ana@example.com")).text;
  assert.doesNotMatch(text, /client-ip/);
  assert.doesNotMatch(text, /ravi@|ana@/);
});

test("IP to quote kept in client IP headers", () => {
  const { text } = redact(bounce("X-Source-IP: 192.0.2.25", "X-Real-IP: [192.0.2.25]"), { keepIps: ["192.0.2.25"] });
  assert.match(text, /^X-Source-IP: 192\.0\.2\.25$/m);
  assert.match(text, /^X-Real-IP: \[192\.0\.2\.25\]$/m);
  assert.doesNotMatch(text, /client-ip/);
});

test("IPv6 client's rDNS name masked", () => {
  const cases = [
    // Dashes for colons and "--" for "::".
    ["2001:db8:aa::5", "2001-db8-aa--5.ip6.example.net"],
    // Every group written, without and with leading zeros.
    ["2001:db8:aa::5", "2001-db8-aa-0-0-0-0-5.dyn.example.org"],
    ["2001:db8:aa::5", "host-2001-0db8-00aa-0000-0000-0000-0000-0005.example.org"],
    // The 32 hex digits run together.
    ["2001:db8:ab::6", "v6-20010db800ab00000000000000000006.example.net"],
    // The reversed nibbles of the ip6.arpa name.
    ["2001:db8:ab::6", "6.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.b.a.0.0.8.b.d.0.1.0.0.2.ip6.arpa"],
  ];
  for (const [ip, name] of cases) {
    const text = redact(bounce(`Received: from laptop (${name} [${ip}])`, "\tby smtp.example.com with ESMTPSA id 123")).text;
    assert.ok(!text.includes(ip), text);
    const digits = name.replace(/^[a-z0-9]*-(?=2001)/, "").replace(/\.(?:ip6|dyn|example)\..*$/, "");
    assert.ok(!text.toLowerCase().includes(digits.toLowerCase()), `${name}: ${text}`);
    assert.match(text, /\[client-ip\]/);
  }
});

test("rDNS name of another IPv6 address kept", () => {
  const text = redact(
    bounce("X-Originating-IP: [2001:db8:aa::5]", "Received: from relay.example.org (2001-db8-aa--55.ip6.example.net [2001:db8:aa::55])", "\tby smtp.example.com with ESMTP id 123"),
  ).text;
  assert.match(text, /2001-db8-aa--55\.ip6\.example\.net/);
});

test("IPv6 address literal masked whole", () => {
  const text = redact(
    bounce(
      "Received: from [IPv6:2001:db8:aa::5] (2001-db8-aa--5.ip6.example.net [IPv6:2001:db8:aa::5])",
      "\tby smtp.example.com (Postfix) with ESMTPSA id 123",
      "Received: from [IPv6:2001:db8:ff::9] by relay.example.net with ESMTP id 9",
    ),
  ).text;
  assert.match(text, /^Received: from \[client-ip\] \(\[client-name\] \[client-ip\]\)$/m);
  assert.doesNotMatch(text, /IPv\[/);
  // A relay's literal in an unauthenticated hop is no client address.
  assert.match(text, /from \[IPv6:2001:db8:ff::9\] by relay/);
});

test("IPv4-mapped client address masked", () => {
  const text = redact(
    bounce(
      "X-Originating-IP: [::ffff:198.51.100.90]",
      "Received: from c-198-51-100-90.hsd1.example.net ([198.51.100.90]) by mail.example.com",
    ),
  ).text;
  assert.ok(!/198\.51\.100\.90|198-51-100-90/.test(text), text);
  assert.match(text, /^X-Originating-IP: \[client-ip\]$/m);
  assert.match(text, /from c-\[client-ip\]\.hsd1\.example\.net \(\[\[client-ip\]\]\)/);
});
