#![no_main]

#[path = "check.rs"]
mod check;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = bounce_explainer::explain_bytes(data);
    check::report(data, &report);
});
