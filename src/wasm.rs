//! The WebAssembly binding: `explain` and `explainBytes` exports, each
//! returning the Report as a plain JS object.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::Report;

/// Explains pasted text and returns the Report as a plain object.
#[wasm_bindgen]
pub fn explain(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::explain(text))
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
