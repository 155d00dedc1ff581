#!/usr/bin/env node
// Times the release CLI on worst-case inputs at 1x and 10x size and prints
// the ratio. Linear work gives about 10; much more means some step grows
// faster than the input (a scan per recipient, a copy per match).
//
//   cargo build --release && node scripts/linearity.mjs [--runs 3]
//
// Each input is built here, in memory, and written to a temporary file.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const cli = new URL("../target/release/bounce-explainer", import.meta.url).pathname;
const runsFlag = process.argv.indexOf("--runs");
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3;

const REPLY = "550 5.1.1 <user@example.org>: Recipient address rejected: User unknown";

function dsnEmail(report, dsn, original) {
  return [
    "From: MAILER-DAEMON@mx.example.net",
    "To: sender@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain",
    "",
    report,
    "--b1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "",
    dsn,
    "--b1",
    "Content-Type: text/rfc822-headers",
    "",
    original,
    "--b1--",
    "",
  ].join("\r\n");
}

const block = (i, diagnostic) =>
  `Final-Recipient: rfc822; user${i}@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n` +
  `Diagnostic-Code: smtp; ${diagnostic}\r\n`;

// Each shape builds its input for a size n; the 10x run uses 10 * n.
const shapes = {
  "lines (NDR text)": [10_000, (n) => {
    const lines = Array.from({ length: n }, (_, i) => `line ${i} of a long transcript`);
    lines.splice(n >> 1, 0, REPLY);
    return lines.join("\n");
  }],
  "one long header line": [100_000, (n) =>
    dsnEmail("failed", block(0, REPLY), `Subject: ${"x".repeat(n)}`)],
  "nested multipart": [100, (n) => {
    let open = "";
    let close = "";
    for (let d = 0; d < n; d++) {
      open += `Content-Type: multipart/mixed; boundary="n${d}"\r\n\r\n--n${d}\r\n`;
      close = `--n${d}--\r\n` + close;
    }
    return `From: a@example.net\r\nTo: b@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n${open}` +
      `Content-Type: text/plain\r\n\r\n${REPLY}\r\n${close}`;
  }],
  "recipients (DSN)": [1_000, (n) =>
    dsnEmail("failed", Array.from({ length: n }, (_, i) => block(i, REPLY)).join("\r\n"), "Subject: hi")],
  "recipients, own IP each": [1_000, (n) =>
    dsnEmail("failed", Array.from({ length: n }, (_, i) => block(i,
      `554 5.7.1 Client host [198.51.${(i >> 8) & 255}.${i & 255}] blocked using zen.spamhaus.org`)).join("\r\n"),
    "Subject: hi")],
  // Recipient groups of a delivery-status part pasted without the email
  // around them, with one code pair for all and with a pair of their own.
  "recipients (bare DSN)": [500, (n) =>
    Array.from({ length: n }, (_, i) => block(i, "550 5.1.1 User unknown")).join("\r\n")],
  "recipients, own codes (bare DSN)": [500, (n) =>
    Array.from({ length: n }, (_, i) => block(i, `550 5.${1 + Math.floor(i / 200)}.${i % 200} User unknown`))
      .join("\r\n")],
  // An HTML part with many open elements, then as many end tags of a
  // name never opened, each of which once searched every open element.
  "HTML stray end tags": [5_000, (n) =>
    "From: MAILER-DAEMON@example.com\r\nTo: a@example.com\r\nSubject: Undeliverable\r\n" +
    "MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n" +
    `<p>${REPLY.replace("<", "&lt;").replace(">", "&gt;")}</p>${"<span>".repeat(n)}${"</b>".repeat(n)}`],
  "reply lines (pasted)": [1_000, (n) =>
    Array.from({ length: n }, (_, i) => `550 5.1.1 <user${i}@example.org>: User unknown`).join("\n")],
  // Postfix's recipient lines pasted without the email, each naming the
  // same receiving host, whose address once went on the list of
  // receivers once per line.
  "recipient lines (Postfix)": [400, (n) =>
    Array.from({ length: n }, (_, i) =>
      `<u${i}@example.org>: host mx.example.org[198.51.100.10] said: 550 5.1.1 User unknown ` +
      "(in reply to RCPT TO command)").join("\n")],
  // The same records pasted with their line breaks lost, so that each
  // record starts inside the one line. 3,000 records stay under the
  // 512 KB scan limit.
  "recipient records on one line (Postfix)": [300, (n) =>
    "Your message could not be delivered. " + Array.from({ length: n }, (_, i) =>
      `<u${i}@example.org>: host mx.example.org[198.51.100.10] said: 550 5.1.1 User unknown ` +
      "(in reply to RCPT TO command)").join(" ")],
  "recipient records on one line (Microsoft 365)": [300, (n) =>
    "Generating server: mail.example.com " + Array.from({ length: n }, (_, i) =>
      `u${i}@example.org Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'`).join(" ")],
  "recipient records on one line (Exim)": [300, (n) =>
    "The following address(es) failed: " + Array.from({ length: n }, (_, i) =>
      `u${i}@example.org host mx.example.org [198.51.100.10] SMTP error from remote mail ` +
      `server after RCPT TO:<u${i}@example.org>: 550 5.1.1 User unknown`).join(" ")],
  "recipient records on one line (Sendmail)": [300, (n) =>
    "----- The following addresses had permanent fatal errors ----- " +
    Array.from({ length: n }, (_, i) =>
      `<u${i}@example.org> (reason: 550 5.1.1 <u${i}@example.org>... User unknown)`).join(" ")],
  "returned attachment": [2 << 20, (n) =>
    dsnEmail(REPLY, block(0, REPLY), `Subject: hi\r\n\r\n${"QUFBQUFB\r\n".repeat(n / 10)}`)],
  // Each prefix of a dotted name was once joined and checked against the
  // known hosts, which is quadratic in the number of labels.
  "one dotted token": [5_000, (n) =>
    `554 5.7.1 Rejected: ${"a.b.c.d.e.f.0.1.2.3.".repeat(n / 20)}`],
  "one line, IP repeated": [100_000, (n) =>
    `554 5.7.1 Client host [192.0.2.1] blocked ${"192.0.2.1 ".repeat(n / 10)}`],
  "binary": [2 << 20, (n) => {
    const bytes = Buffer.alloc(n);
    let seed = 7;
    for (let i = 0; i < n; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = seed >>> 24;
    }
    return bytes;
  }],
};

function time(file) {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(cli, ["--json", file], { maxBuffer: 1 << 30 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${cli} exited ${result.status}: ${result.stderr}`);
    }
    best = Math.min(best, seconds);
  }
  return best;
}

const dir = mkdtempSync(join(tmpdir(), "linearity-"));
let superlinear = 0;
try {
  console.log("| input | size 1x | 1x (s) | 10x (s) | ratio |");
  console.log("|---|---|---|---|---|");
  for (const [name, [n, build]] of Object.entries(shapes)) {
    const times = [n, 10 * n].map((size, i) => {
      const file = join(dir, `input-${i}`);
      writeFileSync(file, build(size));
      return time(file);
    });
    const ratio = times[1] / Math.max(times[0], 1e-3);
    // Process start-up dominates tiny inputs, which only lowers the ratio.
    if (ratio > 20) superlinear++;
    console.log(`| ${name} | ${n} | ${times[0].toFixed(3)} | ${times[1].toFixed(3)} | ${ratio.toFixed(1)} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (superlinear > 0) {
  console.error(`${superlinear} input(s) grew more than 20x for 10x the size`);
  process.exit(1);
}
