// Finding any of many known phrases (masked names, local parts) in a line,
// in time that does not grow with the number of phrases. A regular
// expression that alternates thousands of phrases tries them one by one
// at every position, so a paste with 10,000 distinct addresses took
// seconds. Compiling one case-insensitive Unicode pattern per phrase is
// no way out either, because each took about 0.7 ms in Node 20. Here the
// phrases are kept sorted, and each candidate start narrows the sorted
// range character by character, as a walk down a trie would.

/**
 * Returns a function `(line, replace) => string` that replaces, left to
 * right and without overlap, the longest known phrase found at each start
 * position, or null when there are no phrases. Matching ignores case and
 * lets any run of whitespace stand for the blank between two words.
 * `replace(key, text)` gets the phrase as stored (lowercased, blanks
 * collapsed) and the text it matched.
 *
 * A match must start where `notAfter`, a regular expression source for
 * one character, does not match the character before it, and must end
 * where the lookahead source `notBefore` holds.
 */
export function phraseMatcher(phrases, { notAfter, notBefore }) {
  const keys = [...new Set([...phrases].map(normalise).filter(Boolean))].sort(compareUnits);
  if (!keys.length) return null;
  const firsts = [...new Set(keys.map((k) => String.fromCodePoint(k.codePointAt(0))))];
  const firstClass = firsts.map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("");
  // Starts: a first character of some phrase, in any case, not preceded
  // by a `notAfter` character.
  const start = new RegExp(`(?<!${notAfter})[${firstClass}]`, "giu");
  const end = new RegExp(notBefore, "uy");
  return (line, replace) => {
    let out = "";
    let done = 0;
    start.lastIndex = 0;
    for (let m = start.exec(line); m; m = start.exec(line)) {
      const found = longestAt(keys, line, m.index, end);
      if (!found) continue;
      out += line.slice(done, m.index) + replace(found.key, line.slice(m.index, found.to));
      done = found.to;
      start.lastIndex = found.to;
    }
    return done ? out + line.slice(done) : line;
  };
}

// Lowercases a phrase and writes each run of whitespace as one blank.
function normalise(phrase) {
  return phrase.toLowerCase().trim().replace(/\s+/g, " ");
}

// Orders by UTF-16 code units, the order the binary search below reads.
function compareUnits(a, b) {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

// Walks `line` from `from`, narrowing the range of `keys` (sorted) that
// share the text read so far as a prefix. Returns the longest key that
// the text matches and that ends where `end` holds, as { key, to }.
function longestAt(keys, line, from, end) {
  let lo = 0;
  let hi = keys.length;
  let depth = 0;
  let found = null;
  let i = from;
  while (i < line.length && lo < hi) {
    // The next character, lowercased, or one blank for a whitespace run.
    const cp = line.codePointAt(i);
    let next;
    let width;
    if (isSpace(cp)) {
      width = 1;
      while (i + width < line.length && isSpace(line.charCodeAt(i + width))) width++;
      next = " ";
    } else {
      width = cp > 0xffff ? 2 : 1;
      next = lowercase(cp);
    }
    for (let k = 0; k < next.length && lo < hi; k++) {
      const unit = next.charCodeAt(k);
      lo = firstWithUnitAtLeast(keys, lo, hi, depth, unit);
      hi = firstWithUnitAtLeast(keys, lo, hi, depth, unit + 1);
      depth++;
    }
    i += width;
    // The shortest key of the range sorts first: it is a whole match
    // when its length is the depth read.
    if (lo < hi && keys[lo].length === depth) {
      end.lastIndex = i;
      if (end.test(line)) found = { key: keys[lo], to: i };
    }
  }
  return found;
}

// Binary search in keys[lo, hi), all sharing their first `depth` units,
// for the first key whose unit at `depth` is at least `unit` (a key that
// ends before `depth` counts as the lowest unit).
function firstWithUnitAtLeast(keys, lo, hi, depth, unit) {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const key = keys[mid];
    const at = depth < key.length ? key.charCodeAt(depth) : -1;
    if (at < unit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Lowercases one code point, taking a shortcut for ASCII.
function lowercase(cp) {
  if (cp >= 65 && cp <= 90) return String.fromCharCode(cp + 32);
  if (cp < 128) return String.fromCharCode(cp);
  return String.fromCodePoint(cp).toLowerCase();
}

// The characters that JavaScript's \s matches.
function isSpace(cp) {
  return cp === 32 || (cp >= 9 && cp <= 13) || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff;
}
