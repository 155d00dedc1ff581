// Files saved in an encoding other than UTF-8, opened on the page: the
// module decodes UTF-16 and UTF-32 after a byte order mark, and reads
// bytes that are not UTF-8 as Windows-1252. The text box and the "your
// text" view must hold that decoded text, so that the view marks the code
// and the IP, and editing the box explains the same bounce again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { clearInput, sharedPage } from "./harness.mjs";

const shared = sharedPage();

// A Kerio Connect report; the line with the receiver's reply is line 18.
const KERIO = [
  "From: Kerio Connect <postmaster@mail.example.org>",
  "To: alice@example.org",
  "Date: Sat, 5 Dec 2026 10:00:00 +0100",
  "Subject: Undeliverable: Quarterly figures",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Your message did not reach some or all of the intended recipients.",
  "",
  "   Subject: Quarterly figures",
  "   Sent:    05.12.2026 09:59",
  "",
  "The following recipient(s) could not be reached:",
  "",
  "bob@example.net",
  "   Error Type: SMTP",
  "   Remote server (198.51.100.20) issued an error.",
  "   Remote server replied: 550 5.7.1 Service unavailable; Client host [192.0.2.44] blocked using bl.spamcop.net",
  "",
].join("\r\n");

function utf16(text, littleEndian) {
  const bytes = Buffer.from(`\uFEFF${text}`, "utf16le");
  return littleEndian ? bytes : bytes.swap16();
}

function utf32le(text) {
  const codePoints = [0xfeff, ...[...text].map((c) => c.codePointAt(0))];
  const bytes = Buffer.alloc(codePoints.length * 4);
  codePoints.forEach((point, i) => bytes.writeUInt32LE(point, i * 4));
  return bytes;
}

// The same bounce with a German lead-in line holding "ü" and "–", which
// Windows-1252 writes as the single bytes 0xFC and 0x96.
const GERMAN = KERIO.replace("Your message did not", "Ihre Nachricht an Jürgen – your message did not");

const CASES = [
  { name: "utf-16le.eml", bytes: utf16(KERIO, true), text: KERIO },
  { name: "utf-16be.eml", bytes: utf16(KERIO, false), text: KERIO },
  { name: "utf-32le.eml", bytes: utf32le(KERIO), text: KERIO },
  { name: "windows-1252.eml", bytes: Buffer.from(GERMAN.replace("–", "\x96"), "latin1"), text: GERMAN },
];

async function openFile(page, name, bytes) {
  await clearInput(page);
  await page.setInputFiles("#file", { name, mimeType: "message/rfc822", buffer: bytes });
  await page.waitForSelector('main[data-state="done"]');
}

async function assertSpamCopCard(page, name) {
  assert.deepEqual(await page.locator(".be-recipient").allTextContents(), ["bob@example.net"], name);
  assert.equal(await page.locator(".be-ip-value").first().textContent(), "192.0.2.44", name);
  assert.match(await page.locator(".be-ip").first().textContent(), /line 18 of your text/, name);
}

test("decoded files fill the text box", async () => {
  const { page } = shared.session;
  for (const { name, bytes, text } of CASES) {
    await openFile(page, name, bytes);
    await assertSpamCopCard(page, name);
    // The text box normalises line ends to LF.
    assert.equal(await page.inputValue("#bounce"), text.replace(/\r\n/g, "\n"), name);
  }
});

test("decoded files marked in the text view", async () => {
  const { page } = shared.session;
  for (const { name, bytes } of CASES) {
    await openFile(page, name, bytes);
    const mirror = page.locator("#mirror");
    assert.doesNotMatch(await mirror.textContent(), /U\+0000|\uFFFD/, name);
    assert.deepEqual(await mirror.locator("mark.be-mark-ip").allTextContents(), ["192.0.2.44"], name);
    const marked = await mirror.locator("mark.be-mark-code").allTextContents();
    assert.ok(marked.includes("5.7.1"), `${name}: ${marked.join(", ")}`);
  }
});

test("edited decoded file explained again", async () => {
  const { page } = shared.session;
  for (const { name, bytes } of CASES) {
    await openFile(page, name, bytes);
    // The report is drawn anew for the edited text, which drops this mark.
    await page.evaluate(() => document.querySelector("#report").firstElementChild.setAttribute("data-stale", ""));
    await page.focus("#bounce");
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(" ");
    await page.waitForFunction(() => {
      const state = document.querySelector("main").dataset.state;
      return state === "error" || (state === "done" && !document.querySelector("#report [data-stale]"));
    });
    assert.equal(await page.getAttribute("main", "data-state"), "done", name);
    assert.doesNotMatch(await page.locator("#report").textContent(), /not text|binary data/, name);
    await assertSpamCopCard(page, name);
  }
});

// An Exchange bounce whose report is base64, so it is read only when its
// MIME structure is. Notepad's "UTF-8 with BOM" puts EF BB BF in front of
// its header, which the text box does not show.
const EXCHANGE = readFileSync(new URL("../fixtures/before_header/exchange-base64.eml", import.meta.url), "utf8");

test("UTF-8 file with a byte order mark", async () => {
  const { page } = shared.session;
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EXCHANGE)]);
  await openFile(page, "utf-8-bom.eml", bytes);
  assert.deepEqual(await page.locator(".be-recipient").allTextContents(), ["bob@example.net"]);
  assert.equal(await page.locator(".be-ip-value").first().textContent(), "203.0.113.45");
  assert.equal(await page.inputValue("#bounce"), EXCHANGE);
});
