// Redaction inside header fields: each kind of header is masked by what
// it carries (mailboxes, a subject, message ids, a display name, Received
// hops, free text, the client IP, an envelope id). Folded continuation lines, and headers
// quoted with "> " markers or written in another language, are read as
// one field.

import { CLIENT_IP_HEADERS, maskClientIpHeader } from "./client-ip.js";
import { maskDisplayNames, maskNameHeader, maskOrganizationHeader, NAME_HEADERS, ORGANIZATION_HEADERS } from "./display-names.js";
import { carriesMailboxes, maskEncodedNamesAndAddresses } from "./encoded-header-values.js";
import { decodeEncodedWords } from "./encoded-words.js";
import { ENVELOPE_ID_HEADERS, maskEnvelopeId } from "./envelope-ids.js";
import { localisedHeader } from "./header-names.js";
import { FREE_TEXT_HEADERS, maskPhones } from "./phones.js";
import { maskReceivedNames } from "./received.js";
import { maskSubjectHeader } from "./subjects.js";
import { token } from "./tokens.js";

// Headers whose value is a list of mailboxes with optional display names.
const ADDRESS_HEADERS = /^(from|to|cc|bcc|reply-to|sender|resent-from|resent-to|resent-cc|resent-sender|disposition-notification-to|return-receipt-to|x-original-from|x-original-to|delivered-to|envelope-to|return-path|original-recipient|final-recipient|x-envelope-from|x-envelope-to)$/i;

// Headers holding message ids, masked whole.
const MESSAGE_ID_HEADERS = /^(message-id|in-reply-to|references|resent-message-id|original-message-id|x-original-message-id|x-ms-exchange-organization-original-message-id|x-message-id|x-google-original-message-id|thread-index)$/i;
// Headers holding the subject, which often names people or their business.
const SUBJECT_HEADERS = /^(subject|thread-topic)$/i;
// A header line: a field name, a colon, and the value. Pasted replies may
// quote the returned message with "> " markers, so those are allowed.
export const HEADER = /^((?:> ?)*[A-Za-z][A-Za-z0-9-]*):(.*)$/;

// Counts and returns the mask of a client's machine name, in a header or
// wherever it recurs.
export function maskClientName(state) {
  state.counts.names++;
  return "[client-name]";
}

// Counts and returns the mask of the client IP, in a header or wherever
// it recurs.
export function maskClientIp(state) {
  state.counts.ips++;
  return "[client-ip]";
}

// Groups header lines with their folded continuation lines, then masks
// names, subjects, message ids and client IPs in the header kinds above.
// Lines that are not headers pass through unchanged. `isRole` returns
// true for a role address's local part (postmaster@), which is kept.
export function maskHeaders(lines, state, keepIps, isRole) {
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const m = HEADER.exec(lines[i]);
    const other = localisedHeader(lines[i]);
    if (other) {
      // Continuation lines of a localised header fold as in English.
      let value = other.value;
      while (other.folds && i + 1 < lines.length && /^[ \t]+\S/.test(lines[i + 1])) value += "\n" + lines[++i];
      out.push(...`${other.lead}${maskHeaderValue(other.name, value, state, keepIps, isRole)}`.split("\n"));
      continue;
    }
    if (!m) {
      out.push(lines[i]);
      continue;
    }
    let value = m[2];
    // A folded line of a quoted header carries the same quote markers
    // (">  Carol Diaz, room 12" after "> Subject: ...").
    const depth = (m[1].match(/^(?:> ?)*/)[0].match(/>/g) ?? []).length;
    // The lookahead and back-reference take each marker whole, so "> To:"
    // cannot pass for ">" plus a folded " To:".
    const folded = new RegExp(`^(?:(?=(> ?))\\1){${depth}}[ \\t]+\\S`);
    while (i + 1 < lines.length && folded.test(lines[i + 1])) value += "\n" + lines[++i];
    const name = m[1].replace(/^(?:> ?)*/, "");
    out.push(...`${m[1]}:${maskHeaderValue(name, value, state, keepIps, isRole)}`.split("\n"));
  }
  return out;
}

function maskHeaderValue(name, value, state, keepIps, isRole) {
  if (ADDRESS_HEADERS.test(name)) {
    // Headers quoted in an HTML part come escaped ("Jo &lt;jo@x&gt;"); they
    // are unescaped so that the name before the address is found.
    const escaped = value.replace(/&lt;/gi, "<").replace(/&gt;/gi, ">").replace(/&quot;/gi, '"');
    // DSN recipient fields start with an address type and a semicolon
    // ("rfc822;bob@example.net"), which separates no recipients.
    const semicolons = !/^(?:original|final)-recipient$/i.test(name);
    // A DSN field may carry its address as an encoded word, which the
    // explainer decodes, so it is decoded here to be masked as an address.
    const plain = semicolons ? escaped : decodeEncodedWords(escaped);
    return maskDisplayNames(plain, state, semicolons, isRole);
  }
  if (SUBJECT_HEADERS.test(name)) {
    // An encoded subject ("=?UTF-8?Q?Unzustellbar:_...?=") is decoded, so
    // that its mail system's words are found and kept as plain text.
    return maskSubjectHeader(decodeEncodedWords(value), () => {
      state.counts.subjects++;
      return "[subject]";
    });
  }
  if (NAME_HEADERS.test(name)) return maskNameHeader(value, state);
  if (ORGANIZATION_HEADERS.test(name)) return maskOrganizationHeader(value, state);
  if (MESSAGE_ID_HEADERS.test(name)) return maskMessageIds(value, state);
  if (ENVELOPE_ID_HEADERS.test(name)) return maskEnvelopeId(value, state);
  if (/^received$/i.test(name)) {
    return maskReceivedNames(value, () => maskClientName(state));
  }
  // Free text is decoded from RFC 2047 encoded words, so that a name or a
  // phone number written in one is found and masked.
  if (FREE_TEXT_HEADERS.test(name)) return maskPhones(decodeEncodedWords(value), state);
  if (CLIENT_IP_HEADERS.test(name)) return maskClientIpHeader(name, value, keepIps, () => maskClientIp(state));
  // Any other header that carries mailboxes is masked as an address
  // header is, and elsewhere an encoded word that decodes to a name or an
  // address is masked.
  if (carriesMailboxes(value)) return maskDisplayNames(decodeEncodedWords(value), state, false, isRole);
  return maskEncodedNamesAndAddresses(value, state);
}

function maskMessageIds(value, state) {
  if (!value.trim()) return value;
  if (!value.includes("<")) {
    state.counts.messageIds++;
    return ` ${token(state, "message-id", value.trim())}`;
  }
  return value.replace(/<[^<>]*>/g, (id) => {
    state.counts.messageIds++;
    return `<${token(state, "message-id", id)}>`;
  });
}
