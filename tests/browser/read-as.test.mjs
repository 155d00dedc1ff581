// The line under the summary that names what the pasted text was read
// as: a sending service's JSON record by the service, a bounce by its
// kind and the MTA that wrote it.
import { test } from "node:test";
import assert from "node:assert/strict";

import { paste, sharedPage } from "./harness.mjs";

const shared = sharedPage();

test("JSON record named by its service", async () => {
  const { page } = shared.session;
  const record = JSON.stringify({
    RecordType: "Bounce",
    Type: "HardBounce",
    Email: "dave@example.net",
    Details: "smtp;550 5.1.1 User unknown",
  });
  assert.equal(await paste(page, record), "done");
  assert.equal(await page.locator(".be-read-as").textContent(), "Read as Postmark's JSON event record.");
});

test("SES DSN email read as an email", async () => {
  const { page } = shared.session;
  const email = [
    "From: MAILER-DAEMON@amazonses.com",
    "Subject: Delivery Status Notification (Failure)",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    "",
    "--b1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; a192-92.smtp-out.amazonses.com",
    "",
    "Final-Recipient: rfc822; bob@example.net",
    "Action: failed",
    "Status: 5.2.2",
    "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
    "--b1--",
    "",
  ].join("\r\n");
  assert.equal(await paste(page, email), "done");
  assert.equal(await page.locator(".be-read-as").textContent(), "Read as a whole email, written by amazonses.");
});
