// Portal settings shown by <bounce-explainer> in Chromium: the name,
// contact fields, notes, link labels and any rejected value are the
// portal's text, not the widget's. Invisible and bidi characters in them
// are shown as escapes such as ⟨U+202E⟩, as in pasted text, so that a
// right-to-left override in a name cannot reverse the widget's sentence.
import { test } from "node:test";
import assert from "node:assert/strict";

import { watchedPage, widgetSession } from "./browser.mjs";

const HOST = "/tests/widget/host/index.html";
// The characters the widget writes as escapes, among those used below.
const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/u;

const SETTINGS = {
  name: "Example \u202EliaM Mail",
  sendingIps: ["192.0.2.0/24"],
  contacts: {
    admin: {
      name: "Help \u202Eksed",
      email: "support@example.com",
      phone: "+1 555 \u2067010\u2069",
      url: "https://example.com/help",
      text: "Call us \u2067at 555\u2069",
    },
  },
  explanations: {
    "5.1.1": {
      whoActs: "admin",
      note: "Check \u202Etcatnoc\u202C first.",
      link: { label: "Our \u200Bhelp page", url: "https://example.com/5.1.1" },
    },
  },
};
const OWN_BLOCK = "554 5.7.1 Service unavailable; Client host [192.0.2.191] blocked using zen.spamhaus.org";
const UNKNOWN = "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown";

const session = widgetSession();

async function openHost() {
  const { page } = await watchedPage(session.browser.context, session.server.url);
  await page.goto(session.server.url + HOST);
  await page.waitForFunction(() => !document.getElementById("second").shadowRoot?.querySelector(".bx").hidden);
  await page.evaluate((settings) => document.getElementById("second").configure(settings), SETTINGS);
  return page;
}

async function show(page, text) {
  await page.evaluate((value) => (document.getElementById("second").value = value), text);
  await page.locator("#second .be-card").first().waitFor();
}

async function texts(page, selector) {
  return page.locator(`#second ${selector}`).allTextContents();
}

function assertEscaped(label, shown) {
  assert.ok(shown.length > 0, `${label}: nothing shown`);
  for (const text of shown) {
    assert.doesNotMatch(text, HIDDEN, `${label}: ${JSON.stringify(text)}`);
    assert.match(text, /⟨U\+[0-9A-F]{4}⟩/u, `${label}: ${JSON.stringify(text)}`);
  }
}

test("own-server line escapes the name", async () => {
  const page = await openHost();
  await show(page, OWN_BLOCK);
  const own = await texts(page, "[data-field=own-server]");
  assertEscaped("own server", own);
  assert.match(own[0], /^192\.0\.2\.191 is one of Example ⟨U\+202E⟩liaM Mail's sending servers\./u);
  assertEscaped("contact", await texts(page, "[data-field=contact]"));
  assertEscaped("steps", [(await texts(page, ".be-steps li")).join(" ")]);
  await page.close();
});

test("portal note, contact and link escape", async () => {
  const page = await openHost();
  await show(page, UNKNOWN);
  const note = await texts(page, "[data-field=portal-note]");
  assertEscaped("portal note", note);
  assert.match(note[0], /^Note from Example ⟨U\+202E⟩liaM Mail: Check ⟨U\+202E⟩tcatnoc⟨U\+202C⟩ first\.$/u);
  const contact = await texts(page, "[data-field=contact]");
  assertEscaped("contact", contact);
  assert.match(contact[0], /Help ⟨U\+202E⟩ksed/u);
  assert.match(contact[0], /Call us ⟨U\+2067⟩at 555⟨U\+2069⟩/u);
  const link = (await texts(page, ".be-links a")).filter((label) => label.includes("help page"));
  assertEscaped("link label", link);
  await page.close();
});

test("rejected settings value is escaped", async () => {
  const page = await openHost();
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.type = "application/json";
    script.id = "bad-settings";
    script.textContent = JSON.stringify({ domains: ["mail.\u202Eelpmaxe.com"] });
    document.head.append(script);
    document.getElementById("first").setAttribute("settings", "bad-settings");
  });
  const box = page.locator("#first .bx-settings-error");
  await box.waitFor();
  const shown = await box.locator("li").allTextContents();
  assertEscaped("settings error", shown);
  await page.close();
});
