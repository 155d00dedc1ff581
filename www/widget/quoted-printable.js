// Quoted-printable text (RFC 2045 section 6.7) as a pasted bounce contains
// it: soft line breaks and "=XX" escapes, undone before masking so that
// an address or a name split or escaped by the encoding is found whole.

// The header that makes a MIME part quoted-printable.
const QP_HEADER = /^content-transfer-encoding:\s*quoted-printable/i;
// A header field, or the folded continuation of one.
const HEADER_LINE = /^(?:[A-Za-z][A-Za-z0-9-]*:|[ \t]+\S)/;
// The header of a part that carries a message or only its header
// (message/rfc822, text/rfc822-headers), whose header block follows the
// part's blank line.
const MESSAGE_PART = /^content-type:\s*(?:message\/rfc822|message\/global|text\/rfc822-headers)/i;
// A MIME boundary line ("--b1_x7", "--b1_x7--"), not a rule of dashes.
const MIME_BOUNDARY = /^--(?=[^\s]*[^\s-])[A-Za-z0-9'()+_,./:=?-]{1,72}$/;
// Rejects bytes that are not UTF-8, so such escapes are left as written.
const UTF8 = new TextDecoder("utf-8", { fatal: true });

// In a quoted-printable part a line ending in "=" continues on the next
// line, even inside an address ("alice.smi=" / "th@example.org"), and
// "=XX" is a byte ("?email=3Dbob%40example.org", "J=C3=B6rg"), so such
// lines are joined and the escapes decoded. A part is quoted-printable
// from its Content-Transfer-Encoding header to the next MIME boundary
// line or encoding header. That header counts only in a header block:
// the first one of the text, one after a boundary line, or the header
// of a message that a message/rfc822 or text/rfc822-headers part
// carries. The same words in a part's body are text, which the explainer
// reads undecoded, so decoding them could turn "carol=40example.org"
// into an address it never read.
// Other text is left as it is. `isBase64(line)` is true for a line of
// base64 data, whose final "=" is padding.
// NOTE: boundary lines are recognised by their form, not by the boundary
// that a Content-Type header declares, so that a pasted part without its
// message header still reads. A "--" line in a body therefore starts a
// header block.
export function joinSoftBreaks(lines, isBase64) {
  if (!lines.some((line) => QP_HEADER.test(line))) return lines;
  const out = [];
  let quotedPrintable = false;
  // Whether the line is in a header block, whether a header block has
  // been seen, and whether the current block declares a message part.
  let inHeaders = false;
  let seenHeaders = false;
  let messagePart = false;
  // Whether the last line pushed was quoted-printable and ended in a
  // soft break, as written before its escapes were decoded.
  let soft = false;
  for (const line of lines) {
    if (MIME_BOUNDARY.test(line)) {
      quotedPrintable = false;
      inHeaders = true;
      messagePart = false;
    } else if (inHeaders && !line.trim()) {
      // A message part's blank line starts the carried message's header.
      inHeaders = messagePart;
      messagePart = false;
    } else if (inHeaders || !seenHeaders) {
      inHeaders = HEADER_LINE.test(line) && (inHeaders || !/^[ \t]/.test(line));
      seenHeaders ||= inHeaders;
      if (inHeaders && /^content-transfer-encoding:/i.test(line)) quotedPrintable = QP_HEADER.test(line);
      if (inHeaders && MESSAGE_PART.test(line)) messagePart = true;
    }
    const text = quotedPrintable && !inHeaders ? decodeEscapes(line) : line;
    if (soft) out[out.length - 1] = out[out.length - 1].slice(0, -1) + text;
    else out.push(text);
    soft = quotedPrintable && !inHeaders && /(?<!=)=$/.test(line) && !isBase64(line);
  }
  return out;
}

// Decodes each run of quoted-printable escapes (RFC 2045 section 6.7) as
// UTF-8. A run that is not UTF-8, or that decodes to a control character
// such as a line break, stays as written.
function decodeEscapes(line) {
  return line.replace(/(?:=[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = Uint8Array.from(run.slice(1).split("="), (hex) => parseInt(hex, 16));
    try {
      const text = UTF8.decode(bytes);
      return /[\x00-\x08\x0a-\x1f\x7f]/.test(text) ? run : text;
    } catch {
      return run;
    }
  });
}
