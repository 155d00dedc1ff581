// Subjects that a bounce quotes outside a Subject header: in prose, as
// Lotus Domino ("Your document: ..."), GroupWise ("Original subject:
// ..."), MDaemon's session transcript, localised and Japanese, Chinese
// and Korean NDRs ("件名: ...", "主题：...") and many others
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
  // Japanese 件名, Chinese 主题, 主題 and 主旨, Korean 제목, with blanks
  // inside the label ("主    题：", "主　　题：" with ideographic spaces),
  // which \s matches. NOTE: the padded Chinese forms are modelled on
  // reported QQ and NetEase bounces, not on a published sample.
  /^(\s*(?:件\s*名|主\s*[题題旨]|제\s*목)\s*[:：]\s*)(\S.*?)(\s*)$/u,
  // A session transcript or log line that starts with a timestamp, as
  // MDaemon's: "Sat 2026-12-05 10:11:12.104: *  Subject: ...".
  /^(\s*(?:\p{L}{3},? )?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?[^\p{L}\r\n]*Subject\s*:\s*)(\S.*?)(\s*)$/iu,
];
// Mailman's hold notice puts the subject on an indented line of its own,
// below "Your mail to 'List' with the subject" and a blank line.
const SUBJECT_LABEL_ABOVE = /\bwith the subject\s*$/i;
// 'Your message "..." could not be delivered': a quoted subject after
// "Your message", followed by the verb of the failure ("could", "was").
const QUOTED_SUBJECT =
  /(\bYour message\s+)(["“'‘«„])([^"“”'‘’«»„\r\n]+?)(["”'’»“])(?=\s+(?:could|was|has|had|cannot|can't|couldn't|did|wasn't|hasn't|to)\b)/giu;
// A receiver's reply that quotes the subject in parentheses, as
// Spectrum's (Charter's) content filter does: "The message from (<...>)
// with the subject of (...) matches a profile ...". The subject may
// contain parentheses of its own and may be folded over several lines,
// so it ends at the first ")" that a blank, a stop or the end follows.
// It never runs past a blank line or 998 characters (RFC 5322's line
// limit).
const PARENTHESISED_SUBJECT = /(\bwith\s+the\s+subject\s+of\s*\()((?:(?!\n[ \t]*\n)[^]){1,998}?)(\))(?=[\s.,;:]|$)/giu;
// A header line containing the subject, also quoted with "> " markers.
const SUBJECT_HEADER = /^(?:> ?)*(?:subject|thread-topic):(.*)$/i;
// Prefixes that NDRs put before the original subject in their own Subject.
const NDR_PREFIX =
  /^\s*(?:undeliverable|undelivered|unzustellbar|nicht zustellbar|non remis|non recapitabile|no entregado|non distribuable)\s*:\s*/i;
// Prefixes that replies and forwards put before a subject.
const REPLY_PREFIX = /^\s*(?:re|fwd?|fw|wg|aw|tr|rv)\s*:\s*/i;
// Subjects that NDRs give themselves. They name nothing about the user.
const BOUNCE_OWN_SUBJECT =
  /^(?:undeliver|undelivered mail|delivery status notification|mail delivery (?:failed|failure|system)|failure notice|returned mail|delivery failure|delivery has failed|non[- ]?delivery|message not delivered|warning: could not send|delayed mail)/i;
// Words that mail systems and auto-responders write in their own Subject
// ("Delivery Status Notification (Failure)", "Warning: could not send
// message for past 4 hours", "Réponse automatique : ..."), lowercase.
// The explainer reads delay warnings, auto-replies and receipts from
// these words, so a Subject header keeps a prefix or a whole value made
// only of them. NOTE: an original subject made only of such words
// ("Message not delivered") is kept as well.
const OWN_SUBJECT_WORDS = new Set([
  // English
  "undeliverable", "undelivered", "delivery", "delivered", "deliver", "status", "notification", "notice",
  "failure", "failed", "fatal", "permanent", "temporary", "error", "errors", "delay", "delayed", "warning",
  "returned", "returning", "mail", "message", "to", "sender", "could", "not", "send", "sent", "for", "past",
  "hour", "hours", "day", "days", "minutes", "see", "transcript", "details", "still", "being", "retried",
  "has", "been", "be", "is", "was", "the", "of", "your", "system", "non-delivery", "nondelivery", "report",
  "automatic", "auto", "reply", "auto-reply", "autoreply", "response", "out", "office", "vacation", "away",
  "read", "recall", "re", "fw", "fwd", "relayed", "expanded",
  // German, French, Spanish, Italian, Portuguese, Swedish
  "unzustellbar", "nicht", "zustellbar", "automatische", "antwort", "abwesenheitsnotiz", "abwesenheit",
  "réponse", "automatique", "non", "remis", "distribuable", "absence",
  "respuesta", "automática", "entregado", "no", "risposta", "automatica", "recapitabile",
  "resposta", "entregue", "não", "autosvar",
  // Japanese: "automatic reply", "absent"
  "自動応答", "不在",
]);
const SUBJECT_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

