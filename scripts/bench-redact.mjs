#!/usr/bin/env node
// Times the widget's redact() ("Redact and copy") in Node on generated
// pastes, to show how its time grows with the input: many distinct
// addresses, a realistic bounce repeated to 20 MB, one long line, many
// display names, encoded addresses, deep "> " quoting, long words
// without an "@", and long links. Inputs of one shape come in growing
// sizes, so a flat time per MB means linear growth.
//
// usage: node scripts/bench-redact.mjs [--only SUBSTRING] [--timeout SECONDS]
//
// Each input is built and redacted in its own worker thread, once, and
// the worker is stopped after --timeout seconds (default 60), so a
// superlinear case reports "stopped" instead of running for hours.
// Prints the input name, its size, the time, the time per MB, and how
// many addresses and names redact() masked.
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { performance } from "node:perf_hooks";

const MB = 1024 * 1024;

// One bounce as a mail client shows it when pasted whole: the bounce's
// headers, Postfix's text, the DSN fields, Microsoft 365's "wasn't
// found" line, and the returned message's headers and body.
const REALISTIC = [
  "Return-Path: <>",
  "Received: from mx1.example.net (mx1.example.net [192.0.2.10]) by mail.example.com with ESMTP id 4Qx; Fri, 4 Dec 2026 10:00:00 +0000",
  "From: Mail Delivery System <MAILER-DAEMON@mx1.example.net>",
  'To: "Smith, John" <john.smith@example.com>',
  "Subject: Undelivered Mail Returned to Sender",
  "Message-Id: <20261204100000.4Qx@mx1.example.net>",
  "Authentication-Results: mx.google.com; dkim=pass header.i=@example.com; spf=pass smtp.mailfrom=john.smith@example.com",
  "",
  "This is the mail system at host mx1.example.net.",
  "",
  "<bob.jones@example.org>: host mx.example.org[198.51.100.7] said: 550 5.1.1",
  "    <bob.jones@example.org>: Recipient address rejected: User unknown (in",
  "    reply to RCPT TO command)",
  "",
  "bob.jones wasn't found at example.org.",
  "",
  "Reporting-MTA: dns; mx1.example.net",
  "Final-Recipient: rfc822; bob.jones@example.org",
  "Action: failed",
  "Status: 5.1.1",
  "Diagnostic-Code: smtp; 550 5.1.1 <bob.jones@example.org>: Recipient address rejected",
  "",
  "Received: from [10.1.2.3] (laptop.example.com [203.0.113.77]) by mail.example.com with ESMTPSA id 9Zq",
  "From: John Smith <john.smith@example.com>",
  "To: Bob Jones <bob.jones@example.org>, Carol Diaz <carol@example.org>",
  "Subject: Contract for Bob",
  "Message-ID: <CAF=abc123@mail.example.com>",
  "X-Originating-IP: [203.0.113.77]",
  "X-Mailer: Outlook for iOS, call +1 555 0100",
  "",
  "Dear Bob Jones, hi Carol, see you Friday. John",
  "",
].join("\n");

// Letters only, so that generated names are words a name pattern takes.
const letters = (i) => {
  let s = "";
  do {
    s += String.fromCharCode(97 + (i % 26));
    i = Math.floor(i / 26);
  } while (i > 0);
  return s;
};
const capital = (s) => s[0].toUpperCase() + s.slice(1);

// A Postfix bounce with `n` distinct recipients: the text, the DSN
// fields, and the Microsoft 365 form that writes the local part alone.
function addresses(n) {
  const lines = ["From: MAILER-DAEMON@mx1.example.net", "To: sender@example.com", "Subject: Undelivered Mail", ""];
  for (let i = 0; i < n; i++) {
    const local = `${letters(i)}.user${i}`;
    lines.push(
      `<${local}@example.org>: host mx.example.org[198.51.100.7] said: 550 5.1.1 User unknown`,
      `${local} wasn't found at example.org.`,
      `Final-Recipient: rfc822; ${local}@example.org`,
      "Status: 5.1.1",
      "",
    );
  }
  return lines.join("\n");
}

function repeated(bytes) {
  return REALISTIC.repeat(Math.ceil(bytes / REALISTIC.length));
}

// The realistic bounce as one line of HTML, as an HTML-only part writes
// it when its generator never breaks lines.
function oneLine(bytes) {
  return "<html><body>" + repeated(bytes).replaceAll("\n", "<br>") + "</body></html>";
}

