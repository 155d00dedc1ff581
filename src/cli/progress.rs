//! A one-line progress display on standard error for long runs.

use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

/// Runs shorter than this never show the progress line.
const SHOW_AFTER: Duration = Duration::from_secs(2);
/// Minimum time between redraws, so drawing costs nothing measurable.
const REDRAW_EVERY: Duration = Duration::from_millis(100);
const BAR_WIDTH: usize = 24;

/// The progress line. It is drawn only when standard error is a terminal,
/// so logs and pipes never receive it.
pub struct Progress {
    enabled: bool,
    start: Instant,
    last_draw: Option<Instant>,
    /// Bytes of all inputs whose size is known in advance (files).
    total_bytes: u64,
}

impl Progress {
    /// Starts timing a run over inputs of `total_bytes` known bytes.
    pub fn new(total_bytes: u64) -> Self {
        Progress {
            enabled: io::stderr().is_terminal(),
            start: Instant::now(),
            last_draw: None,
            total_bytes,
        }
    }

    /// Redraws the line if the run is long enough and the last redraw is
    /// old enough.
    pub fn update(&mut self, done_bytes: u64, messages: u64) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        let elapsed = now - self.start;
        if elapsed < SHOW_AFTER || self.last_draw.is_some_and(|t| now - t < REDRAW_EVERY) {
            return;
        }
        self.last_draw = Some(now);
        let rate = messages as f64 / elapsed.as_secs_f64();
        let line = if self.total_bytes > 0 {
            let fraction = (done_bytes as f64 / self.total_bytes as f64).min(1.0);
            let filled = (fraction * BAR_WIDTH as f64) as usize;
            format!(
                "[{}{}] {:3.0}%  {messages} messages  {rate:.0}/s",
                "#".repeat(filled),
                "-".repeat(BAR_WIDTH - filled),
                fraction * 100.0
            )
        } else {
            format!("{messages} messages  {rate:.0}/s")
        };
        let _ = write!(io::stderr(), "\r{line}\x1b[K");
    }

    /// Erases the line, before an error message or at the end of the run.
    pub fn clear(&mut self) {
        if self.last_draw.take().is_some() {
            let _ = write!(io::stderr(), "\r\x1b[K");
        }
    }
}
