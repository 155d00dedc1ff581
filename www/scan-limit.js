// Cuts long pasted text to the part the module reads anyway, so that a
// 20 MB paste is not copied to the worker, decoded and split into lines
// only for its tail to be dropped.

/**
 * The module's own cap on the text it scans (SCAN_LIMIT in src/input):
 * text without headers is read up to this many UTF-8 bytes, and the rest
 * is ignored. Keep the two equal.
 */
export const SCAN_LIMIT = 512 * 1024;

// A header field name: printable ASCII up to a colon (RFC 5322).
const HEADER_LINE = /^[!-9;-~]+:/;

/**
 * Reports whether `text` may be an email (starts with a header field or an
 * mbox "From " line). The module decodes an email whole before it cuts
 * the report text, so an email is never cut here: its failure can follow
 * a long header block.
 */
export function mayBeEmail(text) {
  const start = text.slice(0, 1024).replace(/^[\n\r \t]+/, "");
  return start.startsWith("From ") || HEADER_LINE.test(start);
}

/**
 * UTF-8 bytes sent beyond SCAN_LIMIT, so that the module receives the end
 * of the line at the limit. It then makes the cut itself and drops the entry the cut goes through instead of reading the
 * cut-off fragment as a failure.
 */
const MARGIN = 4 * 1024;

/**
 * Returns `{ text, cut }`: `text` unchanged when it fits in SCAN_LIMIT +
 * MARGIN UTF-8 bytes or may be an email, else its longest prefix that
 * fits, ending on a whole character.
 */
export function capText(text) {
  const max = SCAN_LIMIT + MARGIN;
  // A UTF-16 code unit is at most 3 UTF-8 bytes, so shorter text fits.
  if (text.length * 3 <= max || mayBeEmail(text)) return { text, cut: false };
  const { read } = new TextEncoder().encodeInto(text.slice(0, max), new Uint8Array(max));
  if (read >= text.length) return { text, cut: false };
  return { text: text.slice(0, read), cut: true };
}
