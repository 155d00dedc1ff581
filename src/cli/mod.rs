//! The command-line tool: reads files, mbox files, Maildir folders and
//! standard input, and prints one explanation per message.

/// Writes one line to standard error, like `eprintln!`, but ignores a
/// failed write: a closed standard error (`2>&1 | head -1`) leaves the
/// message nowhere to go, and `eprintln!` would panic instead.
macro_rules! warn {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod args;
mod crash;
mod output;
mod progress;
mod sources;
mod terminal;

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use args::{Options, Parsed};
use bounce_explainer::mbox;
use output::Origin;
use progress::Progress;
use sources::{SkipReason, Source};

/// Exit status when some input could not be read or explained, or the
/// output could not be written.
const EXIT_UNREADABLE: u8 = 1;
/// Exit status for a usage error.
const EXIT_USAGE: u8 = 2;

/// Most bytes read from one non-mbox input. The library scans only the
/// first part of a message anyway, and an endless input such as
/// `/dev/zero` would otherwise fill memory.
const MAX_INPUT_BYTES: u64 = 64 << 20;

/// Runs the tool on the arguments after the program name.
pub fn main(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let options = match args::parse(args) {
        Parsed::Run(options) => options,
        Parsed::Help => {
            // A reader that closes the pipe early (`--help | head`) has
            // taken what it wanted.
            let _ = writeln!(io::stdout(), "{}", args::USAGE);
            return ExitCode::SUCCESS;
        }
        Parsed::Usage(message) => {
            let message = terminal::escape(&message);
            warn!("bounce-explainer: {message}\n\n{}", args::USAGE);
            return ExitCode::from(EXIT_USAGE);
        }
    };
    crash::install_hook();
    let sources = sources::expand(&options.inputs);
    let stdout = io::stdout();
    let mut run = Run::new(&options, &sources, BufWriter::new(stdout.lock()));
    for source in &sources {
        if let Err(e) = run.source(source) {
            run.progress.clear();
            // A closed pipe (`| head`) is the reader's choice, not a fault.
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            warn!("bounce-explainer: failed to write output: {e}");
            return ExitCode::from(EXIT_UNREADABLE);
        }
    }
    run.progress.clear();
    if let Err(e) = run.out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            warn!("bounce-explainer: failed to write output: {e}");
            return ExitCode::from(EXIT_UNREADABLE);
        }
    }
    if run.failed {
        ExitCode::from(EXIT_UNREADABLE)
    } else {
        ExitCode::SUCCESS
    }
}

/// The state of one run over all sources.
struct Run<W> {
    out: W,
    json: bool,
    /// Print a heading before each text report: set when the run can
    /// produce more than one report.
    heading: bool,
    json_buffer: Vec<u8>,
    progress: Progress,
    done_bytes: u64,
    messages: u64,
    /// Set when some input could not be read or explained.
    failed: bool,
}

impl<W: Write> Run<W> {
    fn new(options: &Options, sources: &[Source], out: W) -> Self {
        let total_bytes =
            sources.iter().map(|s| if let Source::File { size, .. } = s { *size } else { 0 }).sum();
        Run {
            out,
            json: options.json,
            heading: sources.len() > 1,
            json_buffer: Vec::new(),
            progress: Progress::new(total_bytes),
            done_bytes: 0,
            messages: 0,
            failed: false,
        }
    }

    /// Explains every message of one source. Read errors are reported
    /// and remembered; only a write error is returned.
    fn source(&mut self, source: &Source) -> io::Result<()> {
        let name = source.name();
        let read = match source {
            Source::Stdin => self.stream(name, io::stdin().lock()),
            Source::File { path, size } => {
                let read = match File::open(&path.path) {
                    Ok(file) => self.stream(name, file),
                    Err(e) => Ok(Err(e)),
                };
                self.done_bytes += size;
                read
            }
            Source::Unreadable { error, .. } => {
                Ok(Err(io::Error::new(error.kind(), error.to_string())))
            }
            // Like an empty file, an empty folder counts as explained.
            Source::EmptyFolder { .. } => {
                self.progress.clear();
                let name = terminal::escape(name);
                warn!(
                    "bounce-explainer: the folder {name} has no message in it or in its \
                     subfolders: there is nothing to explain"
                );
                Ok(Ok(()))
            }
            Source::SkippedFolder { reason, .. } => {
                self.progress.clear();
                let name = terminal::escape(name);
                let cause = match reason {
                    SkipReason::Link => {
                        "it is a symbolic link to a folder, and links to folders are not followed"
                            .to_string()
                    }
                    SkipReason::TooDeep => format!(
                        "it lies more than {} folder levels below the folder given",
                        sources::MAX_FOLDER_DEPTH
                    ),
                };
                warn!("bounce-explainer: skipped the folder {name}: {cause}; give it as an input to read it");
                Ok(Ok(()))
            }
            Source::SkippedSpecial { .. } => {
                self.progress.clear();
                let name = terminal::escape(name);
                warn!(
                    "bounce-explainer: skipped {name}: it is not a regular file (a FIFO, socket \
                     or device), which could block; give it as an input to read it"
                );
                Ok(Ok(()))
            }
        }?;
        if let Err(e) = read {
            self.progress.clear();
            let name = terminal::escape(name);
            warn!("bounce-explainer: failed to read {name}: {e}");
            self.failed = true;
        }
        self.progress.update(self.done_bytes, self.messages);
        Ok(())
    }

