//! Phishing mail made to look like a bounce: it claims that messages
//! failed or are held, and asks the reader to sign in, confirm a password
//! or release messages through a link. The report warns, and where the
//! text has neither a DSN nor a mail system's layout it draws no card
//! from the made-up failures. A real bounce whose returned message holds
//! such words is explained as before.

use bounce_explainer::report::NoteLevel;
use bounce_explainer::{explain, explain_bytes, Report};

const HELD_MESSAGES: &[u8] = include_bytes!("fixtures/phishing/held-messages.eml");
const RESEND_PASSWORD: &[u8] = include_bytes!("fixtures/phishing/resend-password.eml");

fn warned(report: &Report) -> bool {
    report.notes.iter().any(|note| note.message.contains("Treat it as phishing"))
}

#[test]
fn fake_bounces_warned_without_cards() {
    for raw in [HELD_MESSAGES, RESEND_PASSWORD] {
        let report = explain_bytes(raw);
        assert!(report.summary.starts_with("This looks like phishing"), "{}", report.summary);
        assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
        assert!(warned(&report), "{:?}", report.notes);
        assert!(matches!(report.notes[0].level, NoteLevel::Warning), "{:?}", report.notes);
    }
}

#[test]
fn request_without_link_not_flagged() {
    let text = "Delivery has failed to these recipients or groups:\n\n\
                bob@example.net\n\
                550 5.1.1 User unknown. Please confirm your password with your administrator.\n";
    let report = explain(text);
    assert!(!warned(&report), "{:?}", report.notes);
    assert!(!report.recipients.is_empty(), "{}", report.summary);
}

#[test]
fn returned_message_words_not_flagged() {
    // A Postfix bounce that returns a phishing message the user's server
    // tried to send: the lure is in the returned copy, not in the notice.
    let text = "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\n\
                To: alice@example.org\n\
                Subject: Undelivered Mail Returned to Sender\n\
                \n\
                This is the mail system at host mail.example.org.\n\
                \n\
                I'm sorry to have to inform you that your message could not\n\
                be delivered to one or more recipients.\n\
                \n\
                <bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.7.1\n\
                \x20   Message rejected as spam (in reply to end of DATA command)\n\
                \n\
                --- Below this line is a copy of the message.\n\
                \n\
                From: alice@example.org\n\
                To: bob@example.net\n\
                Subject: Your mailbox\n\
                \n\
                Sign in below to release messages: https://mailbox.example/release\n";
    let report = explain(text);
    assert!(!warned(&report), "{:?}", report.notes);
    assert_eq!(report.recipients.len(), 1, "{}", report.summary);
    assert_eq!(report.recipients[0].recipient.as_deref(), Some("bob@example.net"));
}

#[test]
fn structured_bounce_with_request_keeps_cards() {
    // A notice in a mail system's layout that also asks for a sign-in
    // keeps its cards, with the warning above them.
    let text = "This is the mail system at host mail.example.org.\n\
                \n\
                I'm sorry to have to inform you that your message could not\n\
                be delivered to one or more recipients.\n\
                To release your messages, sign in below: https://mail.example.org/login\n\
                \n\
                <bob@example.net>: host mx.example.net[198.51.100.20] said: 550 5.1.1\n\
                \x20   <bob@example.net>: Recipient address rejected: User unknown\n";
    let report = explain(text);
    assert!(warned(&report), "{:?}", report.notes);
    assert_eq!(report.recipients.len(), 1, "{}", report.summary);
}

const HTML_LINK: &[u8] = include_bytes!("fixtures/phishing/html-link.eml");
const GERMAN_RELEASE: &[u8] = include_bytes!("fixtures/phishing/german-release.eml");

/// Builds an HTML "bounce" whose request is the text of a link.
fn html_lure(paragraph: &str) -> String {
    format!(
        "From: Mail Delivery Subsystem <mailer-daemon@example.com>\n\
         To: alice@example.com\n\
         Subject: Undelivered Mail\n\
         Content-Type: text/html\n\
         \n\
         <html><body><p>Delivery to the following recipient failed permanently:</p>\n\
         <p>bob@example.net</p>\n<p>550 5.1.1 User unknown</p>\n{paragraph}\n</body></html>\n"
    )
}

#[test]
fn html_link_lure_warned() {
    let report = explain_bytes(HTML_LINK);
    assert!(warned(&report), "{:?}", report.notes);
    assert!(report.summary.starts_with("This looks like phishing"), "{}", report.summary);
    assert!(report.recipients.is_empty(), "{:#?}", report.recipients);
}

#[test]
fn html_link_target_never_shown() {
    // The report (and so the page) gets the link's words, never its
    // target, so nothing in it can be opened as the lure's link.
    let report = explain_bytes(HTML_LINK);
    let json = serde_json::to_string(&report).unwrap();
    assert!(!json.contains("verify.example"), "{json}");
    assert!(!json.contains("href"), "{json}");
}

