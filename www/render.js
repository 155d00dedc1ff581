// Renders a Report (the value explain() returns) into a container: the
// page's results section or a widget's shadow root. Every value from the
// bounce goes in as text, with hidden characters shown as escapes. The
// only links are the Report's `links` and explanation sources, which come
// from the knowledge tables and never from the pasted text.
import { adminNote, noteParty } from "./admin-note.js";
import { copyText } from "./copy.js";
import { field, h, webLink } from "./dom.js";
import { appendRevealed, markTerms } from "./highlight.js";
import { STRINGS } from "./strings.js";
import { cardTemplate } from "./templates.js";
import { PASTED_TEXT_DIR, PASTED_TEXT_LANG, reveal } from "./text-safety.js";

// Reasons for which the receiver judged the sending server, so the IP to
// quote matters even when none was found.
const IP_REASONS = new Set(["blocked", "badreputation", "requireptr", "toomanyconn", "speeding"]);

/**
 * Replaces the contents of `container` with the rendered Report.
 *
 * Options: `strings` (defaults to strings.js), `headingLevel` of each
 * card's heading (default 3), `announce(message)` called after a copy
 * button is used, and `copy(text)` resolving to true on success
 * (default: the clipboard).
 */
export function renderReport(container, report, options = {}) {
  const opts = withDefaults(options);
  const root = h("div", { class: "be-report" });
  // With one recipient the summary is that card's first sentence; skip it.
  const only = report.recipients.length === 1 ? report.recipients[0] : null;
  if (only?.explanation.what !== report.summary) {
    const summary = h("p", { class: "be-summary" });
    appendRevealed(summary, report.summary);
    root.append(summary);
  }
  const kinds = opts.strings.kinds;
  const kind = kinds[report.input_kind] ?? report.input_kind;
  const readAs = kinds.readAs(report.input_kind, kind, report.mta, report.mta_name);
  root.append(h("p", { class: "be-muted be-read-as", text: readAs }));
  if (report.notes.length) root.append(renderNotes(report.notes, opts.strings));
  const cards = h("div", { class: "be-cards" });
  root.append(cards);
  appendCards(root, cards, report.recipients, 0, { ...opts, inputKind: report.input_kind });
  container.replaceChildren(root);
}

// A reply line can run to megabytes when junk was pasted on the same line.
// Scanning it for host names and laying it out would freeze the page, so
// only its start, which the reader needs, is shown.
const DIAGNOSTIC_MAX = 4000;

function clipDiagnostic(value) {
  if (typeof value !== "string" || value.length <= DIAGNOSTIC_MAX) return value;
  return `${value.slice(0, DIAGNOSTIC_MAX)}…`;
}

// A bounce can list thousands of recipients, and 2000 cards take about
// 4 s to lay out in headless Chromium, so cards are added in batches.
const CARD_BATCH = 50;

function appendCards(root, cards, recipients, start, opts) {
  const end = Math.min(start + CARD_BATCH, recipients.length);
  for (let i = start; i < end; i += 1) cards.append(renderRecipient(recipients[i], opts));
  if (end >= recipients.length) return;
  const next = Math.min(CARD_BATCH, recipients.length - end);
  const more = h("button", {
    type: "button",
    class: "be-button be-more",
    text: opts.strings.card.more(next, end, recipients.length),
  });
  more.addEventListener("click", () => {
    const first = end;
    more.remove();
    appendCards(root, cards, recipients, end, opts);
    // Keep keyboard users in place: focus moves to the first new card.
    const card = cards.children[first];
    card.setAttribute("tabindex", "-1");
    card.focus();
  });
  root.append(more);
}

/**
 * Builds the card for one recipient. Takes the same options as
 * renderReport, and `inputKind`, the Report's `input_kind`, which the
 * badge of a mail program's alert needs.
 */
