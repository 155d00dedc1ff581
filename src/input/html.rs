//! The text a mail reader shows for an HTML part.
//!
//! An HTML-only NDR may carry text that CSS hides: a `display:none`
//! element, a class that a `<style>` block hides, or white text on a white
//! background. A forged or templated bounce can put a second reply there,
//! with another recipient and IP. The user judges the card by what the
//! rendered mail shows, so hidden text is left out. Only styles written in
//! the same part count: a rule this reader cannot judge (a `@media` block,
//! a selector other than a class) leaves the text in, which keeps the
//! visible text's card whenever the hidden text gives none.

use std::collections::{HashMap, HashSet};

use super::css::{declarations, hidden_classes, hides, normalize_colour};

/// Elements whose content is never rendered as body text.
const RAW_TEXT: [&str; 5] = ["style", "script", "head", "title", "template"];

/// Elements that end a line when they start or end.
const BLOCKS: [&str; 13] =
    ["br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote"];

/// Elements with no end tag, which never enclose text.
const VOID: [&str; 12] =
    ["br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source", "track"];

/// An element open at the current point of the text, with the style that
/// its descendants inherit.
struct Open {
    name: String,
    hidden: bool,
    color: Option<String>,
    background: Option<String>,
}

/// The text a mail reader renders for an HTML part, and the visible
/// text of its web links.
#[derive(Debug, Default, PartialEq)]
pub struct HtmlText {
    /// The rendered text.
    pub text: String,
    /// The visible text of each `<a>` element whose `href` is a web
    /// address (`http:`, `https:`, `//` or `www.`), trimmed, with its
    /// character references decoded. The target itself is not kept, so
    /// nothing downstream can show it as a link. A link with no visible
    /// text (an image only) is left out.
    pub link_texts: Vec<String>,
}

/// Reduces HTML to the text a mail reader renders: tags dropped, hidden elements
/// and comments left out, block ends made line breaks, character
/// references decoded. The text is only scanned, never shown as HTML. It
/// drops every `href`, so the visible text of each web link is returned
/// too, for the phishing check to see that a request was a link.
pub fn html_to_text(html: &str) -> HtmlText {
    let hidden_classes = hidden_classes(html);
    let mut out = String::with_capacity(html.len());
    let mut link_texts = Vec::new();
    // Where in `out` the text of the open web link starts.
    let mut link_start: Option<usize> = None;
    let mut stack = OpenElements::default();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        if !stack.last().is_some_and(|o| o.hidden) {
            out.push_str(&rest[..at]);
        }
        rest = &rest[at..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let Some(end) = tag_end(rest) else {
            rest = "";
            break;
        };
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        let name = tag_name(tag);
        if name == "a" || name == "/a" {
            // Links do not nest, so a new `<a>` ends the open one.
            if let Some(start) = link_start.take() {
                push_link_text(&mut link_texts, &out[start..]);
            }
        }
        if BLOCKS.contains(&name.trim_start_matches('/')) {
            out.push('\n');
        }
        if let Some(closed) = name.strip_prefix('/') {
            stack.close(closed);
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) {
            rest = skip_raw_text(rest, &name);
            continue;
        }
        if name.is_empty() || name.starts_with('!') || name.starts_with('?') {
            continue;
        }
        close_implied(&mut stack, &name);
        if VOID.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        let open = open_element(name, tag, stack.last(), &hidden_classes);
        if open.name == "a" && !open.hidden && is_web_link(tag) {
            link_start = Some(out.len());
        }
        stack.push(open);
    }
    if !stack.last().is_some_and(|o| o.hidden) {
        out.push_str(rest);
    }
    if let Some(start) = link_start {
        push_link_text(&mut link_texts, &out[start..]);
    }
    HtmlText { text: decode_text(&out), link_texts }
}

/// Decodes the character references of text cut from the markup.
fn decode_text(raw: &str) -> String {
    // `&nbsp;` has long been read as a plain space here.
    super::entities::decode_references(&raw.replace("&nbsp;", " "))
}

/// Adds the decoded, trimmed text of a web link, unless it is empty.
fn push_link_text(link_texts: &mut Vec<String>, raw: &str) {
    let text = decode_text(raw);
    let text = text.trim();
    if !text.is_empty() {
        link_texts.push(text.to_string());
    }
}

