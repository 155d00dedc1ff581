//! When a notice takes its cause from a later attempt's line, the sending
//! IP on that line is quoted too. The layouts: Exchange Online's dated
//! last-attempt line below its generic `400 4.4.7 Message delayed`,
//! Gmail's bracketed response, and a Postfix log line with `delays=`.

use crate::cards::only;

fn exchange_delay(host: &str, host_ip: &str, dated_reply: &str) -> String {
    format!(
        "Delivery is delayed to these recipients or groups:\n\n\
         ann@example.net\n\n\
         Subject: Invoice 42\n\n\
         This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n\
         Diagnostic information for administrators:\n\n\
         Generating server: AM0PR02MB5678.eurprd02.prod.outlook.com\n\n\
         ann@example.net\n\
         Remote Server at {host} ({host_ip}) returned '400 4.4.7 Message delayed'\n\
         12/5/2026 3:10:00 PM - Remote Server at {host} ({host_ip}) returned '{dated_reply}'\n"
    )
}

/// Returns the 1-based number of the first line of `text` containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    let index = text.lines().position(|l| l.contains(needle));
    index.expect("needle is in the text") + 1
}

#[test]
fn exchange_dated_line_ip_quoted() {
    for (reply, ip) in [
        (
            "450 4.7.1 Service unavailable; Client host [192.0.2.55] blocked using bl.spamcop.net",
            "192.0.2.55",
        ),
        (
            "421 4.7.0 [TSS04] Messages from 203.0.113.77 temporarily deferred due to user complaints",
            "203.0.113.77",
        ),
        ("451 4.7.1 [198.51.100.78] Your IP is temporarily blocked", "198.51.100.78"),
    ] {
        let text = exchange_delay("mx1.example.net", "198.51.100.25", reply);
        let r = only(&text);
        assert_eq!(r.sender_ip.as_deref(), Some(ip), "{text}");
        assert_eq!(r.sender_ip_source.hint, None, "{text}");
        assert_eq!(r.sender_ip_source.line, Some(line_of(&text, "3:10:00 PM")), "{text}");
    }
}

#[test]
fn exchange_dated_line_receiver_not_quoted() {
    let reply = "451 4.7.1 Temporarily rejected by mx1.example.net (198.51.100.25), try later";
    let text = exchange_delay("mx1.example.net", "198.51.100.25", reply);
    assert_eq!(only(&text).sender_ip, None, "{text}");
}

#[test]
fn gmail_delay_response_ip_quoted() {
    let text = "** Delivery incomplete **\n\n\
                There was a temporary problem delivering your message to dan@example.com. \
                Gmail will retry for 46 more hours. You'll be notified if the delivery fails \
                permanently.\n\n\
                The response was:\n\n\
                The recipient server did not accept our requests to connect.\n\
                [mx.example.com. 198.51.100.90: 421 4.7.0 [192.0.2.120] Your IP has been \
                temporarily blocked]\n";
    let r = only(text);
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.120"), "{text}");
}

#[test]
fn postfix_log_delays_line_ip_quoted() {
    let text = "Dec  5 01:02:03 mail postfix/smtp[4242]: 3F1A2B: to=<carol@example.com>, \
                relay=mx.example.com[198.51.100.80]:25, delay=310, delays=0.1/0/0.4/0.2, \
                dsn=4.7.1, status=deferred (host mx.example.com[198.51.100.80] said: 450 4.7.1 \
                Client host [192.0.2.91] blocked using zen.spamhaus.org (in reply to RCPT TO \
                command))\n";
    let r = only(text);
    assert_eq!(r.sender_ip.as_deref(), Some("192.0.2.91"), "{text}");
    assert_eq!(r.sender_ip_source.line, Some(1), "{text}");
}
