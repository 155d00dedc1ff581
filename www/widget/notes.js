// Who-acts notes: for each failed recipient, a plain-text message the user
// can send to the party who must act. A note carries the facts that party
// needs (what failed, the codes, the IP to quote, the receiver's reply)
// and nothing about the user beyond what the pasted bounce already held.

import { noteState, personalCause, publicMailbox } from "../admin-note.js";
import { quotedLine, reveal, revealLine } from "../text-safety.js";

const PROVIDER_NAMES = {
  comcast: "Comcast",
  google: "Google",
  microsoft: "Microsoft",
  yahoo: "Yahoo",
  apple: "Apple iCloud",
  aol: "AOL",
};

/**
 * Composes the note for one recipient, or returns null when delivery
 * neither failed nor is delayed (a delivery report, an auto-reply), when
 * no party must act, when the user acts (who_acts "you"), when the
 * sending server retries a delay on its own (who_acts "wait"), when the
 * recipient in person must act (a full mailbox, a disabled account)
 * whoever the card names, or when the recipient's side must act at a
 * public mailbox provider's domain (gmail.com). `recipient`
 * is one entry of Report.recipients, `advice` its entry from
 * adviseRecipients and `settings` the validated portal settings.
 *
 * Returns `{ party, to, subject, body }`: `party` is "admin", "portal",
 * "recipient" or "service" (the support of the sending service, for a
 * blocklist listing of the service's own IP or by the portal's override),
 * `to` a display line for the addressee.
 */
export function composeNote(recipient, advice, settings) {
  const actor = advice.explanation.who_acts;
  const state = noteState(recipient);
  const pending = state === "delayed" || state === "on-hold";
  if (actor === "nobody" || (!pending && recipient.action !== "failed")) return null;
  // The card's steps are the user's own (check the address, make the
  // message smaller), so a note asking support or a postmaster to carry
  // them out would go to the wrong party.
  // NOTE: steps that tell the user to reach the recipient by another
  // channel ("ask the recipient for a current address") get no drafted
  // message either. The card's steps tell the user what to ask.
  if (actor === "you") return null;
  // While the sending server retries on its own, nobody has anything to
  // do yet, and the card's steps ("paste that one here") are the user's.
  // A delay whose cause needs a fix names that party instead of "wait".
  if (actor === "wait") return null;
  // A full mailbox or a disabled account is the recipient's own, even
  // where the card or the portal names another party. The user tells the
  // recipient directly rather than a postmaster or an administrator.
  if (personalCause(recipient) && !advice.ownServer) return null;
  // A public mailbox provider does not handle one sender's report by mail
  // to its postmaster, and the card's note tells the user whom to tell.
  if (actor === "recipient" && publicMailbox(recipient) && !advice.ownServer) return null;
  let party = "admin";
  if (advice.ownServer) party = "portal";
  else if (actor === "recipient") party = "recipient";
  else if (actor === "service") party = "service";
  const quoted = oneLineFields(recipient);
  const to = addressee(party, quoted, advice, settings);
  const facts = factLines(quoted, advice);
  const subject = subjectLine(quoted, state);
  const body = [
    "Hello,",
    "",
    openingFor(state, party, quoted, advice, settings),
    "",
    ...facts,
    "",
    ...request(party, advice, recipient),
    "",
    "Thank you.",
  ].join("\n");
  // The note quotes pasted text. Its invisible and bidi characters are
  // shown as escapes (⟨U+202E⟩), as the page's own note shows them, so a
  // mail or ticket built from the note shows the text in its written order.
  // The addressee and the subject are one line each, because a portal may
  // put them in mail header fields.
  return { party, to: revealLine(to), subject: revealLine(subject), body: reveal(body).text };
}

// Returns the recipient with each value the note quotes from the paste
// written on one line. A CR or LF in such a value could otherwise start a
// line of the note, or of a mail header built from its subject.
function oneLineFields(r) {
  const line = (value) => (typeof value === "string" ? revealLine(value) : value);
  return {
    ...r,
    recipient: line(r.recipient),
    original_recipient: line(r.original_recipient),
    remote_host: line(r.remote_host),
    reply: line(r.reply),
    status: line(r.status),
    code: line(r.code),
    provider: line(r.provider),
    sender_ip: line(r.sender_ip),
    blocklists: (r.blocklists ?? []).map(line),
    diagnostic: line(r.diagnostic),
  };
}

/** Joins a note into one text for copying: To and Subject lines, then the body. */
export function noteText(note) {
  return `To: ${note.to}\nSubject: ${note.subject}\n\n${note.body}\n`;
}

function addressee(party, recipient, advice, settings) {
  if (party === "portal" || (party === "admin" && settings.contacts.admin)) {
    const c = settings.contacts.admin;
    const named = c ? formatContact(c) : null;
    if (named) return named;
    return settings.name ? `${settings.name} support` : "Your mail administrator";
  }
  if (party === "service") {
    const named = settings.contacts.service ? formatContact(settings.contacts.service) : null;
    return named ?? "Your sending service's support";
  }
  if (party === "recipient") {
    const domain = recipient.recipient?.split("@")[1];
    // RFC 5321 section 4.5.1 requires every domain that receives mail to
    // accept mail for "postmaster".
    return domain ? `Postmaster <postmaster@${domain}>` : "The recipient's mail administrator";
  }
  return "Your mail administrator or provider";
}

/**
 * Formats a portal contact as one addressee: name, then email, URL or
 * phone. Returns null for a contact with only a text, which is an
 * instruction and cannot stand where a sentence names whom to tell.
 */