    /// Reads one input: an mbox message by message, anything else whole.
    /// The outer result carries write errors, the inner one read errors.
    fn stream(&mut self, path: &str, mut reader: impl Read) -> io::Result<io::Result<()>> {
        // Enough for a UTF-8 byte order mark and the mbox `From ` line.
        let mut head = Vec::with_capacity(8);
        if let Err(e) = (&mut reader).take(8).read_to_end(&mut head) {
            return Ok(Err(e));
        }
        // The library drops the mark too; dropping it here lets an mbox
        // saved with one be read message by message.
        let head = bounce_explainer::input::strip_utf8_bom(&head).to_vec();
        let reader = io::Cursor::new(head).chain(reader);
        if !mbox::starts_as_mbox(reader.get_ref().0.get_ref()) {
            let mut raw = Vec::new();
            let mut limited = reader.take(MAX_INPUT_BYTES);
            if let Err(e) = limited.read_to_end(&mut raw) {
                return Ok(Err(e));
            }
            let mut probe = [0u8; 1];
            if matches!(limited.into_inner().read(&mut probe), Ok(n) if n > 0) {
                self.progress.clear();
                let path = terminal::escape(path);
                warn!(
                    "bounce-explainer: {path} is larger than {} MiB; only its first {} MiB \
                     were read and the rest was skipped",
                    MAX_INPUT_BYTES >> 20,
                    MAX_INPUT_BYTES >> 20
                );
            }
            self.message(Origin { file: path, index: None }, &raw, 0)?;
            return Ok(Ok(()));
        }
        self.heading = true;
        let mut messages = mbox::Messages::new(BufReader::with_capacity(1 << 16, reader));
        let mut index = 0;
        loop {
            // Line numbers in a message's report count lines of the file,
            // as the library counts them for an mbox pasted whole.
            let lines_before = messages.lines_before_next().unwrap_or(0);
            let Some(message) = messages.next() else { break };
            match message {
                Ok(raw) => {
                    self.message(Origin { file: path, index: Some(index) }, &raw, lines_before)?
                }
                Err(e) => return Ok(Err(e)),
            }
            index += 1;
            let done = self.done_bytes + messages.bytes_read;
            self.progress.update(done, self.messages);
        }
        Ok(Ok(()))
    }

    fn message(&mut self, origin: Origin, raw: &[u8], lines_before: usize) -> io::Result<()> {
        let Some(mut report) = crash::explain(origin.file, raw, lines_before) else {
            self.progress.clear();
            let name = terminal::escape(origin.file);
            let input = match origin.index {
                Some(index) => format!("message {index} of {name}"),
                None => name.into_owned(),
            };
            warn!(
                "bounce-explainer: failed to explain {input}: the explainer stopped on an \
                 internal error (above); the other inputs are still explained"
            );
            self.failed = true;
            return Ok(());
        };
        // Binary data could not be read as text at all: its report still
        // says so, and the exit status tells a script.
        if report.input_kind == bounce_explainer::InputKind::Binary {
            self.progress.clear();
            let name = terminal::escape(origin.file);
            let input = match origin.index {
                Some(index) => format!("message {index} of {name}"),
                None => name.into_owned(),
            };
            warn!("bounce-explainer: could not read {input}: it is binary data, not text");
            self.failed = true;
        }
        // The library's summary tells the page's user to paste a bounce,
        // which makes no sense for a file.
        if report.input_kind == bounce_explainer::InputKind::Empty {
            report.summary = match origin.file {
                "-" => "Standard input is empty: there is nothing to explain.".to_string(),
                _ => "The file is empty: there is nothing to explain.".to_string(),
            };
        }
        // Each recipient names its message in `mbox_index`, as a pasted
        // series' recipients do. NOTE: an mbox message that is itself a
        // pasted series keeps the positions within that message.
        if let Some(index) = origin.index {
            for recipient in &mut report.recipients {
                recipient.mbox_index.get_or_insert(index);
            }
        }
        if self.json {
            output::write_json(&mut self.out, &mut self.json_buffer, &origin, &report)?;
        } else {
            if self.heading && self.messages > 0 {
                writeln!(self.out)?;
            }
            output::write_text(&mut self.out, &origin, &report, self.heading)?;
        }
        self.messages += 1;
        Ok(())
    }
}
