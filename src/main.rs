//! Command-line interface: explains bounce files or standard input.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use bounce_explainer::{explain_bytes, Report};

const USAGE: &str = "usage: bounce-explainer [--json] [FILE...]

Explains bounced email. Reads each FILE (standard input when none is given)
and prints, for each failed recipient, the cause, the fix and who must act.

  --json    print one JSON object per input on its own line
  -h, --help  print this help

Exit status: 0 when every input was explained, 1 when some input could not
be read, 2 on a usage error.";

fn main() -> ExitCode {
    let mut json = false;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "-" => files.push(arg),
            flag if flag.starts_with('-') => {
                eprintln!("bounce-explainer: unknown option {flag}\n\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        files.push("-".to_string());
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for file in &files {
        let raw = match read_input(file) {
            Ok(raw) => raw,
            Err(e) => {
                eprintln!("bounce-explainer: cannot read {file}: {e}");
                failed = true;
                continue;
            }
        };
        let report = explain_bytes(&raw);
        let written = if json { write_json(&mut out, file, &report) } else { write_text(&mut out, file, &report, files.len() > 1) };
        if let Err(e) = written {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("bounce-explainer: cannot write output: {e}");
            return ExitCode::from(1);
        }
    }
    let _ = out.flush();
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

fn read_input(file: &str) -> io::Result<Vec<u8>> {
    if file == "-" {
        let mut raw = Vec::new();
        io::stdin().read_to_end(&mut raw)?;
        Ok(raw)
    } else {
        std::fs::read(file)
    }
}

fn write_json(out: &mut impl Write, file: &str, report: &Report) -> io::Result<()> {
    let mut value = serde_json::to_value(report).map_err(io::Error::other)?;
    if let Some(object) = value.as_object_mut() {
        object.insert("file".into(), serde_json::Value::String(file.to_string()));
    }
    serde_json::to_writer(&mut *out, &value).map_err(io::Error::other)?;
    writeln!(out)
}

fn write_text(out: &mut impl Write, file: &str, report: &Report, many: bool) -> io::Result<()> {
    if many {
        writeln!(out, "== {file}")?;
    }
    writeln!(out, "{}", report.summary)?;
    for note in &report.notes {
        writeln!(out, "note: {}", note.message)?;
    }
    for (i, r) in report.recipients.iter().enumerate() {
        writeln!(out)?;
        let who = r.recipient.as_deref().unwrap_or("(recipient not named)");
        writeln!(out, "{}. {who}", i + 1)?;
        writeln!(out, "   What happened: {}", r.explanation.what)?;
        writeln!(out, "   Why: {}", r.explanation.why)?;
        writeln!(out, "   Who acts: {:?}", r.explanation.who_acts)?;
        writeln!(out, "   Retry: {}", r.explanation.retry)?;
        for (n, step) in r.explanation.steps.iter().enumerate() {
            writeln!(out, "   {}. {step}", n + 1)?;
        }
        if let Some(ip) = &r.sender_ip {
            let line = r.sender_ip_source.line.map(|l| format!(" (line {l})")).unwrap_or_default();
            writeln!(out, "   IP to quote: {ip}{line}")?;
        } else if let Some(hint) = &r.sender_ip_source.hint {
            writeln!(out, "   IP to quote: not stated. {hint}")?;
        }
        for link in &r.links {
            writeln!(out, "   {}: {}", link.label, link.url)?;
        }
        let codes = [r.reply.as_deref(), r.status.as_deref(), r.code.as_deref()];
        let codes: Vec<&str> = codes.into_iter().flatten().collect();
        writeln!(out, "   Codes: {}  reason: {}", codes.join(" "), r.reason.name())?;
        if !r.diagnostic.is_empty() {
            writeln!(out, "   Receiver said: {}", r.diagnostic)?;
        }
    }
    Ok(())
}
