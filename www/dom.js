// Small DOM builders. Text always goes in through text nodes, so nothing
// from a pasted bounce is ever parsed as HTML.

/**
 * Creates an element. `props` sets attributes, except `class` (the class
 * list) and `text` (the text content); children are nodes or strings.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") el.className = value;
    else if (name === "text") el.textContent = value;
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  el.append(...children);
  return el;
}

/** Returns the first element under `root` whose `data-field` is `name`. */
export function field(root, name) {
  return root.querySelector(`[data-field="${name}"]`);
}

/**
 * True for an absolute http or https URL. Links shown on the page come
 * from the knowledge tables; this check keeps a bad table entry from
 * ever producing a javascript: or data: link.
 */
export function isWebUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * Creates a link that opens in a new tab without sending the page's
 * address, or plain text when `url` is not a web URL.
 */
export function webLink(url, label) {
  if (!isWebUrl(url)) return h("span", { text: label });
  return h("a", {
    href: url,
    target: "_blank",
    rel: "noopener noreferrer",
    referrerpolicy: "no-referrer",
    text: label,
  });
}
