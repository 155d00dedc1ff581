//! Times `explain_bytes()` on every file of the given folders, built
//! against regex-lite as the page is, and prints the slowest inputs.
//!
//! usage: cargo run --release --manifest-path fuzz/lite/Cargo.toml \
//!            --example slowest -- [--max-len N] [--top N] DIR...
//!
//! `--max-len` cuts each input to its first N bytes, as libFuzzer's
//! `-max_len` does, so a round's slow units can be found again. Times
//! are the calling thread's CPU time, so other processes on a shared
//! machine do not inflate them.

use std::path::PathBuf;
use std::time::{Duration, Instant};

/// One timed input: CPU time, length after the cut, file.
type Timing = (Duration, usize, PathBuf);

fn main() {
    let mut max_len = usize::MAX;
    let mut top = 10;
    let mut dirs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--max-len" => max_len = number(&arg, args.next()),
            "--top" => top = number(&arg, args.next()),
            _ => dirs.push(arg),
        }
    }

    let started = Instant::now();
    let mut timings: Vec<Timing> = Vec::new();
    for dir in &dirs {
        let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("failed to read {dir}: {e}"));
        for path in entries.flatten().map(|entry| entry.path()) {
            let Some(data) = read(&path, max_len) else { continue };
            timings.push((time(&data), data.len(), path));
        }
    }
    let total = started.elapsed();

    // A slow time may be noise (page faults, a cold cache), so the slowest
    // inputs are timed three more times and keep their fastest run.
    timings.sort_by(|a, b| b.0.cmp(&a.0));
    for timing in timings.iter_mut().take(top * 3) {
        if let Some(data) = read(&timing.2, max_len) {
            let fastest = (0..3).map(|_| time(&data)).min();
            timing.0 = timing.0.min(fastest.unwrap_or(timing.0));
        }
    }
    timings.sort_by(|a, b| b.0.cmp(&a.0));

    println!("{} inputs in {:.1} s", timings.len(), total.as_secs_f64());
    for (duration, len, path) in timings.iter().take(top) {
        let ms = duration.as_secs_f64() * 1000.0;
        let ms_per_kb = ms / (*len).max(1) as f64 * 1024.0;
        println!("{ms:9.1} ms {len:7} bytes {ms_per_kb:8.2} ms/KB  {}", path.display());
    }
}

fn read(path: &PathBuf, max_len: usize) -> Option<Vec<u8>> {
    let mut data = std::fs::read(path).ok()?;
    data.truncate(max_len);
    Some(data)
}

/// Measures the CPU time of one `explain_bytes()` call. On a shared machine
/// the wall-clock time also counts the time other processes held the core.
fn time(data: &[u8]) -> Duration {
    let start = (cpu_time(), Instant::now());
    let report = bounce_explainer::explain_bytes(data);
    let end = (cpu_time(), Instant::now());
    std::hint::black_box(report);
    match (start.0, end.0) {
        (Some(start), Some(end)) => end.saturating_sub(start),
        _ => end.1 - start.1,
    }
}

/// Reads the CPU time this thread has used (`CLOCK_THREAD_CPUTIME_ID`).
fn cpu_time() -> Option<Duration> {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `now` is a valid, writable timespec for the call's duration.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    (status == 0).then(|| Duration::new(now.tv_sec as u64, now.tv_nsec as u32))
}

fn number(flag: &str, value: Option<String>) -> usize {
    let value = value.unwrap_or_default();
    value
        .parse()
        .unwrap_or_else(|_| panic!("invalid value {value:?} for {flag}: expected a whole number"))
}