// A subject is masked wherever it recurs only if it has two words or
// more and no address, because a one-word subject ("Message", "Hi") is
// too likely to be an ordinary word, and addresses are masked as such.
// One-word subjects are still masked where a label or quotes mark them.
const RECURRING_SUBJECT = /^(?=.{6})[^@]*\S\s+\S[^@]*$/;
// The subject in sending services' JSON events: a "subject" key in any
// case (SES commonHeaders, Postmark, SendGrid, Mailgun), or SES's
// {"name": "Subject", "value": ...} pair. An event wrapped as a string in
// another (SES through SNS) writes its quotes as \", so the value takes
// the key's quote form. Escaped quotes inside the value do not end it.
const JSON_VALUE = String.raw`(?<value>(?:\\\\\\.|\\.|[^"\\\r\n])*?)(?<close>\k<q>")(?=\s*[,}\]]|\s*$)`;
const JSON_SUBJECT = [
  new RegExp(String.raw`(?<lead>(?<q>\\?)"(?:subject|thread-topic)\k<q>"\s*:\s*\k<q>")` + JSON_VALUE, "gi"),
  new RegExp(String.raw`(?<lead>(?<q>\\?)"name\k<q>"\s*:\s*\k<q>"(?:subject|thread-topic)\k<q>"\s*,\s*\k<q>"value\k<q>"\s*:\s*\k<q>")` + JSON_VALUE, "gi"),
];

/**
 * Finds the subjects the text names: the original subject inside the
 * bounce's own Subject ("Undeliverable: ..."), the Subject headers of
 * the returned message, localised subject lines, and the labelled and
 * quoted prose forms above. Returns those that can be masked wherever
 * they recur, longest first.
 */
export function findSubjects(lines) {
  const found = new Set();
  const add = (value, ownSubject) => {
    let subject = value.trim();
    const ndr = NDR_PREFIX.test(subject);
    // The first Subject header is the bounce's own (or a report's, as in
    // "Rackspace Abuse Report"), so it counts only after an NDR prefix.
    // NOTE: a paste that starts at the returned message's headers loses
    // the recurrences of its subject. Its Subject line is still masked.
    if (ownSubject && !ndr) return;
    while (NDR_PREFIX.test(subject) || REPLY_PREFIX.test(subject)) subject = subject.replace(NDR_PREFIX, "").replace(REPLY_PREFIX, "");
    // A later bounce's own subject ("NOTICE: mail delivery status.") is
    // made only of the mail system's words and names nothing private.
    if (RECURRING_SUBJECT.test(subject) && !BOUNCE_OWN_SUBJECT.test(subject) && !onlyOwnWords(subject)) {
      found.add(subject);
    }
  };
  const whole = lines.join("\n");
  for (const pattern of JSON_SUBJECT) {
    for (const m of whole.matchAll(pattern)) add(m.groups.value, false);
  }
  for (const m of whole.matchAll(PARENTHESISED_SUBJECT)) add(m[2].replace(/\s*\n\s*/g, " "), false);
  for (const i of subjectLinesBelowLabel(lines)) add(lines[i], false);
  let seenHeader = false;
  for (const line of lines) {
    const header = SUBJECT_HEADER.exec(line);
    const localised = localisedHeader(line);
    if (header) {
      add(header[1], !seenHeader && !line.startsWith(">"));
      seenHeader = true;
    } else if (localised?.name === "subject") {
      add(localised.value, false);
    }

    for (const pattern of LABELLED_SUBJECT) {
      const m = pattern.exec(line);
      if (m) add(m[2], false);
    }

    for (const m of line.matchAll(QUOTED_SUBJECT)) add(m[3], false);
  }
  return [...found].sort((a, b) => b.length - a.length);
}

