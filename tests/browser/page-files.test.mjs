// The page in Chromium with files and large input: a dropped or chosen
// .eml file, input handed to the worker, a newer paste ending a running
// worker, results shown in batches, and a restart after the module traps.
// Of several files dropped at once only the first is read, and the file
// note names the others.
import { test } from "node:test";
import assert from "node:assert/strict";

import { clearInput, openPage, paste, setInput, sharedPage } from "./harness.mjs";
import { COMCAST_BOUNCE } from "./bounces.mjs";

const shared = sharedPage();

test("dropped eml file explained from its bytes", async () => {
  const { page } = shared.session;
  // A Latin-1 body: read as bytes, the module decodes it by its charset.
  const eml = [
    "From: MAILER-DAEMON@mail.example.com",
    "To: alice@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=iso-8859-1",
    "Content-Transfer-Encoding: 8bit",
    "",
    "Die Nachricht konnte nicht zugestellt werden (Empf\xe4nger unbekannt).",
    "",
    "<carol@example.net>: host mx.example.net[198.51.100.2] said: 550 5.1.1",
    "    <carol@example.net>: Recipient address rejected: User unknown in",
    "    virtual mailbox table (in reply to RCPT TO command)",
    "",
  ].join("\n");
  await clearInput(page);
  await page.setInputFiles("#file", {
    name: "bounce.eml",
    mimeType: "message/rfc822",
    buffer: Buffer.from(eml, "latin1"),
  });
  await page.waitForSelector('main[data-state="done"]');
  assert.equal(await page.locator(".be-recipient").first().textContent(), "carol@example.net");
  assert.match(await page.locator(".be-facts").first().textContent(), /5\.1\.1/);
  assert.match(await page.inputValue("#bounce"), /Recipient address rejected/);
});

test("file dropped on the input explained", async () => {
  const { page } = shared.session;
  await clearInput(page);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "comcast.eml", { type: "message/rfc822" }));
    const zone = document.querySelector("#input-section");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, COMCAST_BOUNCE);
  await page.waitForSelector('main[data-state="done"]');
  assert.equal(await page.locator(".be-ip-value").first().textContent(), "203.0.113.5");
  assert.equal(await page.inputValue("#bounce"), COMCAST_BOUNCE);
  assert.match(await page.locator("#status").textContent(), /Explained 1 recipient/);
  assert.ok(await page.locator("#file-note").isHidden(), "one file needs no note");
});

/** Drops `files` ({ name, text }) on the input section at once, as a file manager does. */
async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const data = new DataTransfer();
    for (const { name, text } of files) data.items.add(new File([text], name, { type: "message/rfc822" }));
    const zone = document.querySelector("#input-section");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

const userUnknown = (user) => `550 5.1.1 <${user}@example.net>: Recipient address rejected: User unknown`;

test("several dropped files name the unread ones", async () => {
  const { page } = shared.session;
  await clearInput(page);
  await dropFiles(page, [
    { name: "comcast.eml", text: COMCAST_BOUNCE },
    { name: "erin.eml", text: userUnknown("erin") },
    { name: "frank.eml", text: userUnknown("frank") },
  ]);
  await page.waitForSelector('main[data-state="done"]');
  assert.equal(await page.inputValue("#bounce"), COMCAST_BOUNCE, "the first file is in the text box");
  assert.equal(await page.locator(".be-ip-value").first().textContent(), "203.0.113.5");
  assert.deepEqual(await page.locator(".be-recipient").allTextContents(), ["bob@comcast.net"]);
  assert.ok(await page.locator("#file-note").isVisible(), "the note beside the text box is shown");
  // The status line names only the file read, so the note must be heard too.
  assert.equal(await page.locator("#file-note").getAttribute("aria-live"), "polite");
  assert.equal(
    await page.locator("#file-note").textContent(),
    "Only the first of the 3 files, comcast.eml, was read. " +
      "The others were not read: erin.eml and frank.eml. Drop or open one file at a time.",
  );

  await dropFiles(page, [{ name: "erin.eml", text: userUnknown("erin") }]);
  await page.waitForFunction(() => document.querySelector("#bounce").value.includes("erin@"));
  await page.waitForSelector('main[data-state="done"]');
  assert.ok(await page.locator("#file-note").isHidden(), "a single file clears the note");
});

