//! The CSS of an HTML part, read only as far as it hides text: inline
//! declarations such as `display:none`, and classes that a `<style>`
//! element hides.

use std::collections::HashSet;

/// Splits CSS declarations (`a: b; c: d`) into lowercase property names
/// and values, with `!important` dropped.
pub(super) fn declarations(css: &str) -> Vec<(String, String)> {
    css.split(';')
        .filter_map(|declaration| {
            let (property, value) = declaration.split_once(':')?;
            let value = value.trim().to_ascii_lowercase();
            let value = value.trim_end_matches("!important").trim_end();
            Some((property.trim().to_ascii_lowercase(), value.to_string()))
        })
        .collect()
}

/// True when the declarations make an element's text invisible by
/// themselves: `display:none`, `visibility:hidden` or `collapse`, a font
/// size of zero or full transparency.
pub(super) fn hides(declarations: &[(String, String)]) -> bool {
    declarations.iter().any(|(property, value)| match property.as_str() {
        "display" => value == "none",
        "visibility" => value == "hidden" || value == "collapse",
        "font-size" | "opacity" => is_zero(value),
        _ => false,
    })
}

/// True for a CSS length or number of zero, with or without a unit.
fn is_zero(value: &str) -> bool {
    let number = value.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '%');
    number.parse::<f64>().is_ok_and(|n| n == 0.0)
}

/// Normalizes the colours that NDR templates use to one form, so that `#fff`,
/// `white` and `rgb(255, 255, 255)` compare equal. Other values stay as
/// written (lowercase, without spaces), equal only to themselves.
pub(super) fn normalize_colour(value: &str) -> String {
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    let compact = compact.to_ascii_lowercase();
    match compact.as_str() {
        "white" | "#fff" | "#ffffff" | "rgb(255,255,255)" => "#ffffff".to_string(),
        "black" | "#000" | "#000000" | "rgb(0,0,0)" => "#000000".to_string(),
        _ => compact,
    }
}

/// Collects the class names that a `<style>` element in the part hides
/// with a rule whose selector is a class alone or after an element name
/// (`.x`, `p.x`). Rules inside an at-rule such as `@media` are skipped,
/// because whether they apply depends on the reader's screen.
pub(super) fn hidden_classes(html: &str) -> HashSet<String> {
    let mut classes = HashSet::new();
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(open) = lower[from..].find("<style") {
        let start = from + open;
        let Some(body) = lower[start..].find('>').map(|end| start + end + 1) else {
            break;
        };
        let end = lower[body..].find("</style").map_or(html.len(), |at| body + at);
        collect_hidden_classes(&html[body..end], &mut classes);
        from = end;
    }
    classes
}

fn collect_hidden_classes(css: &str, classes: &mut HashSet<String>) {
    let css = strip_css_comments(css);
    let mut depth = 0usize;
    let mut rule_start = 0;
    for (i, c) in css.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth = depth.saturating_sub(1);
                let rule = &css[rule_start..i];
                rule_start = i + 1;
                let Some((selectors, body)) = rule.split_once('{') else {
                    continue;
                };
                // A rule inside an at-rule ends above depth 0, and the first
                // one also carries the at-rule's prelude (`@media print { .x`),
                // so both checks skip it.
                if depth > 0 || selectors.contains('@') || !hides(&declarations(body)) {
                    continue;
                }
                for selector in selectors.split(',') {
                    if let Some(class) = simple_class(selector.trim()) {
                        classes.insert(class.to_string());
                    }
                }
            }
            _ => {}
        }
    }
}

/// Returns the class of a selector that is one class, alone or after an
/// element name (`.x`, `p.x`).
fn simple_class(selector: &str) -> Option<&str> {
    let (element, class) = selector.split_once('.')?;
    let name = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let plain_class = class.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let element_ok = element.is_empty() || name(element);
    (element_ok && !class.is_empty() && plain_class).then_some(class)
}

fn strip_css_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}
