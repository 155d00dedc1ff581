// Redaction of a pasted bounce before it is posted to a forum or a ticket.
// Masks what identifies people: email addresses, display names in address
// headers, in headers named for a display name (Exchange's X-Display-Name),
// before a bracketed address in the text, in the recipient lists of NDRs
// and in the banner row of a Microsoft 365 NDR, subjects, message ids,
// envelope ids, the sender's organisation (the Organization header), the
// client IP (named in X-Originating-IP and similar headers, or as the
// client of a submission in a Received header) wherever it appears,
// reverse-DNS names included, the HELO and rDNS names of that client
// wherever they recur, phone numbers in X-Mailer and other free-text
// headers, query values and base64 in links that name a person, and the
// user's own host names.
// Removes the body of the returned original message. Header fields are
// masked by kind in headers.js.
// Keeps what a helper needs: reply and status codes, provider host names,
// and every other IP address, including the one a removal request must
// quote. Everything runs locally.

import { clientIpPattern, findClientIps } from "./client-ip.js";
import { standaloneLocalParts, standaloneMasker } from "./local-parts.js";
import { CASELESS_LETTER, splitListedAddress, splitOwnHost } from "./mixed-scripts.js";
import { localisedField, maskQuotedRecipient } from "./header-names.js";
import { HEADER, maskClientIp, maskClientName, maskHeaders } from "./headers.js";
import { maskBannerRows, maskJoinedLocalParts } from "./m365-ndr.js";
import { findEncodedAddresses, maskEncodedAddresses } from "./encoded-addresses.js";
import { maskEnvelopeIdParameters } from "./envelope-ids.js";
import { linkAddresses, maskLinks } from "./links.js";
import { joinSoftBreaks } from "./quoted-printable.js";
import { clientNamePattern, findClientNames } from "./received.js";
import { dropReturnedBodies } from "./returned-message.js";
import { maskBodyNames, maskNameParts, nameMasker } from "./names.js";
import { maskRecipientLists } from "./recipient-lists.js";
import { maskMalformedAddresses } from "./malformed-addresses.js";
import { decodeUtf8Escapes, hostToken, listRoleToken, token } from "./tokens.js";
import { isUnderAsciiDomains, TOP_LEVEL_DOMAIN, toAsciiHost, UNSPACED_SCRIPT_TLD } from "./idn.js";
import { findSubjects, maskJsonSubjects, maskSubjects, maskSubjectsAcrossLines, maskSubjectsBelowLabel } from "./subjects.js";

// Mailbox providers whose domain names many unrelated people share, so
// the domain identifies no one and shows a helper which provider is
// involved. Addresses there keep their domain and lose the local part.
export const SHARED_MAIL_DOMAINS = [
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
  "yahoo.com", "ymail.com", "aol.com", "icloud.com", "me.com", "mac.com",
  "comcast.net", "verizon.net", "att.net", "gmx.com", "gmx.net", "gmx.de", "web.de",
  "mail.ru", "yandex.ru", "yandex.com", "proton.me", "protonmail.com", "zoho.com",
  "fastmail.com", "t-online.de", "orange.fr", "free.fr", "libero.it", "qq.com",
  "163.com", "126.com", "naver.com", "daum.net",
];

// Local parts of role addresses, which name a function and not a person.
// MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e is the system mailbox
// that sends every Exchange NDR, the same in each organisation, and the
// explainer reads it as a mail system's sender.
const ROLE_LOCAL_PARTS =
  /^(postmaster|mailer-daemon|abuse|hostmaster|noreply|no-reply|donotreply|do-not-reply|bounce|bounces|microsoftexchange329e71ec88ae4615bbc36ab6ce41109e)$/i;

