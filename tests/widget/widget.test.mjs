// <bounce-explainer> in headless Chromium: a host page with two widgets
// and different settings, served under a strict Content-Security-Policy.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

import { launch, watchedPage } from "./browser.mjs";
import { serveFolder } from "./server.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HOST = "/tests/widget/host/index.html";
const COMCAST = (ip) =>
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net " +
  `${ip} found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010`;

const RAW_BOUNCE = [
  "From: Mail Delivery System <MAILER-DAEMON@mail.example.com>",
  "To: Jane Roe <jane.roe@example.com>",
  "Subject: Undelivered Mail Returned to Sender",
  "Message-Id: <20240101120000.ABCDEF@mail.example.com>",
  "",
  "<bob@example.org>: host mx.example.org[198.51.100.2] said: 554 5.7.1",
  "    Service unavailable; Client host [203.0.113.77] blocked using",
  "    zen.spamhaus.org (in reply to RCPT TO command)",
].join("\n");

let server;
let browser;

before(async () => {
  server = await serveFolder(ROOT, { delays: { "/tests/widget/host/slow.js": 700 } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openHost() {
  const watched = await watchedPage(browser.context, server.url);
  const { page } = watched;
  await page.addInitScript(() => {
    window.__events = [];
    document.addEventListener("bounce-explained", (e) => {
      window.__events.push({ id: e.target.id, report: e.detail.report, advice: e.detail.advice });
    });
  });
  await page.goto(server.url + HOST);
  await page.waitForFunction(() =>
    [...document.querySelectorAll("bounce-explainer")].every(
      (el) => el.shadowRoot && !el.shadowRoot.querySelector(".bx").hidden,
    ),
  );
  return watched;
}

// Types into one widget and waits for its next bounce-explained event.
async function paste(page, id, text) {
  const count = await page.evaluate(() => window.__events.length);
  await page.locator(`#${id} textarea.bx-input`).fill(text);
  await page.waitForFunction(
    ([n, target]) => window.__events.slice(n).some((e) => e.id === target),
    [count, id],
  );
  return page.evaluate((target) => window.__events.filter((e) => e.id === target).at(-1), id);
}

function shadowText(page, id, selector) {
  return page.locator(`#${id}`).locator(selector).allTextContents();
}

test("two widgets load with no CSP violation", async () => {
  const { page, problems } = await openHost();
  assert.equal(await page.locator("bounce-explainer").count(), 2);
  await paste(page, "first", COMCAST("192.0.2.5"));
  await paste(page, "second", COMCAST("203.0.113.5"));
  const found = await problems();
  assert.deepEqual(found.violations, []);
  assert.deepEqual(found.errors, []);
  assert.deepEqual(found.foreign, []);
  await page.close();
});

test("CSP watcher sees an inline style", async () => {
  // Proves the check above can fail: an inline <style> is blocked.
  const { page, problems } = await openHost();
  await page.evaluate(() => {
    const style = document.createElement("style");
    style.textContent = "body { color: red }";
    document.head.append(style);
  });
  await page.waitForFunction(() => window.__violations.length > 0);
  assert.match((await problems()).violations[0], /^style-src/);
  await page.close();
});

test("event carries the Report and advice", async () => {
  const { page } = await openHost();
  const event = await paste(page, "second", COMCAST("203.0.113.5"));
  const r = event.report.recipients[0];
  assert.equal(event.report.input_kind, "smtp_reply");
  assert.equal(r.provider, "comcast");
  assert.equal(r.code, "BL000010");
  assert.equal(r.sender_ip, "203.0.113.5");
  assert.equal(event.advice.length, 1);
  assert.equal(event.advice[0].ownServer, null);
  assert.equal(event.advice[0].override, "comcast/BL000010");
  await page.close();
});

test("theme reaches into the shadow root", async () => {
  const { page } = await openHost();
  await paste(page, "first", COMCAST("192.0.2.5"));
  await paste(page, "second", COMCAST("203.0.113.5"));
  const style = (id, selector, property) =>
    page.locator(`#${id}`).locator(selector).first().evaluate((el, p) => getComputedStyle(el)[p], property);
  assert.equal(await style("first", "button[data-action=explain]", "backgroundColor"), "rgb(0, 102, 51)");
  assert.equal(await style("first", ".be-card", "borderTopLeftRadius"), "0px");
  assert.equal(await style("first", ".be-card", "backgroundColor"), "rgb(240, 248, 240)");
  assert.match(await style("first", ".bx-label", "fontFamily"), /Georgia/);
  assert.equal(await style("second", "button[data-action=explain]", "backgroundColor"), "rgb(128, 0, 128)");
  // compact hides the privacy line; the first widget shows it.
  assert.equal(await style("second", ".bx-privacy", "display"), "none");
  assert.equal(await style("first", ".bx-privacy", "display"), "block");
  assert.equal(await shadowText(page, "first", ".bx-label").then((t) => t[0]), "Paste your bounce here");
  await page.close();
});

test("portal IP shows its contact, not removal", async () => {
  const { page } = await openHost();
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
  const { page } = await openHost();
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
  const { page } = await openHost();
  await paste(page, "first", COMCAST("203.0.113.5"));
  assert.equal(await page.locator("#first").locator("[data-field=own-server]").count(), 0);
  const links = await shadowText(page, "first", ".be-links li a");
  assert.ok(links.some((l) => /Cloudmark/.test(l)), links.join("; "));
  await page.close();
});

test("custom explanation and link are shown", async () => {
  const { page } = await openHost();
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
  const { page } = await openHost();
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

test("redact masks people and keeps the IP", async () => {
  const { page } = await openHost();
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await paste(page, "first", RAW_BOUNCE);
  await page.locator("#first").locator("button[data-action=redact]").click();
  const area = page.locator("#first").locator("textarea.bx-redacted-text");
  const redacted = await area.inputValue();
  for (const secret of ["Jane", "Roe", "jane.roe", "bob@", "ABCDEF", "mail.example.com"]) {
    assert.ok(!redacted.includes(secret), `"${secret}" left in:\n${redacted}`);
  }
  // The bounce's own subject names no one, and the explainer reads it.
  assert.match(redacted, /^Subject: Undelivered Mail Returned to Sender$/m);
  assert.match(redacted, /Client host \[203\.0\.113\.77\] blocked using/);
  assert.match(redacted, /zen\.spamhaus\.org/);
  assert.match(redacted, /mx\.example\.org\[198\.51\.100\.2\] said: 554 5\.7\.1/);
  assert.match(redacted, /MAILER-DAEMON@host-1\.example/);
  // The copy finishes after the panel is filled; wait for its status line.
  await page.locator("#first").locator(".bx-status", { hasText: "Redacted text copied" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), redacted);
  await page.close();
});

test("bad settings are shown and thrown", async () => {
  const { page } = await openHost();
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

test("who-acts note for recipient goes to postmaster", async () => {
  const { page } = await openHost();
  await paste(page, "second", "554 5.4.6 <bob@example.org>: Hop count exceeded - possible mail loop");
  const note = await shadowText(page, "second", "[data-field=party-note]");
  assert.match(note[0], /^To: Postmaster <postmaster@example\.org>/);
  assert.match(note[0], /Codes: reply code 554, enhanced status code 5\.4\.6/);
  await page.close();
});

test("mention note gives code meaning", async () => {
  const { page } = await openHost();
  const text = "Per the runbook, a 550 5.1.1 means the recipient does not exist; a 452 4.2.2 means the mailbox is full.";
  const event = await paste(page, "first", text);
  assert.equal(event.report.recipients.length, 0);
  const notes = await shadowText(page, "first", ".be-note-info");
  const mention = notes.find((note) => note.includes("mentions the replies 550 5.1.1 and 452 4.2.2"));
  assert.ok(mention, notes.join(" | "));
  assert.match(mention, /In general, 5\.1\.1 means the recipient's address does not exist/);
  assert.match(mention, /In general, 4\.2\.2 means the recipient's mailbox is full\./);
  await page.close();
});

test("forwarded recipient names the address sent to", async () => {
  const { page } = await openHost();
  const line =
    "<sales@example.net> (expanded from <info@example.org>): host mx.example.net[203.0.113.10] " +
    "said: 550 5.1.1 User unknown (in reply to RCPT TO command)";
  const event = await paste(page, "second", line);
  assert.equal(event.report.recipients[0].original_recipient, "info@example.org");
  const shown = await shadowText(page, "second", ".be-card [data-field=forwarded]");
  assert.deepEqual(shown, ["Sent to info@example.org, forwarded to sales@example.net"]);
  await page.close();
});

test("large paste is explained in a worker", async () => {
  const { page, problems } = await openHost();
  // Over the 32 KB worker threshold: the bounce line after 40 KB of text.
  const filler = "This line is part of a long forwarded message body.\n".repeat(800);
  const event = await paste(page, "first", `${filler}${COMCAST("192.0.2.5")}`);
  assert.equal(event.report.recipients[0].sender_ip, "192.0.2.5");
  assert.ok(server.requests.includes("/www/widget/worker.js"), "worker.js was loaded");
  const found = await problems();
  assert.deepEqual(found.violations, []);
  assert.deepEqual(found.errors, []);
  await page.close();
});

test("trap on the main thread moves pastes to a worker", async () => {
  const { page, problems } = await openHost();
  await paste(page, "first", COMCAST("192.0.2.5"));
  // Overwrite the shared instance's memory, as a wild write in the module
  // would; the next main-thread call traps with "memory access out of bounds".
  await page.evaluate(async () => {
    const glue = await import("/www/pkg/bounce_explainer.js");
    const exports = await glue.default();
    new Uint8Array(exports.memory.buffer).fill(0xff);
  });
  await page.evaluate(() => {
    window.__errors = [];
    document.addEventListener("bounce-error", (e) => window.__errors.push(String(e.detail.error)));
  });
  await page.locator("#first textarea.bx-input").fill(COMCAST("192.0.2.6"));
  await page.locator("#first").locator(".bx-status", { hasText: "Try again" }).waitFor();
  const errors = await page.evaluate(() => window.__errors);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /RuntimeError/);
  // The previous paste's card must not stay under the text that failed.
  const results = page.locator("#first .bx-results");
  assert.equal(await results.locator(".be-card").count(), 0, "the previous card is gone");
  assert.doesNotMatch(await results.innerText(), /192\.0\.2\.5/);
  assert.equal(await page.evaluate(() => document.getElementById("first").report), null);

  // The next paste, though small, is explained by a fresh worker.
  const workerLoads = () => server.requests.filter((path) => path === "/www/widget/worker.js").length;
  const before = workerLoads();
  const event = await paste(page, "first", COMCAST("192.0.2.7"));
  assert.equal(event.report.recipients[0].sender_ip, "192.0.2.7");
  assert.equal(workerLoads(), before + 1, "a worker was started for the small paste");
  // The JS API on the main thread says plainly that it stopped.
  const message = await page.evaluate(async () => {
    const api = await import("/www/widget/index.js");
    try {
      api.explain("550 5.1.1 unknown user");
      return "no error";
    } catch (error) {
      return error.message;
    }
  });
  assert.match(message, /stopped after an internal error.*reload the page/);
  const found = await problems();
  assert.deepEqual(found.violations, []);
  await page.close();
});

test("properties set before upgrade apply", async () => {
  const { page } = await openHost();
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

test("hostile paste stays text", async () => {
  const { page, problems } = await openHost();
  const hostile = [
    '550 5.1.1 <"><img src="http://203.0.113.1/x.png" onerror="alert(1)">@example.org> User unknown',
    "See javascript:alert(1) and http://198.51.100.66/phish for help",
    '<script>window.__pwned = true</script><style>*{display:none}</style>',
  ].join("\n");
  await paste(page, "first", hostile);
  await page.locator("#first").locator("button[data-action=redact]").click();
  await page.locator("#first").locator("textarea.bx-redacted-text").waitFor();
  const shadow = page.locator("#first");
  assert.equal(await shadow.locator("img, script, style, iframe").count(), 0);
  const hrefs = await shadow.locator("a").evaluateAll((as) => as.map((a) => a.href));
  for (const href of hrefs) assert.ok(!/javascript:|198\.51\.100\.66|203\.0\.113\.1/.test(href), href);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const found = await problems();
  assert.deepEqual(found.foreign, []);
  assert.deepEqual(found.violations, []);
  await page.close();
});
