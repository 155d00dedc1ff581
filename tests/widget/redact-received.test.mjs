// Unit tests for the Received headers of common MTAs and providers. The
// part of a client's submission that names the person's machine (its
// HELO name, the rDNS name of a home connection, private and public
// client IPs) is masked. Hops between servers, and the "by" part of
// every header, stay as written.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

const TOP = [
  "From: Mail Delivery System <MAILER-DAEMON@googlemail.com>",
  "To: ana@example.com",
  "Subject: Mail delivery failed",
  "",
  "<ravi@example.net>: host mx.example.net[203.0.113.10] said: 550 5.7.1 Client host",
  "    [192.0.2.25] blocked using zen.spamhaus.org (in reply to RCPT TO command)",
  "",
  "------ This is a copy of the message, including all the headers. ------",
  "",
];
const bounce = (received, ...headers) =>
  [...TOP, ...received.split("\n"), ...headers, "From: Ana <ana@example.com>", "Subject: hi", "", "Body"].join("\n");

// Each case: the Received header, the texts that must be masked, and the
// texts that must stay.
const CLIENT_HOPS = {
  "Gmail ESMTPSA from a FRITZ!Box network": [
    "Received: from Anas-MacBook-Air.fritz.box (p5dd8a1b2.dip0.t-ipconnect.de. [198.51.100.178])\n        by smtp.gmail.com with ESMTPSA id a1sm12.2026.12.05.01.00.00",
    ["Anas-MacBook-Air", "fritz.box", "p5dd8a1b2", "198.51.100.178"],
    ["by smtp.gmail.com with ESMTPSA"],
  ],
  "qmail ESMTPA with a HELO comment": [
    "Received: from unknown (HELO anas-pc) (ana@example.com@198.51.100.21)\n  by mail.example.org with ESMTPA; 5 Dec 2026 01:00:00 -0000",
    ["anas-pc", "198.51.100.21", "ana@"],
    ["from unknown (HELO [client-name])", "by mail.example.org with ESMTPA"],
  ],
  "Exchange client via Frontend Transport": [
    "Received: from [192.168.178.23] (198.51.100.206) by EXCH01.example.org\n (10.1.1.1) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39 via Frontend\n Transport; Sat, 5 Dec 2026 01:00:00 +0000",
    ["192.168.178.23", "198.51.100.206"],
    ["by EXCH01.example.org", "(10.1.1.1)"],
  ],
  "Exchange client with a public literal": [
    "Received: from [198.51.100.44] (198.51.100.44) by EXCH02.example.org\n (10.1.1.2) with Microsoft SMTP Server id 15.2.1118.40 via Frontend Transport;",
    ["198.51.100.44"],
    ["by EXCH02.example.org", "(10.1.1.2)"],
  ],
  "Postfix ESMTPSA with Authenticated sender": [
    "Received: from [192.168.1.23] (dslb-198-051-100-031.198.051.pools.example-ip.de [198.51.100.31])\n\t(Authenticated sender: ana@example.com)\n\tby mail.example.org (Postfix) with ESMTPSA id 4AbCdE",
    ["192.168.1.23", "dslb-", "pools.example-ip.de", "198.51.100.31", "ana@"],
    ["by mail.example.org (Postfix) with ESMTPSA"],
  ],
  "Exim esmtpsa with helo=": [
    "Received: from [198.51.100.32] (helo=ANAS-LAPTOP)\n\tby mail.example.org with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96)\n\t(envelope-from <ana@example.com>)\n\tid 1tXyZ-000abc-1a",
    ["ANAS-LAPTOP", "198.51.100.32"],
    ["(helo=[client-name])", "by mail.example.org with esmtpsa", "(Exim 4.96)"],
  ],
  "Exim from a home network's helo": [
    "Received: from c-198-51-100-33.hsd1.example.net ([198.51.100.33] helo=anas-imac.home)\n\tby mx.example.org with esmtp (Exim 4.96)",
    ["anas-imac", "hsd1.example.net", "198.51.100.33", "198-51-100-33"],
    ["by mx.example.org with esmtp (Exim 4.96)"],
  ],
  "Sendmail authenticated bits": [
    "Received: from anas-pc.lan (cpe-198-51-100-34.example.rr.com [198.51.100.34])\n\t(authenticated bits=0)\n\tby mail.example.org (8.17.1/8.17.1) with ESMTP id 5B51AbC",
    ["anas-pc", "example.rr.com", "198.51.100.34"],
    ["by mail.example.org (8.17.1/8.17.1) with ESMTP"],
  ],
  "Apple Mail to iCloud": [
    "Received: from smtpclient.apple (unknown [198.51.100.35])\n\tby p00-icloudmta-asmtp-us-west-1a-60-percent-4.icloud.com (Oracle Communications Messaging Server 8.1.0.23.20230328 64bit) with ESMTPSA id 0S5O00ABC",
    ["198.51.100.35"],
    ["from smtpclient.apple (unknown [[client-ip]])", "by p00-icloudmta-asmtp-us-west-1a-60-percent-4.icloud.com"],
  ],
  "Yahoo webmail via HTTP": [
    "Received: from 198.51.100.36 by web12345.mail.ne1.yahoo.com via HTTP; Sat, 05 Dec 2026 01:00:00 PST",
    ["198.51.100.36"],
    ["by web12345.mail.ne1.yahoo.com via HTTP"],
  ],
  "private literal as the HELO": [
    "Received: from [10.0.0.23] (unknown [198.51.100.37])\n\tby mx.example.org (Postfix) with ESMTP id 77AbC",
    ["10.0.0.23", "198.51.100.37"],
    ["(unknown [[client-ip]])", "by mx.example.org (Postfix) with ESMTP"],
  ],
};

