// Generated bounces for the benchmarks: a Postfix-style DSN whose size
// grows with a returned attachment, one long header line, or the number
// of recipients. Only documentation addresses and domains are used.

/**
 * A Postfix-style DSN (multipart/report) for `recipients` addresses that
 * returns the original message. `attachmentBytes` pads the original with
 * a base64 attachment; `headerBytes` adds one unfolded References header
 * of that length to the bounce itself.
 */
export function bounce({ recipients, attachmentBytes = 0, headerBytes = 0 }) {
  const users = Array.from({ length: recipients }, (_, i) => `user${i}@example.org`);
  const reply = (u) => `550 5.1.1 <${u}>: Recipient address rejected: User unknown`;
  const lines = [
    "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
    "To: sender@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "Date: Thu, 29 Apr 2021 23:34:45 +0900",
  ];
  if (headerBytes > 0) lines.push(longReferences(headerBytes));
  lines.push(
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="report"',
    "",
    "--report",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "This is the mail system at host mx.example.net.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    ...users.map((u) => `<${u}>: host mx.example.org[198.51.100.2] said: ${reply(u)} (in reply to RCPT TO command)\n`),
    "--report",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "",
    ...users.map((u) =>
      [`Final-Recipient: rfc822; ${u}`, "Action: failed", "Status: 5.1.1",
        "Remote-MTA: dns; mx.example.org", `Diagnostic-Code: smtp; ${reply(u)}`, ""].join("\n")),
    "--report",
    "Content-Type: message/rfc822",
    "",
    "From: sender@example.com",
    `To: ${users[0]}`,
    "Subject: The report",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="mixed"',
    "",
    "--mixed",
    "Content-Type: text/plain",
    "",
    "The report is attached.",
  );
  if (attachmentBytes > 0) {
    lines.push("--mixed", 'Content-Type: application/octet-stream; name="report.bin"',
      "Content-Transfer-Encoding: base64", "", base64Lines(attachmentBytes));
  }
  lines.push("--mixed--", "--report--", "");
  return lines.join("\n");
}

/** About `bytes` of base64 in 76-character lines, from a fixed LCG. */
function base64Lines(bytes) {
  const raw = Buffer.alloc(Math.floor((bytes * 3) / 4));
  let x = 12345;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    raw[i] = x >>> 24;
  }
  return raw.toString("base64").replace(/.{76}/g, "$&\n").trimEnd();
}

function longReferences(bytes) {
  const parts = ["References:"];
  let length = parts[0].length;
  for (let i = 0; length < bytes; i++) {
    const id = `<${i}.${(i * 7919) % 100000}@mail.example.com>`;
    parts.push(id);
    length += id.length + 1;
  }
  return parts.join(" ");
}

/**
 * Crafted pastes of `bytes` each (the page scans at most 512 KB): shapes
 * that stress the text scans rather than MIME parsing. Keys name the shape.
 */
export function craftedPastes(bytes) {
  const fill = (head, unit) => head + unit.repeat(Math.ceil((bytes - head.length) / unit.length));
  const cut = (text) => text.slice(0, bytes);
  let ips = "550 5.7.1 listed";
  for (let i = 0; ips.length < bytes; i++) ips += ` 203.0.113.${i % 256}`;
  let recipients = "";
  for (let i = 0; recipients.length < bytes; i++) {
    recipients += `<u${i}@example.org>: host mx.example.org[198.51.100.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n`;
  }
  return {
    "continuation-lines": cut(fill("", "550-5.7.1 blah blah 203.0.113.45 listed\n")),
    "repeated-at": cut(fill("550 5.1.1 ", "a@")),
    "nested-brackets": cut(fill("550 ", "<")),
    "many-ips": cut(ips),
    "one-long-line": cut(fill("550 5.7.1 ", "blocked using zen.spamhaus.org ")),
    "many-recipients": cut(recipients),
  };
}

/**
 * Builds an mbox of `count` tiny bounces, about 100 bytes each, so that
 * 5,000 of them still fit in the 512 KB the library scans.
 */
export function tinyMbox(count) {
  const messages = [];
  for (let i = 0; i < count; i += 1) {
    messages.push(
      "From m Fri Dec  4 10:00:00 2026\n" +
        "From: m@example.net\n" +
        "X: 1\n\n" +
        `550 5.1.1 <u${i}@example.org>: unknown\n\n`,
    );
  }
  return messages.join("");
}
