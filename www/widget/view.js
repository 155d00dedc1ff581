// The widget's shadow DOM: the input, its buttons, the redaction panel,
// and the portal's additions to each result card. The cards themselves
// are drawn by ../render.js, the same code the page uses. Everything is
// built with DOM calls and textContent, never from HTML strings.

import { h, webLink } from "../dom.js";
import { appendRevealed } from "../highlight.js";
import { renderReport } from "../render.js";
import { composeNote, formatContact, noteText } from "./notes.js";
import { WIDGET_STRINGS } from "./strings.js";
import { PASTED_TEXT_DIR, PASTED_TEXT_LANG, reveal } from "../text-safety.js";

// Stylesheets are <link> elements to packaged files: a Content-Security-
// Policy with style-src 'self' allows them, where an inline <style> or a
// style attribute would need 'unsafe-inline'. A bundler may inline a
// small file as a data: URL instead (Vite 7 does), which style-src 'self'
// blocks in a <link>; such a URL becomes a constructed stylesheet, which
// style-src does not govern.
const STYLESHEETS = [new URL("../report.css", import.meta.url), new URL("./widget.css", import.meta.url)];
let constructed = null;

function constructedSheets() {
  constructed ??= STYLESHEETS.filter((url) => url.protocol === "data:").map((url) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(decodeDataUrl(url.href));
    return sheet;
  });
  return constructed;
}

