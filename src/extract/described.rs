//! Reply codes in prose that talks about a reply rather than pasting one:
//! a hedge around a remembered reply (`I think the error was something
//! like 550 5.1.1`), a server's habit in reported speech (`Yahoo started
//! returning 421 4.7.0`, `Gmail now answers 421 4.7.28`), a policy
//! (`messages over 25 MB are rejected with 552 5.3.4`), a reply summed
//! up or passed on (`the bounce mentions 550 5.7.1`), or an incident
//! that lasted a while or is over (`answered "421 4.7.0 ..." for two
//! hours. It has recovered.`), or a question about it (`Warum bekommen wir
//! "554 5.7.1 ..." bei jeder Mail?`). The code must sit inside a sentence of the
//! writer's, after words and no field mark: a code that opens its line or
//! follows `said:`, `;` or `=` is the receiver's reply whatever the prose
//! around it says.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::question;
use super::quotes::{CLOSING, OPENING};
use super::rule::{every_place, sentence_head, Place, FIELD_MARKS};
use super::Failure;

/// Words before a code that hedge a remembered reply.
static HEDGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:something like|(?:something )?along the lines of|similar to|i think|i believe|i guess",
        r"|i suppose|i'm not sure|i am not sure|not sure|(?:fairly|pretty|quite|almost) sure",
        r"|maybe|perhaps|probably|possibly|roughly|apparently|supposedly|allegedly|reportedly",
        r"|iirc|if i remember|as far as i remember|i don't remember|i can't remember)\b",
    ))
    .expect("hedge pattern is valid")
});

/// Words after a code that hedge it. Only a person writes these, so they
/// count even where the words after a bare code may be the reply's text.
static HEDGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:or something|or similar|something like that|i think|i believe|i guess|iirc|if i remember",
        r"|not sure|maybe)\b",
    ))
        .expect("hedge pattern is valid")
});

/// A server's habit or a change in it, in reported speech: `started
/// returning`, `keeps answering`, `is returning`, `now answers`, `used to
/// return`. A bounce reports one reply and never words it so.
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:(?:started|starts|began|begins|stopped|keeps|kept|continues|continued|has been|have been",
        r"|had been|is|are|was|were)\s+(?:\w+ly\s+)?",
        r"(?:returning|answering|sending|replying|responding|rejecting|refusing|deferring|bouncing",
        r"|throttling|blocking|giving|issuing|throwing)",
        r"|now\s+(?:returns|answers|sends|replies|responds|rejects|refuses|defers|bounces|throttles",
        r"|blocks|gives|issues|throws|uses)",
        r"|used to\s+(?:return|answer|send|reply|respond|reject|refuse|defer|bounce|give|throw))\b",
    ))
    .expect("reported speech pattern is valid")
});

/// A reply summed up or passed on rather than copied: `the bounce
/// mentions 550 5.7.1`, `refers to`, `talks about`, `told us`. Up to two
/// words may come between the verb and the code (`mentions the code 550`).
static SUMMED_UP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:mentions?|mentioned|mentioning|refers? to|referred to|referring to|talks? about",
        r"|talked about|speaks? of|spoke of|something about|told (?:me|us)|tells (?:me|us))",
        r"(?:\s+\S+){0,2}$",
    ))
    .expect("summed-up reply pattern is valid")
});

/// A policy or habit in the present tense: what happens to a kind of
/// mail (`are rejected with`, `gets refused with`), what a server does
/// with it (`rejects bulk mail with`), or what a kind of sender gets
/// (`unknown users get`) right before the code. The past `was
/// rejected with` may open a notice about one message, so it is left out.
static POLICY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:are|is|get|gets|will be|would be)\s+(?:\w+ly\s+)?",
        r"(?:rejected|refused|bounced|deferred|blocked|throttled|greylisted|answered|returned)\s+(?:with|by)\b",
        r"|\b(?:rejects|refuses|defers|bounces|blocks|throttles|answers)\b[^.;:]*\bwith$",
        r"|\b(?:get|gets|receive|receives)$",
    ))
    .expect("policy pattern is valid")
});

/// A length of time in the writer's words after a quoted reply (`for two
/// hours`). After a bare code it would be the reply's own text
/// (`Greylisted for 5 minutes`), so it counts only after a closing quote.
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\bfor\s+(?:about\s+|over\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?",
        r"(?:a|an|one|two|three|four|five|six|ten|twenty|thirty|forty|fifty|a few|several|many|\d+)\s+",
        r"(?:second|minute|hour|day|week)s?\b",
    ))
    .expect("duration pattern is valid")
});

