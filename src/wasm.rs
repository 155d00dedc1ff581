//! The WebAssembly binding: `explain` and `explainBytes` exports, each
//! returning the Report as a plain JS object, and `fileText`, which
//! returns the text of a file's bytes as the library reads them.

use js_sys::{Array, ArrayBuffer, Object, Uint8Array};
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
/// returns, or "null", with the constructor's name after an object's
/// type, as in "object (Int16Array)".
fn js_type_name(value: &JsValue) -> String {
    if value.is_null() {
        return "null".to_owned();
    }
    let type_name = value.js_typeof().as_string().unwrap_or_default();
    let constructor = value
        .dyn_ref::<Object>()
        .map(|object| String::from(object.constructor().name()))
        .unwrap_or_default();
    if type_name == "object" && !constructor.is_empty() && constructor != "Object" {
        format!("{type_name} ({constructor})")
    } else {
        type_name
    }
}

/// Explains raw bytes, such as a dropped .eml file in any charset.
///
/// The argument is taken as any JS value, because wasm-bindgen's `&[u8]`
/// glue copies any array-like value it gets, so a string or an object
/// became bytes without an error. A Uint8Array (a Node Buffer too), an
/// ArrayBuffer or an array of integers 0 to 255 is read, and anything
/// else gets an Error.
#[wasm_bindgen(js_name = explainBytes)]
pub fn explain_bytes(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer | number[]")] raw: JsValue,
) -> Result<JsValue, JsError> {
    let bytes = bytes_from_js(&raw, "explainBytes")?;
    to_js(&crate::explain_bytes(&bytes))
}

/// Returns the text of a file's bytes as the library reads them: UTF-16
/// and UTF-32 after a byte order mark decoded, and bytes that are not
/// UTF-8 read as Windows-1252. The page shows this text, so that the
/// Report's line numbers point into it and an edited copy still reads as
/// text. Takes the same argument types as `explainBytes`.
#[wasm_bindgen(js_name = fileText)]
pub fn file_text(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer | number[]")] raw: JsValue,
) -> Result<String, JsError> {
    let bytes = bytes_from_js(&raw, "fileText")?;
    Ok(crate::input::file_text(&bytes))
}

/// Returns the id of every explanation in the knowledge tables, such as
/// `comcast/BL000010`, sorted. A portal's explanation overrides are keyed
/// by these ids, so the widget can name a key that matches none.
#[wasm_bindgen(js_name = entryIds)]
pub fn entry_ids() -> Vec<String> {
    let mut ids: Vec<String> =
        crate::knowledge::all_entries().iter().map(|entry| entry.id.to_owned()).collect();
    ids.sort();
    ids
}

/// Copies the bytes of a Uint8Array, an ArrayBuffer or an array of
/// integers 0 to 255 into wasm memory. `function` names the export in the
/// error message.
fn bytes_from_js(value: &JsValue, function: &str) -> Result<Vec<u8>, JsError> {
    if let Some(view) = value.dyn_ref::<Uint8Array>() {
        return Ok(view.to_vec());
    }
    if let Some(buffer) = value.dyn_ref::<ArrayBuffer>() {
        return Ok(Uint8Array::new(buffer).to_vec());
    }
    if Array::is_array(value) {
        return bytes_from_array(value.unchecked_ref::<Array>(), function);
    }
    Err(JsError::new(&format!(
        "{function}() expects the raw bytes as a Uint8Array, an ArrayBuffer or an array of integers 0 to 255, got a value of type {}; pass pasted text to explain()",
        js_type_name(value)
    )))
}

/// Checks each element itself, because `new Uint8Array(array)` would
/// turn 256 into 0 and "x" into 0 without an error.
fn bytes_from_array(array: &Array, function: &str) -> Result<Vec<u8>, JsError> {
    let mut bytes = Vec::with_capacity(array.length() as usize);
    for (index, element) in array.iter().enumerate() {
        match element.as_f64() {
            Some(number) if number.fract() == 0.0 && (0.0..=255.0).contains(&number) => {
                bytes.push(number as u8)
            }
            _ => {
                return Err(JsError::new(&format!(
                    "{function}() expects an array of integers 0 to 255, but element {index} is not one (a value of type {}); pass a Uint8Array instead",
                    js_type_name(&element)
                )))
            }
        }
    }
    Ok(bytes)
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
