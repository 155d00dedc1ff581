// The widget's portal settings, read from the <script
// type="application/json"> that its settings attribute names. A framework
// may insert that script after the element, give it its id later, or fill
// in its JSON later. So while the script is missing or invalid, each
// change to the page reads it again, and the settings apply as soon as
// they are complete.

import { readSettingsScript, validateSettings } from "./settings.js";

export class SettingsScript {
  #element;
  // Watches the page for the settings script while it is missing or invalid.
  #observer = null;

  constructor(element) {
    this.#element = element;
  }

  /**
   * Reads and validates the script named by the element's settings
   * attribute. Returns `{ settings, error }`: the defaults with no
   * attribute, and the defaults and the error for a missing or invalid
   * script. Returns null when the script may come later in a page still
   * being parsed, and calls `retry` once parsing ends.
   */
  read(retry) {
    const element = this.#element;
    const id = element.getAttribute("settings");
    // A settings script after the element in the page may not be parsed
    // yet when the element is defined early; read it once parsing ends.
    const doc = element.ownerDocument;
    if (id && doc.readyState === "loading" && !doc.getElementById(id)) {
      doc.addEventListener("DOMContentLoaded", retry, { once: true });
      return null;
    }
    try {
      return { settings: validateSettings(id ? readSettingsScript(doc, id) : null), error: null };
    } catch (error) {
      // A bad settings script must be visible to the portal's developer
      // (the element reports the error), but must not stop users from
      // getting explanations.
      return { settings: validateSettings(null), error };
    }
  }

  /**
   * Calls `onChange` on each change to the page that may add, rename or
   * fill in the settings script, while `watch` is true.
   */
  watch(watch, onChange) {
    if (!watch) {
      this.#observer?.disconnect();
      this.#observer = null;
      return;
    }
    if (this.#observer) return;
    this.#observer = new MutationObserver(onChange);
    this.#observer.observe(this.#element.ownerDocument, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ["id", "type"],
    });
  }
}
