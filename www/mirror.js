// The read-only copy of the pasted text with each recipient's code and
// IP marked, so the reader sees where the explanation came from. Built
// from text nodes and <mark> only (see highlight.js).
import { markTerms } from "./highlight.js";

/** Above this many characters only the lines holding a mark are shown. */
export const MIRROR_FULL_MAX = 256 * 1024;

/**
 * Fills `pre` with `text`, marking `terms`. Returns `{ marks, hidden,
 * partial }`, where `partial` is true when only the marked lines are shown.
 */
export function renderMirror(pre, pasted, terms) {
  // CSS draws a bare CR as a space, but the module counts it as a line
  // break (old Mac files), so line numbers only match with CR made LF.
  const text = pasted.replace(/\r\n?/g, "\n");
  if (text.length <= MIRROR_FULL_MAX) {
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
  for (const line of text.split("\n")) {
    number += 1;
    if (!values.some((value) => line.includes(value))) continue;
    const result = markTerms(line, terms);
    if (result.marks === 0) continue;
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
