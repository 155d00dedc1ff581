//! Command-line interface: explains bounce files, mbox files, Maildir
//! folders or standard input. See `bounce-explainer --help`.

mod cli;

fn main() -> std::process::ExitCode {
    // std::env::args panics on an argument that is not valid UTF-8, and a
    // file name need not be, so paths stay OsStrings until they are opened.
    cli::main(std::env::args_os().skip(1))
}
