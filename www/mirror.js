// The read-only copy of the pasted text with each recipient's code and
// IP marked, so the reader sees where the explanation came from. Built
// from text nodes and <mark> only (see highlight.js).
import { markTerms } from "./highlight.js";

/** Above this many characters only the lines holding a mark are shown. */
export const MIRROR_FULL_MAX = 256 * 1024;

// A few hundred marked lines are enough to see where the codes came from,
// and a paste of the same failure repeated could otherwise mark every line.
const MARKED_LINES_MAX = 200;

// A single line can be megabytes long, and laying it out freezes the page,
// so only this many characters around its first mark are shown.
const LINE_MAX = 2000;

/**
 * Fills `pre` with `text`, marking `terms`. Returns `{ marks, hidden,
 * partial }`, where `partial` is true when only the marked lines are shown.
 */
export function renderMirror(pre, pasted, terms) {
  // CSS draws a bare CR as a space, but the module counts it as a line
  // break (old Mac files), so line numbers only match with CR made LF.
  const text = pasted.replace(/\r\n?/g, "\n");
  if (text.length <= MIRROR_FULL_MAX && !hasLongLine(text)) {
    const { fragment, marks, hidden } = markTerms(text, terms);
    pre.replaceChildren(fragment);
    return { marks, hidden, partial: false };
  }
  return renderMarkedLines(pre, text, terms);
}

function renderMarkedLines(pre, text, terms) {
  const values = terms.map((term) => term.value).filter(Boolean);
  const fragment = document.createDocumentFragment();
  let marks = 0;
  let hidden = 0;
  let number = 0;
  let shownLines = 0;
  for (const whole of text.split("\n")) {
    number += 1;
    if (shownLines >= MARKED_LINES_MAX) break;
    if (!values.some((value) => whole.includes(value))) continue;
    const line = clip(whole, values);
    const result = markTerms(line, terms);
    if (result.marks === 0) continue;
    shownLines += 1;
    const label = document.createElement("span");
    label.className = "be-line-number";
    label.textContent = `${number}: `;
    fragment.append(label, result.fragment, "\n");
    marks += result.marks;
    hidden += result.hidden;
  }
  pre.replaceChildren(fragment);
  return { marks, hidden, partial: true };
}

function hasLongLine(text) {
  let from = 0;
  for (;;) {
    const end = text.indexOf("\n", from);
    if ((end < 0 ? text.length : end) - from > LINE_MAX) return true;
    if (end < 0) return false;
    from = end + 1;
  }
}

/** Cuts a line longer than LINE_MAX to a window around its first term. */
function clip(line, values) {
  if (line.length <= LINE_MAX) return line;
  const at = Math.min(...values.map((value) => line.indexOf(value)).filter((i) => i >= 0));
  const start = Math.max(0, at - LINE_MAX / 4);
  const end = Math.min(line.length, start + LINE_MAX);
  return `${start > 0 ? "…" : ""}${line.slice(start, end)}${end < line.length ? "…" : ""}`;
}
