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
// is one dot-atom (RFC 5322), which neither starts nor ends with a dot.
// Each wording is the words before the first of local part and domain,
// those between the two, and those after the second. The English, German
// ("bob wurde unter example.net nicht gefunden.") and French ("bob est
// introuvable dans example.net.") NDRs name the local part first.
// NOTE: no public copy of the Spanish or Japanese headline was found, so
// their wordings ("bob no se encontró en example.net.", "bob が
// example.net で見つかりませんでした。") are assumed from the others.
const ATEXT = "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]";
const LOCAL_PART = `${ATEXT}+(?:\\.${ATEXT}+)*`;
const HEADLINE_DOMAIN = `(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?\\.)+${TOP_LEVEL_DOMAIN}`;
const LOCAL_FIRST_WORDINGS = [
  ["", " wasn(?:['’]|&#x27;|&#39;|&apos;)t found at ", ""],
  ["", " wurde unter ", " nicht gefunden"],
  ["", " est introuvable dans ", ""],
  ["", " no se encontró en ", ""],
  ["No se encontró (?:a )?", " en ", ""],
  ["", " ?が ?", " ?(?:で|に)見つかりませんでした"],
];
// Korean and Chinese name the domain first. The Korean headline writes
// both forms of the object particle, "을(를)", right after the local part,
// because the right form depends on the name's last sound.
// NOTE: no public copy of the Korean ("example.net에서 bob을(를) 찾을 수
// 없습니다.") or Chinese ("在example.net上找不到bob。") headline was found,
// so these wordings are unconfirmed. Blanks in them are optional.
const DOMAIN_FIRST_WORDINGS = [
  ["", "에서 ?", "을\\(를\\) 찾을 수 없습니다"],
  ["在 ?", " ?上找不到 ?", ""],
];
const HEADLINE_END = "[.。]?\\s*";
const JOINED_LOCAL_PARTS = [
  ...LOCAL_FIRST_WORDINGS.map(([lead, between, after]) => ({
    localFirst: true,
    pattern: new RegExp(`(?<=^|>)(\\s*${lead})(${LOCAL_PART})(${between})(${HEADLINE_DOMAIN})(${after}${HEADLINE_END})(?=<|$)`, "gu"),
  })),
  ...DOMAIN_FIRST_WORDINGS.map(([lead, between, after]) => ({
    localFirst: false,
    pattern: new RegExp(`(?<=^|>)(\\s*${lead})(${HEADLINE_DOMAIN})(${between})(${LOCAL_PART})(${after}${HEADLINE_END})(?=<|$)`, "gu"),
  })),
];
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
  const maskLocal = (local, domain) => {
    joined.push([local, domain]);
    state.counts.names++;
    return token(state, "user", `${local}@${domain}`);
  };
  const maskHeadline = (line, { localFirst, pattern }) =>
    line.replace(pattern, (whole, lead, first, words, second, end) =>
      localFirst ? `${lead}${maskLocal(first, second)}${words}${second}${end}` : `${lead}${first}${words}${maskLocal(second, first)}${end}`,
    );
  const masked = lines.map((line) => JOINED_LOCAL_PARTS.reduce(maskHeadline, line));
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
