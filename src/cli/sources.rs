//! Turns the command line's inputs into the list of things to read:
//! standard input, files, and the messages of Maildir and other folders.
//!
//! A folder is read with its subfolders, down to [`MAX_FOLDER_DEPTH`]
//! levels below the folder given. Symbolic links to folders are not
//! followed, so a link that points back up the tree cannot loop.

use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Max levels of subfolders read below a folder given on the command
/// line. An exported mail folder tree is a few levels deep; the limit
/// keeps a folder such as `/` from being walked whole.
pub const MAX_FOLDER_DEPTH: usize = 8;

/// One thing to read, in the order it is explained.
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file, with its size in bytes for the progress line.
    File { path: Named, size: u64 },
    /// An input that cannot be read: a missing path or an unlistable
    /// folder. It is reported where it falls in the order.
    Unreadable { path: Named, error: io::Error },
    /// A folder with no message in it or in its subfolders. It is
    /// reported where it falls in the order, so a mistyped path does not
    /// look like a clean run.
    EmptyFolder { path: Named },
    /// A subfolder that was not read: a symbolic link to a folder, or a
    /// folder below [`MAX_FOLDER_DEPTH`]. It is named on standard error
    /// and does not count as a failure.
    SkippedFolder { path: Named, reason: SkipReason },
    /// An entry of a folder that is neither a file nor a folder: a FIFO, a
    /// socket or a device, which could block or never end.
    SkippedSpecial { path: Named },
}

/// The reason a subfolder was not read.
pub enum SkipReason {
    /// It is a symbolic link to a folder.
    Link,
    /// It lies deeper than [`MAX_FOLDER_DEPTH`] levels below the folder given.
    TooDeep,
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
            Ok(meta) if meta.is_dir() => match folder_messages(&path.path, 0) {
                Ok(found) if !found.iter().any(|s| matches!(s, Source::File { .. })) => {
                    sources.extend(found);
                    sources.push(Source::EmptyFolder { path });
                }
                Ok(found) => sources.extend(found),
                Err(error) => sources.push(Source::Unreadable { path, error }),
            },
            Ok(meta) => sources.push(Source::File { path, size: meta.len() }),
            Err(error) => sources.push(Source::Unreadable { path, error }),
        }
    }
    sources
}

/// Lists a Maildir's messages (cur/ then new/, then its Maildir++
/// folders), or, for a folder that is not a Maildir, the files inside it
/// and, in the same name order, the messages of its subfolders. `depth`
/// counts the levels below the folder given. Names are sorted so runs are
/// repeatable. Other names starting with "." are skipped, as Maildir
/// readers skip them.
fn folder_messages(dir: &Path, depth: usize) -> io::Result<Vec<Source>> {
    if !is_maildir(dir) {
        return entries_in(dir, Some(depth));
    }
    let mut files = Vec::new();
    for sub in [dir.join("cur"), dir.join("new")] {
        if sub.is_dir() {
            files.extend(entries_in(&sub, None)?);
        }
    }
    files.extend(maildir_folders(dir, depth)?);
    Ok(files)
}

fn is_maildir(dir: &Path) -> bool {
    dir.join("cur").is_dir() || dir.join("new").is_dir()
}

/// Lists the messages of a Maildir's Maildir++ folders: the `.Name`
/// directories beside cur/ and new/, each a Maildir itself, with a nested
/// folder named `.Name.Sub` beside them too
/// (<https://wiki.nwl.cc/email/maildir>). A mail filter often moves
/// bounces into one, such as `.Bounces`. A dot directory that is not a
/// Maildir (`.config`) is not read. A folder is one level below `dir`, so
/// the depth limit and the rule on links apply as to any subfolder, and a
/// folder left out is named on standard error.
fn maildir_folders(dir: &Path, depth: usize) -> io::Result<Vec<Source>> {
    let mut folders = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') && is_maildir(&entry.path()) {
            folders.push(entry.path());
        }
    }
    folders.sort();
    let mut sources = Vec::new();
    for folder in folders {
        let path = Named::new(folder);
        sources.extend(subfolder_messages(path, depth));
    }
    Ok(sources)
}

/// Lists the messages of `path`, a subfolder of a folder `depth` levels
/// below the one given, or the reason it is left out.
fn subfolder_messages(path: Named, depth: usize) -> Vec<Source> {
    let is_link = fs::symlink_metadata(&path.path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link {
        vec![Source::SkippedFolder { path, reason: SkipReason::Link }]
    } else if depth >= MAX_FOLDER_DEPTH {
        vec![Source::SkippedFolder { path, reason: SkipReason::TooDeep }]
    } else {
        match folder_messages(&path.path, depth + 1) {
            Ok(found) => found,
            Err(error) => vec![Source::Unreadable { path, error }],
        }
    }
}

/// Lists the files in `dir`, and when `depth` is given, the messages of
/// its subfolders, which lie one level deeper.
fn entries_in(dir: &Path, depth: Option<usize>) -> io::Result<Vec<Source>> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if !entry.file_name().to_string_lossy().starts_with('.') {
            names.push(entry.path());
        }
    }
    names.sort();
    let mut sources = Vec::new();
    for name in names {
        let path = Named::new(name);
        // fs::metadata follows symbolic links, so a linked message counts
        // and a dangling link is reported as unreadable.
        let meta = match fs::metadata(&path.path) {
            Ok(meta) => meta,
            Err(error) => {
                sources.push(Source::Unreadable { path, error });
                continue;
            }
        };
        if meta.is_file() {
            sources.push(Source::File { path, size: meta.len() });
            continue;
        }
        if !meta.is_dir() {
            sources.push(Source::SkippedSpecial { path });
            continue;
        }
        if let Some(depth) = depth {
            sources.extend(subfolder_messages(path, depth));
        }
    }
    Ok(sources)
}

impl Source {
    /// The name this source has in the output: its path, or `-`.
    pub fn name(&self) -> &str {
        match self {
            Source::Stdin => "-",
            Source::File { path, .. }
            | Source::Unreadable { path, .. }
            | Source::EmptyFolder { path }
            | Source::SkippedFolder { path, .. }
            | Source::SkippedSpecial { path } => &path.name,
        }
    }
}