#[test]
fn html_link_lure_variants() {
    let cases = [
        "<p><a href='HTTPS://verify.example/x'>Verify your account</a> now.</p>",
        "<p><a href=\"//verify.example/\">Click here</a> to release your messages.</p>",
        "<p>To release your messages, <a href=\"www.verify.example\">sign in below</a>.</p>",
    ];
    for paragraph in cases {
        let report = explain(&html_lure(paragraph));
        assert!(warned(&report), "{paragraph}: {:?}", report.notes);
    }
}

#[test]
fn html_request_without_web_link_not_flagged() {
    let cases = [
        // No link at all.
        "<p>Verify your mailbox with your administrator.</p>",
        // A mail link is no web page that collects a password.
        "<p><a href=\"mailto:help@example.com\">Verify your mailbox</a> by mail.</p>",
        // A link that CSS hides is not seen by the reader.
        "<p>Verify your mailbox.<a style=\"display:none\" href=\"https://x.example/\">x</a></p>",
    ];
    for paragraph in cases {
        let report = explain(&html_lure(paragraph));
        assert!(!warned(&report), "{paragraph}: {:?}", report.notes);
        assert_eq!(report.recipients.len(), 1, "{paragraph}: {}", report.summary);
    }
}

#[test]
fn html_ndr_help_link_not_flagged() {
    // A real HTML NDR links to help pages but requests nothing from its reader.
    let report = explain(&html_lure(
        "<p>For more information, see <a href=\"https://learn.example.com/ndr\">this page</a>.</p>",
    ));
    assert!(!warned(&report), "{:?}", report.notes);
    assert_eq!(report.recipients.len(), 1, "{}", report.summary);
}

#[test]
fn german_lure_warned() {
    let report = explain_bytes(GERMAN_RELEASE);
    assert!(warned(&report), "{:?}", report.notes);
    assert!(report.summary.starts_with("This looks like phishing"), "{}", report.summary);
}

#[test]
fn localised_lures_warned() {
    // One request per language whose NDRs this tool reads. The wordings
    // are written for this test, in the forms a lure would use.
    let cases = [
        ("de", "Bitte melden Sie sich hier an und geben Sie Ihr Passwort ein"),
        ("de", "Klicken Sie hier, um Ihre Nachrichten freizugeben"),
        ("fr", "Confirmez votre mot de passe pour libérer vos messages"),
        ("fr", "Vérifiez votre boîte aux lettres dans les 24 heures"),
        ("es", "Confirme su contraseña para liberar sus mensajes"),
        ("es", "Verifique su buzón de inmediato"),
        ("it", "Conferma la tua password per sbloccare i messaggi"),
        ("it", "Verifica la tua casella di posta entro 24 ore"),
        ("pt", "Confirme a sua senha para liberar as mensagens"),
        ("pt", "Verifique sua caixa de correio agora"),
        ("nl", "Bevestig uw wachtwoord om de berichten vrij te geven"),
        ("nl", "Verifieer uw mailbox binnen 24 uur"),
    ];
    for (language, request) in cases {
        let text = format!(
            "Delivery has failed to these recipients or groups:\n\n\
             bob@example.net\n550 5.1.1 User unknown\n\n\
             {request}: https://mail-release.example/login\n"
        );
        let report = explain(&text);
        assert!(warned(&report), "{language}: {request}: {:?}", report.notes);
    }
}

#[test]
fn from_header_alone_names_no_lure_writer() {
    let report = explain_bytes(GERMAN_RELEASE);
    assert_eq!(report.mta, None, "{:?}", report.mta_name);
    assert_eq!(report.mta_name, None);
}

#[test]
fn lure_writer_named_by_received_chain() {
    // The same lure relayed by a Google server keeps Gmail as its writer.
    let text = String::from_utf8_lossy(GERMAN_RELEASE).replacen(
        "From:",
        "Received: by mail-sor-f41.google.com with SMTP id a1so123;\n \
         Mon, 01 Dec 2026 10:00:00 +0000\nFrom:",
        1,
    );
    let report = explain(&text);
    assert!(warned(&report), "{:?}", report.notes);
    assert_eq!(report.mta.as_deref(), Some("gmail"));
}

#[test]
fn lure_writer_named_by_layout() {
    // Gmail's own sentence still names Gmail when a lure copies it.
    let text = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\
                To: alice@example.com\n\
                Subject: Delivery Status Notification (Failure)\n\
                \n\
                Your message wasn't delivered to bob@example.net because the address \
                couldn't be found.\n\n\
                The response from the remote server was:\n\
                550 5.1.1 The email account that you tried to reach does not exist.\n\n\
                Confirm your password to release your messages: https://mail-release.example/\n";
    let report = explain(text);
    assert!(warned(&report), "{:?}", report.notes);
    assert_eq!(report.mta.as_deref(), Some("gmail"));
}