/// A sentence after the code's one that says the trouble is over.
static RECOVERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:has|have|had)\s+(?:since\s+|now\s+)?(?:recovered|cleared",
        r"|been\s+(?:fixed|resolved|solved|cleared|lifted|sorted))\b",
        r"|\b(?:it's|that's|it is|that is|it was|that was|this was|this is)\s+(?:now\s+)?",
        r"(?:fixed|resolved|solved|back to normal|working again)\b",
        r"|\bworks\s+(?:again|now)\b",
    ))
    .expect("recovery pattern is valid")
});

/// A reply cited by its codes alone inside the writer's sentence (`our
/// mails bounce with 550 5.7.1 S3150 and mention ...`, `How do I fix 550
/// 5.7.1?`, `Que signifie 550 5.7.1 OFR006_102 ?`), read from the code to
/// the end of its sentence. The codes may carry the provider's tag:
/// Microsoft's `S3150` or `(S3140)`, Yahoo's and AOL's `[TSS04]` or
/// `[IPTS04]`, Comcast's `BL000000`, AOL's older `RLY:B1`, Orange's and La
/// Poste's `OFR006_102 [102]`, Gmail's closing `- gsmtp`. Then the sentence
/// ends, or goes on with a word that only the writer's prose puts there,
/// because a reply's own text (`Unfortunately, messages from ...`, `Access
/// denied`) does not open with `and`, `since` or `every`. Such words are
/// listed for English, German, French, Spanish, Italian and Portuguese,
/// with the particle that closes German's `kommen mit ... zurück` and the
/// `mean` of `What does ... mean?`, and the words that name the provider
/// the reply came from (`from`, `by`, `von`, `par`, `de`, `da`, `pelo`).
static CITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:[245]\d\d[ -]?)?(?:[245]\.\d{1,3}\.\d{1,3})?",
        r"(?:\s*(?:-\s*)?gsmtp\b|\s+[\[(]?[A-Z]{1,5}[:-]?[A-Z]?\d{1,6}[\])]?",
        r"|\s+[A-Z]{3}[A-Z0-9]{0,4}_\d{3}(?:\s*\[\d{3}\])?)?",
        r#"["'”’`»]?\s*(?:[.?!,]|$|(?:and|but|or|so|since|when|whenever|every|each|again|at|from|because"#,
        r"|after|today|yesterday|now|lately|recently|too|also|errors|bounces|mean|means|by",
        // German, French, Spanish, Italian, Portuguese.
        r"|und|aber|oder|seit|wenn|jeden|jede|wieder|immer|heute|gestern|jetzt|auch|zurück|bekommen|erhalten",
        r"|von|vom|bei",
        r"|et|mais|ou|depuis|quand|chaque|tous|toutes|encore|hier|maintenant|aussi|veut|par|chez",
        r"|y|pero|o|desde|cuando|cada|todos|todas|hoy|ayer|ahora|también|de|del",
        r"|e|ma|da|dal|dalla|di|quando|ogni|tutti|tutte|ancora|oggi|ieri|ora|anche",
        r"|mas|do|dos|pelo|pela|hoje|ontem|agora|também)\b)",
    ))
    .expect("cited reply pattern is valid")
});

/// A reply cited by its codes alone in brackets, read from the code to the
/// closing bracket (`554 5.7.1)` in `listed on Spamhaus (554 5.7.1)`),
/// perhaps with a provider's tag as in `CITED`. A reply whose own text
/// follows its codes inside the brackets is copied, not cited.
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:[245]\d\d[ -]?)?(?:[245]\.\d{1,3}\.\d{1,3})?",
        r"(?:\s+\[?[A-Z]{1,5}[:-]?[A-Z]?\d{1,6}\]?|\s+[A-Z]{3}[A-Z0-9]{0,4}_\d{3})?\s*\)",
    ))
    .expect("bracketed codes pattern is valid")
});

/// An opening bracket at the end of the words before a code, perhaps with
/// one word that names the code (`(code`, `(Fehler`, `(erreur`).
static OPENING_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:[A-Za-zÀ-ÿ]+)?$").expect("opening bracket pattern is valid")
});

