// Display names in the mailbox-list headers of a bounce (From, To, Cc,
// the DSN recipient fields): the part of a header that names a person
// rather than an address. The redaction masks them and remembers each
// name, so that it is masked again where the text repeats it.

import { decodeEncodedWords } from "./encoded-words.js";
import { rememberName } from "./names.js";

// Headers whose whole value is a person's name, as the header's name
// states. Exchange adds "X-Display-Name: Carol Jones" to each recipient of
// a DSN. The pattern also takes other names of that form, such as
// X-Sender-Name.
export const NAME_HEADERS = /^(?:[a-z0-9-]+-)?(?:display-?name|(?:sender|recipient|from|to|author)-name)$/i;

/**
 * Masks the value of a header in NAME_HEADERS as "[name]" and remembers
 * the name, decoded from RFC 2047 encoded words, so that it is masked
 * where the text repeats it. A value that is only an address is left to
 * the address masking, which masks its local part.
 */
export function maskNameHeader(value, state) {
  const name = decodeEncodedWords(value).replace(/\s+/g, " ").trim();
  if (!name || /^<?[^\s<>]+@[^\s<>]+>?$/.test(name)) return value;
  state.counts.names++;
  rememberName(state, name);
  return " [name]";
}

// Headers whose value names the sender's company or practice in free
// text ("Organization: Praxis Dr. Hoffmann"), in either spelling.
export const ORGANIZATION_HEADERS = /^organi[sz]ation$/i;

/**
 * Masks the value of an Organization header as "[organization]",
 * counted with the names. Remembers the whole value, decoded from RFC
 * 2047 encoded words, so that it is masked as a name where the text
 * repeats it. Its single words are not remembered, because a company's
 * name is often made of ordinary words ("Acme Widgets").
 */
export function maskOrganizationHeader(value, state) {
  const name = decodeEncodedWords(value).replace(/\s+/g, " ").trim();
  if (!name) return value;
  state.counts.names++;
  if (name.length >= 3 && /\p{Lu}|\p{Lo}/u.test(name)) state.names.add(name);
  return " [organization]";
}

/**
 * Masks display names in a mailbox-list header value: quoted names, RFC
 * 2047 encoded words and bare words before "<addr>", and comments in
 * "addr (Name)". The addresses themselves are masked later with the
 * rest of the line. `semicolons` makes a semicolon separate mailboxes as
 * a comma does. `isRole(local)` returns true for the local part of a
 * role address (postmaster, mailer-daemon), whose display name is kept.
 */
export function maskDisplayNames(value, state, semicolons, isRole) {
  const { parts, separators } = splitMailboxes(value, semicolons);
  const maskedParts = parts
    .map((original) => {
      let part = original;
      let masked = part;
      // A part with no address is a name. An unquoted name with a comma,
      // as in "Smith, John <j@example.com>", leaves such a part too.
      // Group syntax ("undisclosed-recipients:;") and "<>" are kept.
      // A fullwidth at sign ("bob＠example．net") makes an address too.
      if (part.trim() && !/[@＠]/.test(part) && !part.includes(":") && !part.includes("<")) {
        state.counts.names++;
        rememberName(state, part);
        return part.replace(/\S[\s\S]*\S|\S/, "[name]");
      }
      // Outlook writes a forwarded message's header as "Smith, Alice
      // [mailto:alice@example.org]", which is read as "<...>" is.
      part = part.replace(/\[mailto:([^\]\s]+)\]/i, "<$1>");
      const angle = part.lastIndexOf("<");
      if (angle >= 0 && part.includes(">", angle)) {
        const before = part.slice(0, angle);
        // "rfc822;" in DSN fields and group names ("team:") are syntax, not names.
        const lead = /^(\s*(?:rfc822\s*;)?\s*)/i.exec(before)[1];
        const name = before.slice(lead.length);
        const address = part.slice(angle + 1, part.indexOf(">", angle));
        // "Mail Delivery System <MAILER-DAEMON@...>" names a function.
        const role = isSystemSender(address, isRole);
        if (name.trim() && !role && !/^[^:]*:\s*$/.test(name)) {
          state.counts.names++;
          rememberName(state, name);
          // The space before "<" is kept as written: CJK text writes none.
          const space = /\s$/.test(before) ? " " : "";
          masked = `${lead}[name]${space}${part.slice(angle)}`;
        }
      }
      // "MAILER-DAEMON@... (Mail Delivery System)" names a function too.
      const bare = /[^\s<>()"]*@[^\s<>()"]*/.exec(part)?.[0];
      if (angle < 0 && bare !== undefined && isSystemSender(bare, isRole)) return masked;
      return masked.replace(/\(([^()]*)\)/g, (whole, inner) => {
        if (!inner.trim()) return whole;
        state.counts.names++;
        rememberName(state, inner);
        return "([name])";
      });
    });
  return maskedParts.map((part, i) => part + (separators[i] ?? "")).join("");
}

// True for the mail system's own sender: a role address, or the null
// sender as Courier writes it in a bounce's From ("<@>").
function isSystemSender(address, isRole) {
  return address === "" || address === "@" || isRole(address.split("@")[0]);
}

// Splits on commas outside quotes, angle brackets and comments, and on
// the semicolons with which Outlook separates recipients ("Anna Weber;
// Carl Berg") when `semicolons` is set. Returns the parts and the
// separator after each.
function splitMailboxes(value, semicolons) {
  const parts = [];
  const separators = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "\\" && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "<" || c === "(")) depth++;
    else if (!quoted && (c === ">" || c === ")") && depth > 0) depth--;
    else if (!quoted && depth === 0 && (c === "," || (semicolons && c === ";"))) {
      parts.push(value.slice(start, i));
      separators.push(c);
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return { parts, separators };
}
