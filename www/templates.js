// The <template> for one recipient's card, built once with DOM calls (no
// HTML strings) so that it works in a page and in a shadow root alike.
// render.js clones it and fills each [data-field] with text.
import { h } from "./dom.js";
import { STRINGS } from "./strings.js";
import { PASTED_TEXT_LANG } from "./text-safety.js";

const cache = new Map();

/** Returns the card template for headings starting at level `level`. */
export function cardTemplate(level = 3, strings = STRINGS) {
  const key = `${level}`;
  if (strings === STRINGS && cache.has(key)) return cache.get(key);
  const template = document.createElement("template");
  template.content.append(buildCard(level, strings.card));
  if (strings === STRINGS) cache.set(key, template);
  return template;
}

/**
 * Builds a section heading one level below the card heading at `level`.
 * HTML has no <h7>, so below an <h6> it is a div with role="heading" and
 * aria-level="7", which ARIA allows, rather than a second <h6> that would
 * read as a sibling of the card heading.
 */
function subheading(level, props) {
  const subLevel = level + 1;
  if (subLevel <= 6) return h(`h${subLevel}`, props);
  return h("div", { ...props, role: "heading", "aria-level": subLevel });
}

function buildCard(level, text) {
  const heading = `h${Math.min(level, 6)}`;
  const sub = (props) => subheading(Math.min(level, 6), props);
  return h(
    "article",
    { class: "be-card" },
    h(
      "div",
      { class: "be-card-head" },
      h(heading, { class: "be-recipient", "data-field": "recipient" }),
      h("span", { class: "be-badge", "data-field": "kind" }),
    ),
    h("p", { class: "be-forwarded be-muted", "data-field": "forwarded", hidden: true }),
    h("p", { class: "be-message be-muted", "data-field": "message", hidden: true }),
    h("p", { class: "be-what", "data-field": "what" }),
    h("p", { class: "be-why" }, h("strong", { text: `${text.why}: ` }), h("span", { "data-field": "why" })),
    h("p", { class: "be-who" }, h("strong", { text: `${text.whoActs} ` }), h("span", { "data-field": "who" })),
    sub({ class: "be-sub", text: text.steps }),
    h("ol", { class: "be-steps", "data-field": "steps" }),
    h("p", { class: "be-retry" }, h("strong", { text: `${text.retry}: ` }), h("span", { "data-field": "retry" })),
    h(
      "section",
      { class: "be-ip", "data-field": "ip-section", hidden: true },
      sub({ class: "be-sub", "data-field": "ip-heading", text: text.ipHeading }),
      h(
        "p",
        { class: "be-ip-row" },
        h("code", { class: "be-ip-value", dir: "ltr", "data-field": "ip" }),
        h("button", { type: "button", class: "be-button", "data-action": "copy-ip", text: text.copyIp }),
      ),
      h("p", { class: "be-ip-line", "data-field": "ip-line" }),
      h("pre", { class: "be-excerpt", dir: "ltr", lang: PASTED_TEXT_LANG, "data-field": "ip-excerpt" }),
      h("p", { class: "be-muted", "data-field": "ip-rule" }),
    ),
    h(
      "section",
      { class: "be-no-ip", "data-field": "no-ip", hidden: true },
      sub({ class: "be-sub", text: text.noIp }),
      h("p", { "data-field": "ip-hint" }),
    ),
    h(
      "section",
      { class: "be-links", "data-field": "links-section", hidden: true },
      sub({ class: "be-sub", text: text.linksHeading }),
      h("ul", { "data-field": "links" }),
    ),
    h("ul", { class: "be-notes", "data-field": "notes", hidden: true }),
    h(
      "p",
      { class: "be-actions" },
      h("button", { type: "button", class: "be-button", "data-action": "copy-note", text: text.copyNote.admin }),
    ),
    h(
      "details",
      { class: "be-details" },
      h("summary", { text: text.technical }),
      h("dl", { class: "be-facts", "data-field": "facts" }),
    ),
  );
}