/// A past participle right before a reply (`was rejected with`, `bounced
/// back with`, French `a été refusé avec`, Spanish `fue rechazado con`,
/// Italian `è stato rifiutato con`, Portuguese `foi rejeitada com`), which
/// may open a notice about one message, as in `POLICY`. German puts the
/// participle after the reply (`wurde mit 550 5.7.1 abgelehnt`), where
/// `CITED` does not take it for the writer's word.
static PAST_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b\w+(?:ed|ée?s?|[aiu]t[aeio]|[ai]d[ao]s?)\s+(?:back\s+)?",
        r"(?:with|by|avec|par|con|por|com|da)$",
    ))
    .expect("past verb pattern is valid")
});

/// First-person words in English, German, French, Spanish, Italian and
/// Portuguese (`our`, `we`, `unsere`, `nos`, `nuestros`, `nostre`,
/// `nossos`), read in lowercase. The capital `I` is checked apart, because
/// a lowercase `i` is also Italian's plural article.
static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:we|we're|we've|we'd|our|ours|us|my|me",
        r"|wir|unser|unsere|unserer|unseren|unserem|uns|ich|mein|meine|meiner|meinen|mir|mich",
        r"|nous|notre|nos|je|j'|mes",
        r"|nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|yo|mi|mis",
        r"|noi|nostro|nostra|nostri|nostre|io",
        r"|nós|nosso|nossa|nossos|nossas|eu|meu|meus|minha|minhas)\b",
        r"|\bi(?:'m|'ve|'d)?\b",
    ))
    .expect("first person pattern is valid")
});

/// Second-person words, read in lowercase: a notice addresses the sender
/// (`your message was rejected with 550 5.7.1`), and a person asking about
/// a bounce rarely does.
static SECOND_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:you|your|yours|ihr|ihre|ihren|ihrem|ihrer|dein|deine|votre|vos|vous|tu|tus|su|sus|usted",
        r"|tuo|tua|tuoi|tue|vostro|vostra|vostri|vostre|seu|sua|seus|suas|você|vocês)\b",
    ))
    .expect("second person pattern is valid")
});

/// Lines after a code's line that its sentence may run on into, and that
/// a sentence saying the trouble is over may sit in.
const REACH: usize = 2;

/// True when the failure's codes occur in `section` and every place they
/// occur sits inside a sentence of the writer's that talks about a reply:
/// hedged, in reported speech, as a policy, or as an incident that lasted
/// a while or is over.
pub(super) fn describes_reply(failure: &Failure, section: &str) -> bool {
    every_place(failure, section, place_describes_reply)
}

fn place_describes_reply(place: &Place) -> bool {
    let head = sentence_head(place.before, &place.line[..place.at]);
    // A reply code before the status (`returning 550 5.7.1`) is part of
    // the same reply, so the words before it are read.
    let head = head.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    let quoted = head.ends_with(OPENING);
    let words =
        head.trim_end_matches(|c: char| c.is_whitespace() || OPENING.contains(&c) || c == '(');
    if words.is_empty() || words.ends_with(FIELD_MARKS) {
        return false;
    }
    let words = words.to_lowercase().replace('’', "'");
    // The marks count in the code's own clause: in `our mail probably got
    // blocked, the server returned '550 ...'` the hedge is about something else.
    let clause = words.rsplit([',', ';']).next().unwrap_or(&words);
    let marked =
        [&HEDGE_BEFORE, &REPORTED, &POLICY, &SUMMED_UP].iter().any(|mark| mark.is_match(clause));
    if marked {
        return true;
    }

    let (sentence, after) = rest_of_sentence(place, quoted);
    // A verb that reports the reply (`the server returned 550 5.1.1.`)
    // or a past participle (`was rejected with`) may open a bounce's own
    // sentence, so such a sentence is read as a mention only when the
    // writer speaks in it.
    let reported = ["said", "replied", "returned"].iter().any(|verb| clause.ends_with(verb));
    let reports = reported || PAST_VERB.is_match(clause);
    if CITED.is_match(sentence.trim_end()) && (!reports || writer_speaks(place, &head, &sentence)) {
        return true;
    }
    if cites_in_brackets(&head, &sentence) {
        return true;
    }
    let sentence = sentence.to_lowercase().replace('’', "'");
    if HEDGE_AFTER.is_match(&sentence) {
        return true;
    }
    // The writer's words resume after the quote that closes the reply.
    let writer_tail = closing_quote_at(&sentence).map(|at| &sentence[at..]);
    if quoted && writer_tail.is_some_and(|tail| DURATION.is_match(tail)) {
        return true;
    }
    // Only a quoted reply shows where the writer's words resume. After a
    // bare code the question mark may close the reply's own words (`Why
    // does our mail bounce with 550 5.7.1 Access denied?`), which is read
    // as the reply.
    if quoted && writer_tail.is_some_and(|tail| question::asks_about(&head, tail)) {
        return true;
    }
    RECOVERED.is_match(&after.to_lowercase().replace('’', "'"))
}

