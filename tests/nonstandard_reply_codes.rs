//! Reply codes outside RFC 5321's code space, whose second digit is 6 to
//! 9. Microsoft's SMTP service and older Exchange servers send "571
//! Delivery not authorized, message refused" (the IANA text of X.7.1) to a
//! sender their rules refuse, with or without the enhanced status code.
//! Such a reply is read as the same reply with `5.7.1` would be, while
//! ordinary numbers with those digits (prices, periods, ZIP codes) stay
//! numbers.

use bounce_explainer::{explain, Reason, Recipient};

fn only(text: &str) -> Recipient {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}\n{report:#?}");
    report.recipients.into_iter().next().expect("length checked above")
}

#[test]
fn bare_571_reads_as_with_status() {
    let with_status = only("571 5.7.1 Delivery not authorized, message refused\n");
    for text in [
        "571 Delivery not authorized, message refused\n",
        "Remote Server returned '571 Delivery not authorized, message refused'\n",
    ] {
        let bare = only(text);
        assert_eq!(bare.reply.as_deref(), Some("571"), "{text}");
        assert_eq!(bare.reason, with_status.reason, "{text}");
        assert_eq!(bare.explanation.entry, with_status.explanation.entry, "{text}");
        assert!(bare.permanent, "{text}");
    }
    assert_eq!(with_status.reply.as_deref(), Some("571"));
}

/// An Exchange 2010-style NDR whose diagnostic line carries only the
/// receiver's 571 reply between `#` and `##`.
const EXCHANGE_NDR: &str = "Delivery has failed to these recipients or groups:\n\n\
    bob@example.net\n\
    Your message wasn't delivered because the recipient's email provider rejected it.\n\n\
    Diagnostic information for administrators:\n\n\
    Generating server: mail.example.com\n\n\
    bob@example.net\n\
    mx.example.net #571 Delivery not authorized, message refused ##\n\n\
    Original message headers:\n";

#[test]
fn exchange_ndr_keeps_571_line() {
    let bob = only(EXCHANGE_NDR);
    assert_eq!(bob.recipient.as_deref(), Some("bob@example.net"));
    assert_eq!(bob.reply.as_deref(), Some("571"));
    assert_ne!(bob.reason, Reason::OnHold);
    assert_eq!(bob.reason, only("571 Delivery not authorized, message refused\n").reason);
    assert!(bob.permanent);
    assert!(bob.diagnostic.contains("571 Delivery not authorized"), "{}", bob.diagnostic);
}

#[test]
fn other_nonstandard_codes_found() {
    for (text, code) in [
        ("Remote host said: 571 Delivery not authorized\n", "571"),
        ("said: 590 Sender refused by rule\n", "590"),
        ("473 Try again later: too many connections\n", "473"),
    ] {
        let report = explain(text);
        assert_eq!(report.recipients.len(), 1, "{text}\n{report:#?}");
        assert_eq!(report.recipients[0].reply.as_deref(), Some(code), "{text}");
    }
}

#[test]
fn numbers_with_those_digits_stay_numbers() {
    for text in [
        "The invoice total is $571 per month.",
        "Price: 571 EUR",
        "Total: 598,00 EUR",
        "The offer ends in 571 days.",
        "Ship to: 100 Main Street, Sioux Falls, SD 57104",
        "Sioux Falls, SD 571",
        "Order #571 shipped today.",
        "Room 571: delivery not authorized without a badge.",
        "We sold 480 units and 599 more are on order.",
        "Call 571-555-0100 for help.",
        "〒571-0030 大阪府",
    ] {
        let report = explain(&format!("{text}\n"));
        assert!(report.recipients.is_empty(), "{text}\n{:#?}", report.recipients);
    }
}
