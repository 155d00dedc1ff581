//! Japanese and Chinese bounces in their own charsets and transfer
//! encodings, through the native build (encoding_rs). The same fixtures go
//! through the page's WASM build in tests/node/charset.test.mjs, where the
//! runtime's TextDecoder decodes them.

use std::fs;
use std::path::PathBuf;

use bounce_explainer::{explain_bytes, Reason};

/// Fixture, recipient, reason, words the decoded diagnostic must contain.
const CASES: &[(&str, &str, Reason, &str)] = &[
    (
        "iso-2022-jp-7bit",
        "nouser@example.jp",
        Reason::UserUnknown,
        "宛先のメールアドレスは存在しません",
    ),
    ("iso-2022-jp-base64", "full@example.jp", Reason::MailboxFull, "メールボックスがいっぱい"),
    ("iso-2022-jp-unlabelled", "unknown@example.jp", Reason::UserUnknown, "存在しないアドレス"),
    ("shift_jis-8bit", "full@example.jp", Reason::MailboxFull, "容量超過"),
    ("euc-jp-qp", "unknown@example.jp", Reason::UserUnknown, "宛先不明"),
    ("gb2312-base64", "nouser@example.cn", Reason::UserUnknown, "用户不存在"),
    ("gbk-8bit", "full@example.cn", Reason::MailboxFull, "邮箱已满"),
    ("big5-base64", "nouser@example.tw", Reason::UserUnknown, "收件人不存在"),
    // An auto-reply known only by its RFC 2047 encoded Subject.
    ("autoreply-subject-iso-2022-jp", "taro@example.jp", Reason::Vacation, "不在にしております"),
];

#[test]
fn cjk_bodies_decoded() {
    for &(name, recipient, reason, words) in CASES {
        let path: PathBuf =
            [env!("CARGO_MANIFEST_DIR"), "tests/fixtures/charset", &format!("{name}.eml")]
                .iter()
                .collect();
        let report = explain_bytes(&fs::read(&path).unwrap());
        assert_eq!(report.recipients.len(), 1, "{name}");
        let r = &report.recipients[0];
        assert_eq!(r.recipient.as_deref(), Some(recipient), "{name}");
        assert!(r.diagnostic.contains(words), "{name}: {:?}", r.diagnostic);
        assert!(!r.diagnostic.contains('\u{FFFD}'), "{name}: {:?}", r.diagnostic);
        assert_eq!(r.reason, reason, "{name}");
    }
}