/// True when an `<a>` tag's `href` is a web address: `http:`, `https:`,
/// a scheme-relative `//host` or a bare `www.` host.
fn is_web_link(tag: &str) -> bool {
    attributes(tag).iter().any(|(key, value)| {
        let target = value.trim().to_ascii_lowercase();
        key == "href"
            && ["http:", "https:", "//", "www."].iter().any(|mark| target.starts_with(mark))
    })
}

/// Returns the offset of the `>` that ends the tag starting at `text[0]`,
/// skipping any `>` inside an attribute value quoted after `=`. A quote
/// that is never closed falls back to the first `>`, so that a stray
/// apostrophe does not swallow the rest of the part.
fn tag_end(text: &str) -> Option<usize> {
    let mut quote = None;
    let mut previous = ' ';
    for (i, c) in text.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') if previous == '=' => quote = Some(c),
            (Some(q), _) if q == c => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
        if !c.is_whitespace() {
            previous = c;
        }
    }
    text.find('>')
}

/// Returns the lowercase name of a tag, with `/` kept for an end tag.
fn tag_name(tag: &str) -> String {
    let end = tag
        .char_indices()
        .skip(1)
        .find(|&(_, c)| c.is_whitespace() || c == '/' || c == '>')
        .map_or(tag.len(), |(i, _)| i);
    tag[..end].to_ascii_lowercase()
}

/// Skips the content of a raw-text element such as `<style>` up to its end
/// tag, or to the end of the text when it has none. A `<head>` also ends
/// where `<body>` starts, as browsers end it when its end tag is missing.
fn skip_raw_text<'a>(text: &'a str, name: &str) -> &'a str {
    let closing = format!("</{name}");
    let lower = text.to_ascii_lowercase();
    let body = if name == "head" { lower.find("<body") } else { None };
    let end = lower.find(&closing);
    if let Some(body) = body.filter(|&b| end.is_none_or(|at| b < at)) {
        return &text[body..];
    }
    match end {
        Some(at) => text[at..].find('>').map_or("", |close| &text[at + close + 1..]),
        None => "",
    }
}

/// The elements open at the current point, innermost last, with a count
/// of open elements per name. An end tag whose name is not open is then
/// ignored without a search, so a crafted run of thousands of stray end
/// tags under thousands of open elements stays linear.
#[derive(Default)]
struct OpenElements {
    stack: Vec<Open>,
    counts: HashMap<String, usize>,
}

impl OpenElements {
    fn last(&self) -> Option<&Open> {
        self.stack.last()
    }

    fn push(&mut self, open: Open) {
        *self.counts.entry(open.name.clone()).or_default() += 1;
        self.stack.push(open);
    }

    fn pop(&mut self) {
        if let Some(open) = self.stack.pop() {
            if let Some(count) = self.counts.get_mut(&open.name) {
                *count -= 1;
            }
        }
    }

    /// Closes the innermost open element named `name` and those inside
    /// it. An end tag with no open element of its name is ignored, as
    /// browsers do. Each element is popped once, so the work is linear.
    fn close(&mut self, name: &str) {
        if self.counts.get(name).is_none_or(|&count| count == 0) {
            return;
        }
        while let Some(open) = self.stack.last() {
            let found = open.name == name;
            self.pop();
            if found {
                break;
            }
        }
    }
}

/// Closes the elements that a new `name` element ends without an end tag:
/// a block closes an open paragraph, a list item the previous item, a row
/// or cell the previous one. Without this an unclosed hidden `<p>` would
/// hide every paragraph after it, which a browser shows.
fn close_implied(stack: &mut OpenElements, name: &str) {
    let ends: &[&str] = match name {
        "li" => &["li", "p"],
        "tr" => &["tr", "td", "th", "p"],
        "td" | "th" => &["td", "th", "p"],
        "p" | "div" | "table" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
        | "blockquote" | "pre" => &["p"],
        _ => &[],
    };
    if let Some(top) = stack.last() {
        if ends.contains(&top.name.as_str()) {
            stack.pop();
        }
    }
}

