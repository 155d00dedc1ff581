// Multi-megabyte pastes built inside a browser page, for the huge-paste
// runs of scripts/bench-browser.mjs and the browser tests that check that
// the page and the widget keep such pastes off the main thread. The text
// is built in the page because sending megabytes over the DevTools
// protocol is slow.

/** Bytes in a megabyte, as the paste sizes count them (1024 * 1024). */
export const MB = 1048576;

/** A reply that names the sender's IP (203.0.113.7) and a blocklist. */
export const BLOCK_LINE =
  "550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org\n";

/** Filler that names no address, host or person. */
export const PROSE = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.\n";

/** A line that names a person, so that "Redact and copy" has something to mask. */
export const NAMED_LINE =
  "Please forward this to Bob Smith <bob.smith@example.net> before Friday, thanks.\n";

/** Returns `head` + `unit` repeated to at least `bytes` characters. */
export function largeText(head, unit, bytes) {
  return head + unit.repeat(Math.ceil((bytes - head.length) / unit.length));
}

/**
 * Defines three functions in the page, which it loses when it navigates.
 * `window.__largeText(head, unit, bytes)` is the page's copy of
 * largeText(). `window.__pasteInto(area, text)` sets a textarea's value as
 * one paste input event. `window.__putInWidget(widget, text, method)` sets
 * `text` as a <bounce-explainer>'s `value` property (method "value") or
 * pastes it into the widget's textarea (method "paste").
 */
export async function defineLargePaste(page) {
  // A function passed to page.evaluate() runs from its source text, so the
  // page gets largeText() the same way.
  await page.evaluate(`window.__largeText = ${largeText};`);
  await page.evaluate(() => {
    window.__pasteInto = (area, text) => {
      area.value = text;
      area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    };
    window.__putInWidget = (widget, text, method) => {
      if (method === "value") {
        widget.value = text;
      } else if (method === "paste") {
        window.__pasteInto(widget.shadowRoot.querySelector("textarea.bx-input"), text);
      } else {
        throw new Error(`invalid method ${method}: expected "value" or "paste"`);
      }
    };
  });
}