export function renderRecipient(full, options = {}) {
  const recipient = { ...full, diagnostic: clipDiagnostic(full.diagnostic) };
  const opts = withDefaults(options);
  const text = opts.strings;
  const card = cardTemplate(opts.headingLevel, text).content.firstElementChild.cloneNode(true);
  const warnings = [];
  let hidden = 0;
  const put = (name, value) => {
    hidden += appendRevealed(field(card, name), value ?? "");
  };

  put("recipient", recipient.recipient ?? text.card.noRecipient);
  // The address the sender used, when a forward or an alias changed it:
  // the sender finds the message in sent mail only under that one.
  if (recipient.original_recipient) {
    const final = recipient.recipient ?? text.card.noRecipient;
    put("forwarded", text.card.forwarded(recipient.original_recipient, final));
    field(card, "forwarded").hidden = false;
  }
  // In a text of several messages, which message the card was read from.
  if (Number.isInteger(recipient.mbox_index)) {
    put("message", text.card.fromMessage(recipient.mbox_index));
    field(card, "message").hidden = false;
  }
  field(card, "kind").textContent = badgeText(recipient, text.card, opts.inputKind);
  field(card, "kind").classList.add(badgeClass(recipient, opts.inputKind));
  put("what", recipient.explanation.what);
  put("why", recipient.explanation.why);
  put("who", text.actors[recipient.explanation.who_acts] ?? recipient.explanation.who_acts);
  put("retry", recipient.explanation.retry);
  for (const step of recipient.explanation.steps) {
    const item = h("li");
    hidden += appendRevealed(item, step);
    field(card, "steps").append(item);
  }

  hidden += fillIp(card, recipient, opts);
  fillLinks(card, recipient.links);
  hidden += fillFacts(field(card, "facts"), recipient, text.facts);

  // The module lists the names that mix scripts, so the CLI warns about
  // the same ones.
  for (const value of recipient.lookalike_hosts) {
    warnings.push({ level: "warning", message: text.safety.lookalike(reveal(value).text) });
  }
  if (hidden > 0) warnings.push({ level: "warning", message: text.safety.hidden });
  const notes = [...recipient.notes, ...warnings];
  if (notes.length) field(card, "notes").replaceWith(renderNotes(notes, text));

  const copyNote = card.querySelector('[data-action="copy-note"]');
  const party = noteParty(recipient);
  if (badgeClass(recipient) === "be-neutral" || !party) {
    // Nothing failed (an auto-reply, a delivery report), or the user acts
    // on their own: no one to write to.
    copyNote.parentElement.remove();
  } else {
    const label = text.card.copyNote[party];
    copyNote.textContent = label;
    const who = recipient.recipient ? reveal(recipient.recipient).text : text.note.someone;
    copyNote.setAttribute("aria-label", text.card.copyNoteFor(label, who));
    copyNote.addEventListener("click", () => copyAndAnnounce(adminNote(recipient, text), opts));
  }
  return card;
}

/** Builds the list of notes (Report-level or per recipient). */
export function renderNotes(notes, strings = STRINGS) {
  const list = h("ul", { class: "be-notes" });
  for (const note of notes) {
    const item = h("li", { class: `be-note be-note-${note.level}` });
    const label = note.level === "warning" ? strings.notes.warning : strings.notes.info;
    item.append(h("strong", { text: `${label} ` }));
    appendRevealed(item, note.message);
    list.append(item);
  }
  return list;
}

function withDefaults(options) {
  return {
    strings: options.strings ?? STRINGS,
    headingLevel: options.headingLevel ?? 3,
    announce: options.announce ?? (() => {}),
    copy: options.copy ?? copyText,
    inputKind: options.inputKind ?? null,
  };
}

// The list's notice that the member's own address bounces, whose card
// reports no failed message of the user's.
const LIST_BOUNCING_ENTRY = "auto-reply/list-bouncing";

function badgeText(recipient, text, inputKind) {
  // A mail program's alert reports a message that never left the device,
  // whatever entry explains it, so neither failure badge fits.
  if (inputKind === "mail_program_alert") return text.notSent;
  if (recipient.explanation.entry === LIST_BOUNCING_ENTRY) return text.listNotice;
  // A held message is also permanent for retries, so `held` goes first.
  if (recipient.held) return text.held;
  if (recipient.permanent) return text.permanent;
  if (recipient.action === "delayed") return text.delayed;
  // The badge shows the same retry state as the retry line. Who acts does
  // not show it: a lasting cause names a party while the sending
  // server still retries, and the widget's settings may change who acts.
  if (recipient.action === "failed" && !recipient.retrying) return text.gaveUp;
  if (recipient.action === "failed") return text.temporary;
  return text.notFailure;
}

