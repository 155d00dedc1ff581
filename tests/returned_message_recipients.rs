//! Bounce emails whose text states a failure without naming the failed
//! recipient, while the returned original message (attached whole, as its
//! headers alone, or below an "Original message" line) shows whom it was
//! sent to. With one addressee the card takes it. With several, the card
//! names none and a note lists them, because the bounce does not say
//! which of them failed. Documentation addresses only.

use crate::cards::only;
use bounce_explainer::Recipient;

/// Code-less notices that name no recipient, as Gmail, Outlook.com and
/// Postfix write them.
const NOTICES: &[(&str, &str)] = &[
    (
        "gmail connect",
        "** Message not delivered **\n\n\
         The recipient server did not accept our requests to connect. Learn more at \
         https://support.google.com/mail/answer/7720\n\
         [mx.example.org. 203.0.113.7: timed out]\n",
    ),
    (
        "outlook heading",
        "Delivery has failed to these recipients or groups:\n\n\
         The recipient's email system isn't accepting messages now. Please try resending this \
         message later or contact the recipient directly.\n",
    ),
    (
        "postfix connect",
        "This is the mail system at host mail.example.com.\n\n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients.\n\n\
         connect to mx.example.org[203.0.113.20]:25: Connection refused\n",
    ),
];

/// How the bounce carries the returned message.
#[derive(Clone, Copy, Debug)]
enum Returned {
    /// A message/rfc822 part.
    Message,
    /// A text/rfc822-headers part.
    Headers,
    /// An "Original message" line in the text, then its headers.
    Inline,
}

const FORMS: [Returned; 3] = [Returned::Message, Returned::Headers, Returned::Inline];

/// Builds the returned message's header block with the given address fields.
fn original_headers(fields: &str) -> String {
    format!(
        "From: Alex Doe <alex@example.com>\n\
         {fields}\
         Subject: Quarterly figures\n\
         Date: Fri, 4 Dec 2026 14:58:00 +0000\n\
         Message-ID: <orig1@example.com>\n"
    )
}

/// Builds a bounce email from `notice` and a returned message whose header
/// block has `fields` (`To:` and `Cc:` lines).
fn bounce(notice: &str, fields: &str, form: Returned) -> String {
    let top = "From: Mail Delivery Subsystem <mailer-daemon@example.com>\n\
               To: alex@example.com\n\
               Subject: Undeliverable: Quarterly figures\n\
               Date: Fri, 4 Dec 2026 15:12:00 +0000\n\
               Message-ID: <bounce1@example.com>\n\
               MIME-Version: 1.0\n";
    let headers = original_headers(fields);
    match form {
        Returned::Inline => format!(
            "{top}Content-Type: text/plain; charset=UTF-8\n\n{notice}\n\
             ----- Original message -----\n\n{headers}\nHello, the figures are attached.\n"
        ),
        Returned::Message | Returned::Headers => {
            let (content_type, body) = match form {
                Returned::Message => {
                    ("message/rfc822", format!("{headers}\nHello, the figures are attached.\n"))
                }
                _ => ("text/rfc822-headers", headers),
            };
            format!(
                "{top}Content-Type: multipart/mixed; boundary=\"b1\"\n\n\
                 --b1\n\
                 Content-Type: text/plain; charset=UTF-8\n\n\
                 {notice}\n\
                 --b1\n\
                 Content-Type: {content_type}\n\n\
                 {body}\n\
                 --b1--\n"
            )
        }
    }
}

fn unnamed_note(card: &Recipient) -> Option<&str> {
    card.notes
        .iter()
        .map(|n| n.message.as_str())
        .find(|m| m.contains("does not name the failed recipient"))
}

#[test]
fn single_addressee_becomes_recipient() {
    let fields = [
        "To: Bo Ray <bo@example.org>\n",
        "To: bo@example.org\n",
        // The sender copied itself: its own address is not a recipient
        // the bounce could mean.
        "To: \"Bo Ray\" <bo@example.org>\nCc: Alex Doe <alex@example.com>\n",
    ];
    for (name, notice) in NOTICES {
        for form in FORMS {
            for field in fields {
                let text = bounce(notice, field, form);
                let card = only(&text);
                let label = format!("{name} {form:?} {field:?}");
                assert_eq!(card.recipient.as_deref(), Some("bo@example.org"), "{label}");
                assert_eq!(unnamed_note(&card), None, "{label}");
            }
        }
    }
}

#[test]
fn several_addressees_not_guessed() {
    let fields = [
        "To: Bo Ray <bo@example.org>, Cy Lee <cy@example.net>\n",
        "To: bo@example.org,\n cy@example.net\n",
        "To: bo@example.org\nCc: cy@example.net\n",
    ];
    for (name, notice) in NOTICES {
        for form in FORMS {
            for field in fields {
                let text = bounce(notice, field, form);
                let card = only(&text);
                let label = format!("{name} {form:?} {field:?}");
                assert_eq!(card.recipient, None, "{label}");
                let note = unnamed_note(&card);
                assert!(note.is_some(), "{label}: {:#?}", card.notes);
                let note = note.unwrap_or_default();
                assert!(note.contains("bo@example.org"), "{label}: {note}");
                assert!(note.contains("cy@example.net"), "{label}: {note}");
            }
        }
    }
}

#[test]
fn named_recipient_kept_over_addressee() {
    let notice = "** Message not delivered **\n\n\
                  There was a problem delivering your message to dee@example.org. See the technical \
                  details below.\n\n\
                  The recipient server did not accept our requests to connect. Learn more at \
                  https://support.google.com/mail/answer/7720\n\
                  [mx.example.org. 203.0.113.7: timed out]\n";
    for form in FORMS {
        let text = bounce(notice, "To: bo@example.org, dee@example.org\n", form);
        let card = only(&text);
        assert_eq!(card.recipient.as_deref(), Some("dee@example.org"), "{form:?}");
        assert_eq!(unnamed_note(&card), None, "{form:?}");
    }
}
