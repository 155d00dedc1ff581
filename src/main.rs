//! Command-line interface: explains bounce files, mbox files, Maildir
//! folders or standard input. See `bounce-explainer --help`.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main(std::env::args().skip(1))
}
