// <bounce-explainer>: the embeddable widget. Importing this module
// defines the element. It renders in an open shadow root, is themed with
// the --be-* custom properties, and fires "bounce-explained" with the
// Report each time it shows an explanation.
//
// Attributes: label (the input's label), compact, settings (the id of a
// <script type="application/json"> holding portal settings, which
// settings-script.js reads),
// heading-level (of each result card's heading: 1 to 6, and 3 when it is
// absent or has any other value. The card's sections are one level below).

import { copyText } from "../copy.js";
import { announce } from "../live-region.js";
import { TEXT_BOX_MAX, takeLargeText } from "../text-box.js";
import { acceptFileDrops, readFileText } from "./file-drop.js";
import { adviseRecipients, init, unknownOverrideKeys } from "./index.js";
import { redactPaste } from "./redact-job.js";
import { Runner, WORKER_THRESHOLD } from "./runner.js";
import { validateSettings } from "./settings.js";
import { SettingsScript } from "./settings-script.js";
import { WIDGET_STRINGS } from "./strings.js";
import { buildShadow, renderAdvisedReport, showRedacted, showSettingsError } from "./view.js";

// Typing explains after this pause, so each keystroke does not re-run
// the explainer on a long paste.
const INPUT_DELAY_MS = 250;

export class BounceExplainerElement extends HTMLElement {
  static observedAttributes = ["label", "settings", "heading-level"];

  #parts = null;
  #settings = validateSettings(null);
  #settingsSource = null;
  #settingsError = null;
  #pendingValue = null;
  // Reads the settings script, and watches the page for it while it is
  // missing or invalid.
  #settingsScript = new SettingsScript(this);
  // A paste over TEXT_BOX_MAX characters, kept here instead of in the box.
  #largePaste = null;
  #report = null;
  // Whether the WebAssembly module has loaded, so entry ids can be read.
  #loaded = false;
  #timer = 0;
  #failed = false;
  #sequence = 0;
  #runner = new Runner();
  // Whether a removal stopped an explanation before its result came.
  #interrupted = false;

  constructor() {
    super();
    this.#upgradeProperties();
  }

