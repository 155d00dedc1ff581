//! Turns the command line's inputs into the list of things to read:
//! standard input, files, and the messages of Maildir and other folders.

use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// One thing to read, in the order it is explained.
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file, with its size in bytes for the progress line.
    File { path: Named, size: u64 },
    /// An input that cannot be read: a missing path or an unlistable
    /// folder. It is reported where it falls in the order.
    Unreadable { path: Named, error: io::Error },
    /// A folder with no message in it. It is reported where it
    /// falls in the order, so a mistyped path does not look like a clean
    /// run.
    EmptyFolder { path: Named },
}

/// A path as the system names it, which need not be valid UTF-8, and the
/// name that messages and the JSON `file` field show for it.
pub struct Named {
    /// The path to open.
    pub path: PathBuf,
    /// The path converted lossily: an invalid byte becomes U+FFFD.
    pub name: String,
}

impl Named {
    fn new(path: PathBuf) -> Self {
        let name = path.to_string_lossy().into_owned();
        Named { path, name }
    }
}

/// Expands the inputs as given: `-` is standard input, a folder is
/// replaced by its messages, anything else is a file (opened later, so a
/// missing file is reported when its turn comes).
pub fn expand(inputs: &[OsString]) -> Vec<Source> {
    let mut sources = Vec::new();
    for input in inputs {
        if input == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        let path = Named::new(PathBuf::from(input));
        match fs::metadata(&path.path) {
            Ok(meta) if meta.is_dir() => match folder_messages(&path.path) {
                Ok(files) if files.is_empty() => sources.push(Source::EmptyFolder { path }),
                Ok(files) => sources.extend(files),
                Err(error) => sources.push(Source::Unreadable { path, error }),
            },
            Ok(meta) => sources.push(Source::File { path, size: meta.len() }),
            Err(error) => sources.push(Source::Unreadable { path, error }),
        }
    }
    sources
}

/// Lists a Maildir's messages (cur/ then new/), or, for a folder that is
/// not a Maildir, the files directly inside it. Names are sorted so runs
/// are repeatable; names starting with "." are skipped, as Maildir
/// readers skip them.
fn folder_messages(dir: &Path) -> io::Result<Vec<Source>> {
    let cur = dir.join("cur");
    let new = dir.join("new");
    if cur.is_dir() || new.is_dir() {
        let mut files = Vec::new();
        for sub in [cur, new] {
            if sub.is_dir() {
                files.extend(files_in(&sub)?);
            }
        }
        Ok(files)
    } else {
        files_in(dir)
    }
}

fn files_in(dir: &Path) -> io::Result<Vec<Source>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = Named::new(entry.path());
        // fs::metadata follows symbolic links, so a linked message counts
        // and a dangling link is reported as unreadable.
        match fs::metadata(&path.path) {
            Ok(meta) if meta.is_file() => files.push(Source::File { path, size: meta.len() }),
            Ok(_) => {}
            Err(error) => files.push(Source::Unreadable { path, error }),
        }
    }
    files.sort_by(|a, b| a.path().cmp(&b.path()));
    Ok(files)
}

impl Source {
    /// Returns the path to open, or `None` for standard input.
    fn path(&self) -> Option<&Path> {
        match self {
            Source::Stdin => None,
            Source::File { path, .. }
            | Source::Unreadable { path, .. }
            | Source::EmptyFolder { path } => Some(&path.path),
        }
    }

    /// The name this source has in the output: its path, or `-`.
    pub fn name(&self) -> &str {
        match self {
            Source::Stdin => "-",
            Source::File { path, .. }
            | Source::Unreadable { path, .. }
            | Source::EmptyFolder { path } => &path.name,
        }
    }
}
