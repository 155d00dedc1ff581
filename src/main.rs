//! Command-line interface: explains bounce files, mbox files, Maildir
//! folders or standard input. See `bounce-explainer --help`.

mod cli;

fn main() -> std::process::ExitCode {
    // std::env::args panics on an argument that is not valid UTF-8.
    // NOTE: such a path is converted lossily, so it is reported as
    // unreadable rather than opened.
    let args = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned());
    cli::main(args)
}
