//! Golden tests: every `tests/fixtures/golden/<family>/<name>.eml` is
//! explained with LF and with CRLF line endings, and the fields that matter
//! per recipient are compared with `<name>.json` beside it.
//!
//! On a mismatch the actual output is written beside the fixture as
//! `<name>.failed` (ignored by git) and named in the failure. To create or
//! refresh the expected files from the current output, run
//! `BLESS=1 cargo test --test golden`, then review every changed `.json`:
//! an expectation records what is right, not what the code happens to do.
//! `GOLDEN_ROOT=DIR` runs the fixtures under another folder instead.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/golden");

#[test]
fn golden_fixtures() {
    // GOLDEN_ROOT runs another folder of fixtures, such as cases kept
    // aside until another stage handles them.
    let root = std::env::var("GOLDEN_ROOT").unwrap_or_else(|_| ROOT.to_string());
    let fixtures = find_fixtures(Path::new(&root));
    assert!(!fixtures.is_empty(), "no .eml fixtures found under {root}");
    let bless = std::env::var_os("BLESS").is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    for eml in &fixtures {
        let raw = fs::read(eml).unwrap_or_else(|e| panic!("cannot read {}: {e}", eml.display()));
        let lf = to_lf(&raw);
        let crlf = to_crlf(&lf);
        let expected_path = eml.with_extension("json");
        let failed_path = eml.with_extension("failed");
        let actual_lf = summarise(&bounce_explainer::explain_bytes(&lf));
        if bless {
            let text = serde_json::to_string_pretty(&actual_lf).expect("JSON value serialises");
            fs::write(&expected_path, text + "\n").expect("expected file is writable");
        }
        let expected: Value = match fs::read_to_string(&expected_path) {
            Ok(text) => serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{} is not valid JSON: {e}", expected_path.display())),
            Err(_) => {
                failures.push(format!(
                    "{}: no expected file; run BLESS=1 cargo test --test golden and review it",
                    expected_path.display()
                ));
                continue;
            }
        };
        let actual_crlf = summarise(&bounce_explainer::explain_bytes(&crlf));
        let mut mismatched = Vec::new();
        if actual_lf != expected {
            mismatched.push(("LF", &actual_lf));
        }
        if actual_crlf != expected {
            mismatched.push(("CRLF", &actual_crlf));
        }
        match mismatched.first() {
            Some((_, actual)) => {
                let endings: Vec<&str> = mismatched.iter().map(|(e, _)| *e).collect();
                let text = serde_json::to_string_pretty(actual).expect("JSON value serialises");
                fs::write(&failed_path, text + "\n").expect("failed file is writable");
                failures.push(format!(
                    "{} ({}): output differs from {}; actual output written to {}{}",
                    eml.display(),
                    endings.join(" and "),
                    expected_path.display(),
                    failed_path.display(),
                    describe_difference(&expected, actual),
                ));
            }
            None => {
                let _ = fs::remove_file(&failed_path);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} golden fixtures failed:\n{}",
        failures.len(),
        fixtures.len(),
        failures.join("\n")
    );
}

/// Selects the fields a golden file pins, per recipient.
fn summarise(report: &bounce_explainer::Report) -> Value {
    let recipients: Vec<Value> = report
        .recipients
        .iter()
        .map(|r| {
            json!({
                "recipient": r.recipient,
                "status": r.status,
                "reply": r.reply,
                "reason": r.reason,
                "provider": r.provider,
                "code": r.code,
                "sender_ip": r.sender_ip,
                "sender_ip_source": { "line": r.sender_ip_source.line },
            })
        })
        .collect();
    json!({ "recipients": recipients })
}

/// Lists every differing recipient field, each tagged with the pipeline
/// stage that decides it, so the failure message points at the cause
/// (and the stage's owner) without opening the files.
fn describe_difference(expected: &Value, actual: &Value) -> String {
    let empty = Vec::new();
    let want = expected["recipients"].as_array().unwrap_or(&empty);
    let have = actual["recipients"].as_array().unwrap_or(&empty);
    if want.len() != have.len() {
        return format!("\n    [extract] recipients: expected {}, got {}", want.len(), have.len());
    }
    let mut out = String::new();
    for (index, (w, h)) in want.iter().zip(have).enumerate() {
        let Some(fields) = w.as_object() else {
            continue;
        };
        for (name, value) in fields {
            if h.get(name) != Some(value) {
                let got = h.get(name).cloned().unwrap_or(Value::Null);
                let stage = stage_of(name);
                out += &format!(
                    "\n    [{stage}] recipient {index} {name}: expected {value}, got {got}"
                );
            }
        }
    }
    out
}

/// Names the stage that decides a golden field.
fn stage_of(field: &str) -> &'static str {
    match field {
        "sender_ip" | "sender_ip_source" => "sender IP",
        "reason" | "provider" | "code" => "classify",
        _ => "extract",
    }
}

fn find_fixtures(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(find_fixtures(&path));
        } else if path.extension().is_some_and(|e| e == "eml") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn to_lf(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut bytes = raw.iter().peekable();
    while let Some(&b) = bytes.next() {
        if b == b'\r' && bytes.peek() == Some(&&b'\n') {
            continue;
        }
        out.push(b);
    }
    out
}

fn to_crlf(lf: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(lf.len() + lf.len() / 40);
    for &b in lf {
        if b == b'\n' {
            out.push(b'\r');
        }
        out.push(b);
    }
    out
}
