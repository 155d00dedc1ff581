//! The WebAssembly binding: `explain` and `explainBytes` exports, each
//! returning the Report as a plain JS object.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::Report;

/// Explains pasted text and returns the Report as a plain object.
///
/// The argument is taken as any JS value, so that a number, `undefined`
/// or an object gets an Error with a message instead of a trap in the
/// string glue. The generated TypeScript declaration keeps `text: string`.
#[wasm_bindgen]
pub fn explain(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsError> {
    match text.as_string() {
        Some(text) => to_js(&crate::explain(&text)),
        None => Err(JsError::new(&format!(
            "explain() expects the pasted text as a string, got a value of type {}; pass raw bytes to explainBytes()",
            js_type_name(&text)
        ))),
    }
}

/// Names the JS type of `value` for an error message: what `typeof`
/// returns, or "null".
fn js_type_name(value: &JsValue) -> String {
    if value.is_null() {
        return "null".to_owned();
    }
    value.js_typeof().as_string().unwrap_or_default()
}

/// Explains raw bytes, such as a dropped .eml file in any charset.
#[wasm_bindgen(js_name = explainBytes)]
pub fn explain_bytes(raw: &[u8]) -> Result<JsValue, JsError> {
    to_js(&crate::explain_bytes(raw))
}

/// Converts the Report to a plain JS object. Serialisation is the only
/// step that can fail, and its error reaches JS as an exception with a
/// message the page shows.
fn to_js(report: &Report) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    report
        .serialize(&serializer)
        .map_err(|e| JsError::new(&format!("could not convert the report for the page: {e}")))
}
