// Reflow at 400% zoom: a 1280 px window zoomed to 400% lays the page out
// in 320 CSS px, the width WCAG 2.2's Reflow criterion (1.4.10) names.
// Every card, with its details open, must fit without sideways scrolling.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { openPage, paste, startServer } from "./harness.mjs";

// Replies whose cards carry long link labels, host names and codes.
const REPLIES = {
  "Outlook.com S3150":
    "550 5.7.1 Unfortunately, messages from [192.0.2.142] weren't sent. Please contact your " +
    "Internet service provider since part of their network is on our block list (S3150).",
  "Exchange Online Protection 4.7.650":
    "451 4.7.650 The mail server [192.0.2.143] has been temporarily rate limited due to IP " +
    "reputation.",
  "Comcast BL000010":
    "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net 203.0.113.5 found " +
    "on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
  "Spamhaus ZEN":
    "554 5.7.1 Service unavailable; Client host [192.0.2.144] blocked using zen.spamhaus.org",
};

let server;
let session;

before(async () => {
  server = await startServer();
  session = await openPage(server.origin, { viewport: { width: 320, height: 225 } });
});

after(async () => {
  await session?.close();
  await server?.close();
});

for (const [name, reply] of Object.entries(REPLIES)) {
  test(`${name} card fits 320 px`, async () => {
    const { page } = session;
    assert.equal(await paste(page, reply), "done");
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const wide = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll("#results *")]
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.slice(0, 40)}`);
    });
    assert.deepEqual(wide, [], "no element reaches past the viewport");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  });
}
