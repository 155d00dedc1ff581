//! Bounce exports in CSV: one card per row that carries a reply, with that
//! row's recipient and that row's reply alone. A row with a recipient but
//! no reply gets a card from its bounce type, or else a note.

use bounce_explainer::{explain, Actor, InputKind, Reason, Recipient, Report};

fn fixture(name: &str) -> Report {
    let path = format!("{}/tests/fixtures/csv/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    explain(&text)
}

fn recipients(report: &Report) -> Vec<&str> {
    report.recipients.iter().filter_map(|r| r.recipient.as_deref()).collect()
}

fn only(report: &Report) -> &Recipient {
    assert_eq!(report.recipients.len(), 1, "{report:#?}");
    &report.recipients[0]
}

#[test]
fn marketing_cloud_export_card_per_row() {
    let report = fixture("marketing-cloud-bounces.csv");
    assert_eq!(recipients(&report), ["bob@example.org", "carol@example.net", "dave@example.com"]);
    let [bob, carol, dave] = &report.recipients[..] else { unreachable!() };
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert_eq!(bob.explanation.who_acts, Actor::You);
    assert_eq!(carol.reason, Reason::Blocked);
    assert_eq!(carol.sender_ip.as_deref(), Some("192.0.2.44"));
    assert_eq!(carol.status.as_deref(), Some("5.7.1"));
    assert_eq!(dave.reason, Reason::MailboxFull);
    assert!(!dave.permanent);
    // Each card's reply is its own row's field, without the next row.
    assert!(!bob.diagnostic.contains("spamhaus"), "{}", bob.diagnostic);
    assert!(!bob.diagnostic.contains('"'), "{}", bob.diagnostic);
}

#[test]
fn short_export_three_columns() {
    let text = "EmailAddress,BounceCategory,BounceReason\n\
                bob@example.org,Hard bounce,\"550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\"\n\
                carol@example.net,Block bounce,\"554 5.7.1 Service unavailable; Client host [192.0.2.44] blocked using zen.spamhaus.org\"\n";
    let report = explain(text);
    assert_eq!(recipients(&report), ["bob@example.org", "carol@example.net"]);
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
    assert_eq!(report.recipients[1].sender_ip.as_deref(), Some("192.0.2.44"));
}

#[test]
fn one_row_without_header() {
    let text = "bob@example.org,\"550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\"\n";
    let report = explain(text);
    let bob = only(&report);
    assert_eq!(bob.recipient.as_deref(), Some("bob@example.org"));
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert_eq!(bob.reply.as_deref(), Some("550"));
}

#[test]
fn mandrill_export_field_read_whole() {
    let report = fixture("mandrill-activity.csv");
    // The rejected and the sent rows carry no reply.
    assert_eq!(recipients(&report), ["bob@example.org", "carol@example.net"]);
    let bob = &report.recipients[0];
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert!(bob.diagnostic.ends_with("does not exist."), "{}", bob.diagnostic);
    assert_eq!(report.recipients[1].reason, Reason::MailboxFull);
}

#[test]
fn semicolons_and_escaped_quotes() {
    let text = "Email;Status;Reason\n\
                bob@example.org;bounced;\"550 5.1.1 \"\"bob\"\": no such user; check the address\"\n\
                carol@example.net;bounced;\"552 5.2.2 Mailbox full\nquota exceeded\"\n";
    let report = explain(text);
    assert_eq!(recipients(&report), ["bob@example.org", "carol@example.net"]);
    let bob = &report.recipients[0];
    assert_eq!(bob.reason, Reason::UserUnknown);
    assert!(bob.diagnostic.contains("\"bob\""), "{}", bob.diagnostic);
    assert_eq!(report.recipients[1].reason, Reason::MailboxFull);
}

#[test]
fn recipient_column_named_in_header() {
    // The sender's address comes first, but the header names the column.
    let text = "From,To,Reply\n\
                alice@example.com,bob@example.org,\"550 5.1.1 User unknown\"\n";
    let bob = only(&explain(text)).clone();
    assert_eq!(bob.recipient.as_deref(), Some("bob@example.org"));
}

/// Two failure rows sent by alice@example.com, with `{header}` as the
/// header line and `{d}` as the delimiter.
fn sender_first(header: &str, d: char) -> String {
    format!(
        "{header}\nalice@example.com{d}bob@example.net{d}550 5.1.1 User unknown\n\
         alice@example.com{d}carol@example.org{d}\"554 5.7.1 Client host [192.0.2.10] \
         blocked using zen.spamhaus.org\"\n"
    )
}

#[test]
fn sender_column_named_in_languages() {
    let headers = [
        ("Absender,Empfänger,Fehlermeldung", ','),
        ("Expéditeur;Destinataire;Erreur", ';'),
        ("Remitente,Destinatario,Error", ','),
        ("Mittente;Destinatario;Errore", ';'),
        ("Remetente,Destinatário,Erro", ','),
        ("Afzender,Ontvanger,Foutmelding", ','),
        ("Von,An,Fehler", ','),
        ("De;À;Erreur", ';'),
        ("from,to,response", ','),
    ];
    for (header, d) in headers {
        let report = explain(&sender_first(header, d));
        assert_eq!(recipients(&report), ["bob@example.net", "carol@example.org"], "{header}");
        assert_eq!(report.recipients[1].sender_ip.as_deref(), Some("192.0.2.10"), "{header}");
    }
}

#[test]
fn sender_column_named_alone() {
    // The header names only the sender's column: the other address is
    // the recipient.
    let report = explain(&sender_first("Absender,Adresse,Fehlermeldung", ','));
    assert_eq!(recipients(&report), ["bob@example.net", "carol@example.org"]);
}

#[test]
fn constant_column_without_header_is_sender() {
    let report = fixture("sender-first-noheader.csv");
    assert_eq!(recipients(&report), ["bob@example.net", "carol@example.org"]);
    assert_eq!(report.recipients[0].reason, Reason::UserUnknown);
}

#[test]
fn unlabelled_columns_name_no_recipient() {
    let varying = "alice@example.com,bob@example.net,550 5.1.1 User unknown\n\
                   dave@example.com,carol@example.org,550 5.1.1 User unknown\n";
    let one_row = "alice@example.com,bob@example.net,550 5.1.1 User unknown\n";
    for text in [varying, one_row] {
        let report = explain(text);
        assert!(!report.recipients.is_empty(), "{text}");
        assert!(recipients(&report).is_empty(), "{text}: {:?}", recipients(&report));
        assert_eq!(report.recipients[0].reason, Reason::UserUnknown, "{text}");
    }
}

/// Two failure rows with an IP column first, then a constant reply-to
/// address, then the recipient, under `{header}`.
fn ip_column_first(header: &str) -> String {
    format!(
        "{header}\n192.0.2.44,help@example.com,bob@example.net,550 5.1.1 User unknown\n\
         192.0.2.44,help@example.com,carol@example.org,\"554 5.7.1 Service unavailable; \
         Client host blocked using zen.spamhaus.org\"\n"
    )
}

#[test]
fn ip_column_never_recipient() {
    let headers = [
        "IP Address,Reply-To,Contact,Reason",
        "IP,Reply-To,Contact,Reason",
        "IP-Adresse,Antwort an,Kontakt,Grund",
        "ip_address,reply_to,contact,reason",
        "IPAddress,ReplyTo,Contact,Reason",
        "Sending IP,Reply-To,Contact,Reason",
        "Adresse IP,Répondre à,Contact,Raison",
    ];
    for header in headers {
        let report = explain(&ip_column_first(header));
        assert_eq!(recipients(&report), ["bob@example.net", "carol@example.org"], "{header}");
    }
}

#[test]
fn recipient_column_holds_addresses() {
    // `Email Status` has a recipient word but no address below it.
    let text = "Email Status,From,Contact,Reason\n\
                bounced,news@example.com,bob@example.net,550 5.1.1 User unknown\n";
    assert_eq!(recipients(&explain(text)), ["bob@example.net"]);
}

#[test]
fn sending_ip_column_quoted_for_blocks() {
    let text = ip_column_first("Sending IP,Reply-To,Email,Reason");
    let report = explain(&text);
    let [bob, carol] = &report.recipients[..] else { panic!("{report:#?}") };
    // A mailbox that does not exist is no matter for a removal request.
    assert_eq!(bob.sender_ip, None);
    assert_eq!(carol.sender_ip.as_deref(), Some("192.0.2.44"));
    // The line is carol's own row, not the first row with the same IP.
    assert_eq!(carol.sender_ip_source.line, Some(3));
    let rule = carol.sender_ip_source.rule.as_deref().unwrap_or_default();
    assert!(rule.contains("Sending IP"), "{rule}");
}

#[test]
fn other_ip_columns_not_quoted() {
    // An IP column whose header does not name the sending side may hold
    // the address that opened the message or submitted it to the service.
    for header in ["IP Address,Reply-To,Email,Reason", "originating_ip,reply_to,email,reason"] {
        let report = explain(&ip_column_first(header));
        assert_eq!(report.recipients.len(), 2, "{header}");
        assert_eq!(report.recipients[1].sender_ip, None, "{header}");
    }
}

#[test]
fn csv_export_named_as_kind() {
    let report = fixture("marketing-cloud-bounces.csv");
    assert_eq!(report.input_kind, InputKind::CsvExport);
    let one_row = "bob@example.org,\"550 5.1.1 User unknown\"\n";
    assert_eq!(explain(one_row).input_kind, InputKind::CsvExport);
}

#[test]
fn export_row_without_reply_card() {
    let report = fixture("no-reply-rows.csv");
    assert_eq!(report.input_kind, InputKind::CsvExport);
    assert_eq!(
        recipients(&report),
        ["bob@example.net", "erin@example.com", "frank@example.org", "gina@example.net"]
    );
    let erin = &report.recipients[1];
    assert_eq!(erin.explanation.entry, "export/blocked-no-reply");
    assert_eq!(erin.reason, Reason::Blocked);
    assert_eq!(erin.explanation.who_acts, Actor::Admin);
    // Nothing in the row names the address the receiver refused.
    assert_eq!(erin.sender_ip, None);
    assert!(erin.links.is_empty(), "{:?}", erin.links);
    let frank = &report.recipients[2];
    assert_eq!(frank.explanation.entry, "export/no-reply");
    assert!(frank.explanation.what.contains("no reply"), "{}", frank.explanation.what);
    let gina = &report.recipients[3];
    assert_eq!(gina.explanation.entry, "export/no-reply");
    assert!(!gina.permanent, "a soft bounce is not permanent");
}

#[test]
fn export_row_unread_noted() {
    let report = fixture("no-reply-rows.csv");
    let note = report
        .notes
        .iter()
        .map(|n| n.message.as_str())
        .find(|m| m.contains("not read"))
        .unwrap_or_else(|| panic!("no note on the rows not read: {:?}", report.notes));
    assert!(note.contains("1 row"), "{note}");
    assert!(note.contains("hank@example.com"), "{note}");
}

#[test]
fn export_without_header_unchanged() {
    // Without a header, a field such as `hard` could be anything, so a row
    // with no reply stays unread, as before.
    let text = "bob@example.net,hard,\"550 5.1.1 user unknown\"\nerin@example.com,blocked,\"\"\n";
    let report = explain(text);
    assert_eq!(recipients(&report), ["bob@example.net"]);
}
