//! Lone CRs made line ends for readers that split lines at LF only:
//! mail-parser, and the check for a quote marker on every line.

/// Turns each lone CR into CRLF. As in [`super::to_text`], a run of CRs before
/// an LF is one line end and stays as it is. Input without a lone CR is
/// borrowed unchanged.
pub(super) fn lone_cr_to_crlf(raw: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    // Both loops step over a whole run of CRs at once, so a long run costs
    // linear time.
    let mut i = 0;
    let mut has_lone = false;
    while i < raw.len() && !has_lone {
        let run = raw[i..].iter().take_while(|&&b| b == b'\r').count();
        has_lone = run > 0 && raw.get(i + run) != Some(&b'\n');
        i += run.max(1);
    }
    if !has_lone {
        return std::borrow::Cow::Borrowed(raw);
    }
    let mut out = Vec::with_capacity(raw.len() + raw.len() / 32);
    i = 0;
    while i < raw.len() {
        if raw[i] != b'\r' {
            out.push(raw[i]);
            i += 1;
            continue;
        }
        let run = raw[i..].iter().take_while(|&&b| b == b'\r').count();
        if raw.get(i + run) == Some(&b'\n') {
            out.extend_from_slice(&raw[i..i + run]);
        } else {
            for _ in 0..run {
                out.extend_from_slice(b"\r\n");
            }
        }
        i += run;
    }
    std::borrow::Cow::Owned(out)
}
