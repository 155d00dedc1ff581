//! The retry period an explanation names. Entries name the usual queue
//! lifetime only as typical ("typically several days"), and a bounce
//! that states its own period replaces it, so the card never guesses a
//! period the bounce contradicts.

/// The phrases entries use for the typical period, with and without `for`.
const TYPICAL_FOR: &str = "typically for several days";
const TYPICAL: &str = "typically several days";

/// Returns `text` with the typical period replaced by the stated one.
/// `stated` is the period after `for` or `until` (`for 14 hours`, `until
/// message is 5 days old`) and the bare period (`14 hours`).
pub fn typical_to_stated(text: &str, stated: Option<&(String, String)>) -> String {
    match stated {
        Some((phrase, bare)) => text
            .replace(TYPICAL_FOR, &format!("here {phrase}"))
            .replace(TYPICAL, &format!("here {bare}")),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typical_period_replaced() {
        let stated =
            ("for 840 minutes (14 hours)".to_string(), "840 minutes (14 hours)".to_string());
        assert_eq!(
            typical_to_stated("It keeps retrying, typically for several days.", Some(&stated)),
            "It keeps retrying, here for 840 minutes (14 hours)."
        );
        assert_eq!(
            typical_to_stated("It kept mail queued, typically several days.", Some(&stated)),
            "It kept mail queued, here 840 minutes (14 hours)."
        );
        let text = "It keeps retrying, typically for several days.";
        assert_eq!(typical_to_stated(text, None), text);
    }
}
