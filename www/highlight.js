// Marks terms (the code, the IP) in untrusted text. The result is built
// from text nodes, <mark> and <span> elements only; hidden characters are
// shown as visible escapes (see text-safety.js).
import { splitHidden } from "./text-safety.js";

const WORD = /[\p{L}\p{N}]/u;

/**
 * Finds whole-token occurrences of each term in `text`. A match must not
 * touch a letter or digit, nor a dot followed by one, so "5.7.1" is not
 * found inside "15.7.12" and "203.0.113.5" not inside "203.0.113.50".
 * Returns sorted, non-overlapping `{ start, end, kind }` ranges.
 */
export function findTerms(text, terms) {
  const ranges = [];
  for (const { value, kind } of terms) {
    if (!value) continue;
    let from = 0;
    for (;;) {
      const start = text.indexOf(value, from);
      if (start < 0) break;
      const end = start + value.length;
      if (isBoundary(text, start - 1, -1) && isBoundary(text, end, 1)) {
        ranges.push({ start, end, kind });
      }
      from = start + 1;
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const range of ranges) {
    if (kept.length && range.start < kept[kept.length - 1].end) continue;
    kept.push(range);
  }
  return kept;
}

function isBoundary(text, i, step) {
  const char = text[i];
  if (char === undefined) return true;
  if (WORD.test(char)) return false;
  if (char === ".") return !WORD.test(text[i + step] ?? "");
  return true;
}

/** Appends `text` to `parent`, with hidden characters as styled escapes. */
export function appendRevealed(parent, text) {
  let hidden = 0;
  for (const run of splitHidden(text)) {
    if (!run.hidden) {
      parent.append(document.createTextNode(run.text));
      continue;
    }
    hidden += 1;
    const span = document.createElement("span");
    span.className = "be-hidden-char";
    span.textContent = run.text;
    parent.append(span);
  }
  return hidden;
}

/**
 * Builds a fragment of `text` with every term marked. Returns the
 * fragment, the number of marks and the number of hidden characters.
 */
export function markTerms(text, terms) {
  const fragment = document.createDocumentFragment();
  let hidden = 0;
  let last = 0;
  const ranges = findTerms(text, terms);
  for (const { start, end, kind } of ranges) {
    hidden += appendRevealed(fragment, text.slice(last, start));
    const mark = document.createElement("mark");
    mark.className = `be-mark be-mark-${kind}`;
    hidden += appendRevealed(mark, text.slice(start, end));
    fragment.append(mark);
    last = end;
  }
  hidden += appendRevealed(fragment, text.slice(last));
  return { fragment, marks: ranges.length, hidden };
}

/** Returns the terms to mark for a Report: each recipient's code and IP. */
export function reportTerms(report) {
  const terms = [];
  for (const r of report?.recipients ?? []) {
    if (r.code) terms.push({ value: r.code, kind: "code" });
    else if (r.status) terms.push({ value: r.status, kind: "code" });
    else if (r.reply) terms.push({ value: r.reply, kind: "code" });
    if (r.sender_ip) terms.push({ value: r.sender_ip, kind: "ip" });
  }
  return terms;
}
