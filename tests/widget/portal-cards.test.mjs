// The portal's settings on <bounce-explainer>'s cards, in headless
// Chromium. A block of the portal's own IP names its contact instead of
// removal links, and custom explanations and notes are shown. Cards the
// user acts on offer no note to support. Invalid settings are shown and
// thrown, and the previous ones stay in force.
import { test } from "node:test";
import assert from "node:assert/strict";

import { widgetSession } from "./browser.mjs";
import { COMCAST, openHost, paste, shadowText } from "./host-page.mjs";

const session = widgetSession();

test("portal IP shows its contact, not removal", async () => {
  const { page } = await openHost(session);
  const event = await paste(page, "first", COMCAST("192.0.2.5"));
  assert.deepEqual(event.advice[0].ownServer, { ip: "192.0.2.5", by: "range" });
  const own = await shadowText(page, "first", "[data-field=own-server]");
  assert.match(own[0], /192\.0\.2\.5 is one of Example Mail's sending servers\. This is our server/);
  const contact = await shadowText(page, "first", "[data-field=contact]");
  assert.match(contact[0], /Example Mail support, support@example\.com, https:\/\/example\.com\/help/);
  const steps = await shadowText(page, "first", ".be-steps li");
  assert.match(steps[0], /Tell Example Mail support <support@example\.com> about this bounce/);
  assert.equal(await page.locator("#first").locator(".be-links li").count(), 0, "no removal links");
  const note = await shadowText(page, "first", "[data-field=party-note]");
  assert.match(note[0], /^To: Example Mail support <support@example\.com>/);
  assert.match(note[0], /Sending IP address as the receiver saw it: 192\.0\.2\.5/);
  await page.close();
});

test("contact with only a text reads well", async () => {
  const { page } = await openHost(session);
  // The host gives the second widget's recipient contact only a text.
  await paste(page, "second", "552 5.2.2 <bob@example.org>: Mailbox full");
  const recipient = await shadowText(page, "second", "[data-field=contact]");
  assert.equal(recipient[0], "Contact: Ask the recipient to whitelist us.");

  await page.evaluate(() =>
    document.getElementById("second").configure({
      name: "Other Portal",
      sendingIps: ["198.51.100.0/24"],
      contacts: { admin: { text: "Open a ticket in the portal." } },
    }),
  );
  await paste(page, "second", COMCAST("198.51.100.9"));
  const admin = await shadowText(page, "second", "[data-field=contact]");
  assert.equal(admin[0], "Contact: Open a ticket in the portal.");
  const steps = await shadowText(page, "second", ".be-steps li");
  assert.match(steps[0], /^Tell our support team about this bounce/);
  const note = await shadowText(page, "second", "[data-field=party-note]");
  assert.match(note[0], /^To: Other Portal support\n/);
  await page.close();
});

test("other IP keeps removal links", async () => {
  const { page } = await openHost(session);
  await paste(page, "first", COMCAST("203.0.113.5"));
  assert.equal(await page.locator("#first").locator("[data-field=own-server]").count(), 0);
  const links = await shadowText(page, "first", ".be-links li a");
  assert.ok(links.some((l) => /Cloudmark/.test(l)), links.join("; "));
  await page.close();
});

test("custom explanation and link are shown", async () => {
  const { page } = await openHost(session);
  await paste(page, "first", "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown");
  const what = await shadowText(page, "first", ".be-what");
  assert.equal(what[0], "The address does not exist at the receiving side (Example Mail wording).");
  const note = await shadowText(page, "first", "[data-field=portal-note]");
  assert.equal(note[0], "Note from Example Mail: Check the address in your Example Mail contacts first.");

  await paste(page, "second", COMCAST("203.0.113.5"));
  const second = await shadowText(page, "second", "[data-field=portal-note]");
  assert.match(second[0], /Other Portal customers: use our Comcast form first\./);
  const links = await page.locator("#second").locator(".be-links a").evaluateAll((as) => as.map((a) => a.href));
  assert.ok(links.includes("https://portal.example.net/comcast"), links.join(" "));
  await page.close();
});

test("user-acting card offers no note", async () => {
  const { page } = await openHost(session);
  const replies = [
    "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown",
    "552 5.3.4 Message size exceeds fixed maximum message size",
    "550 5.7.1 Message rejected as spam by Content Filtering",
  ];
  for (const reply of replies) {
    await paste(page, "first", reply);
    assert.deepEqual(await shadowText(page, "first", "[data-field=who]"), ["You"], reply);
    const headings = await shadowText(page, "first", ".bx-note summary");
    assert.deepEqual(headings, [], `${reply}: no note to the portal's support`);
    assert.equal(await page.locator("#first").locator("[data-action=copy-note]").count(), 0, reply);
  }
  // A block of an IP that is not the portal's is the administrator's to
  // clear, so that card keeps its note to the portal's support.
  await paste(page, "first", COMCAST("203.0.113.5"));
  const headings = await shadowText(page, "first", ".bx-note summary");
  assert.deepEqual(headings, ["Ready-to-send note to Example Mail support <support@example.com>"]);
  await page.close();
});

test("who-acts note for recipient goes to postmaster", async () => {
  const { page } = await openHost(session);
  await paste(page, "second", "554 5.4.6 <bob@example.org>: Hop count exceeded - possible mail loop");
  const note = await shadowText(page, "second", "[data-field=party-note]");
  assert.match(note[0], /^To: Postmaster <postmaster@example\.org>/);
  assert.match(note[0], /Codes: reply code 554, enhanced status code 5\.4\.6/);
  await page.close();
});

test("bad settings are shown and thrown", async () => {
  const { page } = await openHost(session);
  const thrown = await page.evaluate(() => {
    try {
      document.getElementById("second").configure({ sendingIps: ["192.0.2.0/40"], contacts: { boss: {} } });
      return null;
    } catch (e) {
      return { name: e.name, fields: e.errors.map((x) => x.field) };
    }
  });
  assert.deepEqual(thrown, { name: "SettingsError", fields: ["sendingIps[0]", "contacts.boss"] });
  // The previous settings stay in force.
  await paste(page, "second", COMCAST("198.51.100.9"));
  assert.equal(await page.locator("#second").locator("[data-field=own-server]").count(), 1);

  await page.evaluate(() => {
    const script = document.createElement("script");
    script.type = "application/json";
    script.id = "broken";
    script.textContent = '{"domains": ["ok.example", "no spaces allowed"]}';
    document.body.append(script);
    const el = document.createElement("bounce-explainer");
    el.id = "third";
    el.setAttribute("settings", "broken");
    document.body.append(el);
  });
  const box = page.locator("#third").locator(".bx-settings-error");
  await box.waitFor();
  assert.match(await box.textContent(), /domains\[1\]: "no spaces allowed" is not a domain name/);
  await page.close();
});

test("properties set before upgrade apply", async () => {
  const { page } = await openHost(session);
  await page.evaluate(async () => {
    // An element created under a name not yet defined keeps plain own
    // properties until it is upgraded.
    const el = document.createElement("bounce-explainer-late");
    el.id = "late";
    el.settings = { name: "Late Portal", sendingIps: ["198.51.100.0/24"] };
    el.value = "550 5.7.1 Service unavailable; Client host [198.51.100.8] blocked using zen.spamhaus.org";
    document.body.append(el);
    const { BounceExplainerElement } = await import("/www/widget/element.js");
    customElements.define("bounce-explainer-late", class extends BounceExplainerElement {});
  });
  const own = page.locator("#late").locator("[data-field=own-server]");
  await own.waitFor();
  assert.match(await own.textContent(), /198\.51\.100\.8 is one of Late Portal's sending servers/);
  await page.close();
});