// Each case: the files dropped together, the state the page ends in, and
// the whole file note.
const DROPPED_FILE_CASES = [
  {
    name: "two files",
    users: ["erin", "frank"],
    state: "done",
    note:
      "Only the first of the 2 files, erin.eml, was read. " +
      "The other, frank.eml, was not read. Drop or open one file at a time.",
  },
  {
    name: "more than five others",
    users: ["erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "niaj"],
    state: "done",
    note:
      "Only the first of the 8 files, erin.eml, was read. The others were not read: " +
      "frank.eml, grace.eml, heidi.eml, ivan.eml, judy.eml and 2 more. Drop or open one file at a time.",
  },
  {
    name: "empty first file",
    users: ["empty", "erin"],
    state: "empty-file",
    note:
      "The file empty.eml is empty: there is nothing to explain. " +
      "Only the first of the 2 files, empty.eml, was read. " +
      "The other, erin.eml, was not read. Drop or open one file at a time.",
  },
];

test("dropped file counts named in note", async () => {
  const { page } = shared.session;
  for (const { name, users, state, note } of DROPPED_FILE_CASES) {
    await clearInput(page);
    const files = users.map((user) => ({ name: `${user}.eml`, text: user === "empty" ? "" : userUnknown(user) }));
    await dropFiles(page, files);
    await page.waitForSelector(`main[data-state="${state}"]`);
    const recipients = await page.locator(".be-recipient:visible").allTextContents();
    const expected = state === "done" ? [`${users[0]}@example.net`] : [];
    assert.deepEqual(recipients, expected, `${name}: only the first file is explained`);
    assert.equal(await page.locator("#file-note").textContent(), note, `${name}: file note`);
  }
});

test("large input explained in the worker", async () => {
  const { page } = shared.session;
  const filler = "X-Filler: " + "a".repeat(70) + "\n";
  const large = filler.repeat(Math.ceil((300 * 1024) / filler.length)) + "\n" + COMCAST_BOUNCE;
  assert.ok(large.length > 256 * 1024);
  const workers = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  assert.equal(await paste(page, large), "done");
  assert.ok(workers.some((url) => url.endsWith("/worker.js")), `worker started: ${workers.join(", ")}`);
  assert.equal(await page.locator(".be-ip-value").first().textContent(), "203.0.113.5");
  assert.ok(await page.locator("#mirror-note").isVisible(), "the long-text note is shown");
  assert.deepEqual(await page.locator("#mirror mark.be-mark-ip").allTextContents(), ["203.0.113.5"]);
});

// The timeout guards against a worker that is never ended: the test
// waits for its "close" event.
test("newer paste ends a running worker", { timeout: 120_000 }, async () => {
  // A worker that never answers stays busy for as long as the test needs,
  // so the newer paste always arrives while the older job runs, however
  // fast the engine is.
  const own = await openPage(shared.server.origin);
  try {
    await own.context.route("**/worker.js", (route) =>
      route.fulfill({ contentType: "text/javascript", body: "self.onmessage = () => {};" }),
    );
    const { page } = own;
    const started = page.waitForEvent("worker", { timeout: 120_000 });
    // Over 32 KB, so the page hands it to the worker.
    await setInput(page, "550 5.1.1 <a@example.net>: User unknown\n".repeat(2000));
    await page.waitForSelector('main[data-state="busy"]');
    const worker = await started;
    const ended = new Promise((resolve) => worker.once("close", () => resolve(worker.url())));
    await setInput(page, "550 5.1.1 <erin@example.net>: User unknown");
    await page.waitForSelector('main[data-state="done"]');
    assert.equal(await page.locator(".be-card").count(), 1);
    assert.match(await page.locator(".be-facts").first().textContent(), /5\.1\.1/);
    assert.match(await ended, /\/worker\.js$/, "the busy worker was ended");
  } finally {
    await own.close();
  }
});

test("large file explained without filling the text box", async () => {
  const { page } = shared.session;
  const filler = "X-Filler: " + "a".repeat(70) + "\n";
  const large = filler.repeat(Math.ceil((1100 * 1024) / filler.length)) + "\n" + COMCAST_BOUNCE;
  await clearInput(page);
  await page.setInputFiles("#file", { name: "large.eml", mimeType: "message/rfc822", buffer: Buffer.from(large) });
  await page.waitForSelector('main[data-state="done"]');
  assert.equal(await page.inputValue("#bounce"), "");
  assert.match(await page.locator("#file-note").textContent(), /large\.eml \(1\.1 MB\) is too large/);
  assert.equal(await page.locator(".be-ip-value").first().textContent(), "203.0.113.5");
  assert.deepEqual(await page.locator("#mirror mark.be-mark-ip").allTextContents(), ["203.0.113.5"]);
});

test("large first of several dropped files", async () => {
  const { page } = shared.session;
  const filler = "X-Filler: " + "a".repeat(70) + "\n";
  const large = filler.repeat(Math.ceil((1100 * 1024) / filler.length)) + "\n" + COMCAST_BOUNCE;
  await clearInput(page);
  await dropFiles(page, [
    { name: "large.eml", text: large },
    { name: "erin.eml", text: userUnknown("erin") },
  ]);
  await page.waitForSelector('main[data-state="done"]');
  assert.equal(await page.inputValue("#bounce"), "");
  assert.equal(await page.locator(".be-ip-value").first().textContent(), "203.0.113.5");
  const note = await page.locator("#file-note").textContent();
  assert.match(note, /^large\.eml \(1\.1 MB\) is too large to show in the text box;/);
  assert.match(note, /Only the first of the 2 files, large\.eml, was read\. The other, erin\.eml, was not read\./);
});

test("many recipients shown in batches", async () => {
  const { page } = shared.session;
  let bounce = "This is the mail system at host mail.example.com.\n\n";
  for (let i = 0; i < 120; i += 1) {
    bounce += `<user${i}@example.net>: host mx.example.net[198.51.100.2] said: 550 5.1.1 User unknown\n\n`;
  }
  assert.equal(await paste(page, bounce), "done");
  assert.equal(await page.locator(".be-card").count(), 50);
  const more = page.locator(".be-more");
  assert.match(await more.textContent(), /Show 50 more \(50 of 120 recipients shown\)/);
  await more.click();
  assert.equal(await page.locator(".be-card").count(), 100);
  assert.equal(
    await page.evaluate(() => document.activeElement.querySelector(".be-recipient")?.textContent),
    "user50@example.net",
    "focus moves to the first new card",
  );
  await page.locator(".be-more").click();
  assert.equal(await page.locator(".be-card").count(), 120);
  assert.equal(await page.locator(".be-more").count(), 0);
});

test("trap shows an error and restarts the module", async () => {
  const { page } = shared.session;
  assert.equal(await paste(page, COMCAST_BOUNCE), "done");
  // Overwrite the live instance's memory, as a wild write in the module
  // would; the next call traps with "memory access out of bounds".
  await page.evaluate(async () => {
    const glue = await import("/pkg/bounce_explainer.js");
    const exports = await glue.default();
    new Uint8Array(exports.memory.buffer).fill(0xff);
  });
  assert.equal(await paste(page, COMCAST_BOUNCE + "\n"), "error");
  assert.ok(await page.locator("#error").isVisible());
  assert.match(await page.locator("#error-message").textContent(), /restarted/);
  assert.equal(await page.locator("#results").isVisible(), false, "no stale result is left up");

  assert.equal(await paste(page, COMCAST_BOUNCE), "done", "a fresh instance explains the next paste");
  assert.equal(await page.locator("#error").isVisible(), false);
  assert.equal(await page.locator(".be-ip-value").first().textContent(), "203.0.113.5");
});

test("no requests to other origins and no CSP violations", async () => {
  assert.deepEqual(shared.session.record.foreign, []);
  assert.deepEqual(await shared.session.cspViolations(), []);
  assert.deepEqual(shared.session.record.pageErrors, []);
});
