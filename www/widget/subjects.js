// Subjects that a bounce quotes outside a Subject header: in prose, as
// Lotus Domino ("Your document: ..."), GroupWise ("Original subject:
// ..."), localised and Japanese NDRs ("件名: ...") and many others
// write them ('Your message "..." could not be delivered'). A subject
// often names a patient or a customer, so each such quote is masked,
// and so is every other place in the text where a known subject recurs.

import { localisedHeader } from "./header-names.js";

// A line that quotes the subject after a label. The label is matched at
// the start of the line, with its colon, so prose that merely mentions
// a subject or a document is left alone.
const LABELLED_SUBJECT = [
  /^(\s*Your document:\s*)(\S.*?)(\s*)$/,
  /^(\s*(?:Original subject|Subject of (?:the |your )?(?:original )?message|The subject of (?:the|your) (?:original )?message (?:was|is))\s*:\s*)(\S.*?)(\s*)$/i,
  /^(\s*件名\s*[:：]\s*)(\S.*?)(\s*)$/u,
];
// 'Your message "..." could not be delivered': a quoted subject after
// "Your message", followed by the verb of the failure ("could", "was").
const QUOTED_SUBJECT =
  /(\bYour message\s+)(["“'‘«„])([^"“”'‘’«»„\r\n]+?)(["”'’»“])(?=\s+(?:could|was|has|had|cannot|can't|couldn't|did|wasn't|hasn't|to)\b)/giu;
// A header line holding the subject, also quoted with "> " markers.
const SUBJECT_HEADER = /^(?:> ?)*(?:subject|thread-topic):(.*)$/i;
// Prefixes that NDRs and replies put before the original subject.
const SUBJECT_PREFIX =
  /^\s*(?:undeliverable|undelivered|unzustellbar|nicht zustellbar|non remis|non recapitabile|no entregado|non distribuable|returned|re|fwd?|fw|wg|aw|tr|rv)\s*:\s*/i;
// Subjects that NDRs give themselves. They name nothing about the user.
const BOUNCE_OWN_SUBJECT =
  /^(?:undeliver|undelivered mail|delivery status notification|mail delivery (?:failed|failure|system)|failure notice|returned mail|delivery failure|delivery has failed|non[- ]?delivery|message not delivered|warning: could not send|delayed mail)/i;
// Shorter subjects ("Hi", "Test") are too likely to be ordinary words to
// be masked wherever they recur; they are still masked where quoted.
const MIN_RECURRING_LENGTH = 6;

/**
 * Finds the subjects the text names: Subject header values (also the
 * original subject inside "Undeliverable: ..."), localised subject
 * lines, and the labelled and quoted prose forms above. Returns them
 * longest first, without those too short to mask on their own.
 */
export function findSubjects(lines) {
  const found = new Set();
  const add = (value) => {
    let subject = value.trim();
    while (SUBJECT_PREFIX.test(subject)) subject = subject.replace(SUBJECT_PREFIX, "");
    if (subject.length >= MIN_RECURRING_LENGTH && !BOUNCE_OWN_SUBJECT.test(subject)) found.add(subject);
  };
  for (const line of lines) {
    const header = SUBJECT_HEADER.exec(line);
    const localised = localisedHeader(line);
    if (header) add(header[1]);
    else if (localised?.name === "subject") add(localised.value);

    for (const pattern of LABELLED_SUBJECT) {
      const m = pattern.exec(line);
      if (m) add(m[2]);
    }

    for (const m of line.matchAll(QUOTED_SUBJECT)) add(m[3]);
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/**
 * Masks the prose forms above, then each of `subjects` wherever it
 * appears in `line`, as "[subject]", counting each one.
 */
export function maskSubjects(line, subjects, state) {
  const count = () => {
    state.counts.subjects++;
    return "[subject]";
  };
  let out = line;
  for (const pattern of LABELLED_SUBJECT) {
    out = out.replace(pattern, (whole, lead, value, tail) => (value === "[subject]" ? whole : `${lead}${count()}${tail}`));
  }
  out = out.replace(QUOTED_SUBJECT, (whole, lead, open, value, close) => (value === "[subject]" ? whole : `${lead}${open}${count()}${close}`));
  for (const subject of subjects) {
    if (out.includes(subject)) out = out.replace(wholeText(subject), count);
  }
  return out;
}

// Matches `subject` as written, but not as part of a longer word or name
// ("Invoices" in "Invoices2026.example.com").
function wholeText(subject) {
  const escaped = subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu");
}
