// RFC 2047 encoded words ("=?utf-8?Q?J=C3=B6rg?="), the form in which
// headers carry non-ASCII text such as accented display names. The
// redaction decodes them to remember a name as people read it, so that
// the name is masked where the bounce repeats it in plain text.

// An encoded word: its charset, an optional RFC 2231 language tag
// ("utf-8*de"), the encoding letter and the encoded text.
const ENCODED_WORD = /=\?([^?*\s]+)(?:\*[^?\s]*)?\?([BbQq])\?([^?\s]*)\?=/g;
// RFC 2047 section 6.2: blanks between two adjacent encoded words are
// not part of the text.
const BLANKS_BETWEEN_WORDS = /(\?=)[ \t\r\n]+(?==\?)/g;

/**
 * Decodes each encoded word in `text`. A word whose charset TextDecoder
 * does not know, or whose base64 is invalid, stays as written. Control
 * characters in the decoded text become blanks, so a decoded word cannot
 * start a new line. Returns the text unchanged when it contains no encoded
 * word.
 */
export function decodeEncodedWords(text) {
  if (!text.includes("=?")) return text;
  return text.replace(BLANKS_BETWEEN_WORDS, "$1").replace(ENCODED_WORD, (word, charset, encoding, data) => {
    const bytes = encoding.toUpperCase() === "B" ? base64Bytes(data) : qBytes(data);
    if (!bytes) return word;
    let decoded;
    try {
      decoded = new TextDecoder(charset.toLowerCase()).decode(bytes);
    } catch {
      return word;
    }
    return decoded.replace(/[\p{Cc}]/gu, " ");
  });
}

// A run of encoded words with only blanks between them, which RFC 2047
// section 6.2 reads as one piece of text ("=?utf-8?q?Carol?= =?utf-8?q?_White?=").
const ENCODED_WORD_RUN = /=\?[^?*\s]+(?:\*[^?\s]*)?\?[BbQq]\?[^?\s]*\?=(?:[ \t]+=\?[^?*\s]+(?:\*[^?\s]*)?\?[BbQq]\?[^?\s]*\?=)*/g;

/**
 * Replaces each run of adjacent encoded words in `text` with what
 * `replace(written, decoded)` returns, where `decoded` is the run's text
 * as decodeEncodedWords gives it.
 */
export function replaceEncodedWordRuns(text, replace) {
  if (!text.includes("=?")) return text;
  return text.replace(ENCODED_WORD_RUN, (written) => replace(written, decodeEncodedWords(written)));
}

// The "Q" encoding of RFC 2047 section 4.2: "_" is a blank and "=XX" a
// byte in hex.
function qBytes(data) {
  const bytes = [];
  for (let i = 0; i < data.length; i++) {
    if (data[i] === "_") bytes.push(0x20);
    else if (data[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(data.slice(i + 1, i + 3))) {
      bytes.push(parseInt(data.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(data.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(bytes);
}

function base64Bytes(data) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data) || data.length % 4 === 1) return null;
  try {
    return Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
