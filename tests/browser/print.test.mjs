// The page printed, as a help-desk agent prints a result for a ticket:
// under print media the cards show their technical details (reply code,
// status and reply text) and the input box and buttons are left out.
import { test } from "node:test";
import assert from "node:assert/strict";

import { paste, sharedPage } from "./harness.mjs";
import { COMCAST_BOUNCE } from "./bounces.mjs";

const shared = sharedPage();

const TWO_RECIPIENTS = `This is the mail system at host mail.example.com.

<bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.1.1
    <bob@example.net>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)

${COMCAST_BOUNCE}`;

test("print shows cards with details", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, TWO_RECIPIENTS), "done");
  await page.emulateMedia({ media: "print" });
  try {
    const cards = page.locator(".be-card");
    assert.equal(await cards.count(), 2);
    for (let i = 0; i < 2; i++) {
      const facts = cards.nth(i).locator(".be-facts");
      assert.ok(await facts.isVisible(), `card ${i + 1}: technical details are hidden`);
      assert.match(await facts.innerText(), /5\.\d\.1/, `card ${i + 1}: no status code in the details`);
    }
    assert.ok(await page.locator("#report").isVisible(), "the results are hidden");
  } finally {
    await page.emulateMedia({ media: "screen" });
  }
});

test("print leaves out input and buttons", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, TWO_RECIPIENTS), "done");
  await page.emulateMedia({ media: "print" });
  try {
    assert.ok(!(await page.locator("#bounce").isVisible()), "the input box is printed");
    assert.ok(!(await page.locator("#file").isVisible()), "the file input is printed");
    const buttons = page.locator("button");
    for (let i = 0; i < (await buttons.count()); i++) {
      const label = await buttons.nth(i).textContent();
      assert.ok(!(await buttons.nth(i).isVisible()), `the button "${label}" is printed`);
    }
    const pdf = await page.pdf({ format: "A4" });
    assert.ok(pdf.length > 1000, "the printout is empty");
  } finally {
    await page.emulateMedia({ media: "screen" });
  }
});

// The knowledge table's removal page, with the IP in its query: a printed
// card cannot be clicked, so it must carry the whole address.
test("print shows whole removal addresses", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, COMCAST_BOUNCE), "done");
  const links = page.locator(".be-card .be-links");
  const urls = await links.locator("a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
  assert.ok(urls.length > 0, "no removal links");
  assert.ok(!(await links.innerText()).includes(urls[0]), "the whole address shows on screen");
  await page.emulateMedia({ media: "print" });
  try {
    const printed = await links.innerText();
    for (const url of urls) assert.ok(printed.includes(url), `${url} is not printed:\n${printed}`);
  } finally {
    await page.emulateMedia({ media: "screen" });
  }
});

test("screen still shows input and closed details", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, TWO_RECIPIENTS), "done");
  assert.ok(await page.locator("#bounce").isVisible(), "the input box is hidden on screen");
  assert.ok(!(await page.locator(".be-card .be-facts").first().isVisible()), "details are open on screen");
});
