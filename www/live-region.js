// Sets the text of an ARIA live region, for the page and the widget alike.

// Screen readers announce a live region when its text changes, and
// Safari with VoiceOver does not announce the same text set again
// (comment in WordPress Gutenberg's @wordpress/a11y, filter-message.ts).
// A repeated message therefore gets a trailing no-break space, or loses
// it, which a screen reader does not read.
const REPEAT_MARK = "\u00a0";

/**
 * Shows `message` in the live region `region` so that it is announced
 * even when it equals the text already shown, as a second "Copied" is.
 */
export function announce(region, message) {
  region.textContent = region.textContent === message ? message + REPEAT_MARK : message;
}
