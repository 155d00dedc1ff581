//! The WebAssembly binding: one `explain` export returning the Report as a
//! plain JS object.

use wasm_bindgen::prelude::*;

/// Explains pasted text and returns the Report as a plain object.
///
/// Serialisation is the only step that can fail; its error reaches JS as
/// an exception with a message the page shows.
#[wasm_bindgen]
pub fn explain(text: &str) -> Result<JsValue, JsError> {
    let report = crate::explain(text);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    report
        .serialize(&serializer)
        .map_err(|e| JsError::new(&format!("could not convert the report for the page: {e}")))
}

/// Explains raw bytes, such as a dropped .eml file in any charset.
#[wasm_bindgen(js_name = explainBytes)]
pub fn explain_bytes(raw: &[u8]) -> Result<JsValue, JsError> {
    let report = crate::explain_bytes(raw);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    report
        .serialize(&serializer)
        .map_err(|e| JsError::new(&format!("could not convert the report for the page: {e}")))
}

use serde::Serialize;
