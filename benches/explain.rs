//! Throughput and latency of `explain_bytes` over a folder of emails.
//!
//! usage: cargo bench --bench explain -- DIR [--rounds N] [--json] [--slowest N] [--per-file]
//!
//! Every file directly in DIR is read into memory first, so the figures
//! leave out disk reads. One warm-up pass runs untimed. Then each round
//! explains every file once, timing each call on its own; the default is
//! 5 rounds. Prints emails per second over all rounds and the per-email
//! latency percentiles (nearest-rank) over every timed call. --slowest N
//! also lists the N files with the highest median latency; --per-file
//! prints one JSON line per file (name, bytes, median microseconds).

use std::hint::black_box;
use std::time::{Duration, Instant};
use std::{env, fs, process};

fn main() {
    let mut dir = None;
    let mut rounds = 5usize;
    let mut json = false;
    let mut slowest = 0usize;
    let mut per_file_lines = false;
    let mut args = env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rounds" => rounds = args.next().and_then(|n| n.parse().ok()).unwrap_or(0),
            "--json" => json = true,
            "--per-file" => per_file_lines = true,
            "--slowest" => slowest = args.next().and_then(|n| n.parse().ok()).unwrap_or(0),
            // `cargo bench` appends --bench to the arguments it passes.
            "--bench" => {}
            _ if dir.is_none() && !arg.starts_with("--") => dir = Some(arg),
            _ => usage(&format!("unexpected argument {arg}")),
        }
    }
    let Some(dir) = dir else { usage("missing DIR") };
    if rounds == 0 {
        usage("--rounds needs a positive whole number");
    }
    let (names, emails) = read_folder(&dir);
    if emails.is_empty() {
        eprintln!("bench: no files in {dir}");
        process::exit(1);
    }
    let bytes: usize = emails.iter().map(Vec::len).sum();

    for raw in &emails {
        black_box(bounce_explainer::explain_bytes(black_box(raw)));
    }
    let mut latencies = Vec::with_capacity(emails.len() * rounds);
    let mut per_file = vec![Vec::with_capacity(rounds); emails.len()];
    let started = Instant::now();
    for _ in 0..rounds {
        for (i, raw) in emails.iter().enumerate() {
            let t = Instant::now();
            black_box(bounce_explainer::explain_bytes(black_box(raw)));
            let elapsed = t.elapsed();
            latencies.push(elapsed);
            per_file[i].push(elapsed);
        }
    }
    let wall = started.elapsed();
    latencies.sort_unstable();

    let calls = latencies.len();
    let per_second = calls as f64 / wall.as_secs_f64();
    let mb_per_second = (bytes * rounds) as f64 / wall.as_secs_f64() / 1e6;
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    let pick = |p: f64| us(percentile(&latencies, p));
    if json {
        println!(
            "{{\"emails\":{},\"bytes\":{bytes},\"rounds\":{rounds},\"emails_per_second\":{per_second:.0},\
             \"mb_per_second\":{mb_per_second:.2},\"p50_us\":{:.1},\"p90_us\":{:.1},\"p99_us\":{:.1},\"max_us\":{:.1}}}",
            emails.len(),
            pick(50.0),
            pick(90.0),
            pick(99.0),
            us(latencies[calls - 1]),
        );
    } else {
        println!(
            "{} emails, {:.2} MB, {rounds} rounds, {calls} calls",
            emails.len(),
            bytes as f64 / 1e6
        );
        println!("throughput: {per_second:.0} emails/s, {mb_per_second:.2} MB/s");
        println!(
            "latency per email: p50 {:.1} us, p90 {:.1} us, p99 {:.1} us, max {:.1} us",
            pick(50.0),
            pick(90.0),
            pick(99.0),
            us(latencies[calls - 1]),
        );
    }
    for samples in per_file.iter_mut() {
        samples.sort_unstable();
    }
    if slowest > 0 {
        print_slowest(&names, &emails, &per_file, slowest);
    }
    if per_file_lines {
        for (i, samples) in per_file.iter().enumerate() {
            let median = us(percentile(samples, 50.0));
            let name = names[i].replace(['"', '\\'], "_");
            println!(
                "{{\"file\":\"{name}\",\"bytes\":{},\"median_us\":{median:.1}}}",
                emails[i].len()
            );
        }
    }
}

/// Prints the `count` files with the highest median latency, given each
/// file's sorted samples.
fn print_slowest(names: &[String], emails: &[Vec<u8>], per_file: &[Vec<Duration>], count: usize) {
    let mut medians: Vec<(Duration, usize)> =
        per_file.iter().enumerate().map(|(i, samples)| (percentile(samples, 50.0), i)).collect();
    medians.sort_unstable_by(|a, b| b.cmp(a));
    println!("slowest files (median of rounds):");
    for &(median, i) in medians.iter().take(count) {
        let size = emails[i].len();
        println!("  {:9.1} us  {size:8} bytes  {}", median.as_secs_f64() * 1e6, names[i]);
    }
}

/// Nearest-rank percentile of sorted, non-empty samples.
fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Reads every file directly in `dir`, in name order: names and contents.
fn read_folder(dir: &str) -> (Vec<String>, Vec<Vec<u8>>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| {
        eprintln!("bench: failed to list {dir}: {e}");
        process::exit(1);
    });
    let mut paths: Vec<_> =
        entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_file()).collect();
    paths.sort();
    let names = paths
        .iter()
        .map(|p| p.file_name().unwrap_or_default().to_string_lossy().into_owned())
        .collect();
    let contents = paths
        .iter()
        .map(|p| {
            fs::read(p).unwrap_or_else(|e| {
                eprintln!("bench: failed to read {}: {e}", p.display());
                process::exit(1);
            })
        })
        .collect();
    (names, contents)
}

fn usage(message: &str) -> ! {
    eprintln!("bench: {message}\nusage: cargo bench --bench explain -- DIR [--rounds N] [--json] [--slowest N] [--per-file]");
    process::exit(2);
}
