// <bounce-explainer> in a right-to-left host page (an Arabic support
// portal): the widget's own text is English and the pasted bounce is
// protocol text, so both must be laid out left to right. The checks
// measure where characters land, because a computed `direction` alone
// would not show a full stop or an angle bracket at the wrong end.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

import { launch, watchedPage } from "./browser.mjs";
import { serveFolder } from "./server.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HOST = "/tests/widget/host/rtl.html";

const POSTFIX = [
  "From: Mail Delivery System <MAILER-DAEMON@mail.example.com>",
  "To: Jane Roe <jane.roe@example.com>",
  "Subject: Undelivered Mail Returned to Sender",
  "",
  "<a1@example.net>: host mx.example.net[198.51.100.60] said: 550 5.1.1",
  "    <a1@example.net>: Recipient address rejected: User unknown (in reply to",
  "    RCPT TO command)",
  "",
  "<b2@example.org>: host mx.example.org[198.51.100.2] said: 554 5.7.1",
  "    Service unavailable; Client host [192.0.2.25] blocked using",
  "    zen.spamhaus.org (in reply to RCPT TO command)",
].join("\n");

const M365 =
  "550 5.7.606 Access denied, banned sending IP [192.0.2.44]. To request removal from this list " +
  "please visit https://sender.office.com/ and follow the directions. " +
  "For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)";

const WIDGETS = [
  ["light", POSTFIX],
  ["dark", M365],
];

let server;
let browser;
let page;

before(async () => {
  server = await serveFolder(ROOT);
  browser = await launch();
  ({ page } = await watchedPage(browser.context, server.url));
  await page.goto(server.url + HOST);
  await page.waitForFunction(() =>
    [...document.querySelectorAll("bounce-explainer")].every(
      (el) => el.shadowRoot && !el.shadowRoot.querySelector(".bx").hidden,
    ),
  );
  for (const [id, text] of WIDGETS) {
    await page.evaluate(([target, value]) => (document.getElementById(target).value = value), [id, text]);
    await page.locator(`#${id}`).locator(".be-card").first().waitFor();
  }
  // Technical details and the notes to send are collapsed at first.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll("bounce-explainer")) {
      for (const details of el.shadowRoot.querySelectorAll("details")) details.open = true;
    }
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Returns the left x of the first `first` in the text of the first
 * element matching `selector` in widget `id`, and of the first `last`
 * after it.
 */
function positions(id, selector, first, last) {
  return page.locator(`#${id}`).locator(selector).first().evaluate(
    (element, [a, b]) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
      const text = nodes.map((node) => node.data).join("");
      const left = (offset, length) => {
        let node = 0;
        while (offset >= nodes[node].data.length) offset -= nodes[node++].data.length;
        const range = document.createRange();
        range.setStart(nodes[node], offset);
        range.setEnd(nodes[node], offset + length);
        return range.getBoundingClientRect().left;
      };
      const start = text.indexOf(a);
      const end = text.indexOf(b, start + a.length);
      if (start < 0 || end < 0) return { text };
      return { first: left(start, a.length), last: left(end, b.length) };
    },
    [first, last],
  );
}

test("widget text is left to right", async () => {
  for (const [id] of WIDGETS) {
    const direction = (selector) =>
      page.locator(`#${id}`).locator(selector).first().evaluate((el) => getComputedStyle(el).direction);
    assert.equal(await direction(".bx"), "ltr", `${id}: root`);
    assert.equal(await direction(".bx-status"), "ltr", `${id}: status`);
    assert.equal(await direction(".be-what"), "ltr", `${id}: card`);
    const status = await positions(id, ".bx-status", "E", ".");
    assert.ok(status.first < status.last, `${id}: the status's full stop is at its end: ${JSON.stringify(status)}`);
    const cardText = await page.locator(`#${id}`).locator(".be-what").first().textContent();
    const sentence = await positions(id, ".be-what", cardText[0], ".");
    assert.ok(sentence.first < sentence.last, `${id}: the card's full stop is at its end: ${JSON.stringify(sentence)}`);
  }
});

test("pasted text is left to right", async () => {
  for (const [id] of WIDGETS) {
    const direction = (selector) =>
      page.locator(`#${id}`).locator(selector).first().evaluate((el) => getComputedStyle(el).direction);
    assert.equal(await direction("textarea.bx-input"), "ltr", `${id}: text box`);
    assert.equal(await direction(".be-diagnostic"), "ltr", `${id}: diagnostic`);
    assert.equal(await direction(".be-facts dd"), "ltr", `${id}: reply`);
  }
  const reply = await positions("light", ".be-diagnostic", "<", ">");
  assert.ok(reply.first < reply.last, `the diagnostic's angle brackets are in order: ${JSON.stringify(reply)}`);
  const code = await positions("dark", ".be-diagnostic", "550", "[");
  assert.ok(code.first < code.last, `the diagnostic's code comes before the IP: ${JSON.stringify(code)}`);
});

test("note to send is left to right", async () => {
  const notes = page.locator("#light").locator(".bx-note-text");
  assert.ok((await notes.count()) > 0, "the first widget shows a note to send");
  assert.equal(await notes.first().evaluate((el) => getComputedStyle(el).direction), "ltr");
  const text = await notes.first().textContent();
  const [open, close] = text.includes("<") ? ["<", ">"] : [text.trim()[0], "."];
  const note = await positions("light", ".bx-note-text", open, close);
  assert.ok(note.first < note.last, `the note reads left to right: ${JSON.stringify(note)}`);
});

test("redacted text is left to right", async () => {
  await page.locator("#light").locator("button[data-action=redact]").click();
  const area = page.locator("#light").locator("textarea.bx-redacted-text");
  await area.waitFor();
  assert.equal(await area.evaluate((el) => getComputedStyle(el).direction), "ltr");
});