/** Returns the text of a data: URL, base64 or percent-encoded, as UTF-8. */
export function decodeDataUrl(href) {
  const m = /^data:([^,]*),([\s\S]*)$/.exec(href);
  if (!m) throw new Error(`not a data: URL: ${href.slice(0, 40)}`);
  if (!/;base64$/i.test(m[1])) return decodeURIComponent(m[2]);
  const bytes = Uint8Array.from(atob(m[2]), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * Builds the widget's skeleton in `shadow` and returns its parts. The
 * content stays hidden until the stylesheets load, so it never shows
 * unstyled.
 */
export function buildShadow(shadow, label) {
  const text = WIDGET_STRINGS;
  const links = STYLESHEETS.filter((url) => url.protocol !== "data:").map((url) =>
    h("link", { rel: "stylesheet", href: url.href }),
  );
  shadow.adoptedStyleSheets = constructedSheets();
  const parts = {
    // The widget's own text is English, so its root is English and left
    // to right whatever the host page's lang and dir are.
    root: h("div", { class: "bx", part: "container", lang: "en", dir: "ltr", hidden: true }),
    settingsError: h("div", { class: "bx-settings-error", role: "alert", part: "settings-error", hidden: true }),
    label: h("label", { class: "bx-label", for: "input", part: "label", text: label || text.label }),
    input: h("textarea", { id: "input", class: "bx-input", part: "input", dir: PASTED_TEXT_DIR, lang: PASTED_TEXT_LANG, rows: 8, spellcheck: "false", autocomplete: "off" }),
    largeNote: h("p", { class: "bx-large-note be-muted", "aria-live": "polite", part: "large-note", hidden: true }),
    fileNote: h("p", { class: "bx-file-note be-muted", "aria-live": "polite", part: "file-note", hidden: true }),
    explain: h("button", { type: "button", class: "be-button", "data-action": "explain", part: "button", text: text.explain }),
    redact: h("button", { type: "button", class: "be-button bx-secondary", "data-action": "redact", part: "button", text: text.redact }),
    clear: h("button", { type: "button", class: "be-button bx-secondary", "data-action": "clear", part: "button", text: text.clear }),
    status: h("p", { class: "bx-status", role: "status", "aria-live": "polite", part: "status" }),
    redacted: h("section", { class: "bx-redacted", part: "redacted", hidden: true }),
    results: h("div", { class: "bx-results", part: "results" }),
  };
  parts.root.append(
    parts.settingsError,
    parts.label,
    parts.input,
    parts.largeNote,
    parts.fileNote,
    h("div", { class: "bx-toolbar" }, parts.explain, parts.redact, parts.clear),
    h("p", { class: "bx-privacy", text: text.privacy }),
    parts.status,
    parts.redacted,
    parts.results,
  );
  shadow.replaceChildren(...links, parts.root);
  let pending = links.length;
  if (pending === 0) parts.root.hidden = false;
  const reveal = () => {
    pending -= 1;
    if (pending === 0) parts.root.hidden = false;
  };
  // A stylesheet that fails to load must not hide the widget for good.
  for (const link of links) {
    link.addEventListener("load", reveal, { once: true });
    link.addEventListener("error", reveal, { once: true });
  }
  return parts;
}

/**
 * Shows the settings problems: those of `error` (a SettingsError or
 * another Error, or null) and the `{ field, message }` items of `more`.
 * Hides the box when there are none.
 */
export function showSettingsError(box, error, more = []) {
  const problems = [...(error ? error.errors ?? [{ field: "settings", message: error.message }] : []), ...more];
  box.hidden = problems.length === 0;
  if (box.hidden) return box.replaceChildren();
  // A message quotes the rejected value, which may contain bidi controls.
  const items = problems.map((e) =>
    revealedIn(h("li", {}, h("code", { text: e.field })), `: ${e.message}`),
  );
  // Without an error the settings are in use, and only `more` names parts
  // of them that never apply.
  const heading = error ? WIDGET_STRINGS.settingsError : WIDGET_STRINGS.settingsUnmatched;
  box.replaceChildren(h("p", { text: heading }), h("ul", {}, ...items));
}

/**
 * Renders the report with the portal's advice applied: each recipient's
 * explanation is the advised one, and a recipient whose IP to quote is
 * the portal's own gets the portal's steps instead of removal links.
 * Then adds the portal's note, contact and the who-acts note to each
 * card. `options` are passed on to renderReport.
 */
export function renderAdvisedReport(container, report, advice, settings, options) {
  const recipients = report.recipients.map((r, i) => advisedRecipient(r, advice[i], settings));
  renderReport(container, { ...report, recipients }, options);
  const cards = container.querySelectorAll(".be-card");
  cards.forEach((card, i) => addPortalParts(card, report.recipients[i], advice[i], settings, options));
}

function advisedRecipient(r, advice, settings) {
  const explanation = { ...advice.explanation };
  let links = r.links;
  if (advice.ownServer) {
    const contact = advice.contact ? formatContact(advice.contact) : null;
    explanation.steps = WIDGET_STRINGS.portal.ownServerSteps(contact);
    // Removal pages are for the server's operator, which is the portal.
    links = [];
  }
  if (advice.link) links = [...links, { ...advice.link, label: reveal(advice.link.label).text }];
  return { ...r, explanation, links };
}

function addPortalParts(card, recipient, advice, settings, options) {
  const text = WIDGET_STRINGS.portal;
  const parts = [];
  if (advice.ownServer) {
    const line = h("p", { class: "bx-own-server", "data-field": "own-server" });
    parts.push(revealedIn(line, text.ownServer(advice.ownServer.ip, settings.name)));
  }
  if (advice.note) {
    const from = revealedIn(h("strong"), `${text.noteFrom(settings.name)} `);
    parts.push(revealedIn(h("p", { class: "bx-portal-note", "data-field": "portal-note" }, from), advice.note));
  }
  if (advice.contact) parts.push(contactLine(advice.contact));
  const note = composeNote(recipient, advice, settings);
  // The card's own "note for your administrator" is replaced by the note
  // addressed to the party who must act.
  card.querySelector('[data-action="copy-note"]')?.closest("p")?.remove();
  if (note) parts.push(noteSection(note, options));
  if (!parts.length) return;
  const box = h("section", { class: "bx-portal", part: "portal" }, ...parts);
  const details = card.querySelector("details");
  card.insertBefore(box, details);
}

function contactLine(contact) {
  const line = h("p", { class: "bx-contact", "data-field": "contact" }, h("strong", { text: `${WIDGET_STRINGS.portal.contact} ` }));
  const bits = [];
  if (contact.name) bits.push(revealedIn(h("span"), contact.name));
  if (contact.email) bits.push(revealedIn(h("code"), contact.email));
  if (contact.phone) bits.push(revealedIn(h("span"), contact.phone));
  if (contact.url) bits.push(webLink(contact.url, reveal(contact.url).text));
  bits.forEach((bit, i) => line.append(i ? ", " : "", bit));
  // The text follows the other parts after a space, or comes right
  // after the label, which already ends with one.
  if (contact.text) line.append(revealedIn(h("span", { class: "bx-contact-text" }), bits.length ? ` ${contact.text}` : contact.text));
  return line;
}

// Appends `text` to `parent` with its invisible and bidi characters as
// escapes, as pasted text is shown, and returns `parent`. Portal settings
// are the portal's text, and a U+202E in a name would otherwise reverse
// the rest of the widget's sentence.
function revealedIn(parent, text) {
  appendRevealed(parent, text);
  return parent;
}

function noteSection(note, options) {
  const body = noteText(note);
  const copy = h("button", { type: "button", class: "be-button", "data-action": "copy-party-note", text: WIDGET_STRINGS.portal.copyNote });
  copy.addEventListener("click", async () => {
    const copied = await options.copy(body);
    options.announce(copied ? WIDGET_STRINGS.status.copied : WIDGET_STRINGS.status.copyFailed);
  });
  return h(
    "details",
    { class: "bx-note", "data-party": note.party },
    h("summary", { text: WIDGET_STRINGS.portal.noteHeading(note.to) }),
    h("pre", { class: "bx-note-text", dir: PASTED_TEXT_DIR, "data-field": "party-note", text: body }),
    h("p", {}, copy),
  );
}

/** Fills the redaction panel with the redacted text and what was masked. */
export function showRedacted(section, result, headingLevel = 3) {
  const text = WIDGET_STRINGS.redacted;
  const area = h("textarea", { class: "bx-redacted-text", dir: PASTED_TEXT_DIR, lang: PASTED_TEXT_LANG, readonly: true, rows: 10, "aria-label": text.label, spellcheck: "false" });
  area.value = result.text;
  section.replaceChildren(
    h(`h${headingLevel}`, { class: "be-sub", text: text.heading }),
    h("p", { "data-field": "redact-summary", text: text.summary(result.counts) }),
    h("p", { class: "be-muted", text: text.kept }),
    ...(result.cut ? [h("p", { "data-field": "redact-cut", text: text.cut(result.cut.redacted, result.cut.total) })] : []),
    area,
  );
  section.hidden = false;
}
