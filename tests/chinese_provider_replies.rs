//! Replies that Chinese mail hosts list on their help pages: QQ Mail's
//! content refusal, Coremail's user-unknown and sending-IP refusals.
//! Each reads as the cause the host documents, not as a bare 550.

use crate::cards::only;
use bounce_explainer::{Actor, Reason};

/// Postfix's line around a reply from a Chinese host.
fn postfix_line(recipient: &str, host: &str, reply: &str, command: &str) -> String {
    format!(
        "<{recipient}>: host {host}[198.51.100.30] said: {reply} (in reply to {command} command)"
    )
}

#[test]
fn qq_content_rejected_is_content_denied() {
    let text = postfix_line(
        "12345@qq.com",
        "mx3.qq.com",
        "550 Error: content rejected. http://mail.qq.com/zh_CN/help/content/rejectedmail.html",
        "end of DATA",
    );
    let card = only(&text);
    assert_eq!(card.explanation.entry, "tencent/content-denied", "{card:#?}");
}

#[test]
fn chinese_user_unknown_replies() {
    let replies = [
        "550 RC:LD The email account that you tried to reach does no exists.",
        "550 #2175041 unavailable mail user",
    ];
    for reply in replies {
        let text = postfix_line("zhao@example.cn", "mx.example.cn", reply, "RCPT TO");
        let card = only(&text);
        assert_eq!(card.reason, Reason::UserUnknown, "{reply}: {card:#?}");
        assert_eq!(card.explanation.who_acts, Actor::You, "{reply}");
    }
}

#[test]
fn coremail_ip_refusals_are_blocked() {
    let replies = [
        "550 Requested mail action not taken: Invalid IP",
        "554 IP is rejected, smtp auth error limit exceed",
    ];
    for reply in replies {
        let text = postfix_line("li@example.cn", "mx.coremail.example.cn", reply, "MAIL FROM");
        let card = only(&text);
        assert_eq!(card.reason, Reason::Blocked, "{reply}: {card:#?}");
    }
}
