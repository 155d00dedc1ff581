// Makes pasted text safe to read, not just safe to insert. Characters
// that are invisible, or that reorder the text around them (bidi
// controls), could make an IP address or a host name read as something
// else. They are replaced by a visible escape such as ⟨U+202E⟩.

// The hidden characters, in code point order: C0 and C1 controls except
// tab, LF and CR, the soft hyphen, the combining grapheme joiner, the
// Arabic letter mark, Hangul and Khmer fillers, Mongolian variation
// selectors and vowel separator, zero-width space, joiners and direction
// marks, bidi embeddings, overrides and isolates, the word joiner and
// invisible operators, variation selectors, the byte order mark,
// interlinear annotation marks and tag characters.
const HIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/gu;

/**
 * The `dir` of the blocks that show pasted text. A bounce is protocol
 * text (addresses in angle brackets, codes, host names), so it is laid
 * out left to right even in a right-to-left page. `dir="auto"` would take
 * the direction from the first strong letter, so one Arabic or Hebrew
 * subject line would move every bracket and colon below it to the wrong
 * end. Right-to-left runs inside the block still read right to left.
 */
export const PASTED_TEXT_DIR = "ltr";

/**
 * The `lang` of the elements that show pasted text. A bounce can be in any
 * language (Czech, German, French), and inheriting the page's `lang="en"`
 * makes a screen reader speak it with English rules. The empty value
 * states that the language is unknown, as the HTML standard defines
 * `lang=""`, so the text no longer claims to be English.
 */
export const PASTED_TEXT_LANG = "";

/** Returns the escape shown in place of one hidden character. */
export function escapeFor(char) {
  const hex = char.codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
  return `⟨U+${hex}⟩`;
}

/**
 * Replaces hidden characters in `text` with visible escapes.
 * Returns the shown text and how many characters were replaced.
 */
export function reveal(text) {
  let hidden = 0;
  const shown = String(text ?? "").replace(HIDDEN, (char) => {
    hidden += 1;
    return escapeFor(char);
  });
  return { text: shown, hidden };
}

// The characters `reveal` keeps, which start a new line or space words
// apart in multi-line text but have no place in a one-line value.
const LINE_BREAKS = /[\t\n\r]/g;

/**
 * Replaces hidden characters, tabs, CR and LF in `text` with visible
 * escapes, for a value written on one line: an address, a host name, a
 * note's subject or one fact of its body. A CR LF from the paste would
 * otherwise start a line of its own, such as a forged "Bcc:" header line
 * in a mail that a portal builds from the note.
 */
export function revealLine(text) {
  return reveal(text).text.replace(LINE_BREAKS, escapeFor);
}

/**
 * Splits `text` into runs of plain text and single hidden characters, so
 * a view can style the escapes. Each run is `{ text, hidden }`.
 */
export function splitHidden(text) {
  const runs = [];
  let last = 0;
  for (const match of text.matchAll(HIDDEN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), hidden: false });
    runs.push({ text: escapeFor(match[0]), hidden: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), hidden: false });
  return runs;
}

/**
 * Returns a line quoted from the paste, such as the receiving server's
 * reply, behind a mail quote mark. A note may be pasted into a
 * spreadsheet, which reads a cell starting with "=", "+", "-" or "@" as a
 * formula (OWASP, "CSV Injection"). So `=HYPERLINK(...)` in a forged reply
 * would become a live link there, while a leading ">" starts no formula.
 */
export function quotedLine(text) {
  return `> ${revealLine(text)}`;
}
