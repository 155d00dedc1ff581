// Internationalised domain names (IDNA, RFC 5890): one host written with
// U-labels ("bücher.example") or with A-labels ("xn--bcher-kva.example")
// is the same host. Names are compared in their A-label form, which the
// WHATWG URL parser computes (UTS #46 mapping, then Punycode per RFC
// 3492), so no IDNA table ships with the widget.

/**
 * Converts a host name to lowercase A-labels ("mail.xn--bcher-kva.example"
 * for "mail.Bücher.example"), without a trailing root dot. Returns the
 * name lowercased when it is ASCII, and null when the URL parser rejects
 * it (a forbidden code point, an A-label that is not valid Punycode).
 */
export function toAsciiHost(host) {
  const name = String(host).replace(/\.$/, "");
  // ASCII without an A-label needs no conversion, and most hosts are.
  if (/^[\x00-\x7f]*$/.test(name) && !/(?:^|\.)xn--/i.test(name)) return name.toLowerCase();
  // Only a name made of label characters and dots goes to the parser, so
  // a "/", "@" or ":" cannot make it read a path, user or port. The
  // parser also reads the ideographic, fullwidth and halfwidth full stops
  // (U+3002, U+FF0E, U+FF61) as label separators and maps them to ".".
  if (!/^[\p{L}\p{M}\p{N}.\u3002\uFF0E\uFF61-]+$/u.test(name)) return null;
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return null;
  }
}

/** True when `host` is one of `domains` (A-labels) or a subdomain of one. */
export function isUnderAsciiDomains(host, domains) {
  const ascii = toAsciiHost(host);
  if (!ascii) return false;
  return domains.some((d) => ascii === d || ascii.endsWith(`.${d}`));
}

// IDN top-level domains in Chinese, Japanese, Korean or Thai letters,
// from the ICANN section of the Public Suffix List
// (https://publicsuffix.org/list/public_suffix_list.dat, as Debian's
// publicsuffix 20230209 ships it), longest first so that a regular
// expression tries "嘉里大酒店" before "嘉里".
// NOTE: a TLD delegated after that list is read as any other, so in
// text without blanks it takes the words after it ("例子.新顶级失败").
const UNSPACED_SCRIPT_TLDS = [
  "ファッション", "嘉里大酒店", "アマゾン", "クラウド", "グーグル", "ポイント", "组织机构", "電訊盈科", "香格里拉",
  "คอม", "ไทย", "みんな", "ストア", "セール", "中文网", "亚马逊", "天主教", "我爱你", "新加坡", "淡马锡", "飞利浦",
  "コム", "世界", "中信", "中国", "中國", "企业", "佛山", "信息", "健康", "八卦", "公司", "公益", "台湾", "台灣",
  "商城", "商店", "商标", "嘉里", "在线", "大拿", "娱乐", "家電", "广东", "微博", "慈善", "手机", "招聘", "政务",
  "政府", "新闻", "时尚", "書籍", "机构", "游戏", "澳門", "澳门", "点看", "移动", "网址", "网店", "网站", "网络",
  "联通", "臺灣", "谷歌", "购物", "通販", "集团", "食品", "餐厅", "香港", "닷넷", "닷컴", "삼성", "한국",
];

/**
 * One of the IDN top-level domains above, as a regular expression
 * source. These scripts put no blank between words, and Korean puts its
 * particles right after a word, so text that runs into such a domain
 * ("예시.한국에", "例子.中国失败") ends it after the known TLD. It is
 * a source for the "u" flag, and its lookahead lets any other character
 * fail at once rather than after each of the names.
 */
export const UNSPACED_SCRIPT_TLD =
  `(?=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}])` +
  `(?:${UNSPACED_SCRIPT_TLDS.join("|")})`;

// A top-level domain written in a text: ASCII letters ("net"), a known
// TLD of the scripts above, or an IDN TLD's letters ("рф", "みんな"),
// never a mix of ASCII and other letters. The split matters in Chinese
// and Japanese text, which puts no blank between an address and the next
// word: "bob@example.netに" ends at "net".
export const TOP_LEVEL_DOMAIN = `(?:[A-Za-z]{2,}|${UNSPACED_SCRIPT_TLD}|[^\\P{L}A-Za-z](?:(?![A-Za-z])[\\p{L}\\p{M}])+)`;
