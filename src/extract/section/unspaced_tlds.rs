//! Top-level domains in scripts that put no space between words.

/// IDN top-level domains in Chinese, Japanese, Korean or Thai letters,
/// from the ICANN section of the Public Suffix List
/// (<https://publicsuffix.org/list/public_suffix_list.dat>, as Debian's
/// publicsuffix 20230209 ships it), longest first, so that an alternation
/// of them tries `嘉里大酒店` before `嘉里`. The page's redaction
/// (`www/widget/idn.js`) uses the same list, and a test below checks that
/// the two agree.
/// NOTE: a TLD delegated after that list is read as any other, so the
/// words written right after it are still read as part of the domain.
pub(super) const UNSPACED_SCRIPT_TLDS: &[&str] = &[
    "ファッション",
    "嘉里大酒店",
    "アマゾン",
    "クラウド",
    "グーグル",
    "ポイント",
    "组织机构",
    "電訊盈科",
    "香格里拉",
    "คอม",
    "ไทย",
    "みんな",
    "ストア",
    "セール",
    "中文网",
    "亚马逊",
    "天主教",
    "我爱你",
    "新加坡",
    "淡马锡",
    "飞利浦",
    "コム",
    "世界",
    "中信",
    "中国",
    "中國",
    "企业",
    "佛山",
    "信息",
    "健康",
    "八卦",
    "公司",
    "公益",
    "台湾",
    "台灣",
    "商城",
    "商店",
    "商标",
    "嘉里",
    "在线",
    "大拿",
    "娱乐",
    "家電",
    "广东",
    "微博",
    "慈善",
    "手机",
    "招聘",
    "政务",
    "政府",
    "新闻",
    "时尚",
    "書籍",
    "机构",
    "游戏",
    "澳門",
    "澳门",
    "点看",
    "移动",
    "网址",
    "网店",
    "网站",
    "网络",
    "联通",
    "臺灣",
    "谷歌",
    "购物",
    "通販",
    "集团",
    "食品",
    "餐厅",
    "香港",
    "닷넷",
    "닷컴",
    "삼성",
    "한국",
];

/// Returns an alternation of the TLDs above, for a pattern that tries it
/// before a run of any letters of these scripts. With the leftmost-first
/// matching of `regex` and `regex-lite`, a domain then ends after the
/// known TLD when words follow it without a space (`example.한국님께`).
pub(super) fn alternation() -> String {
    UNSPACED_SCRIPT_TLDS.join("|")
}

#[cfg(test)]
mod tests {
    use super::UNSPACED_SCRIPT_TLDS;

    #[test]
    fn same_list_as_page() {
        let script = include_str!("../../../www/widget/idn.js");
        let start = script.find("const UNSPACED_SCRIPT_TLDS = [").expect("list in idn.js");
        let end = start + script[start..].find("];").expect("end of list in idn.js");
        let page: Vec<&str> = script[start..end].split('"').skip(1).step_by(2).collect();
        assert_eq!(page, UNSPACED_SCRIPT_TLDS);
    }

    #[test]
    fn longer_names_come_first() {
        for (i, tld) in UNSPACED_SCRIPT_TLDS.iter().enumerate() {
            for later in &UNSPACED_SCRIPT_TLDS[i + 1..] {
                assert!(!later.starts_with(tld), "{later} must come before {tld}");
            }
        }
    }
}
