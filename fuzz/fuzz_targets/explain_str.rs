#![no_main]

#[path = "check.rs"]
mod check;

use libfuzzer_sys::fuzz_target;

// What the page's text box passes: always valid UTF-8.
fuzz_target!(|text: &str| {
    let report = bounce_explainer::explain(text);
    check::report(text.as_bytes(), &report);
    // The two entry points must agree on the same bytes.
    assert_eq!(report, bounce_explainer::explain_bytes(text.as_bytes()));
});