function badgeClass(recipient, inputKind) {
  if (inputKind === "mail_program_alert") return "be-temporary";
  if (recipient.explanation.entry === LIST_BOUNCING_ENTRY) return "be-neutral";
  if (recipient.held) return "be-held";
  if (recipient.permanent) return "be-permanent";
  if (recipient.action === "failed" || recipient.action === "delayed") return "be-temporary";
  return "be-neutral";
}

function fillIp(card, recipient, opts) {
  const text = opts.strings.card;
  const ip = recipient.sender_ip;
  const source = recipient.sender_ip_source ?? {};
  if (!ip) {
    const relevant = IP_REASONS.has(recipient.reason) || recipient.blocklists.length > 0;
    if (!relevant || !source.hint) return 0;
    field(card, "no-ip").hidden = false;
    return appendRevealed(field(card, "ip-hint"), source.hint);
  }
  let hidden = 0;
  field(card, "ip-section").hidden = false;
  if (recipient.reason === "feedback") field(card, "ip-heading").textContent = text.ipReportedHeading;
  hidden += appendRevealed(field(card, "ip"), ip);
  if (source.line && source.excerpt) {
    const { line, decoded, forward_depth: depth, part } = source;
    field(card, "ip-line").textContent = text.ipLine(line, decoded, depth, part, source.field);
    const marked = markTerms(source.excerpt, [{ value: ip, kind: "ip" }]);
    field(card, "ip-excerpt").append(marked.fragment);
    hidden += marked.hidden;
  } else {
    field(card, "ip-line").remove();
    field(card, "ip-excerpt").remove();
  }
  if (source.rule) field(card, "ip-rule").textContent = text.ipFoundBy(source.rule);
  else field(card, "ip-rule").remove();
  // Several cards can each have a "Copy IP" button, so the accessible
  // name gives the address it copies and the card's recipient.
  const copyIp = card.querySelector('[data-action="copy-ip"]');
  const recipientName = recipient.recipient ? reveal(recipient.recipient).text : opts.strings.note.someone;
  copyIp.setAttribute("aria-label", text.copyIpFor(reveal(ip).text, recipientName));
  copyIp.addEventListener("click", () => {
    copyAndAnnounce(ip, opts);
  });
  return hidden;
}

function fillLinks(card, links) {
  if (!links.length) return;
  field(card, "links-section").hidden = false;
  const list = field(card, "links");
  for (const link of links) {
    const item = h("li", {}, webLink(link.url, link.label));
    const host = hostOf(link.url);
    if (host) item.append(" ", h("span", { class: "be-muted be-link-host", text: `(${host})` }));
    // A printed card cannot be clicked, so print shows the whole address
    // (with the IP in its query) in place of the host name.
    item.append(" ", h("span", { class: "be-print-url", text: link.url }));
    list.append(item);
  }
}

function fillFacts(list, recipient, text) {
  let hidden = 0;
  const row = (label, value) => {
    const dd = h("dd");
    if (value instanceof Node) dd.append(value);
    else hidden += appendRevealed(dd, value || text.none);
    list.append(h("dt", { text: label }), dd);
  };
  row(text.reply, recipient.reply);
  row(text.status, recipient.status);
  row(text.code, recipient.code);
  row(text.provider, recipient.provider);
  row(text.blocklists, recipient.blocklists.join(", "));
  row(text.remoteHost, recipient.remote_host);
  row(text.command, recipient.smtp_command);
  row(text.reason, recipient.reason);
  row(text.action, recipient.action);
  const diagnostic = h("pre", { class: "be-diagnostic", dir: PASTED_TEXT_DIR, lang: PASTED_TEXT_LANG });
  hidden += appendRevealed(diagnostic, recipient.diagnostic || text.none);
  row(text.diagnostic, diagnostic);
  row(text.entry, recipient.explanation.entry);
  const source = recipient.explanation.source;
  row(text.source, source ? webLink(source, source) : text.none);
  return hidden;
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}

async function copyAndAnnounce(value, opts) {
  const copied = await opts.copy(value);
  opts.announce(copied ? opts.strings.status.copied : opts.strings.status.copyFailed);
}