const SERVER_HOPS = {
  "Postfix relay": "Received: from mail-out.example.net (mail-out.example.net [203.0.113.40])\n\tby mx.example.org (Postfix) with ESMTPS id 1A2B3C",
  "Exchange inbound via Frontend Transport":
    "Received: from mail.example.net (203.0.113.41) by EXCH01.example.org (10.1.1.1) with Microsoft SMTP Server id 15.1.2507.39 via Frontend Transport; Sat, 5 Dec 2026",
  "Gmail outbound relay": "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\n        by mx.example.org with SMTPS id x2sor1",
  "qmail server hop": "Received: from unknown (HELO mx.example.net) (203.0.113.42)\n  by mail.example.org with SMTP; 5 Dec 2026 01:00:00 -0000",
  "Exim server hop": "Received: from mail.example.net ([203.0.113.43] helo=mail.example.net)\n\tby mx.example.org with esmtps (TLS1.3) (Exim 4.96)",
  "Microsoft 365 internal HTTPS hop":
    "Received: from AM0PR01MB1234.eurprd01.prod.exchangelabs.com (2603:10a6:208:1::12) by AM0PR01MB5678.eurprd01.prod.exchangelabs.com with HTTPS; Sat, 5 Dec 2026",
};

test("client hops masked", () => {
  for (const [name, [received, masked, kept]] of Object.entries(CLIENT_HOPS)) {
    const text = redact(bounce(received)).text;
    for (const value of masked) assert.ok(!text.includes(value), `${name}: ${value} in\n${text}`);
    for (const value of kept) assert.ok(text.includes(value), `${name}: ${value} missing in\n${text}`);
  }
});

test("server hops kept", () => {
  for (const [name, received] of Object.entries(SERVER_HOPS)) {
    const text = redact(bounce(received)).text;
    assert.ok(text.includes(received), `${name}:\n${text}`);
  }
});

test("IP to quote kept in a client hop", () => {
  const received = "Received: from anas-pc (unknown [192.0.2.25])\n\tby mail.example.org with ESMTPSA id 1";
  const text = redact(bounce(received), { keepIps: ["192.0.2.25"] }).text;
  assert.ok(text.includes("Received: from [client-name] (unknown [192.0.2.25])"), text);
});

test("client IP masked where it recurs", () => {
  const received = "Received: from [192.168.178.23] (198.51.100.206) by EXCH01.example.org\n (10.1.1.1) with Microsoft SMTP Server id 15.1.2507.39 via Frontend Transport;";
  const text = redact(bounce(received, "Comments: sent from 198.51.100.206")).text;
  assert.ok(!text.includes("198.51.100.206"), text);
  assert.match(text, /^Comments: sent from \[client-ip\]$/m);
});

// A Microsoft 365 NDR as its body reads when pasted: the hop table names
// the client's machine as the Received header of the original does.
const M365_HOPS = [
  "Your message to Bob Jones <bob.jones@example.net> couldn't be delivered.",
  "",
  "Error Details",
  "Reported error: 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
  "DSN generated by:       DM6PR12MB1234.namprd12.prod.outlook.com",
  "",
  "Message Hops",
  "HOP     TIME (UTC)      FROM    TO      WITH    RELAY TIME",
  "1       12/5/2026 9:59:58 AM    LAPTOP-ALICE    DM6PR12MB1234.namprd12.prod.outlook.com    mapi    *",
  "",
  "Original Message Headers",
  "Received: from LAPTOP-ALICE (203.0.113.99) by DM6PR12MB1234.namprd12.prod.outlook.com with HTTPS; Sat, 5 Dec 2026 09:59:58 +0000",
  "From: Alice Smith <alice.smith@example.com>",
  "Subject: Salary review",
].join("\n");

test("client name masked where it recurs", () => {
  const hops = redact(M365_HOPS, { ownDomains: ["example.com"] }).text;
  assert.ok(!/laptop-alice/i.test(hops), hops);
  assert.match(hops, /^1 {7}12\/5\/2026 9:59:58 AM {4}\[client-name\] {4}DM6PR12MB1234\.namprd12\.prod\.outlook\.com/m);
  assert.match(hops, /^Received: from \[client-name\] \(\[client-ip\]\) by DM6PR12MB1234\./m);

  // The HELO name of an Exim submission, written again in a free-text
  // line, and in a differently cased form.
  const received = "Received: from [198.51.100.32] (helo=ANAS-LAPTOP)\n\tby mail.example.org with esmtpsa id 1tXyZ";
  const exim = redact(bounce(received, "Comments: sent from anas-laptop at home")).text;
  assert.ok(!/anas-laptop/i.test(exim), exim);
  assert.match(exim, /^Comments: sent from \[client-name\] at home$/m);
});

test("common-word client name kept elsewhere", () => {
  // A one-label HELO is taken for a client's name, but a word that bounces
  // use in their own sense is masked only in the Received header.
  const received = "Received: from mail (unknown [198.51.100.38])\n\tby mx.example.org (Postfix) with ESMTPSA id 9AbC";
  const text = redact(bounce(received)).text;
  assert.match(text, /^Received: from \[client-name\] \(unknown \[\[client-ip\]\]\)$/m);
  assert.match(text, /^Subject: Mail delivery failed$/m);
  assert.match(text, /Mail Delivery System/);
});
