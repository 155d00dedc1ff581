//! Keeps a panic in the explainer from ending the run or writing raw text
//! from the bounce to the terminal.
//!
//! A panic is a bug, but one bad input must not cost the user the
//! explanations of the others. [`explain`] catches the panic of one input,
//! which then counts as failed (exit status 1). This needs the unwinding
//! panic strategy, which the release profile keeps. A panic message can
//! quote the input (a slice error names the character it split), so the
//! hook that prints it escapes it as the text output does.

use std::panic::{self, AssertUnwindSafe, PanicHookInfo};

use bounce_explainer::Report;

use super::terminal;

/// In debug builds only, the environment variable that makes the input
/// with exactly this name panic, for the tests of this module. Release
/// builds do not read it, and no input text can trigger it.
#[cfg(debug_assertions)]
const FORCE_PANIC_VAR: &str = "BOUNCE_EXPLAINER_TEST_PANIC_ON";

/// Replaces the default panic hook with one that writes the panic message
/// on standard error with hidden characters, CR and LF escaped.
pub fn install_hook() {
    // eprintln! here would panic again on a closed standard error, and a
    // panic inside the hook aborts the process.
    panic::set_hook(Box::new(|info| {
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), "{}", hook_message(info));
    }));
}

fn hook_message(info: &PanicHookInfo) -> String {
    let payload = info.payload();
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(no message)");
    let location = info
        .location()
        .map(|l| format!(" at {}:{}:{}", l.file(), l.line(), l.column()))
        .unwrap_or_default();
    format!("bounce-explainer: internal error (panic{location}): {}", terminal::escape(message))
}

/// Explains one input, or one mbox message that `lines_before` lines of
/// its file precede. Returns None when the explainer panicked; the hook
/// has then already printed the panic message.
pub fn explain(name: &str, raw: &[u8], lines_before: usize) -> Option<Report> {
    panic::catch_unwind(AssertUnwindSafe(|| {
        force_panic_for_tests(name, raw);
        bounce_explainer::explain_mbox_message(raw, lines_before)
    }))
    .ok()
}

#[cfg(debug_assertions)]
fn force_panic_for_tests(name: &str, raw: &[u8]) {
    if std::env::var_os(FORCE_PANIC_VAR).is_some_and(|target| target == name) {
        // Quotes the input, as a real slice panic quotes the character.
        panic!("forced for a test on: {}", String::from_utf8_lossy(raw));
    }
}

#[cfg(not(debug_assertions))]
fn force_panic_for_tests(_name: &str, _raw: &[u8]) {}