// `n` distinct display names in one folded To header, then a body that
// writes each name, alone and by its first name.
function displayNames(n) {
  const names = Array.from({ length: n }, (_, i) => `${capital(letters(i + 1000))}ia ${capital(letters(i + 5000))}son`);
  const to = names.map((name, i) => `${name} <p${i}@example.org>`).join(",\n ");
  const body = names.map((name) => `Your message to ${name} couldn't be delivered. Hi ${name.split(" ")[0]}.`);
  return ["From: MAILER-DAEMON@mx1.example.net", `To: ${to}`, "Subject: Undeliverable", "", ...body].join("\n");
}

// The realistic bounce quoted `depth` levels deep in a reply, repeated to
// about `bytes`.
function quoted(depth, bytes) {
  const prefix = "> ".repeat(depth);
  const one = REALISTIC.split("\n").map((line) => prefix + line).join("\n") + "\n";
  return one.repeat(Math.max(1, Math.ceil(bytes / one.length)));
}

// Encoded addresses about `bytes` long on one line, each in a link's
// query and as HTML character references, then a long run of "%25"
// layers and character references that decodes to no address.
function encoded(bytes) {
  const sample = (i) => `https://lists.example.net/u?e=p${i}.q%2540example.org&x=1 p${i}&#x2e;q&#64;example&period;org `;
  const count = Math.ceil(bytes / 2 / sample(0).length);
  return Array.from({ length: count }, (_, i) => sample(i)).join("") + "%2525&#x26;amp;".repeat(Math.ceil(bytes / 2 / 15));
}

const CASES = [
  ["addresses-01k", () => addresses(1000)],
  ["addresses-10k", () => addresses(10000)],
  ["addresses-50k", () => addresses(50000)],
  ["bounce-01mb", () => repeated(1 * MB)],
  ["bounce-05mb", () => repeated(5 * MB)],
  ["bounce-20mb", () => repeated(20 * MB)],
  ["one-line-0.3mb", () => oneLine(0.3 * MB)],
  ["one-line-3mb", () => oneLine(3 * MB)],
  ["names-01k", () => displayNames(1000)],
  ["names-10k", () => displayNames(10000)],
  ["quote-depth-10", () => quoted(10, 1 * MB)],
  ["quote-depth-100", () => quoted(100, 1 * MB)],
  ["quote-depth-1000", () => quoted(1000, 1 * MB)],
  ["encoded-0.3mb", () => encoded(0.3 * MB)],
  ["encoded-3mb", () => encoded(3 * MB)],
  ["quote-markers-0.1mb", () => `${">".repeat(100000)} x\n${"> ".repeat(20000)}`],
  ["quote-markers-1mb", () => ">".repeat(MB) + "\n" + "> ".repeat(MB / 2) + "To: a@example.org\n"],
  // One run of address characters with no "@": redact() must scan each
  // run once, not again from each of its characters.
  ["word-ascii-200k", () => "a".repeat(200000)],
  ["word-umlaut-200k", () => "\u00e4".repeat(200000)],
  ["word-cjk-200k", () => "\u5c71".repeat(200000)],
  // Four links, each with a 200 KB base64 path that decodes to no address
  // and a 200 KB query value to mask.
  ["long-links-1.6mb", () => ` https://example.com/u/${"QUJD".repeat(50000)}?name=${"a".repeat(200000)}`.repeat(4)],
];

if (isMainThread) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const only = option("--only");
  const timeout = Number(option("--timeout") ?? 60) * 1000;
  console.log("input\tbytes\tms\tms/MB\temails\tnames");
  for (const [name] of CASES.filter(([name]) => !only || name.includes(only))) {
    const line = await new Promise((resolve) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: name });
      const timer = setTimeout(() => {
        worker.terminate();
        resolve(`${name}\t?\t>${timeout}\t-\t-\t-\t(stopped)`);
      }, timeout);
      worker.on("message", (r) => {
        clearTimeout(timer);
        resolve([name, r.bytes, r.ms.toFixed(1), ((r.ms * MB) / r.bytes).toFixed(1), r.emails, r.names].join("\t"));
      });
      worker.on("error", (e) => {
        clearTimeout(timer);
        resolve(`${name}\tfailed: ${e.message}`);
      });
    });
    console.log(line);
  }
} else {
  const { redact } = await import("../www/widget/redact.js");
  const text = CASES.find(([name]) => name === workerData)[1]();
  const start = performance.now();
  const { counts } = redact(text);
  const ms = performance.now() - start;
  parentPort.postMessage({ bytes: Buffer.byteLength(text), ms, emails: counts.emails, names: counts.names });
}
