// Sets the text of an ARIA live region, for the page and the widget alike.

// Screen readers announce a live region when the text the page renders in
// it changes. A repeated message (a second "Copied", or the same paste
// explained again) would change nothing, so the region is emptied first.
// The message is set only once a frame has been rendered with the region
// empty, because an empty text replaced within the same frame never
// reaches the accessibility tree.
// NOTE: checked in headless Chromium by the frame count of each change,
// not with a screen reader, which may also batch what it reads.
//
// Safari with VoiceOver does not announce the same text set again
// (comment in WordPress Gutenberg's @wordpress/a11y, filter-message.ts),
// so a repeat also gains or loses a trailing no-break space, which a
// screen reader does not read.
const REPEAT_MARK = "\u00a0";

// The message each region shows once its pending frames have passed, and
// the request for the next of those frames, so that a newer message can
// cancel it.
const pending = new WeakMap();

/**
 * Shows `message` in the live region `region` so that it is announced
 * even when it repeats the message already shown or pending.
 */
export function announce(region, message) {
  const waiting = pending.get(region);
  if (waiting) {
    cancelAnimationFrame(waiting.frame);
    pending.delete(region);
  }
  const current = waiting ? waiting.text : region.textContent;
  if (withoutMark(current) !== message) {
    region.textContent = message;
    return;
  }
  const text = current === message ? message + REPEAT_MARK : message;
  region.textContent = "";
  // The first frame renders the empty region; the text goes in at the next.
  const next = { text, frame: 0 };
  next.frame = requestAnimationFrame(() => {
    next.frame = requestAnimationFrame(() => {
      pending.delete(region);
      region.textContent = text;
    });
  });
  pending.set(region, next);
}

function withoutMark(text) {
  return text.endsWith(REPEAT_MARK) ? text.slice(0, -REPEAT_MARK.length) : text;
}