  // A host script may set `settings` or `value` before this module has
  // defined the element. Such values are plain own properties that hide
  // the class's accessors, so they are removed and set again through them.
  #upgradeProperties() {
    if (Object.hasOwn(this, "value")) {
      const text = this.value;
      delete this.value;
      this.value = text;
    }
    if (Object.hasOwn(this, "settings")) {
      const settings = this.settings;
      delete this.settings;
      try {
        this.configure(settings);
      } catch (error) {
        this.#settingsError = error;
        console.error(error);
      }
    }
  }

  connectedCallback() {
    if (this.#parts) {
      // The settings script may have been added while the element was out.
      if (this.#settingsSource === "attribute" && this.#settingsError) this.#loadSettingsAttribute();
      if (this.#interrupted) this.#explainNow();
      return;
    }
    const shadow = this.attachShadow({ mode: "open" });
    this.#parts = buildShadow(shadow, this.getAttribute("label"));
    const p = this.#parts;
    if (this.#pendingValue !== null) this.#setText(this.#pendingValue);
    p.input.addEventListener("input", () => {
      this.#keepLargePaste(takeLargeText(p.input));
      this.#showFileNote("");
      this.#schedule();
    });
    acceptFileDrops(p.root, (files) => this.#readDroppedFiles(files));
    p.explain.addEventListener("click", () => this.#explainNow());
    p.redact.addEventListener("click", () => this.#redactAndCopy());
    p.clear.addEventListener("click", () => {
      this.value = "";
      p.input.focus();
    });
    if (this.#settingsSource === null && this.hasAttribute("settings")) this.#loadSettingsAttribute();
    else this.#showSettingsProblems();
    this.#status(WIDGET_STRINGS.status.loading);
    init().then(
      () => {
        this.#loaded = true;
        // Override keys are checked against the module's entry ids, which
        // only now can be read.
        this.#showSettingsProblems();
        this.#status(WIDGET_STRINGS.status.ready);
        if (this.value.trim()) this.#explainNow();
      },
      (error) => this.#fail(WIDGET_STRINGS.status.loadFailed, error),
    );
  }

  disconnectedCallback() {
    // A removed element's worker would hold a WASM instance for nothing.
    // The check waits a task, so that an element moved elsewhere in the
    // page (removed and inserted again at once) keeps its job.
    setTimeout(() => {
      if (this.isConnected) return;
      this.#watchSettingsScript();
      const interrupted = this.#runner.stop() || this.#timer !== 0;
      clearTimeout(this.#timer);
      this.#timer = 0;
      if (!interrupted) return;
      // The stopped job's result is not shown. Put back, the element
      // explains its text again.
      this.#sequence++;
      this.#interrupted = true;
    });
  }

  attributeChangedCallback(name) {
    if (!this.#parts) return;
    if (name === "label") this.#parts.label.textContent = this.getAttribute("label") || WIDGET_STRINGS.label;
    if (name === "settings") this.#loadSettingsAttribute();
    if (name === "heading-level" && this.#report) this.#show(this.#report);
  }

  /**
   * The pasted text. Setting it explains the new text. Text over 1 MB is
   * not shown in the box, but is still returned here.
   */
  get value() {
    if (!this.#parts) return this.#pendingValue ?? "";
    return this.#largePaste ?? this.#parts.input.value;
  }

  set value(text) {
    // Before the element is connected there is no textarea yet.
    if (!this.#parts) {
      this.#pendingValue = String(text ?? "");
      return;
    }
    this.#setText(String(text ?? ""));
    this.#explainNow();
  }

  // Puts `text` in the box, or keeps it out when it is too large to lay out.
  #setText(text) {
    this.#showFileNote("");
    const large = text.length > TEXT_BOX_MAX;
    this.#parts.input.value = large ? "" : text;
    this.#keepLargePaste(large ? text : null);
  }

  // Reads the first dropped file into the box and explains it, and names
  // the other files as not read.
  async #readDroppedFiles([file, ...others]) {
    let text;
    try {
      text = await readFileText(file);
    } catch (error) {
      this.#showFileNote(WIDGET_STRINGS.fileFailed(file.name, error?.message ?? error));
      return;
    }
    this.value = text;
    const names = others.map((other) => other.name);
    this.#showFileNote(names.length ? WIDGET_STRINGS.othersNotRead(file.name, names) : WIDGET_STRINGS.fileRead(file.name));
  }

  #showFileNote(message) {
    const note = this.#parts.fileNote;
    note.textContent = message;
    note.hidden = !message;
  }

  #keepLargePaste(text) {
    this.#largePaste = text;
    const note = this.#parts.largeNote;
    note.hidden = text === null;
    note.textContent = text === null ? "" : WIDGET_STRINGS.largePaste(text.length);
  }

  /** The last Report shown, or null. */
  get report() {
    return this.#report;
  }

  /** The validated portal settings in use, frozen: set new ones with `configure()`. */
  get settings() {
    return this.#settings;
  }

  /** Sets portal settings; throws SettingsError naming each bad field. */
  set settings(value) {
    this.configure(value);
  }

  /**
   * Validates and applies portal settings, then re-renders. Throws
   * SettingsError naming each bad field, and keeps the previous settings.
   * Returns the element, so calls can be chained.
   */
  configure(settings) {
    this.#settings = validateSettings(settings);
    this.#settingsSource = "property";
    this.#settingsError = null;
    this.#watchSettingsScript();
    if (this.#parts) {
      this.#showSettingsProblems();
      if (this.#report) this.#show(this.#report);
    }
    return this;
  }

  #loadSettingsAttribute() {
    const previous = this.#settingsSource === "attribute" ? this.#settingsError : null;
    const read = this.#settingsScript.read(() => this.#loadSettingsAttribute());
    if (!read) return;
    const { settings, error } = read;
    this.#settings = settings;
    this.#settingsError = error;
    // A page that changes often re-reads the same bad script, and the
    // same error is reported once.
    if (error && error.message !== previous?.message) {
      console.error(error);
      this.dispatchEvent(new CustomEvent("bounce-error", { detail: { error }, bubbles: true, composed: true }));
    }
    this.#settingsSource = "attribute";
    this.#watchSettingsScript();
    if (previous && previous.message === this.#settingsError?.message) return;
    this.#showSettingsProblems();
    if (this.#report) this.#show(this.#report);
  }

  // While the script named by the settings attribute is missing or
  // invalid, each change to the page reads it again.
  #watchSettingsScript() {
    const watch = this.isConnected && this.#settingsSource === "attribute" && this.#settingsError !== null;
    this.#settingsScript.watch(watch, () => this.#loadSettingsAttribute());
  }

  // Lists the settings' problems: those validation threw, and, once the
  // module is loaded, override keys that match no explanation.
  #showSettingsProblems() {
    if (!this.#parts) return;
    const unmatched = this.#loaded ? unknownOverrideKeys(this.#settings) : [];
    showSettingsError(this.#parts.settingsError, this.#settingsError, unmatched);
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#explainNow(), INPUT_DELAY_MS);
  }

  async #explainNow() {
    clearTimeout(this.#timer);
    this.#timer = 0;
    this.#interrupted = false;
    if (this.#failed) return;
    try {
      await init();
    } catch {
      return;
    }
    // A removed element starts no job, because no disconnectedCallback
    // would come to end its worker. Put back, it explains its text then.
    if (!this.isConnected) {
      this.#deferUntilConnected();
      return;
    }
    const text = this.value;
    this.#parts.redacted.hidden = true;
    if (!text.trim()) {
      this.#sequence++;
      this.#runner.cancel();
      this.#report = null;
      this.#parts.results.replaceChildren();
      this.#status(WIDGET_STRINGS.status.ready);
      return;
    }
    // A slow explanation of an older text must not replace a newer one.
    const sequence = ++this.#sequence;
    if (this.#runner.usesWorker(text)) {
      // The result comes later, and until then the cards of the text that
      // left the box must not read as its explanation.
      this.#report = null;
      this.#parts.results.replaceChildren();
      this.#status(WIDGET_STRINGS.status.working);
    }
    let report;
    try {
      report = await this.#runner.explain(text);
    } catch (error) {
      // Only this element's newer paste ends its job, and that paste
      // shows its own result.
      if (sequence !== this.#sequence) return;
      if (error.retryable !== true) this.#failed = true;
      this.#fail(this.#failed ? WIDGET_STRINGS.status.failed : WIDGET_STRINGS.status.failedOnce, error);
      return;
    }
    if (sequence !== this.#sequence) return;
    this.#show(report);
  }

  // Drops the cards of the text that was replaced while the element was
  // out of the page, and makes its next insertion explain the new text.
  #deferUntilConnected() {
    this.#sequence++;
    this.#runner.cancel();
    this.#report = null;
    this.#parts.results.replaceChildren();
    this.#interrupted = true;
  }

  #show(report) {
    this.#report = report;
    const advice = adviseRecipients(report, this.#settings);
    renderAdvisedReport(this.#parts.results, report, advice, this.#settings, {
      headingLevel: this.#headingLevel(),
      copy: copyText,
      announce: (message) => this.#status(message),
    });
    const count = report.recipients.length;
    const delivered = report.recipients.filter((r) => r.reason === "delivered").length;
    const repliesOnly = report.recipients.every((r) => !r.recipient);
    this.#status(count ? WIDGET_STRINGS.status.explained(count, delivered, repliesOnly) : WIDGET_STRINGS.status.none);
    this.dispatchEvent(
      new CustomEvent("bounce-explained", { detail: { report, advice }, bubbles: true, composed: true }),
    );
  }

  async #redactAndCopy() {
    const text = this.value;
    if (!text.trim()) return;
    const keepIps = (this.#report?.recipients ?? []).map((r) => r.sender_ip).filter(Boolean);
    const s = WIDGET_STRINGS.status;
    if (text.length >= WORKER_THRESHOLD) this.#status(s.redacting);
    let result;
    try {
      result = await redactPaste(text, { ownDomains: [...this.#settings.domains], keepIps });
    } catch (error) {
      this.#status(`${s.redactFailed} (${error?.message ?? error})`);
      console.error(error);
      return;
    }
    // A text pasted during the redaction gets its own click.
    if (this.value !== text) return;
    showRedacted(this.#parts.redacted, result, this.#headingLevel());
    const copied = await copyText(result.text);
    this.#status(copied ? s.redactedCopied : s.redactedNotCopied);
    this.dispatchEvent(new CustomEvent("bounce-redacted", { detail: result, bubbles: true, composed: true }));
  }

  #headingLevel() {
    // The level becomes a tag name (h1 to h6), so only one digit 1 to 6
    // counts. Any other value, such as "2.5", "-1" or "7", gets the default.
    const value = (this.getAttribute("heading-level") ?? "").trim();
    return /^[1-6]$/.test(value) ? Number(value) : 3;
  }

  #status(message) {
    if (this.#parts) announce(this.#parts.status, message);
  }

  #fail(message, error) {
    // The cards of an earlier paste would read as the explanation of the
    // text that failed, so they go, as on the page.
    this.#report = null;
    if (this.#parts) this.#parts.results.replaceChildren();
    this.#status(`${message} (${error?.message ?? error})`);
    console.error(error);
    this.dispatchEvent(new CustomEvent("bounce-error", { detail: { error }, bubbles: true, composed: true }));
  }
}

if (!customElements.get("bounce-explainer")) customElements.define("bounce-explainer", BounceExplainerElement);
