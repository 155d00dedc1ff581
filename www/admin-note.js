// The short note a user can send to their mail administrator: what
// failed, the codes, the IP to quote and the fix. It carries nothing from
// the bounce beyond the recipient, the receiving host and its reply, and
// hidden characters, CR and LF in those are written as visible escapes, so
// that none of them starts a line of the note.
import { STRINGS } from "./strings.js";
import { quotedLine, revealLine } from "./text-safety.js";

/** Returns the codes of one recipient as one line, e.g. "554 5.7.1 BL000010". */
export function codeLine(recipient) {
  const parts = [recipient.reply, recipient.status];
  const own = providerCode(recipient);
  if (own) {
    parts.push(recipient.provider ? `${recipient.provider} ${own}` : own);
  }
  return parts.filter(Boolean).join(" ");
}

// The provider's own code, or null when it only repeats the enhanced
// status code or the reply code and so adds nothing to the note.
function providerCode(recipient) {
  const { code, status, reply } = recipient;
  return code && code !== status && code !== reply ? code : null;
}

/**
 * Returns the delivery state a note reports for one recipient of a
 * Report. It is "delayed" while the sending server still retries (a
 * delay notice, or a temporary reply it will retry), "rejected" for a
 * permanent failure, "held" for a message the receiving side holds
 * until someone releases it, "on-hold" for one an administrator holds in
 * the sending server's queue, and "undelivered" for a temporary failure
 * it no longer retries. Otherwise it is the RFC 3464 action itself
 * ("delivered", "relayed", "expanded"), for which nothing failed.
 */
export function noteState(recipient) {
  const { action, permanent, retrying, held } = recipient;
  // A held queue entry stays "delayed" in the Report, but nothing retries it.
  if (action === "delayed") return held ? "on-hold" : "delayed";
  if (action !== "failed") return action;
  if (held) return "held";
  if (permanent) return "rejected";
  return retrying ? "delayed" : "undelivered";
}

/**
 * Returns whom a card's note is written to: "admin" (the user's mail
 * administrator or provider), "recipient" (the postmaster of the
 * recipient's domain), "service" (the support of the sending service
 * whose own IP a blocklist lists), or null when the card offers no note. There is
 * no note where the user acts, because the steps are the user's own
 * (check the address, make the message smaller). There is none where no
 * party acts, because nothing failed, nor for a delay that the sending
 * server retries on its own (who_acts "wait"), because nobody has
 * anything to do yet. A delay whose cause fails every retry until it is
 * fixed names that party instead of "wait", so it still gets a note.
 * There is none where only the recipient in person can clear the cause
 * (personalCause), whoever the card names, because the user tells them
 * directly. Nor is there one where the recipient's side must act at a
 * public mailbox provider (publicMailbox). The widget's composeNote picks
 * its addressee by the same rule, apart from a block of the portal's own
 * server.
 */
export function noteParty(recipient) {
  const actor = recipient.explanation.who_acts;
  if (actor === "you" || actor === "nobody" || actor === "wait") return null;
  if (personalCause(recipient)) return null;
  if (actor === "service") return "service";
  if (actor !== "recipient") return "admin";
  return publicMailbox(recipient) ? null : "recipient";
}

/**
 * Reports whether the recipient's address is at a public mailbox
 * provider's domain (gmail.com, outlook.com), as the module's
 * mailbox_provider states. Such a provider does not handle one sender's
 * report by mail to its postmaster, so no note is drafted to it, and the
 * card's note tells the user to reach the recipient another way.
 */
export function publicMailbox(recipient) {
  return Boolean(recipient.mailbox_provider);
}

// Causes only the recipient in person can clear: their mailbox is full,
// or their account is disabled.
const PERSONAL_REASONS = new Set(["mailboxfull", "suspend"]);

/**
 * Reports whether the recipient in person must act, so that no note goes
 * to their domain's postmaster. A postmaster, above all a large
 * provider's, does not act on one user's full mailbox, and the card's
 * steps tell the user to reach the recipient by another channel.
 */
export function personalCause(recipient) {
  return PERSONAL_REASONS.has(recipient.reason);
}

/**
 * Builds the plain-text note for one recipient of a Report, written to
 * the party noteParty names (the user's administrator when it names none).
 */
export function adminNote(recipient, strings = STRINGS) {
  const text = strings.note;
  const visible = revealLine;
  const who = recipient.recipient ? visible(recipient.recipient) : text.someone;
  const host = recipient.remote_host ? visible(recipient.remote_host) : null;
  const codes = visible(codeLine(recipient));
  const code = providerCode(recipient) ?? recipient.status ?? recipient.reply;
  const state = noteState(recipient);
  const party = noteParty(recipient);
  const toRecipient = party === "recipient";
  // RFC 5321 section 4.5.1 requires every domain that receives mail to
  // accept mail for "postmaster", so that is where the note can go.
  const domain = recipient.recipient?.split("@")[1];
  const to = toRecipient && domain ? [text.to(visible(domain)), ""] : [];

  // Sent mail and logs list the message under the address the sender used.
  const forwarded = recipient.original_recipient ? [text.forwarded(visible(recipient.original_recipient), who)] : [];
  const lines = [
    ...to,
    text.subject(who, code && visible(code), state),
    "",
    text.greeting,
    "",
    toRecipient ? text.recipientIntro(who, host, state) : text.intro(who, host, state),
    ...forwarded,
    "",
    text.what,
    visible(recipient.explanation.what),
  ];
  if (codes) lines.push("", text.code, codes);
  if (recipient.sender_ip) {
    const source = recipient.sender_ip_source ?? {};
    const { line, decoded, forward_depth: depth, part, field } = source;
    const where = line ? ` ${text.ipLine(line, decoded, depth, part, field)}` : "";
    lines.push("", text.ip, `${visible(recipient.sender_ip)}${where}`);
  }

  // The card's steps tell the user what to request of the recipient's
  // side or of the sending service, so the note to either makes that
  // request instead of listing them.
  if (toRecipient) {
    lines.push("", text.recipientAsk);
  } else if (party === "service") {
    lines.push("", text.serviceAsk);
  } else {
    lines.push("", text.fix);
    recipient.explanation.steps.forEach((step, i) => lines.push(`${i + 1}. ${visible(step)}`));
  }
  if (recipient.links.length) {
    lines.push("", text.links);
    for (const link of recipient.links) lines.push(`${link.label}: ${link.url}`);
  }
  if (recipient.diagnostic) lines.push("", text.reply, quotedLine(recipient.diagnostic));
  lines.push("", text.thanks);
  return lines.join("\n");
}