// An address literal as RFC 5321 section 4.1.3 writes it in place of a
// domain: "[192.0.2.4]" or "[IPv6:2001:db8::4]". The IP in it names a
// mail server, not the user, so it is kept, and the local part masked.
const ADDRESS_LITERAL = "\\[(?:\\d{1,3}(?:\\.\\d{1,3}){3}|IPv6:[0-9A-Fa-f:.]+)\\]";
// The local part may be quoted ("john..doe"@example.com), as RFC 5321
// allows for characters a plain local part cannot hold. Local parts and
// domain labels may hold any letter or digit, not only ASCII, because
// RFC 6531 allows UTF-8 there (jörg.müller@example.de). A DSN's `utf-8`
// address type may write those characters as RFC 6533 escapes
// ("j\x{FC}rgen@example.de"), which count as one character each, so the
// whole local part is masked. The lookbehind starts a match only where a
// run of local-part characters starts, so a long run without an @ is
// scanned once rather than once per character. Chinese and Japanese text
// may write the "@" and the dots in their fullwidth forms, U+FF20 and
// U+FF0E ("bob＠example．net"), which name the same address. Japanese
// text also ends sentences with U+FF0E, so before words of a caseless
// script it separates labels only when another dot ends those words
// ("mail．例え．jp", but not "example.net．次の"). For the same reason a
// U+FF0E after such a word ends the word rather than joining it to the
// local part ("できませんでした．bob@example.net").
const LABEL_DOT = `(?:\\.|．(?!${CASELESS_LETTER})|．(?=${CASELESS_LETTER}+[.．]))`;
const UTF8_ESCAPE = "\\\\x\\{[0-9A-Fa-f]{1,6}\\}";
const LOCAL_CLASS = "[\\p{L}\\p{M}\\p{N}.!#$%&'*+/=?^_`{|}~-]";
const LOCAL_CHAR = `(?:${LOCAL_CLASS}|(?<!${CASELESS_LETTER})．|${UTF8_ESCAPE})`;
const LABEL_EDGE = `(?:[\\p{L}\\p{N}]|${UTF8_ESCAPE})`;
const LABEL_CHAR = `(?:[\\p{L}\\p{M}\\p{N}-]|${UTF8_ESCAPE})`;
const EMAIL_SOURCE =
  `(?<!${LOCAL_CLASS})("[^"\\r\\n]+"|${LOCAL_CHAR}+)[@＠]((?:${LABEL_EDGE}(?:${LABEL_CHAR}*(?:${LABEL_EDGE}|\\p{M}))?${LABEL_DOT})+${TOP_LEVEL_DOMAIN}|${ADDRESS_LITERAL})`;
