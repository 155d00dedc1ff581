//! HTML-only NDRs with text a mail reader does not render: CSS hides it
//! (inline `display:none`, a class a `<style>` block hides, white on
//! white), or it sits in a comment, the `<title>` or a `hidden` element.
//! The card must come from the text the user sees, never from a
//! recipient, IP or cause that only the hidden text gives.

use bounce_explainer::{explain, Recipient, Report};

const VISIBLE: &str = "<p>Remote server returned '550 5.7.1 Service unavailable; Client host \
                       [192.0.2.10] blocked using zen.spamhaus.org'</p>";

const HIDDEN_REPLY: &str = "Remote server returned '554 5.7.1 Service unavailable; Client host \
                            [203.0.113.66] blocked using b.barracudacentral.org' for \
                            carol@example.org";

/// Builds an Outlook-style HTML-only NDR for bob@example.net with `hidden`
/// before the visible reply.
fn ndr(hidden: &str) -> String {
    format!(
        "From: Microsoft Outlook <postmaster@example.com>\r\n\
         To: alice@example.com\r\n\
         Subject: Undeliverable: Quarterly report\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: text/html; charset=utf-8\r\n\r\n\
         <html><body>\r\n\
         <p><b>Your message to bob@example.net couldn't be delivered.</b></p>\r\n\
         {hidden}\r\n\
         {VISIBLE}\r\n\
         </body></html>\r\n"
    )
}

fn only(report: &Report) -> &Recipient {
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    &report.recipients[0]
}

fn assert_visible_card(hidden: &str) {
    let report = explain(&ndr(hidden));
    let card = only(&report);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"), "{hidden}");
    assert_eq!(card.sender_ip.as_deref(), Some("192.0.2.10"), "{hidden}");
    let reply = card.reply.as_deref().unwrap_or_default();
    assert!(reply.starts_with("550"), "{hidden}: reply {reply:?}");
}

#[test]
fn inline_style_hides_element() {
    let styles = [
        "display:none",
        "DISPLAY: NONE !important",
        "color:red; display : none",
        "visibility:hidden",
        "visibility: collapse",
        "font-size:0",
        "font-size: 0px",
        "font-size:0pt;line-height:0",
        "opacity:0",
    ];
    for style in styles {
        assert_visible_card(&format!("<div style=\"{style}\">{HIDDEN_REPLY}</div>"));
        assert_visible_card(&format!("<span style='{style}'>{HIDDEN_REPLY}</span>"));
    }
}

#[test]
fn hidden_ancestor_hides_nested_text() {
    assert_visible_card(&format!(
        "<div style=\"display:none\"><table><tr><td><b>{HIDDEN_REPLY}</b></td></tr></table></div>"
    ));
}

#[test]
fn hidden_attribute_hides_element() {
    assert_visible_card(&format!("<p hidden>{HIDDEN_REPLY}</p>"));
    assert_visible_card(&format!("<div hidden=\"hidden\">{HIDDEN_REPLY}</div>"));
}

#[test]
fn style_block_class_hides_element() {
    let blocks = [
        ".x{display:none}",
        "p.x { display: none; }",
        ".a, .x { visibility: hidden }",
        "/* preheader */ .x{font-size:0;max-height:0}",
    ];
    for block in blocks {
        assert_visible_card(&format!("<style>{block}</style><p class=\"x\">{HIDDEN_REPLY}</p>"));
        assert_visible_card(&format!(
            "<style>{block}</style><div class=\"note x\">{HIDDEN_REPLY}</div>"
        ));
    }
}

#[test]
fn style_in_head_hides_body_class() {
    let email = ndr(&format!("<p class=\"x\">{HIDDEN_REPLY}</p>"))
        .replace("<html><body>", "<html><head><style>.x{display:none}</style></head><body>");
    let report = explain(&email);
    assert_eq!(only(&report).sender_ip.as_deref(), Some("192.0.2.10"));
}

#[test]
fn text_coloured_as_background_hidden() {
    let styles = [
        "color:#ffffff;background:#ffffff",
        "color:#fff; background-color:#FFFFFF",
        "color:white;background-color:#fff",
        "color: rgb(255, 255, 255); background: white",
        "color:#000;background:black",
    ];
    for style in styles {
        assert_visible_card(&format!("<p style=\"{style}\">{HIDDEN_REPLY}</p>"));
    }
}

#[test]
fn colour_on_ancestor_background_hidden() {
    assert_visible_card(&format!(
        "<div style=\"background:#fff\"><span style=\"color:#ffffff\">{HIDDEN_REPLY}</span></div>"
    ));
}

#[test]
fn comment_and_title_hidden() {
    assert_visible_card(&format!("<!-- {HIDDEN_REPLY} -->"));
    assert_visible_card(&format!("<!-- <p> -> {HIDDEN_REPLY} --> "));
    assert_visible_card(&format!("<title>{HIDDEN_REPLY}</title>"));
}

#[test]
fn hidden_user_unknown_gives_no_card() {
    let hidden = "<p style=\"color:#ffffff;background:#ffffff\">550 5.1.1 \
                  &lt;mallory@example.org&gt;: Recipient address rejected: User unknown</p>";
    assert_visible_card(hidden);
}

#[test]
fn hidden_ip_alone_not_quoted() {
    let email = ndr("<div style=\"display:none\">Client host [203.0.113.66] blocked</div>")
        .replace("[192.0.2.10] ", "");
    let report = explain(&email);
    let card = only(&report);
    assert_eq!(card.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(card.sender_ip, None);
}

#[test]
fn visible_text_after_hidden_sibling_kept() {
    // Unclosed paragraphs: a new <p> ends the hidden one, as in a browser.
    let report = explain(&ndr(&format!("<p style=\"display:none\">{HIDDEN_REPLY}")));
    assert_eq!(only(&report).sender_ip.as_deref(), Some("192.0.2.10"));
}

#[test]
fn coloured_visible_text_kept() {
    for style in ["color:#333;background:#fff", "color:white", "background:#fff", "display:block"] {
        let email = ndr("").replace("<p>Remote", &format!("<p style=\"{style}\">Remote"));
        let report = explain(&email);
        assert_eq!(only(&report).sender_ip.as_deref(), Some("192.0.2.10"), "{style}");
    }
}