// Returns the indices of the lines that contain a subject below its label
// line: the first line with text after the label, at most two lines down.
function subjectLinesBelowLabel(lines) {
  const found = [];
  lines.forEach((line, i) => {
    if (!SUBJECT_LABEL_ABOVE.test(line)) return;
    const below = [i + 1, i + 2].find((j) => lines[j]?.trim());
    if (below !== undefined) found.push(below);
  });
  return found;
}

/**
 * Masks each subject that sits on a line of its own below its label
 * (Mailman's hold notice) as "[subject]", keeping the indentation, and
 * counts each one. Returns the lines.
 */
export function maskSubjectsBelowLabel(lines, state) {
  const out = [...lines];
  for (const i of subjectLinesBelowLabel(lines)) {
    if (out[i].trim() === "[subject]") continue;
    state.counts.subjects++;
    out[i] = `${/^\s*/.exec(out[i])[0]}[subject]`;
  }
  return out;
}

/**
 * Masks the value of a Subject header as "[subject]", but keeps the mail
 * system's own words: a leading run of "label:" parts made only of
 * OWN_SUBJECT_WORDS ("Undeliverable: ", "Réponse automatique : "), and a
 * rest made only of them. `count` returns the token and counts it.
 */
export function maskSubjectHeader(value, count) {
  if (!value.trim()) return value;
  let keptLength = 0;
  for (const m of value.matchAll(/[^:]*:[ \t]*/g)) {
    if (m.index !== keptLength || !onlyOwnWords(m[0].slice(0, m[0].indexOf(":")))) break;
    keptLength += m[0].length;
  }
  const rest = value.slice(keptLength);
  if (onlyOwnWords(rest)) return value;
  const lead = keptLength ? "" : /^\s*/.exec(value)[0];
  return `${value.slice(0, keptLength)}${lead}${count()}`;
}

// True when every word of `text` is an OWN_SUBJECT_WORDS word or a
// number. Text without words counts as such.
function onlyOwnWords(text) {
  return [...text.matchAll(SUBJECT_WORD)].every(([word]) => /^\d+$/.test(word) || OWN_SUBJECT_WORDS.has(word.toLowerCase()));
}

/**
 * Masks the value of each JSON subject field as "[subject]", counting
 * each one. Works on the lines joined, because a pretty-printed headers
 * array puts "name" and "value" on lines of their own. Returns the lines.
 */
export function maskJsonSubjects(lines, state) {
  let text = lines.join("\n");
  for (const pattern of JSON_SUBJECT) {
    text = text.replace(pattern, (...args) => {
      const { lead, value, close } = args.at(-1);
      if (!value.trim() || value === "[subject]") return lead + value + close;
      state.counts.subjects++;
      return `${lead}[subject]${close}`;
    });
  }
  return text.split("\n");
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

/**
 * Masks what a single line cannot show: the subject in a reply that
 * quotes it in parentheses, and each of `subjects` where a folded line
 * (Postfix indents the continuation of a long reply) splits it over two
 * lines. Such a match becomes "[subject]" on the first of its lines, and
 * the text after it joins that line. Returns the lines.
 */
export function maskSubjectsAcrossLines(lines, subjects, state) {
  const count = () => {
    state.counts.subjects++;
    return "[subject]";
  };
  let text = lines.join("\n");
  text = text.replace(PARENTHESISED_SUBJECT, (whole, lead, value, close) => (value === "[subject]" ? whole : `${lead}${count()}${close}`));
  for (const subject of subjects) {
    if (/\s/.test(subject)) text = text.replace(foldedText(subject), count);
  }
  return text.split("\n");
}

// Matches `subject` with a line break and indentation in place of any of
// its blanks, bounded as in wholeText.
function foldedText(subject) {
  const words = subject.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}@.-])${words.join("(?:[ \\t]*\\n[ \\t]*|[ \\t]+)")}(?![\\p{L}\\p{N}@-]|\\.[\\p{L}\\p{N}])`, "gu");
}

// Matches `subject` as written, but not as part of a longer word, a host
// name or an address ("Team news" in "Team news.example.com").
function wholeText(subject) {
  const escaped = subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}@.-])${escaped}(?![\\p{L}\\p{N}@-]|\\.[\\p{L}\\p{N}])`, "gu");
}
