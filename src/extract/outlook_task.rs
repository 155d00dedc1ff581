//! Outlook's send error names a Send/Receive task after the account that
//! runs it: `Task 'alice@example.org - Sending' reported error
//! (0x800CCC78) : '... The server responded: 554 ...'`. Outlook writes the
//! line in its interface language, and in every language the account in
//! the task's name is the user's own, never a failed recipient.

/// The words of one interface language around the account in a task's name.
struct TaskWording {
    /// The word for "task" right before the account, lowercased.
    task: &'static str,
    /// The lowercased names of the task's actions after ` - `. A name
    /// matches as a prefix, so "sending" also covers "Sending and
    /// Receiving".
    actions: &'static [&'static str],
}

/// The task line's words per interface language. English: `Task
/// 'Hotmail - Sending' reported error (0x800CCC3C)`, quoted from an
/// Outlook user at
/// <https://www.office-forums.com/threads/what-does-precondition-failed-mean-when-you-try-and-send-an-ema.1346239/>.
/// German: `Fehler (0x800CCC79) bei Task '... - Senden'`.
/// NOTE: the German, French, Spanish, Italian and Dutch words are not
/// checked against a public copy of Outlook's localised messages. They
/// are a translation of the English line, so a localised Outlook may word
/// its task differently and keep its account as a recipient.
const WORDINGS: &[TaskWording] = &[
    TaskWording { task: "task", actions: &["sending", "receiving"] },
    TaskWording { task: "task", actions: &["senden", "empfangen"] },
    TaskWording { task: "tâche", actions: &["envoi", "réception"] },
    TaskWording { task: "tarea", actions: &["enviando", "recibiendo", "envío", "recepción"] },
    TaskWording { task: "attività", actions: &["invio", "ricezione"] },
    TaskWording { task: "taak", actions: &["verzenden", "ontvangen"] },
];

/// Quote marks that may open or close a task's name, besides the ASCII
/// ones: French guillemets and typographic quotes.
const QUOTES: &[char] = &['\'', '"', '«', '»', '‘', '’', '“', '”', '„', ' ', '\u{a0}'];

/// How many characters after the address the action's name is looked for
/// in: the separator, a quote and the longest action name fit.
const AFTER_REACH: usize = 40;

/// True when the address between `before` and `after` is the account in an
/// Outlook task's name. `before` is the lowercased text before the
/// address with its whitespace squashed, and `after` is the text after it.
pub(super) fn is_task_account(before: &str, after: &str) -> bool {
    let before = before.trim_end_matches(QUOTES).to_lowercase();
    let after: String = after.chars().take(AFTER_REACH).collect::<String>().to_lowercase();
    let after = after.trim_start_matches(['>', '\'', '"']);
    // Outlook separates the account and the action with ` - `. A copy
    // through a word processor may turn the hyphen into an en dash.
    let Some(action) = after.strip_prefix(" - ").or_else(|| after.strip_prefix(" – ")) else {
        return false;
    };
    WORDINGS.iter().any(|wording| {
        ends_with_word(&before, wording.task)
            && wording.actions.iter().any(|name| action.starts_with(name))
    })
}

/// True when `text` ends with `word` and the character before it is not a
/// letter or digit, as in "bei task" or Italian "dall'attività".
fn ends_with_word(text: &str, word: &str) -> bool {
    text.strip_suffix(word)
        .is_some_and(|rest| !rest.chars().next_back().is_some_and(char::is_alphanumeric))
}

#[cfg(test)]
mod tests {
    use super::is_task_account;

    #[test]
    fn task_wordings() {
        let accounts = [
            ("task", " - Sending' reported error"),
            ("task", " - Sending and Receiving' reported error"),
            ("fehler (0x800ccc79) bei task", " - Senden'"),
            ("la tâche «", " - Envoi et réception »"),
            ("la tarea", " - Enviando' informó del error"),
            ("errore (0x800ccc78) segnalato dall'attività", " - Invio in corso'"),
            ("taak", " - Verzenden heeft fout"),
            ("task", " – Sending' reported error"),
        ];
        for (before, after) in accounts {
            assert!(is_task_account(before, after), "{before:?} {after:?}");
        }
        let others = [
            ("task", "' reported error: 550"),
            ("multitask", " - Sending'"),
            ("la tâche", " - Sending'"),
            ("the server responded: 554 5.7.1", ": Relay access denied"),
        ];
        for (before, after) in others {
            assert!(!is_task_account(before, after), "{before:?} {after:?}");
        }
    }
}