/// Builds the state of a newly opened element from its attributes and its
/// parent's inherited state.
fn open_element(
    name: String,
    tag: &str,
    parent: Option<&Open>,
    hidden_classes: &HashSet<String>,
) -> Open {
    let attributes = attributes(tag);
    let attribute = |key: &str| attributes.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let style = attribute("style").unwrap_or_default();
    let declarations = declarations(style);
    let value = |key: &str| declarations.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let color = value("color").map(normalize_colour).or_else(|| parent?.color.clone());
    let background = value("background-color")
        .or_else(|| value("background"))
        .map(normalize_colour)
        .or_else(|| parent?.background.clone());
    let class_hidden = attribute("class")
        .is_some_and(|classes| classes.split_whitespace().any(|c| hidden_classes.contains(c)));
    let same_colour = matches!((&color, &background), (Some(c), Some(b)) if c == b);
    let hidden = parent.is_some_and(|p| p.hidden)
        || attribute("hidden").is_some()
        || hides(&declarations)
        || class_hidden
        || same_colour;
    Open { name, hidden, color, background }
}

/// Returns a tag's attributes as lowercase names and unquoted values. An
/// attribute without a value, such as `hidden`, gets an empty one.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let name_end = tag.find(|c: char| c.is_whitespace()).unwrap_or(tag.len());
    let mut rest = tag[name_end..].trim_start();
    while !rest.is_empty() {
        let key_end =
            rest.find(|c: char| c.is_whitespace() || c == '=' || c == '/').unwrap_or(rest.len());
        let key = rest[..key_end].to_ascii_lowercase();
        rest = rest[key_end..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (text, tail) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let end = body.find(q).unwrap_or(body.len());
                    (&body[..end], body.get(end + 1..).unwrap_or_default())
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = text.to_string();
            rest = tail.trim_start();
        } else if key.is_empty() {
            // A stray `/` or other character that starts no attribute.
            rest = rest.get(1..).unwrap_or_default().trim_start();
        }
        if !key.is_empty() {
            found.push((key, value));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered_text(html: &str) -> String {
        html_to_text(html).text
    }

    #[test]
    fn html_reduced_to_text() {
        assert_eq!(rendered_text("<p>a &amp; b</p><br>c").trim(), "a & b\n\nc");
        assert_eq!(rendered_text("<style>p { color: #555 }</style>x").trim(), "x");
    }

    #[test]
    fn hidden_elements_left_out() {
        let html = "<div>a<span style=\"display:none\">b<i>c</i></span>d</div>\
                    <style>.h{visibility:hidden}</style><p class=\"h\">e</p><p>f";
        let text = rendered_text(html);
        for shown in ['a', 'd', 'f'] {
            assert!(text.contains(shown), "{shown} missing from {text:?}");
        }
        for hidden in ['b', 'c', 'e'] {
            assert!(!text.contains(hidden), "{hidden} in {text:?}");
        }
    }

    #[test]
    fn end_tags_close_to_their_element() {
        // A stray end tag is ignored; a matching one closes the elements
        // inside it too, so the hidden span's text ends with it.
        let html = "<div><span style=\"display:none\">a<b>b</i>c</span>d</div>e";
        assert_eq!(rendered_text(html).trim(), "d\ne");
    }

    #[test]
    fn media_rule_class_kept() {
        let html = "<style>@media print { .x { display:none } }</style><p class=\"x\">kept</p>";
        assert!(rendered_text(html).contains("kept"));
    }

    #[test]
    fn web_link_texts_collected() {
        let html = "<p>Your mail is held. <a href=\"https://verify.example/\">Verify &amp; \
                    release</a> now.</p><a href=\"mailto:help@example.org\">Help</a>\
                    <a href='//cdn.example/x'><img src=x></a><a href=www.example.org>Site\
                    <a style=\"display:none\" href=\"https://hidden.example/\">Hidden</a>";
        let rendered = html_to_text(html);
        assert_eq!(rendered.link_texts, ["Verify & release", "Site"]);
        assert!(!rendered.text.contains("verify.example"), "{}", rendered.text);
        assert!(rendered.text.contains("Verify & release now."), "{}", rendered.text);
    }

    #[test]
    fn attribute_values_parsed() {
        let found = attributes("p hidden class='a b' style=\"x:y\" data-x=1");
        assert_eq!(found[0], ("hidden".to_string(), String::new()));
        assert_eq!(found[1], ("class".to_string(), "a b".to_string()));
        assert_eq!(found[2], ("style".to_string(), "x:y".to_string()));
        assert_eq!(found[3], ("data-x".to_string(), "1".to_string()));
    }
}
