// The page's own text, grouped by where it appears. Explanations of
// bounces come from the WASM module's knowledge tables, not from here.

import { reveal } from "./text-safety.js";

// A file's name comes from the sender as much as its contents do. Hidden
// and bidi characters in it are shown as escapes, so that a name such as
// "invoice\u202Efdp.eml" cannot reorder the sentence it is quoted in.
const fileName = (name) => reveal(name).text;

// Maximum number of file names a note lists before it counts the rest.
const LISTED_NAMES_MAX = 5;

/** Lists file names as "a, b and c", naming at most LISTED_NAMES_MAX of them. */
function listNames(names) {
  const listed = names.slice(0, LISTED_NAMES_MAX).map(fileName);
  const rest = names.length - listed.length;
  if (rest > 0) return `${listed.join(", ")} and ${rest} more`;
  if (listed.length === 1) return listed[0];
  return `${listed.slice(0, -1).join(", ")} and ${listed.at(-1)}`;
}

// Names the text a decoded line counts lines of: the pasted bounce's,
// or that of a bounce attached `forwardDepth` forwards deep, and for
// `part` "delivery_status" that bounce's delivery-status part and the
// `field` in it. The reader has to open that attachment to find the line.
function decodedText(forwardDepth, part, field) {
  if (part === "delivery_status") {
    let where = "the bounce's delivery-status part";
    if (forwardDepth === 1) where = "the attached bounce's delivery-status part";
    if (forwardDepth > 1) where = `the delivery-status part of the bounce attached ${forwardDepth} levels deep`;
    return field ? `${where}, in its ${field} field` : where;
  }
  if (!forwardDepth) return "the bounce's decoded text";
  if (forwardDepth === 1) return "the attached bounce's decoded text";
  return `the decoded text of the bounce attached ${forwardDepth} levels deep`;
}

