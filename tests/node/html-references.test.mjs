// Character references in an HTML-only NDR, through the built WASM module
// (www/pkg). The page must quote the IP a mail client displays: a digit,
// dot or invisible character written as a reference inside the IP is read
// as that character, never as the end of the address. Named references
// once decoded natively and not on wasm32, so the page needs its own test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { explain } from "../../www/pkg/bounce_explainer.js";

await init({ module_or_path: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const ndr = (ip) =>
  [
    "From: Microsoft Outlook <postmaster@example.com>",
    "To: alice@example.com",
    "Subject: Undeliverable: Quarterly report",
    "MIME-Version: 1.0",
    "Content-Type: text/html; charset=utf-8",
    "",
    "<p>Your message to bob@example.net couldn't be delivered.</p>",
    `<p>Remote server returned '550 5.7.1 Service unavailable; Client host [${ip}] blocked using zen.spamhaus.org'</p>`,
    "",
  ].join("\n");

test("references inside an IP read whole", () => {
  const forms = ["&#49;92.0.2.10", "192.0.2.1&#x30;", "192&period;0.2.10", "192.0.2.1&shy;0", "192.0.2.1&ZeroWidthSpace;0"];
  for (const form of forms) {
    const cards = explain(ndr(form)).recipients;
    assert.equal(cards.length, 1, form);
    assert.equal(cards[0].recipient, "bob@example.net", form);
    assert.equal(cards[0].sender_ip, "192.0.2.10", form);
  }
});
