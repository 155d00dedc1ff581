//! Command-line arguments and the help text.

use std::ffi::OsString;

/// The help text, printed by `--help` and after a usage error.
pub const USAGE: &str = "\
usage: bounce-explainer [--json] [--] [INPUT...]

Explains bounced email. For each failed recipient it prints the cause, the
fix and who must act, whether to retry, and for blocks the IP address a
removal request must quote.

Each INPUT is one of:
  FILE       one message (an .eml file, an NDR's text or an SMTP reply)
  MBOX       a file that starts with a \"From \" line: each message in it is
             explained in turn (mboxo and mboxrd; \">From \" is unescaped)
  DIRECTORY  a Maildir (the messages in its cur/ and new/, then those of
             its Maildir++ folders such as .Bounces), or else every
             file inside it and its subfolders (8 levels deep at most), in
             name order; symbolic links to folders are not followed; a
             folder with no message is named on standard error
  -          standard input, which is also read when no INPUT is given

Options:
  --json      print JSON Lines: one object per message, the report plus
              \"file\" (the path as given) and, for a message from an mbox,
              \"index\" (its 0-based position in the mbox); each recipient's
              \"mbox_index\" is the 0-based position of its message in an
              mbox or in bounce emails pasted one after another
  -h, --help  print this help and exit
  --          treat every later argument as an INPUT, even if it starts
              with -

A progress line is shown on standard error when a run takes more than two
seconds and standard error is a terminal.

Exit status:
  0  every input was read and explained (an empty file or folder counts)
  1  some input could not be read or explained: a missing or unreadable
     file, binary data rather than text, or an internal error (each is
     named on standard error; the others are still explained), or the
     output could not be written (a full disk, for example). A reader
     that closes a pipe early (`| head`) is not an error. Nor is a
     closed standard output (`>&-`): the Rust runtime opens /dev/null in
     its place, so the run ends as it would with `> /dev/null`.
  2  usage error: an unknown option";

/// The settings the command line selects.
#[derive(Debug, PartialEq, Eq)]
pub struct Options {
    /// Print JSON Lines instead of text.
    pub json: bool,
    /// Inputs as given, which need not be valid UTF-8; `-` is standard
    /// input. Never empty.
    pub inputs: Vec<OsString>,
}

/// The outcome of reading the command line.
#[derive(Debug, PartialEq, Eq)]
pub enum Parsed {
    /// Run with these options.
    Run(Options),
    /// Print the help text and exit 0.
    Help,
    /// Print this message and the help text, and exit 2.
    Usage(String),
}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Parsed {
    let mut json = false;
    let mut inputs = Vec::new();
    let mut only_inputs = false;
    for arg in args {
        let is_option = arg.as_encoded_bytes().starts_with(b"-") && arg != "-";
        if only_inputs || !is_option {
            inputs.push(arg);
            continue;
        }
        match arg.to_string_lossy().as_ref() {
            "--json" => json = true,
            "-h" | "--help" => return Parsed::Help,
            "--" => only_inputs = true,
            flag => return Parsed::Usage(format!("unknown option {flag}")),
        }
    }
    if inputs.is_empty() {
        inputs.push("-".into());
    }
    Parsed::Run(Options { json, inputs })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Parsed {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn no_input_means_stdin() {
        let expected = Options { json: false, inputs: vec!["-".into()] };
        assert_eq!(parse_strs(&[]), Parsed::Run(expected));
    }

    #[test]
    fn json_and_files() {
        let expected = Options { json: true, inputs: vec!["a.eml".into(), "-".into()] };
        assert_eq!(parse_strs(&["a.eml", "--json", "-"]), Parsed::Run(expected));
    }

    #[test]
    fn double_dash_ends_options() {
        let expected = Options { json: false, inputs: vec!["--json".into()] };
        assert_eq!(parse_strs(&["--", "--json"]), Parsed::Run(expected));
    }

    #[test]
    fn unknown_option_is_usage_error() {
        assert_eq!(parse_strs(&["-x"]), Parsed::Usage("unknown option -x".into()));
    }

    #[test]
    fn help_wins() {
        assert_eq!(parse_strs(&["a.eml", "--help"]), Parsed::Help);
    }
}
