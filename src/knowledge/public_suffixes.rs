//! Common public suffixes of two labels, under which each organisation
//! registers its own domain (`example.co.jp`). Comparing the last two
//! labels of two host names would make every domain under `co.jp` one
//! organisation.
//!
//! Source: the Public Suffix List, <https://publicsuffix.org/> (file
//! public_suffix_list.dat in <https://github.com/publicsuffix/list>),
//! checked 2026-12-05 for its `uk` and `jp` sections.
//! NOTE: the other entries are common second-level suffixes of their
//! registries, not checked entry by entry against the list. The list has
//! thousands more (`*.sch.uk`, city names under `jp`), and domains under
//! those still compare by their last two labels.

/// Public suffixes of two labels, lowercase.
pub static TWO_LABEL_SUFFIXES: &[&str] = &[
    // United Kingdom
    "ac.uk",
    "co.uk",
    "gov.uk",
    "ltd.uk",
    "me.uk",
    "net.uk",
    "nhs.uk",
    "org.uk",
    "plc.uk",
    "police.uk",
    // Japan
    "ac.jp",
    "ad.jp",
    "co.jp",
    "ed.jp",
    "go.jp",
    "gr.jp",
    "lg.jp",
    "ne.jp",
    "or.jp",
    // Australia and New Zealand
    "asn.au",
    "com.au",
    "edu.au",
    "gov.au",
    "id.au",
    "net.au",
    "org.au",
    "ac.nz",
    "co.nz",
    "geek.nz",
    "gen.nz",
    "govt.nz",
    "net.nz",
    "org.nz",
    "school.nz",
    // Brazil, Argentina, Mexico
    "com.br",
    "net.br",
    "org.br",
    "gov.br",
    "com.ar",
    "com.mx",
    "net.mx",
    "org.mx",
    "gob.mx",
    "edu.mx",
    // China, Taiwan, Hong Kong, Korea
    "com.cn",
    "net.cn",
    "org.cn",
    "edu.cn",
    "gov.cn",
    "com.tw",
    "net.tw",
    "org.tw",
    "edu.tw",
    "com.hk",
    "net.hk",
    "org.hk",
    "edu.hk",
    "co.kr",
    "ne.kr",
    "or.kr",
    "ac.kr",
    "go.kr",
    // South Africa, India, Turkey
    "co.za",
    "net.za",
    "org.za",
    "ac.za",
    "gov.za",
    "co.in",
    "net.in",
    "org.in",
    "firm.in",
    "ac.in",
    "gov.in",
    "com.tr",
    "net.tr",
    "org.tr",
    "edu.tr",
    "gov.tr",
    // South-East Asia and Israel
    "com.sg",
    "edu.sg",
    "com.my",
    "co.id",
    "co.th",
    "com.vn",
    "com.ph",
    "co.il",
    "org.il",
    "ac.il",
];

/// True when `suffix` (lowercase, without a trailing dot) is in
/// [`TWO_LABEL_SUFFIXES`].
pub fn is_two_label_suffix(suffix: &str) -> bool {
    TWO_LABEL_SUFFIXES.contains(&suffix)
}
