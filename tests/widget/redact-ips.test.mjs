// Unit tests for the IP addresses in a redacted bounce: the sending
// server's IP that a removal request quotes and relay IPs stay, while the
// user's own computer, named by Received and submission headers, is masked.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

const run = (text, options) => redact(text, options);

test("client IP kept when it is the IP to quote", () => {
  const input = "X-Originating-IP: [203.0.113.5]";
  assert.equal(run(input, { keepIps: ["203.0.113.5"] }).text, input);
  assert.equal(run(input).text, "X-Originating-IP: [client-ip]");
});

test("IPv6 addresses are kept", () => {
  const input = "550 5.7.1 [2001:db8::25] blocked by spamhaus";
  assert.equal(run(input).text, input);
});

test("client computer name in Received is masked", () => {
  const input = [
    "Received: from Jos-MacBook-Pro.local (c-203-0-113-9.example.net [203.0.113.9])",
    "\tby smtp.example.net with ESMTPSA id abc",
    "Received: from DESKTOP-JOSMITH ([198.51.100.20]) by mx.example.net",
    "Received: from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])",
    "Received: from localhost (localhost [127.0.0.1])",
    "Received: from unknown (HELO mx.example.net) (198.51.100.3)",
  ].join("\n");
  const { text, counts } = run(input);
  assert.ok(!/Jos-MacBook|JOSMITH/.test(text), text);
  // An authenticated submission (ESMTPSA): its rDNS name and IP are masked too.
  assert.match(text, /^Received: from \[client-name\] \(\[client-name\] \[\[client-ip\]\]\)/);
  // A single-label HELO names a person's computer, so its IP is masked.
  assert.match(text, /^Received: from \[client-name\] \(\[\[client-ip\]\]\) by mx\.example\.net$/m);
  assert.match(text, /from mail-wr1-f41\.google\.com \(mail-wr1-f41\.google\.com/);
  assert.match(text, /from localhost \(localhost/);
  assert.match(text, /from unknown \(HELO mx\.example\.net\) \(198\.51\.100\.3\)/);
  assert.equal(counts.names, 3);
});

test("client IP masked everywhere once a header names it", () => {
  const input = [
    "Received: from [198.51.100.77] (cpe-198-51-100-77.home.example.org [198.51.100.77])",
    "\tby mx.partner.example; Fri, 4 Dec 2026 10:00:00 +0000",
    "X-Originating-IP: [198.51.100.77]",
    "Received: from host77.100.51.198.dyn.example.org ([198.51.100.7])",
  ].join("\n");
  const { text, counts } = run(input);
  assert.doesNotMatch(text, /198[.-]51[.-]100[.-]77|77\.100\.51\.198/);
  assert.match(text, /from \[\[client-ip\]\] \(cpe-\[client-ip\]\.home\.example\.org \[\[client-ip\]\]\)/);
  assert.match(text, /X-Originating-IP: \[client-ip\]/);
  // A different address that shares the first three octets stays.
  assert.match(text, /\[198\.51\.100\.7\]/);
  // The header and four written forms in the Received lines.
  assert.equal(counts.ips, 5);
});

test("client IP to quote stays everywhere", () => {
  const input = "Received: from [203.0.113.5] (c-203-0-113-5.example.org)\nX-Originating-IP: [203.0.113.5]";
  assert.equal(run(input, { keepIps: ["203.0.113.5"] }).text, input);
});

test("client IPv6 address is masked in every written form", () => {
  const input = [
    "X-Originating-IP: [2001:db8::77]",
    "Received: from laptop ([IPv6:2001:DB8:0:0:0:0:0:77]) by mail.example.com",
    "Received: from x ([2001:0db8:0000:0000:0000:0000:0000:0077]) by mail.example.com",
    "Received: from relay.example.org ([2001:db8::78]) by mail.example.com",
  ].join("\n");
  const { text } = run(input);
  assert.ok(!/2001:db8::77|2001:DB8:0:0:0:0:0:77|0077/i.test(text), text);
  // The address literal is masked whole, "IPv6:" included.
  assert.match(text, /^Received: from \[client-name\] \(\[client-ip\]\) by mail\.example\.com$/m);
  assert.match(text, /2001:db8::78/, "another address is kept");
});

test("client IP in hex and zero-padded reverse-DNS names is masked", () => {
  const input = [
    "X-Originating-IP: [198.51.100.77]",
    "Received: from c633644d.dyn.isp.example.net",
    "Received: from 198051100077.cust.isp.example.net",
    "Received: from host198_51_100_77.example.org",
    "Received: from dslb-198-051-100-077.198.051.pools.example-ip.de",
  ].join("\n");
  const { text } = run(input);
  assert.ok(!/c633644d|198051100077|198_51_100_77|198-051-100-077/i.test(text), text);
});

test("authenticated submission client IP is masked", () => {
  const headers = {
    "Postfix ESMTPSA": [
      "Received: from [10.1.2.3] (laptop.corp.example.com [10.1.2.3])",
      "\tby mail.example.com (Postfix) with ESMTPSA id 4ABC123;",
      "\tFri,  4 Dec 2026 10:00:00 +0000 (UTC)",
    ],
    "Postfix comment": [
      "Received: from laptop (c-198-51-100-44.example.net [198.51.100.44])",
      "\t(Authenticated sender: carol@example.com)",
      "\tby mail.example.com (Postfix) with ESMTP id 4ABC124",
    ],
    "Exim esmtpa": ["Received: from [192.0.2.66] (helo=laptop) by mx.example.com with esmtpa (Exim 4.96)"],
    "Sendmail bits": [
      "Received: from laptop ([2001:db8:5::9]) (authenticated bits=0)",
      "\tby mail.example.com (8.17.1/8.17.1) with ESMTP id 0B4A",
    ],
    "quoted Gmail": [
      "> Received: from [192.168.1.20] (c-203-0-113-9.example.net. [203.0.113.9])",
      ">         by smtp.gmail.com with ESMTPSA id a1sm123;",
    ],
  };
  const secrets = {
    "Postfix ESMTPSA": ["10.1.2.3"],
    "Postfix comment": ["198.51.100.44", "198-51-100-44"],
    "Exim esmtpa": ["192.0.2.66"],
    "Sendmail bits": ["2001:db8:5::9"],
    "quoted Gmail": ["192.168.1.20", "203.0.113.9", "203-0-113-9"],
  };
  for (const [name, lines] of Object.entries(headers)) {
    const ip = secrets[name][0];
    const input = [...lines, "", `The client ${ip} sent it.`].join("\n");
    const { text, counts } = run(input);
    for (const secret of secrets[name]) assert.ok(!text.includes(secret), `${name}: "${secret}" left in:\n${text}`);
    assert.match(text, /^The client \[client-ip\] sent it\.$/m, name);
    assert.ok(counts.ips >= 2, `${name}: ${counts.ips}`);
    // The receiving host in "by" stays.
    assert.match(text, /by (?:mail|mx|smtp)\.(?:example|gmail)\.com/, name);
  }
});

test("relay and kept IPs in Received stay", () => {
  const input = [
    "Received: from mx.example.net (mx.example.net [198.51.100.7])",
    "\tby mail.example.com (Postfix) with ESMTPS id 4ABC125",
    "Received: from localhost (localhost [127.0.0.1]) by mail.example.com with ESMTPSA id 1",
    "Received: from app.example.org (app.example.org [203.0.113.5]) by smtp.example.com with ESMTPSA id 2",
    "Received: by mail.example.com with ESMTPSA (envelope-from <a@example.com>) from 192.0.2.99",
  ].join("\n");
  const { text, counts } = run(input, { keepIps: ["203.0.113.5"] });
  assert.match(text, /\[198\.51\.100\.7\]/);
  assert.match(text, /\[127\.0\.0\.1\]/);
  assert.match(text, /\[203\.0\.113\.5\]/);
  assert.match(text, /from 192\.0\.2\.99$/);
  assert.equal(counts.ips, 0);
});
