// Lines of a Microsoft 365 (Exchange Online) NDR that name people without
// an address, as a copy from the reading pane gives them. The headline
// "jsmith wasn't found at example.net." writes the recipient's local part
// apart from its domain. The banner row "Alice Smith<TAB>Office
// 365<TAB>example.net" names the sender on the left and the recipient
// (a name, a local part or the domain) on the right.

import { rememberName } from "./names.js";
import { TOP_LEVEL_DOMAIN } from "./idn.js";
import { token } from "./tokens.js";

// The headline of an unknown-recipient NDR, with the local part and the
// domain it is joined to, alone on its line or between HTML tags, where
// the apostrophe may be a character reference. A headline whose subject
// has blanks gives a display name instead ("John Smith wasn't found at
// example.org."), which the name masking handles, so the local part here
// is one word of the characters RFC 5322 allows in a dot-atom. Each
// wording is the words before the local part, those between it and the
// domain, and those after the domain, in the English, German ("bob wurde
// unter example.net nicht gefunden.") and French ("bob est introuvable
// dans example.net.") NDRs.
// NOTE: no public copy of the Spanish or Japanese headline was found, so
// their wordings ("bob no se encontró en example.net.", "bob が
// example.net で見つかりませんでした。") are assumed from the others.
const LOCAL_PART = "[\\p{L}\\p{M}\\p{N}.!#$%&'*+/=?^_`{|}~-]+";
const HEADLINE_DOMAIN = `(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?\\.)+${TOP_LEVEL_DOMAIN}`;
const HEADLINE_WORDINGS = [
  ["", " wasn(?:['’]|&#x27;|&#39;|&apos;)t found at ", ""],
  ["", " wurde unter ", " nicht gefunden"],
  ["", " est introuvable dans ", ""],
  ["", " no se encontró en ", ""],
  ["No se encontró (?:a )?", " en ", ""],
  ["", " ?が ?", " ?(?:で|に)見つかりませんでした"],
];
const JOINED_LOCAL_PARTS = HEADLINE_WORDINGS.map(
  ([lead, between, after]) =>
    new RegExp(`(?<=^|>)(\\s*${lead})(${LOCAL_PART})(${between})(${HEADLINE_DOMAIN})(${after}[.。]?\\s*)(?=<|$)`, "gu"),
);
// The banner row: three cells separated by tabs, or by runs of blanks
// where a mail program turned the tabs into spaces. A row may stand alone
// on its line or between the tags of an HTML part, and a cell contains
// neither markup nor a run of blanks.
const CELL = "[^\\s<>]+(?: [^\\s<>]+)*";
const BANNER_ROW = new RegExp(`(?<=^|>)([ \\t]*)(${CELL})((?:\\t+| {2,})Office 365(?:\\t+| {2,}))(${CELL})([ \\t]*)(?=<|$)`, "g");
// A cell that is a domain, which the banner shows for the recipient.
const DOMAIN_CELL = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$/;

/**
 * Masks the local part in each headline that joins it to a domain with
 * the user token of that address, the token the address gets wherever it
 * is written whole. Returns the new lines and the [local part, domain]
 * pairs found, so the caller masks the local part where it recurs alone.
 */
export function maskJoinedLocalParts(lines, state) {
  const joined = [];
  const maskHeadline = (whole, lead, local, words, domain, end) => {
    joined.push([local, domain]);
    state.counts.names++;
    return `${lead}${token(state, "user", `${local}@${domain}`)}${words}${domain}${end}`;
  };
  const masked = lines.map((line) => JOINED_LOCAL_PARTS.reduce((text, pattern) => text.replace(pattern, maskHeadline), line));
  return { lines: masked, joined };
}

/**
 * Masks the sender's and the recipient's cells of each banner row as
 * "[name]" and remembers each name, so that it is masked where the text
 * repeats it. A domain cell stays, and so does a cell for which
 * `isMaskedLocalPart` returns true, because the caller masks that local
 * part with its address's token.
 */
export function maskBannerRows(lines, state, isMaskedLocalPart) {
  const maskCell = (cell) => {
    if (DOMAIN_CELL.test(cell) || isMaskedLocalPart(cell)) return cell;
    state.counts.names++;
    rememberName(state, cell);
    return "[name]";
  };
  return lines.map((line) =>
    line.replace(BANNER_ROW, (whole, lead, sender, middle, recipient, end) => `${lead}${maskCell(sender)}${middle}${maskCell(recipient)}${end}`),
  );
}
