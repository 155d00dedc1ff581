// Hostile pastes in Chromium: nothing runs, nothing loads, no link from
// the text becomes clickable, and hidden or lookalike characters are
// shown to the reader instead of fooling them.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { knowledgeUrlPatterns, linksNotFromKnowledge, openPage, paste, startServer } from "./harness.mjs";
import { HOSTILE } from "./hostile-corpus.mjs";

// Elements the page itself never creates after load, so any of them would
// have come from the pasted text.
const FOREIGN_ELEMENTS =
  "img, iframe, frame, object, embed, svg, math, style, form, base, video, audio, " +
  'input:not([type="file"]), link:not([rel="stylesheet"]):not([rel="icon"]), meta[http-equiv="refresh" i]';

const HIDDEN_CHARS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

let server;
let session;
const patterns = knowledgeUrlPatterns();

before(async () => {
  server = await startServer();
  session = await openPage(server.origin);
});

after(async () => {
  await session?.close();
  await server?.close();
});

for (const sample of HOSTILE) {
  test(`hostile paste: ${sample.name}`, async () => {
    const { page, record } = session;
    assert.equal(await paste(page, sample.text), "done");

    assert.equal(await page.evaluate(() => window.__pwned), undefined, "no payload ran");
    assert.deepEqual(record.dialogs, [], "no dialog opened");
    assert.deepEqual(await page.$$eval(FOREIGN_ELEMENTS, (els) => els.map((el) => el.outerHTML)), []);
    const scripts = await page.$$eval("script", (els) => els.map((el) => el.getAttribute("src")));
    assert.deepEqual(scripts, ["app.js"], "only the page's own script");
    assert.deepEqual(await linksNotFromKnowledge(page, patterns), [], "every link is from the knowledge tables");
    assert.equal(await page.evaluate(() => location.pathname), "/", "the page did not navigate");

    const mirror = await page.locator("#mirror").textContent();
    const bodyText = await page.evaluate(() => document.body.textContent);
    if (sample.hidden) {
      assert.match(mirror, /⟨U\+202E⟩/);
      assert.match(mirror, /⟨U\+200B⟩/);
      assert.doesNotMatch(bodyText, HIDDEN_CHARS, "no hidden character is displayed raw");
      const notes = await page.locator(".be-note-warning").allTextContents();
      assert.ok(notes.some((note) => /invisible or direction-changing/.test(note)), notes.join(" | "));
    } else {
      assert.equal(mirror, sample.text, "the text is shown exactly, as text");
    }
    if (sample.lookalike) {
      const notes = await page.locator(".be-note-warning").allTextContents();
      assert.ok(
        notes.some((note) => note.includes(sample.lookalike) && /look like/.test(note)),
        `a lookalike warning names ${sample.lookalike}: ${notes.join(" | ")}`,
      );
    }
    if (sample.forged) {
      const hrefs = await page.$$eval("a[href]", (links) => links.map((a) => a.href));
      assert.ok(!hrefs.some((href) => href.includes(sample.forged)), hrefs.join(", "));
      assert.ok(mirror.includes("comcast-unblock.evil.example"), "the fake link stays visible as text");
    }
  });
}

test("hostile pastes load nothing and break no policy", async () => {
  assert.deepEqual(session.record.foreign, [], "no request to another origin");
  assert.deepEqual(await session.cspViolations(), [], "no CSP violation");
  assert.deepEqual(session.record.pageErrors, [], "no uncaught page error");
});
