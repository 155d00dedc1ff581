//! Addresses listed together above the one error they share.

use super::{is_bare_address, Block};
use crate::extract::paragraph::is_blank;
use crate::extract::Failure;

/// Gives each address of a group the error printed below the group. A
/// report may list the addresses that failed with the same error one per
/// line, at one indentation, and print the error once under the last:
///
/// ```text
///   ana@example.com
///   bo@example.com
///     host mx.example.com [198.51.100.5]
///     SMTP error from remote mail server after end of data:
///     550 5.7.1 ...
/// ```
///
/// NOTE: Exim's own bounce (deliver.c of 2020, read on 2026-12-05)
/// prints each failed address with its own copy of the error, and lists
/// addresses together only above the text a local delivery printed
/// (`------ ana@example.com ------`). This bare layout was reported in a
/// pasted notice, perhaps edited by hand; reading it costs nothing when
/// each address carries its own error.
pub(super) fn share_errors(blocks: &[Block], lines: &[&str], failures: &mut [Failure]) {
    for i in (0..blocks.len().saturating_sub(1)).rev() {
        let (this, next) = (&blocks[i], &blocks[i + 1]);
        let only_address = this.lines.iter().all(|l| is_blank(l) || is_bare_address(l));
        let [anchor] = this.anchors[..] else {
            continue;
        };
        let below = next.anchors[0];
        let indent = |line: &str| line.len() - line.trim_start().len();
        let grouped = only_address
            && below == anchor + 1
            && is_bare_address(lines[below])
            && indent(lines[below]) == indent(lines[anchor]);
        if grouped {
            let own = std::mem::take(&mut failures[i]);
            failures[i] = Failure {
                recipient: own.recipient,
                original_recipient: own.original_recipient,
                ..failures[i + 1].clone()
            };
        }
    }
}