const EMAIL = new RegExp(EMAIL_SOURCE, "gu");
const EMAIL_WHOLE = new RegExp(`^${EMAIL_SOURCE}$`, "u");
// An address in angle brackets or parentheses, as running text writes it
// after a person's name: `Bob Smith (bob@example.net)`, `Bob <bob@...>`,
// or with the fullwidth forms of Chinese and Japanese text, `张伟（...）`.
const BRACKETED_EMAIL = new RegExp(`[<(（＜]${EMAIL_SOURCE}[>)）＞]`, "gu");
// A host name. Its last label contains no "--" unless it is an IDN label
// ("xn--p1ai"), so in a closing MIME boundary such as Postfix writes,
// "--<queue id>/mail.example.com--", the name ends before the dashes.
// A hyphen followed by a letter or digit continues the name, so
// "mail.example.com-archive" is one name and is not masked in part.
const HOST = /(?<![A-Za-z0-9.@-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:[Xx][Nn]--[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|[A-Za-z](?:-?[A-Za-z0-9])+))(?![A-Za-z0-9]|-[A-Za-z0-9]|\.[A-Za-z0-9])/g;
// A host name that may contain U-labels ("mail.bücher.example"), as
// SMTPUTF8 MTAs write them. In text without blanks between words
// ("服务器mail.example.com拒绝") it also takes the words next to an ASCII
// name, so HOST runs again inside each match that is not an own host. A
// known TLD of Chinese, Japanese, Korean or Thai letters, or an ASCII TLD,
// ends the name where words of those scripts follow ("mx.예시.한국에 연결할
// 수 없습니다", "例え.jpに接続").
const UNICODE_HOST = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}.@-])((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?\\.)+` +
    `(?:(?:${UNSPACED_SCRIPT_TLD}|[A-Za-z]{2,})(?=${CASELESS_LETTER})|` +
    `(?:[Xx][Nn]--[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|\\p{L}\\p{M}*(?:-?[\\p{L}\\p{N}]\\p{M}*)+)(?![\\p{L}\\p{M}\\p{N}]|-[\\p{L}\\p{N}]|\\.[\\p{L}\\p{N}])))`,
  "gu",
);
// A message id written in running text, as Exchange's NDR text does.
const MESSAGE_ID_IN_TEXT = /(message[ -]?id\s*:?\s*)<([^<>\s]+@[^<>\s]+)>/gi;
// An RFC 8601 property of Authentication-Results: "ptype.property=", with
// the ptypes of IANA's Email Authentication Property Types registry
// (https://www.iana.org/assignments/email-auth, checked 2026-12-04).
const RESULT_PROPERTY = /^(?:smtp|header|body|policy)\.[A-Za-z0-9_-]+=/i;
// A line of base64 data as MIME bodies wrap it.
const BASE64_LINE = /^[A-Za-z0-9+/]{40,}={0,2}$/;

/**
 * Redacts `text`. Options:
 * - `ownDomains`: the user's or portal's own domains; host names under
 *   them are masked wherever they appear. An internationalised domain may
 *   be given in Unicode or in punycode, and both forms are masked.
 * - `keepIps`: addresses never masked, such as the IP to quote.
 *
 * The sender's domains are also found in the text itself (the bounce's
 * To and Delivered-To headers, the returned message's From and
 * Return-Path) unless they are shared mailbox providers.
 *
 * Returns `{ text, counts }`; `counts` has one number per kind of
 * masking: emails, names (organisations included), subjects, messageIds
 * (envelope ids included), hosts, ips, phones (in X-Mailer and other
 * free-text headers), base64Lines, and bodyLines, the lines of the
 * returned message's body removed.
 */
export function redact(text, options = {}) {
  const counts = { emails: 0, names: 0, subjects: 0, messageIds: 0, hosts: 0, ips: 0, phones: 0, base64Lines: 0, bodyLines: 0 };
  const pasted = dropReturnedBodies(joinSoftBreaks(String(text).split(/\r\n|\r|\n/), (line) => BASE64_LINE.test(line)), counts);
  // Own domains are kept as A-labels, and each host is converted to them
  // before it is compared, so either form of an IDN matches either form.
  const own = [...(options.ownDomains ?? []), ...findSenderDomains(pasted)]
    .map((d) => toAsciiHost(d))
    .filter((d, i, all) => d && all.indexOf(d) === i);
  const keepIps = new Set(options.keepIps ?? []);
  const state = {
    own,
    counts,
    tokens: new Map(),
    // Addresses as masked ("user-1@example.net"), lowercased. A masked
    // address is itself an address, so the address pattern finds it again
    // after links and encoded forms are masked, and must leave it.
    maskedAddresses: new Set(),
    next: { user: 0, host: 0, "message-id": 0, "envelope-id": 0 },
    // Display names already masked, and their parts, to mask where they
    // recur: names and long parts in any case, short parts as written.
    names: new Set(),
    nameParts: new Set(),
    shortNameParts: new Set(),
  };
  // A Microsoft 365 NDR writes the recipient's local part apart from its
  // domain and the sender's name apart from any address.
  const { lines: headlined, joined } = maskJoinedLocalParts(pasted, state);
  const locals = standaloneLocalParts(maskedAddresses(pasted).concat(joined));
  const lines = maskBannerRows(headlined, state, (cell) => locals.has(cell.toLowerCase()));

  // Subjects are found before the headers are masked, and masked before
  // anything inside them, so that each recurrence still reads the same.
  const subjects = findSubjects(lines);
  const headerDone = maskSubjectsAcrossLines(
    maskSubjectsBelowLabel(maskHeaders(maskJsonSubjects(lines, state), state, keepIps, (local) => ROLE_LOCAL_PARTS.test(local)), state).map((line) =>
      maskSubjects(line, subjects, state),
    ),
    subjects,
    state,
  );
  const clientIp = clientIpPattern(findClientIps(lines, keepIps));
  // A client's machine name recurs outside its Received header, as in
  // the "Message Hops" table of a Microsoft 365 NDR.
  const clientName = clientNamePattern(findClientNames(lines));
  const maskAlone = standaloneMasker(locals);
  const listed = maskRecipientLists(
    dropBase64Runs(headerDone, state),
    state,
    (local) => ROLE_LOCAL_PARTS.test(local),
    (entry) => locals.has(entry.toLowerCase()),
  );
  const lined = listed.map((line) => maskLine(maskEnvelopeIdParameters(line, state), state)).map((line) => maskMalformedAddresses(line, (local, rest) => maskMalformed(state, local, rest)));
  // Names go before lone local parts: "Dear Bob Smith" would otherwise
  // become "Dear [user-1] Smith" when bob@ is the address.
  const maskNames = nameMasker(state);
  const masked = lined
    .map((line) => (clientName ? line.replace(clientName, () => maskClientName(state)) : line))
    .map((line) => maskNames(line))
    .map((line) => maskNameParts(line, state))
    .map((line) => (clientIp ? line.replace(clientIp, () => maskClientIp(state)) : line))
    .map((line) => (maskAlone ? maskAlone(line, (local) => maskLocalPart(state, locals, local)) : line));
  return { text: masked.join("\n"), counts: state.counts };
}

// Returns the [local part, domain] of each address that maskLine masks
// with a user token: all but role addresses outside the user's domains.
function maskedAddresses(lines) {
  return lines.flatMap((line) =>
    [...line.matchAll(EMAIL)]
      .map((m, i, all) => {
        const previousEnd = i > 0 ? all[i - 1].index + all[i - 1][0].length : -1;
        const [, local] = splitListedAddress(line, m.index, splitResultProperty(m[1])[1], previousEnd);
        return [local, m[2]];
      })
      .concat(findEncodedAddresses(line).map((a) => [a.local, a.domain]))
      .concat(linkAddresses(line).map((a) => [a.local, a.domain]))
      .filter(([local]) => local && !ROLE_LOCAL_PARTS.test(local)),
  );
}

// Splits an RFC 8601 property ("header.i=", "smtp.mailfrom=") off the
// front of what the address pattern took as a local part, because
// Authentication-Results writes "ptype.property=value" with no blank
// before the address. Returns [property, local part].
function splitResultProperty(local) {
  const property = RESULT_PROPERTY.exec(local)?.[0] ?? "";
  return [property, local.slice(property.length)];
}

// Masks a local part written alone with its address's token, so a reader
// still sees that it is the same user.
function maskLocalPart(state, locals, local) {
  state.counts.names++;
  return token(state, "user", locals.get(local));
}

// Replaces each run of two or more base64 lines with one marker line:
// such runs are encoded message parts (often the returned original
// message) whose content cannot be checked for personal data here.
function dropBase64Runs(lines, state) {
  const out = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    // Lines must start in column 0: folded header lines (a DKIM signature's
    // b= value, say) start with whitespace and are left alone.
    while (j < lines.length && BASE64_LINE.test(lines[j].trimEnd())) j++;
    // A short final line of the same run ("QQ==") belongs to it too.
    if (j - i >= 2 && j < lines.length && /^[A-Za-z0-9+/]+={0,2}$/.test(lines[j].trimEnd())) j++;
    if (j - i >= 2) {
      out.push(`[${j - i} lines of base64 data removed]`);
      state.counts.base64Lines += j - i;
      i = j;
    } else {
      out.push(lines[i]);
      i++;
    }
  }
  return out;
}

// Masks what links carry (person-naming query values, addresses in
// base64), addresses written encoded (percent-encoding, HTML character
// references), display names and email addresses, then host names under
// the user's own domains. Encoded addresses go first, so that a name
// part inside one ("paul&#46;private") cannot hide the rest of it.
function maskLine(line, state) {
  const linked = maskLinks(line, () => maskedName(state), (local, domain) => maskEmail(state, local, domain, `${local}@${domain}`, "@"));
  const decoded = maskEncodedAddresses(linked, (address, written) => maskEmail(state, address.local, address.domain, written, address.at));
  const withNames = maskBodyNames(maskQuotedRecipient(decoded, state), state, BRACKETED_EMAIL, (local) => ROLE_LOCAL_PARTS.test(local));
  const withIds = withNames.replace(MESSAGE_ID_IN_TEXT, (whole, lead, id) => {
    state.counts.messageIds++;
    return `${lead}<${token(state, "message-id", `<${id}>`)}>`;
  });
  // Words of Chinese, Thai or other text that run into an address stay
  // as written, unless a delimiter or a list comma after another address
  // comes before them (splitListedAddress).
  let previousEnd = -1;
  const withEmails = withIds.replace(EMAIL, (whole, written, domain, offset) => {
    const [words, local] = splitListedAddress(withIds, offset, written, previousEnd);
    previousEnd = offset + whole.length;
    // The "@" as written, ASCII or fullwidth, right after the local part.
    const at = whole[written.length];
    return `${words}${maskEmail(state, local, domain, whole.slice(words.length), at)}`;
  });
  const maskOwnHost = (host) => (isUnder(host, state.own) ? hostToken(state, host) : host);
  return withEmails.replace(UNICODE_HOST, (host, name, offset) => {
    const own = splitOwnHost(host, state.own, withEmails[offset + host.length]);
    if (own) return `${own[0]}${hostToken(state, own[1])}`;
    return host.replace(HOST, maskOwnHost);
  });
}

// Masks one address: the local part becomes its user token, and the
// domain a host token when it is the user's own. Role addresses keep
// their local part. `at` is the "@" as written ("%40" in a link).
function maskEmail(state, written, domain, whole, at) {
  const d = domain.toLowerCase();
  const isOwn = isUnder(d, state.own);
  const [property, local] = splitResultProperty(written);
  // "header.i=@example.com" names only a domain.
  if (!local) return isOwn ? `${property}${at}${hostToken(state, d)}` : whole;
  const keepLocal = ROLE_LOCAL_PARTS.test(local);
  if (keepLocal && !isOwn) return whole;
  if (state.maskedAddresses.has(`${local}@${d}`.toLowerCase())) return whole;
  state.counts.emails++;
  const maskedLocal = keepLocal ? local : listRoleToken(state, local, d);
  const maskedDomain = isOwn ? hostToken(state, d) : domain;
  state.maskedAddresses.add(`${maskedLocal}@${maskedDomain}`.toLowerCase());
  return `${property}${maskedLocal}${at}${maskedDomain}`;
}

// Masks a malformed address's local part with its user token, and an own
// domain in the rest with its host token. Returns null for a role local
// part or an address that the address pattern already masked.
function maskMalformed(state, local, rest) {
  if (ROLE_LOCAL_PARTS.test(local) || EMAIL_WHOLE.test(`${local}${rest}`)) return null;
  const domain = rest.replace(/^[\s@]+/, "");
  const lead = rest.slice(0, rest.length - domain.length);
  state.counts.emails++;
  const maskedDomain = isUnder(domain.toLowerCase(), state.own) ? hostToken(state, domain) : domain;
  return `${token(state, "user", `${local}${rest}`)}${lead}${maskedDomain}`;
}

function maskedName(state) {
  state.counts.names++;
  return "[name]";
}

function isUnder(host, domains) {
  return isUnderAsciiDomains(decodeUtf8Escapes(host), domains);
}

/**
 * Finds the sender's own domains in a bounce: the domains of the bounce's
 * To, Delivered-To, X-Original-To and Envelope-To addresses and of the
 * returned message's From, Sender and Return-Path. The From and To fields
 * of a localised header block ("Von:", "An:", "À :", "Para:") count as
 * their English names do. Shared mailbox providers are left out, because
 * masking "gmail.com" hides nothing personal and removes a fact a helper
 * needs.
 */
export function findSenderDomains(lines) {
  const found = new Set();
  // The first header block is the bounce's own, addressed to the sender.
  // Further down, To names the failed recipient, so only the returned
  // message's From, Sender and Return-Path count there.
  const firstBlank = lines.findIndex((l) => !l.trim());
  const top = firstBlank < 0 ? lines : lines.slice(0, firstBlank);
  const startsWithHeaders = HEADER.test(lines[0] ?? "") || localisedField(lines[0] ?? "") !== null;
  // Chinese and Japanese NDRs name the failed recipient in their text
  // with a localised To label ("收件人：bob@example.net"). So a localised
  // To counts only in a block that also has a From field, as the block
  // above a forwarded or copied message has.
  const hasFrom = top.some((line) => /^from:/i.test(line) || localisedField(line)?.name === "from");
  lines.forEach((line, i) => {
    const inTopHeaders = startsWithHeaders && (firstBlank < 0 || i < firstBlank);
    const value = senderFieldValue(line, inTopHeaders, inTopHeaders && hasFrom);
    if (value === null) return;
    for (const e of value.matchAll(EMAIL)) {
      const domain = e[2].toLowerCase();
      // A bounce's MAILER-DAEMON or postmaster names the server that
      // wrote it, which is the recipient's side when a forward failed, so
      // it marks no sender domain. An address literal's IP is kept.
      if (ROLE_LOCAL_PARTS.test(e[1])) continue;
      if (!domain.startsWith("[") && !isUnder(domain, SHARED_MAIL_DOMAINS)) found.add(domain);
    }
  });
  return [...found];
}

// Returns the value of a header field that names the sender, or null: in
// the top header block the English fields above, further down a From,
// Sender, Return-Path or X-Postfix-Sender field. A localised From field
// counts anywhere, and a localised To field where `localisedTo` is true.
function senderFieldValue(line, inTopHeaders, localisedTo) {
  const fields = inTopHeaders
    ? /^(to|delivered-to|x-original-to|envelope-to|from|sender|return-path):(.*)$/i
    : /^(?:> ?)*(from|sender|return-path|x-postfix-sender):(.*)$/i;
  const english = fields.exec(line);
  if (english) return english[2];
  const localised = localisedField(line);
  if (localised?.name === "from" || (localisedTo && localised?.name === "to")) return localised.value;
  return null;
}
