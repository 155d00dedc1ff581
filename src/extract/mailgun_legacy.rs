//! Mailgun's legacy webhooks, which post one flat event, form-encoded or
//! as JSON, in place of the current `event-data` object. The event has
//! `event` (`dropped` for a message Mailgun gave up on or did not send,
//! `bounced` for a receiver's hard bounce), `recipient`, and the signature
//! fields `timestamp`, `token` and `signature`. A `dropped` event names Mailgun's
//! `reason` (`hardfail`, `maxfails` or `old`), its `code` and its
//! `description`. A `bounced` event carries the receiver's reply code in
//! `code`, its reply in `error` and Mailgun's words in `notification`.
//! The fields are those that django-anymail's tests of these webhooks post
//! (<https://github.com/anymail/django-anymail/blob/0a07e84680e51f2e9d3d382c9fc2d1e560ef0232/tests/test_mailgun_webhooks.py>).
//!
//! Each event is rewritten as the current `failed` event that carries the
//! same facts, so that [`super::mailgun`] reads both alike.

use serde_json::{json, Map, Value};

use super::json::{text, Object};

/// Mailgun's `reason` values of a legacy `dropped` event.
const DROPPED_REASONS: [&str; 3] = ["hardfail", "maxfails", "old"];

/// Returns the current `failed` event for a legacy `dropped` or `bounced`
/// event, or `None` for any other object. Only an event with a recipient
/// address and a mark of Mailgun's (its signature fields, its
/// `message-headers`, or a `dropped` reason of its own) is taken, because
/// other services also name events `dropped` and `bounced`.
pub(super) fn current_event(object: &Object) -> Option<Object> {
    let kind = text(object, "event")?.trim();
    let recipient = text(object, "recipient").filter(|r| r.contains('@'))?;
    let reason = text(object, "reason").map(str::trim);
    let signed = ["timestamp", "token", "signature"].iter().all(|f| object.contains_key(*f));
    let headers = object.contains_key("message-headers");
    let own_reason = kind == "dropped" && reason.is_some_and(|r| DROPPED_REASONS.contains(&r));
    if !matches!(kind, "dropped" | "bounced") || !(signed || headers || own_reason) {
        return None;
    }

    let field = |name: &str| text(object, name).unwrap_or_default();
    // The code is a string in a form body. Digits become the number the
    // current event carries, and an enhanced status code stays a string.
    let code = match field("code").trim() {
        digits if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            digits.parse::<u64>().map_or(Value::Null, Value::from)
        }
        "" => Value::Null,
        other => Value::from(other),
    };
    let (message, description) = match kind {
        "bounced" => (field("error"), field("notification")),
        _ => ("", field("description")),
    };

    let mut event = Map::new();
    event.insert("event".into(), "failed".into());
    event.insert("severity".into(), "permanent".into());
    event.insert("recipient".into(), recipient.into());
    if let Some(reason) = reason {
        event.insert("reason".into(), reason.into());
    }
    event.insert(
        "delivery-status".into(),
        json!({"code": code, "message": message, "description": description}),
    );
    // The message id and the time let later events of the same message
    // replace this one, as the current events' do.
    if let Some(id) = text(object, "Message-Id") {
        event.insert("message".into(), json!({"headers": {"message-id": id}}));
    }
    if let Some(time) = object.get("timestamp") {
        event.insert("timestamp".into(), time.clone());
    }
    Some(event)
}

/// Returns the fields of a form-encoded legacy webhook event in `body`:
/// the first line of `name=value` pairs joined by `&` that
/// [`current_event`] takes. A name that repeats keeps its first value,
/// which is the event's own when a custom variable has the same name.
pub(super) fn form_event(body: &str) -> Option<Object> {
    body.lines().map(str::trim).find_map(|line| {
        // A form body encodes spaces, so a line with one is prose.
        if !line.contains('&') || line.contains(char::is_whitespace) {
            return None;
        }
        let mut fields = Map::new();
        for (name, value) in line.split('&').filter_map(|pair| pair.split_once('=')) {
            let name = decode_form_component(name);
            if !fields.contains_key(&name) {
                fields.insert(name, Value::from(decode_form_component(value)));
            }
        }
        current_event(&fields).is_some().then_some(fields)
    })
}

/// Decodes one name or value of an `application/x-www-form-urlencoded`
/// body: `+` is a space and `%XX` a byte. A `%` that is not followed by two
/// hex digits is kept as it is.
fn decode_form_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        // `from_str_radix` also takes a sign, so both digits are checked.
        let hex = bytes
            .get(at + 1..at + 3)
            .filter(|pair| pair.iter().all(u8::is_ascii_hexdigit))
            .and_then(|pair| std::str::from_utf8(pair).ok());
        match (bytes[at], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                decoded.push(byte);
                at += 3;
            }
            (b'+', _) => {
                decoded.push(b' ');
                at += 1;
            }
            (byte, _) => {
                decoded.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::{decode_form_component, form_event};

    #[test]
    fn decode_form_component_reads_escapes() {
        assert_eq!(decode_form_component("bob%40example.net"), "bob@example.net");
        assert_eq!(decode_form_component("Too+old"), "Too old");
        assert_eq!(decode_form_component("100%+sure%2"), "100% sure%2");
        assert_eq!(decode_form_component("%+5"), "% 5");
        assert_eq!(decode_form_component("M%C3%BCller"), "Müller");
    }

    #[test]
    fn form_event_keeps_first_value() {
        let body = "event=dropped&reason=old&recipient=a%40example.net&event=custom&";
        let fields = form_event(body).unwrap();
        assert_eq!(fields["event"], "dropped");
        assert_eq!(fields["recipient"], "a@example.net");
    }

    #[test]
    fn form_event_skips_others() {
        assert!(
            form_event("Please see event=dropped&reason=old & recipient=a@example.net").is_none()
        );
        assert!(form_event("event=dropped&reason=old").is_none());
        // No mark of Mailgun's: another service's or a site's form.
        assert!(form_event("event=bounced&recipient=a%40example.net").is_none());
    }
}
