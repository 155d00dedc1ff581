// Types for <bounce-explainer> (element.js). Importing the module
// defines the element.
import type { Advice, Settings, ValidatedSettings } from "./index.js";
import type { Report } from "./report.js";
import type { RedactResult } from "./redact.js";

export class BounceExplainerElement extends HTMLElement {
  /**
   * The pasted text. Setting it explains the new text. Text over 1 MB is
   * kept out of the text box, so the page stays responsive, but is returned here.
   */
  value: string;
  /** The last Report shown, or null. */
  readonly report: Report | null;
  /** Setting validates and applies; throws SettingsError. */
  get settings(): ValidatedSettings;
  set settings(value: Settings | null | undefined);
  /** Validates and applies settings; throws SettingsError and keeps the old ones. */
  configure(settings: Settings | null | undefined): this;
}

export interface BounceExplainedDetail {
  report: Report;
  /** One entry per recipient of the report. */
  advice: Advice[];
}

/** The redacted start of the paste, what was masked, and any cut. */
export interface BounceRedactedDetail extends RedactResult {
  /**
   * Null, or the length in characters of the part redacted and of the
   * whole paste, when only the paste's first 128 KB were redacted and
   * the rest was left out.
   */
  cut: { redacted: number; total: number } | null;
}

declare global {
  interface HTMLElementTagNameMap {
    "bounce-explainer": BounceExplainerElement;
  }
  interface HTMLElementEventMap {
    "bounce-explained": CustomEvent<BounceExplainedDetail>;
    "bounce-redacted": CustomEvent<BounceRedactedDetail>;
    "bounce-error": CustomEvent<{ error: unknown }>;
  }
}
