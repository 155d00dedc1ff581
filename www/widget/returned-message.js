// The body of the returned original message in a bounce. Bounces quote the
// message that failed: in a message/rfc822 or text/rfc822-headers part, or
// after a line such as qmail's "--- Below this line is a copy of the
// message." in a plain-text bounce. Its headers help a reader (they are
// masked like any other header), but its body is the sender's private
// text, which a help desk never needs, so the body is removed.

// Part types that contain the returned message or its headers (RFC 6522,
// RFC 6532).
const RETURNED_PART = /^content-type:\s*(?:message\/(?:rfc822|global|global-headers)|text\/rfc822-headers)\s*(?:;|$)/i;

// Lines that introduce a copy of the returned message in plain-text
// bounces, once the decoration around them is stripped: Exim's "This is a
// copy of the message, including all the headers.", qmail's "Below this
// line is a copy of the message.", Gmail's "Original message", Sendmail's
// "Unsent message follows", Exchange's "Original message headers:", GMX's
// "The header of the original message is following.", DragonFly's
// "Message headers follow." and similar lines of other MTAs. Sentences
// that only mention the message ("The original message was received at",
// "...follows as a separate attachment.") are not markers.
const MARKER = new RegExp(
  "^(?:" +
    [
      "(?:this is |below this line is |below the next line is |enclosed is |below is |included is |from here,? just )?" +
        "a copy of (?:the|your) (?:original )?message(?:'s headers| header)?(?:, including all the headers|, with full headers)?",
      "(?:the )?(?:original|returned|unsent) message(?: headers?)?(?: follows?| is following| below)?",
      "(?:the )?headers? of the original message (?:is |are )?following",
      "message headers follow",
    ].join("|") +
    ")[.:]?$",
  "i",
);
// Decoration around a marker ("------ ... ------", "[ ... ]").
const DECORATION = /^[\s\-=*_[\]]+|[\s\-=*_[\]]+$/g;
// A rule between a marker and the headers, or a line that starts with
// one, as Exim's "------ The body of the message is 51234 characters
// long; only the first" does.
const RULE = /^\s*[-=*_]{3,}/;
const HEADER = /^[A-Za-z][A-Za-z0-9-]*:/;
// Rows of the summary table on Gmail's "Show original" page, as a copy
// from the browser gives them: a label, then a tab or blanks and a value.
// The page's first row is the message id, with a blank in its label.
const SUMMARY_FIRST_ROW = /^Message ID(?:\t|\s{2,}|:|$)/;
const SUMMARY_ROW = /^(?:Created at:|SPF:|DKIM:|DMARC:|Download Original\b)/;
// The table has eight rows and the link line a blank line below them.
const SUMMARY_MAX_LINES = 14;
// Replies nest quotes a few levels deep. Deeper quoted bounces are left as
// they are, so that a line of many ">" costs neither deep recursion nor
// quadratic time.
const MAX_QUOTE_DEPTH = 8;
const BOUNDARY = /boundary\s*=\s*(?:"([^"]+)"|([^\s;"]+))/gi;

// A returned message that is itself a bounce (a bounce forwarded as an
// attachment, or below an Outlook "Original Message" line) contains the
// diagnostic text in its body, so that body is kept.
const BOUNCE_SENDER = /^(?:from|sender|return-path):.*(?:<>|\b(?:mailer-daemon|postmaster|mail-daemon)@)/i;
const BOUNCE_TYPE = /^content-type:\s*multipart\/report/i;
const BOUNCE_SUBJECT =
  /^subject:\s*(?:(?:re|fwd?|fw|wg|tr|rv|aw)\s*:\s*)*(?:undeliverable|undelivered|delivery status notification|returned mail|mail delivery failed|failure notice|delivery failure|non[- ]?delivery|delivery has failed|message not delivered|unzustellbar|nicht zustellbar|non remis|non recapitabile|no entregado)/i;

/**
 * Replaces the body of each returned message in `lines` with one line
 * that states how many lines were removed, and adds that number to
 * `counts.bodyLines`. The returned message's headers and every line of
 * the bounce's own text stay. Returns the new lines.
 */
export function dropReturnedBodies(lines, counts) {
  const out = [];
  let done = 0;
  for (const body of findBodies(lines)) {
    const removed = body.to - body.from;
    const what = body.headers ? "the returned message's body" : "the returned message";
    out.push(...lines.slice(done, body.from), `${body.quote}[${removed} ${removed === 1 ? "line" : "lines"} of ${what} removed]`);
    counts.bodyLines += removed;
    done = body.to;
  }
  return [...out, ...lines.slice(done)];
}