export const STRINGS = {
  page: {
    title: "Bounce explainer",
    skip: "Skip to the text box",
    inputHeading: "Your bounce",
    inputLabel:
      "Paste the bounce: an SMTP error line, the text of the report, the whole email, or a sending service's JSON event",
    fileLabel: "Or open a file (.eml, .mbox, .txt, .json or .csv)",
    dropHint: "You can also drop a file on the text box.",
    example: "Try an example",
    clear: "Clear",
    privacy: "Everything runs in this page: nothing you paste is sent anywhere.",
    resultsHeading: "What the bounce says",
    mirrorHeading: "Your text, with the code and IP marked",
    footer: "Explanations are based on the providers' and blocklists' public pages, linked in each result.",
    fileNotShown: (name, bytes) =>
      `${fileName(name)} (${(bytes / 1048576).toFixed(1)} MB) is too large to show in the text box; ` +
      "it is explained from the file, and the lines that matter are shown below.",
    pasteNotShown: (chars) =>
      `The pasted text (${(chars / 1048576).toFixed(1)} MB) is too large to show in the text box; ` +
      "it is explained as pasted, and the lines that matter are shown below.",
    mirrorLarge: "The text is long, so only the lines with a marked code or IP are shown.",
    // The page reads one file per drop, so the files dropped with it are
    // named as unread rather than silently ignored.
    othersNotRead: (read, others) => {
      const lead = `Only the first of the ${others.length + 1} files, ${fileName(read)}, was read.`;
      const tail = "Drop or open one file at a time.";
      if (others.length === 1) return `${lead} The other, ${fileName(others[0])}, was not read. ${tail}`;
      return `${lead} The others were not read: ${listNames(others)}. ${tail}`;
    },
  },

  status: {
    loading: "Loading the explainer…",
    ready: "Ready. Paste a bounce to see what it means.",
    working: "Explaining…",
    workingLarge: "Explaining a large input; the page stays usable meanwhile…",
    stillWorking: (seconds) => `Still explaining after ${seconds} s; the page stays usable meanwhile…`,
    slow: (seconds) =>
      `Still explaining after ${seconds} s. This input is unusually hard to read; ` +
      "pasting only the bounce's report part, without the returned message, is faster.",
    cut: (kb) => `The text is longer than ${kb} KB, so only its first ${kb} KB were read.`,
    empty: "Paste a bounce to see what it means.",
    // A DSN may report deliveries beside failures, so those are counted apart.
    // When no card names a recipient (reply lines pasted alone), the cards
    // are counted as replies.
    explained: (count, delivered = 0, repliesOnly = false) => {
      const [one, many] = repliesOnly ? ["reply", "replies"] : ["recipient", "recipients"];
      const lead = count === 1 ? `Explained 1 ${one}` : `Explained ${count} ${many}`;
      if (!delivered) return `${lead}.`;
      if (delivered === count) return `${lead}: all delivered.`;
      return `${lead}: ${count - delivered} not delivered, ${delivered} delivered.`;
    },
    none: "No failed recipient found.",
    copied: "Copied to the clipboard.",
    copyFailed: "Could not copy: select the text and copy it by hand.",
    fileRead: (name) => `Read the file ${fileName(name)}.`,
    fileFailed: (name) => `Could not read the file ${fileName(name)}.`,
    fileEmpty: (name) => `The file ${fileName(name)} is empty: there is nothing to explain.`,
  },

  error: {
    heading: "Something went wrong",
    explain:
      "The explainer failed on this text and has been restarted. " +
      "Try again, or paste a shorter part of the bounce.",
    load: "The explainer could not be loaded. Reload the page to try again.",
  },

  card: {
    noRecipient: "Recipient not named in the bounce",
    forwarded: (original, final) => `Sent to ${original}, forwarded to ${final}`,
    // `index` is 0-based, as in the Report; readers count from 1.
    fromMessage: (index) => `From message ${index + 1} of the text`,
    permanent: "Permanent failure",
    held: "Held: waits for someone to release it",
    temporary: "Temporary failure",
    gaveUp: "Temporary failure, no longer retried",
    delayed: "Delayed: the server keeps trying",
    notSent: "Not sent by your mail program",
    listNotice: "List notice: your address bounced",
    notFailure: "Not a failure",
    why: "Why",
    whoActs: "Who must act:",
    steps: "What to do",
    retry: "Retry",
    ipHeading: "IP address to quote",
    // A complaint report names the server that sent the message, and no
    // removal request follows from it.
    ipReportedHeading: "IP address the report names",
    // A decoded line counts lines of the bounce's text after its
    // quoted-printable or base64 encoding is removed, which the text view
    // does not show.
    ipLine: (line, decoded, forwardDepth, part, field) => {
      if (!decoded) return `Found on line ${line} of your text:`;
      const sent = forwardDepth ? "the attachment was sent encoded" : "the bounce was sent encoded";
      return `Found on line ${line} of ${decodedText(forwardDepth, part, field)} (${sent}):`;
    },
    ipFoundBy: (rule) => `Recognised by: ${rule}`,
    noIp: "No sending IP address found",
    linksHeading: "Where the request goes",
    copyIp: "Copy IP",
    // The accessible name starts with the visible label, so speech input
    // ("click Copy IP") still finds the button.
    copyIpFor: (ip, who) => `Copy IP ${ip}, for ${who}`,
    copyNote: {
      admin: "Copy a note for your mail administrator",
      recipient: "Copy a note for the recipient's postmaster",
      service: "Copy a note for the sending service's support",
    },
    // The accessible name of a note button: its visible text, then the
    // recipient, so that several cards' buttons can be distinguished.
    copyNoteFor: (label, who) => `${label}, about ${who}`,
    technical: "Technical details",
    notes: "Notes",
    more: (next, shown, total) => `Show ${next} more (${shown} of ${total} recipients shown)`,
  },

  actors: {
    you: "You",
    admin: "Your mail administrator or provider",
    recipient: "The recipient or their mail administrator",
    // A blocklist lists the sending service's own IP (SendGrid, Amazon
    // SES, ...), which the user's mail administrator cannot have delisted.
    service: "The sending service: contact its support",
    wait: "Nobody yet: wait, the sending server retries on its own",
    nobody: "Nobody: this is not a failure",
  },

  kinds: {
    empty: "nothing",
    binary: "binary data, not text",
    smtp_reply: "SMTP reply lines",
    ndr_text: "the text of a non-delivery report",
    email: "a whole email",
    not_bounce: "text without a bounce in it",
    json_record: "a sending service's JSON event record",
    csv_export: "a CSV export of bounces, one row per recipient",
    mail_program_alert: "a mail program's own alert that it could not send, not a bounce",
    readAs: (inputKind, kind, mta, mtaName) => {
      if (!mta) return `Read as ${kind}.`;
      if (inputKind === "json_record") return `Read as ${mtaName ?? mta}'s JSON event record.`;
      return `Read as ${kind}, written by ${mta}.`;
    },
  },

  notes: {
    warning: "Warning:",
    info: "Note:",
  },

  facts: {
    reply: "Reply code",
    status: "Enhanced status code",
    code: "Provider code",
    provider: "Provider",
    blocklists: "Blocklists named",
    remoteHost: "Receiving host",
    command: "SMTP command",
    reason: "Reason",
    action: "Action",
    diagnostic: "Diagnostic text",
    entry: "Explanation used",
    source: "Based on",
    none: "none",
  },

  safety: {
    hidden:
      "This text contains invisible or direction-changing characters. " +
      "They are shown as ⟨U+…⟩ so that nothing is misread.",
    lookalike: (value) =>
      `“${value}” contains characters outside plain ASCII that can look ` +
      "like ordinary letters or dots. Check the name before you trust it.",
  },

  note: {
    // `state` is what noteState in admin-note.js returns.
    subject: (who, code, state) => {
      const codes = code ? ` (${code})` : "";
      if (state === "delayed") return `Mail to ${who} is delayed${codes}`;
      if (state === "undelivered") return `Mail to ${who} was not delivered${codes}`;
      if (state === "rejected") return `Mail to ${who} was rejected${codes}`;
      if (state === "held") return `Mail to ${who} is held${codes}`;
      if (state === "on-hold") return `Mail to ${who} is on hold${codes}`;
      return `Mail to ${who} was reported as ${state}${codes}`;
    },
    to: (domain) => `To: Postmaster <postmaster@${domain}>`,
    greeting: "Hello,",
    recipientIntro: (who, host, state) => {
      const server = host ? `your server ${host}` : "your server";
      if (state === "delayed") return `I sent a message to ${who}, and ${server} has not accepted it yet. The sending server is still retrying.`;
      if (state === "held") return `I sent a message to ${who}, and your side holds it until someone releases it.`;
      return `I sent a message to ${who}, and ${server} refused it.`;
    },
    recipientAsk: "Could you check why it was refused, and tell me what I need to change, or pass this on to the person who looks after this mailbox?",
    serviceAsk: "The receiving server refused one of your sending IP addresses because a blocklist lists it. Could you have it delisted, or tell me what I need to do if it is a dedicated IP of my account?",
    intro: (who, host, state) => {
      if (state === "delayed") {
        const deferred = host ? `, because ${host} deferred it` : "";
        return `A message to ${who} has not been delivered yet${deferred}. The sending server is still retrying, so the message need not be sent again.`;
      }
      if (state === "undelivered") {
        const last = host ? ` The last attempt went to ${host}.` : "";
        return `A message to ${who} could not be delivered, and the sending server has stopped retrying.${last}`;
      }
      if (state === "rejected") return `A message to ${who} could not be delivered` + (host ? `; ${host} rejected it.` : ".");
      if (state === "held") {
        return `A message to ${who} is held on the receiving side until someone releases it, so it need not be sent again.`;
      }
      if (state === "on-hold") {
        return `A message to ${who} is on hold in the sending server's queue. It is not retried until an administrator releases it, so it need not be sent again.`;
      }
      return `The bounce reports the message to ${who} as ${state}, so its delivery did not fail.`;
    },
    forwarded: (original, final) => `It was sent to ${original} and forwarded to ${final}.`,
    what: "What happened:",
    code: "Codes:",
    ip: "Sending IP address to quote:",
    ipLine: (line, decoded, forwardDepth, part, field) =>
      decoded
        ? `(found on line ${line} of ${decodedText(forwardDepth, part, field)})`
        : `(found on line ${line} of the bounce)`,
    fix: "What to do:",
    links: "Where the request goes:",
    reply: "The receiving server's reply:",
    thanks: "Thank you.",
    someone: "the recipient",
  },
};
