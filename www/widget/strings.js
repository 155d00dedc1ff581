// The widget's own text, beyond the result cards (whose text is in
// ../strings.js). Explanations of bounces come from the WASM module.

import { STRINGS } from "../strings.js";

export const WIDGET_STRINGS = {
  label:
    "Paste the bounce: an SMTP error line, the text of the report, the whole email, or a sending service's JSON event",
  explain: "Explain",
  redact: "Redact and copy",
  clear: "Clear",
  privacy: "Everything runs in this page: nothing you paste is uploaded.",
  largePaste: (chars) =>
    `The pasted text (${(chars / 1048576).toFixed(1)} MB) is too large to show in the box, ` +
    "so it is kept out of it and explained as pasted.",

  status: {
    loading: "Loading the explainer…",
    ready: "Paste a bounce to see what it means.",
    working: "Explaining a large paste…",
    explained: STRINGS.status.explained,
    none: "No failed recipient found.",
    failed: "The explainer failed on this text. Reload the page to try again.",
    failedOnce: "The explainer failed on this text. Try again, or paste a shorter part of the bounce.",
    loadFailed: "The explainer could not be loaded.",
    copied: "Copied to the clipboard.",
    copyFailed: "Could not copy: select the text and copy it by hand.",
    redactedCopied: "Redacted text copied to the clipboard. Check it before you post it.",
    redactedNotCopied: "Could not copy: select the redacted text below and copy it by hand.",
    redacting: "Redacting a large paste…",
    redactFailed: "Redaction failed, so nothing was copied.",
  },

  // The widget reads one file per drop, so the files dropped with it are
  // named as unread rather than silently ignored.
  fileRead: (name) => `Read the file ${name}.`,
  othersNotRead: (read, others) =>
    `Only the first of the ${others.length + 1} dropped files, ${read}, was read. ` +
    `Not read: ${others.join(", ")}. Drop one file at a time.`,
  fileFailed: (name, error) => `Could not read the file ${name} (${error}).`,

  settingsError: "This widget's settings are invalid, so it uses none of them:",
  // Shown when the settings are valid but some overrides can never apply.
  settingsUnmatched: "This widget uses its settings, but these parts of them never apply:",

  redacted: {
    heading: "Redacted text",
    summary: (c) => {
      const parts = [
        [c.emails, "email address", "email addresses"],
        [c.names, "name", "names"],
        [c.subjects, "subject", "subjects"],
        [c.messageIds, "message id", "message ids"],
        [c.hosts, "own host name", "own host names"],
        [c.ips, "client IP address", "client IP addresses"],
        [c.phones, "phone number", "phone numbers"],
        [c.base64Lines, "line of encoded data", "lines of encoded data"],
        [c.bodyLines, "line of the returned message's body", "lines of the returned message's body"],
      ]
        .filter(([n]) => n > 0)
        .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
      return parts.length ? `Masked: ${parts.join(", ")}.` : "Nothing to mask was found.";
    },
    kept: "Codes, provider host names and IP addresses are kept, so a helper can read the bounce.",
    // The paste beyond REDACT_MAX is left out rather than copied unmasked.
    cut: (redacted, total) =>
      `The paste is ${(total / 1048576).toFixed(1)} MB, so only its first ${Math.round(redacted / 1024)} KB ` +
      "were redacted, and only they are below and in the copy. The rest was left out. " +
      "If the part that matters comes later, paste that part on its own and redact it.",
    label: "Redacted bounce, ready to post",
  },

  portal: {
    ownServer: (ip, name) =>
      `${ip} is one of ${name ? `${name}'s` : "our"} sending servers. This is our server: ` +
      "we handle the block ourselves, so there is no need to request removal.",
    ownServerSteps: (contact) => [
      `Tell ${contact ?? "our support team"} about this bounce, using the note below.`,
      "Wait for us to clear the block, then send the message again.",
    ],
    contact: "Contact:",
    noteFrom: (name) => `Note from ${name ?? "your provider"}:`,
    noteHeading: (to) => `Ready-to-send note to ${to}`,
    copyNote: "Copy note",
  },
};