// Returns the line ranges { from, to, headers, quote } of the returned
// bodies in `lines`, in order, with the quote markers their placeholder
// line needs. A bounce quoted in a reply ("> " before each line)
// is read again without one level of quote markers, so its ranges count
// too.
function findBodies(lines, depth = 0) {
  const bodies = [];
  let i = 0;
  while (i < lines.length) {
    const start = returnedMessageStart(lines, i);
    if (start < 0) {
      i++;
      continue;
    }
    const body = returnedBody(lines, start);
    if (body.to > body.from) bodies.push({ ...body, quote: "" });
    i = body.to;
  }
  // Quoted runs outside the ranges found so far.
  const quoted = [];
  if (depth >= MAX_QUOTE_DEPTH) return bodies;
  for (let k = 0; k < lines.length; ) {
    const inBody = bodies.find((b) => k >= b.from && k < b.to);
    if (inBody) {
      k = inBody.to;
      continue;
    }
    if (!lines[k].startsWith(">")) {
      k++;
      continue;
    }
    let end = k;
    while (end < lines.length && lines[end].startsWith(">") && !bodies.some((b) => end === b.from)) end++;
    const inner = findBodies(lines.slice(k, end).map((line) => line.replace(/^> ?/, "")), depth + 1);
    quoted.push(...inner.map((b) => ({ ...b, from: b.from + k, to: b.to + k, quote: `> ${b.quote}` })));
    k = end;
  }
  return [...bodies, ...quoted].sort((a, b) => a.from - b.from);
}

// Returns the index of the first line after line `i` that starts a copy
// of a returned message: the first line after a returned-message part's
// own headers, or the line after a marker. Returns -1 if line `i` starts
// none.
function returnedMessageStart(lines, i) {
  if (RETURNED_PART.test(lines[i])) {
    let j = i + 1;
    while (j < lines.length && lines[j].trim()) j++;
    return j;
  }
  if (isMarker(lines[i]) && !isShowOriginalTitle(lines, i)) return i + 1;
  return -1;
}

// True when line `i` is the title of Gmail's "Show original" page rather
// than a marker. Pasted whole, that page starts "Original Message", then
// a summary table ("Message ID", "Created at:", "SPF:", ...) and a
// "Download Original" link, and only then the raw message, which is the
// bounce itself. A marker is followed by the returned message's headers,
// and no header field name contains a blank, so a "Message ID" row
// identifies the page.
function isShowOriginalTitle(lines, i) {
  let j = i + 1;
  while (j < lines.length && !lines[j].trim()) j++;
  if (!SUMMARY_FIRST_ROW.test(lines[j] ?? "")) return false;
  return lines.slice(j + 1, j + SUMMARY_MAX_LINES).some((line) => SUMMARY_ROW.test(line));
}

function isMarker(line) {
  const text = line.replace(DECORATION, "");
  return text.length > 0 && text.length < 90 && MARKER.test(text);
}

// Finds the returned message's body that follows line `start`: skips
// blank lines, rules and markers, then the header block. The body runs to
// the next boundary of a MIME part that encloses the message, or to the
// end of the text. Returns { from, to, headers }, with from === to when
// the body is empty or is itself a bounce's text.
function returnedBody(lines, start) {
  const boundaries = enclosingBoundaries(lines, start);
  const isBoundary = (line) => boundaries.has(line.trimEnd());
  let j = start;
  while (j < lines.length && !isBoundary(lines[j]) && (!lines[j].trim() || RULE.test(lines[j]) || isMarker(lines[j]))) j++;
  const headerStart = j;
  // The header block runs to the first blank line. Exchange's text part
  // writes continuation lines without their indent, so the block is not
  // cut at the first line that is not a header.
  if (j < lines.length && HEADER.test(lines[j])) {
    while (j < lines.length && lines[j].trim() && !isBoundary(lines[j])) j++;
  }
  const headers = lines.slice(headerStart, j);
  let end = j;
  while (end < lines.length && !isBoundary(lines[end])) end++;
  // The body of a bounce is kept, and is scanned for a message it returns.
  if (headers.some((h) => BOUNCE_SENDER.test(h) || BOUNCE_TYPE.test(h) || BOUNCE_SUBJECT.test(h))) {
    return { from: j, to: j, headers: true };
  }
  // The blank line that ends the header block stays.
  const from = headers.length && j < end && !lines[j].trim() ? j + 1 : j;
  // Trailing blank lines before the boundary stay, as MIME writes them.
  let to = end;
  while (to > from && !lines[to - 1].trim()) to--;
  return { from, to: Math.max(from, to), headers: headers.length > 0 };
}

// Returns the delimiter lines ("--B" and "--B--") of every MIME boundary
// declared before line `start`, and of the nearest delimiter line above
// it, which opened the enclosing part when the pasted text starts below
// the declaration. Boundaries declared inside the returned message belong
// to its body and do not end it.
function enclosingBoundaries(lines, start) {
  const found = new Set();
  const add = (boundary) => {
    found.add(`--${boundary}`);
    found.add(`--${boundary}--`);
  };
  for (const line of lines.slice(0, start)) {
    for (const m of line.matchAll(BOUNDARY)) add(m[1] ?? m[2]);
  }
  for (let k = start - 1; k >= 0; k--) {
    // A boundary has a character other than a dash, so a rule of dashes
    // or a "-- " signature separator is not taken for one.
    const delimiter = /^--(\S*[^\s-]\S*?)\s*$/.exec(lines[k]);
    if (delimiter && !delimiter[1].endsWith("--")) {
      add(delimiter[1]);
      break;
    }
  }
  return found;
}