/// True when a code's sentence (`head` before it, `sentence` from it)
/// gives the reply's codes alone in brackets after the writer's words
/// (`our IP is listed on Spamhaus (554 5.7.1)`), citing the reply that the
/// writer sums up. A notice puts its codes there too (`Message rejected
/// (550 5.1.1)`), so the sentence must speak in the first person or ask
/// a question, and name neither an address nor the reader.
fn cites_in_brackets(head: &str, sentence: &str) -> bool {
    if !OPENING_BRACKET.is_match(head) || !BRACKETED.is_match(sentence) {
        return false;
    }
    let after_bracket = sentence.split_once(')').map_or("", |(_, after)| after);
    match sentence_voice(head, sentence) {
        Some(first_person) => first_person || question::asks_about(head, after_bracket),
        None => false,
    }
}

/// True when the writer speaks in their own voice around a code: its
/// sentence (`head` and `sentence`) contains `our`, `we` or `I`, or its
/// paragraph asks a question. A sentence that names an address or
/// addresses the reader (`your message to bob@example.net`) is a notice's.
fn writer_speaks(place: &Place, head: &str, sentence: &str) -> bool {
    match sentence_voice(head, sentence) {
        Some(first_person) => first_person || paragraph(place).contains(['?', '¿']),
        None => false,
    }
}

/// Returns `None` when a code's sentence names an address or addresses
/// the reader, as a notice's does, and otherwise whether it speaks in the
/// first person.
fn sentence_voice(head: &str, sentence: &str) -> Option<bool> {
    let whole = format!("{head} {sentence}").replace('’', "'");
    let lower = whole.to_lowercase();
    if whole.contains('@') || SECOND_PERSON.is_match(&lower) {
        return None;
    }
    let first_person = FIRST_PERSON.find_iter(&lower).any(|found| {
        // Only the capital `I` is the English pronoun.
        let english_i = found.as_str() == "i" || found.as_str().starts_with("i'");
        !english_i || whole.get(found.start()..).is_some_and(|rest| rest.starts_with('I'))
    });
    Some(first_person)
}

/// Returns the paragraph around a code: its line and the lines before and
/// after it up to a blank line, at most `REACH` on each side.
fn paragraph(place: &Place) -> String {
    let before = place.before.iter().rev().take(REACH).take_while(|line| !line.trim().is_empty());
    let after = place.after.iter().take(REACH).take_while(|line| !line.trim().is_empty());
    let mut lines: Vec<&str> = before.copied().collect();
    lines.reverse();
    lines.push(place.line);
    lines.extend(after.copied());
    lines.join("\n")
}

/// Returns the text from the code to the end of its sentence, and the text
/// after that sentence in the same paragraph, within `REACH` lines. In a
/// quoted reply, sentence ends before its closing quote (`Server busy.
/// Please try again`) are the reply's own.
fn rest_of_sentence(place: &Place, quoted: bool) -> (String, String) {
    let mut text = place.line[place.at..].to_string();
    for next in place.after.iter().take(REACH) {
        if next.trim().is_empty() {
            break;
        }
        text.push(' ');
        text.push_str(next.trim_start_matches('>').trim());
    }
    let search_from = if quoted { closing_quote_at(&text).unwrap_or(0) } else { 0 };
    let end = [". ", "! ", "? "]
        .iter()
        .filter_map(|end| text[search_from..].find(end).map(|at| search_from + at + 1))
        .min()
        .unwrap_or(text.len());
    let (sentence, after) = text.split_at(end);
    (sentence.to_string(), after.to_string())
}

/// Returns the offset just past the first closing quote mark in `text`: a
/// quote mark not followed by a letter or digit, so the apostrophe of `doesn't`
/// inside the reply is passed over.
fn closing_quote_at(text: &str) -> Option<usize> {
    text.char_indices().find_map(|(at, c)| {
        let end = at + c.len_utf8();
        let closes = CLOSING.contains(&c) && !text[end..].starts_with(char::is_alphanumeric);
        closes.then_some(end)
    })
}

#[cfg(test)]
mod tests;