export function formatContact(c) {
  const reach = c.email ? `<${c.email}>` : c.url ?? c.phone ?? "";
  return [c.name, reach].filter(Boolean).join(" ") || null;
}

// The provider's own code, or null when it only repeats the enhanced
// status code or the reply code and so adds nothing to the note.
function providerCode(r) {
  return r.code && r.code !== r.status && r.code !== r.reply ? r.code : null;
}

function subjectLine(r, state) {
  const code = [r.reply, r.status, providerCode(r)].filter(Boolean).join(" ");
  const target = r.recipient ? ` to ${r.recipient}` : "";
  const adjective = { delayed: "Delayed", held: "Held", "on-hold": "Held" }[state] ?? "Undelivered";
  return `${adjective} mail${target}${code ? `: ${code}` : ""}`;
}

function openingFor(state, party, r, advice, settings) {
  if (state === "delayed") return delayedOpening(party, r, advice, settings);
  if (state === "held") return heldOpening(party, r);
  if (state === "on-hold") return queueHoldOpening(party, r);
  return opening(party, r, advice, settings);
}

// The opening for a message that a challenge-response filter or a list
// moderator holds, so the note does not say that it bounced.
function heldOpening(party, r) {
  const target = r.recipient ? ` to ${r.recipient}` : "";
  if (party === "recipient") {
    return `I sent a message${target}, and your side holds it until someone releases it. The notice I received says:`;
  }
  return `A message I sent${target} is held by the receiving side until someone releases it. The notice I received says:`;
}

// The opening for a message an administrator put on hold in the sending
// server's queue, so the note does not say that it bounced or is retried.
function queueHoldOpening(party, r) {
  const target = r.recipient ? ` to ${r.recipient}` : "";
  if (party === "portal") {
    return `A message I sent${target} through your server is on hold in its queue until an administrator releases it. The notice I received says:`;
  }
  return `A message I sent${target} is on hold in the sending server's queue until an administrator releases it. The notice I received says:`;
}

// The opening for a message that the sending server still retries, so
// the note does not say that it bounced.
function delayedOpening(party, r, advice, settings) {
  const target = r.recipient ? ` to ${r.recipient}` : "";
  if (party === "portal") {
    const name = settings.name ?? "your service";
    return `A message I sent${target} through ${name} is delayed. The receiving server is deferring ` +
      `${advice.ownServer.ip}, which is one of ${name}'s sending servers, and the message is still being retried.`;
  }
  if (party === "recipient") {
    return `I sent a message${target}, and your server has not accepted it yet. The sending server is still retrying. The notice I received says:`;
  }
  return `A message I sent${target} is delayed, and the sending server is still retrying. The notice I received says:`;
}

function opening(party, r, advice, settings) {
  const target = r.recipient ? ` to ${r.recipient}` : "";
  if (party === "portal") {
    const name = settings.name ?? "your service";
    return `A message I sent${target} through ${name} bounced. The receiving server refused ` +
      `${advice.ownServer.ip}, which is one of ${name}'s sending servers.`;
  }
  if (party === "recipient") {
    return `I sent a message${target} and your server refused it. The bounce I received says:`;
  }
  return `A message I sent${target} bounced. The bounce I received says:`;
}

function factLines(r, advice) {
  const lines = [`What happened: ${revealLine(advice.explanation.what)}`];
  if (r.recipient) lines.push(`Recipient: ${r.recipient}`);
  if (r.original_recipient) lines.push(`Sent to: ${r.original_recipient}, forwarded to ${r.recipient ?? "another address"}`);
  if (r.remote_host) lines.push(`Receiving server: ${r.remote_host}`);
  const codes = [];
  if (r.reply) codes.push(`reply code ${r.reply}`);
  if (r.status) codes.push(`enhanced status code ${r.status}`);
  const own = providerCode(r);
  if (own) codes.push(`${PROVIDER_NAMES[r.provider] ?? r.provider ?? "provider"} code ${own}`);
  if (codes.length) lines.push(`Codes: ${codes.join(", ")}`);
  if (r.sender_ip) lines.push(`Sending IP address as the receiver saw it: ${r.sender_ip}`);
  if (r.blocklists.length) lines.push(`Blocklists named: ${r.blocklists.join(", ")}`);
  lines.push(`Temporary or permanent: ${permanence(r)}`);
  if (r.diagnostic) {
    lines.push("The receiving server's reply:");
    lines.push(quotedLine(r.diagnostic));
  }
  return lines;
}

// Worded like the card's badge, so the note and the card agree on
// whether the sending server still retries.
function permanence(r) {
  if (r.held) return "held, waits for someone to release it";
  if (r.permanent) return "permanent";
  return r.retrying ? "temporary, still retried by the sending server" : "temporary, no longer retried";
}

function request(party, advice, recipient) {
  if (party === "portal") {
    return ["Could you look into the block of this address? I understand you handle removal requests for your own servers."];
  }
  if (party === "recipient") {
    return ["Could you check why your server refused it, and tell me what I need to change?"];
  }
  // The library names the service as the party who acts only on a card
  // whose listed IP is the service's own. Its steps tell the user to ask
  // the service, so they are not listed back to the service's support. A
  // portal's override can route any other card to the service, and that
  // note gets the general request below, because it may list no IP.
  if (party === "service" && recipient.explanation.who_acts === "service") {
    return [
      "The receiving server refused one of your sending IP addresses because a blocklist lists it. " +
        "Could you have it delisted, or tell me what I need to do if it is a dedicated IP of my account?",
    ];
  }
  const steps = advice.explanation.steps.map((s, i) => `  ${i + 1}. ${revealLine(s)}`);
  return ["Could you look into this? The suggested steps are:", ...steps];
}
