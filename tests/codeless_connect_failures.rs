//! Notices in which the sending server states, without any reply code,
//! that it could not reach the receiver or found no such domain, and NDR
//! headings whose receiver's reply was left out. Each is
//! read pasted alone, inside a whole bounce email and inline-forwarded by
//! a person. An address in the notice belongs to the receiving server,
//! so no card quotes it as the sending IP.

use bounce_explainer::{explain, InputKind, Reason, Report};

struct Case {
    name: &'static str,
    text: &'static str,
    /// The failed recipient the text names, if any.
    recipient: Option<&'static str>,
    reason: Reason,
    /// True when no resend can work until someone fixes the cause.
    permanent: bool,
    /// True when the sending server is still retrying, as far as the text
    /// alone tells. A code-less line with no word of a delay reads as a
    /// returned message's, after which nothing retries.
    retrying: bool,
    /// The receiving server's address, which must never be the sending IP.
    receiver_ip: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        name: "gmail connect timed out",
        text: "The recipient server did not accept our requests to connect. Learn more at \
               https://support.google.com/mail/answer/7720 [mx.example.net. 203.0.113.7: timed out]\n",
        recipient: None,
        reason: Reason::Expired,
        permanent: false,
        retrying: false,
        receiver_ip: Some("203.0.113.7"),
    },
    Case {
        name: "gmail connect refused ipv6",
        text: "** Message not delivered **\n\n\
               There was a problem delivering your message to ana@example.net. See the technical details below.\n\n\
               The recipient server did not accept our requests to connect. Learn more at \
               https://support.google.com/mail/answer/7720\n\
               [mx1.example.net. 2001:db8::25: Connection refused]\n\
               [mx2.example.net. 198.51.100.26: Connection refused]\n",
        recipient: Some("ana@example.net"),
        reason: Reason::Expired,
        permanent: false,
        retrying: false,
        receiver_ip: Some("198.51.100.26"),
    },
    Case {
        name: "gmail dns domain not found",
        text: "DNS Error: Domain name not found\n",
        recipient: None,
        reason: Reason::HostUnknown,
        permanent: true,
        retrying: false,
        receiver_ip: None,
    },
    Case {
        name: "gmail dns no data",
        text: "Your message wasn't delivered to bo@example.org.\n\n\
               DNS Error: DNS server returned answer with no data for example.org\n",
        recipient: Some("bo@example.org"),
        reason: Reason::HostUnknown,
        permanent: true,
        retrying: false,
        receiver_ip: None,
    },
    Case {
        name: "gmail domain couldn't be found",
        text: "** Message not delivered **\n\n\
               Your message couldn't be delivered to example.invalid because the domain example.invalid \
               couldn't be found. Check for typos or unnecessary spaces and try again.\n",
        recipient: None,
        reason: Reason::HostUnknown,
        permanent: true,
        retrying: false,
        receiver_ip: None,
    },
    Case {
        name: "gmail message blocked heading",
        text: "** Message blocked **\n\n\
               Your message to cy@example.net has been blocked. See technical details below for more information.\n",
        recipient: Some("cy@example.net"),
        reason: Reason::OnHold,
        permanent: true,
        retrying: false,
        receiver_ip: None,
    },
    Case {
        name: "yahoo no mx or a records",
        text: "Sorry, we were unable to deliver your message to the following address.\n\n\
               <di@example.net>:\n\
               No MX or A records for example.net\n",
        recipient: Some("di@example.net"),
        reason: Reason::HostUnknown,
        permanent: true,
        retrying: false,
        receiver_ip: None,
    },
    Case {
        name: "yahoo connection refused",
        text: "Sorry, we were unable to deliver your message to the following address.\n\n\
               <di@example.net>:\n\
               Remote host said: connect to mx.example.net:25: Connection refused\n",
        recipient: Some("di@example.net"),
        reason: Reason::NetworkError,
        permanent: false,
        retrying: false,
        receiver_ip: None,
    },
    Case {
        name: "microsoft system not accepting",
        text: "Delivery has failed to these recipients or groups:\n\n\
               fay@example.org\n\
               The recipient's email system isn't accepting messages now. Please try resending this \
               message later or contact the recipient directly.\n",
        recipient: Some("fay@example.org"),
        reason: Reason::SystemError,
        permanent: false,
        retrying: false,
        receiver_ip: None,
    },
    Case {
        name: "microsoft problem occurred",
        text: "Delivery has failed to these recipients or groups:\n\n\
               fay@example.org\n\
               A problem occurred while delivering this message to this email address. Try sending \
               this message again. If the problem continues, please contact your helpdesk.\n",
        recipient: Some("fay@example.org"),
        reason: Reason::SystemError,
        permanent: false,
        retrying: false,
        receiver_ip: None,
    },
    Case {
        name: "postfix refused no recipient",
        text: "connect to mx.example.net[203.0.113.20]:25: Connection refused\n",
        recipient: None,
        reason: Reason::NetworkError,
        permanent: false,
        retrying: false,
        receiver_ip: Some("203.0.113.20"),
    },
    // Postfix adds ", try again" when the resolver's answer was a
    // temporary failure, so only the form without it is a missing domain.
    Case {
        name: "postfix dns try again",
        text: "Host or domain name not found. Name service error for name=example.net type=MX: \
               Host not found, try again\n",
        recipient: None,
        reason: Reason::NetworkError,
        permanent: false,
        retrying: false,
        receiver_ip: None,
    },
    Case {
        name: "postfix host not found",
        text: "Host or domain name not found. Name service error for name=example.net type=AAAA: \
               Host not found\n",
        recipient: None,
        reason: Reason::HostUnknown,
        permanent: true,
        retrying: false,
        receiver_ip: None,
    },
    Case {
        name: "exim all hosts failing",
        text: "  eve@example.net\n    all hosts for 'example.net' have been failing for a long time \
               (and retry time not reached)\n",
        recipient: Some("eve@example.net"),
        reason: Reason::Expired,
        permanent: false,
        retrying: false,
        receiver_ip: None,
    },
    Case {
        name: "exim retry timeout alone",
        text: "retry timeout exceeded\n",
        recipient: None,
        reason: Reason::Expired,
        permanent: false,
        retrying: false,
        receiver_ip: None,
    },
];

/// Wraps `text` as the body of a bounce email from a mail system.
fn whole_email(text: &str) -> String {
    format!(
        "Received: from mail.example.com (mail.example.com [192.0.2.44])\n\
         \tby mx.example.com with ESMTP id 1; Fri, 4 Dec 2026 15:00:00 +0000\n\
         From: Mail Delivery Subsystem <mailer-daemon@example.com>\n\
         To: alex@example.com\n\
         Subject: Delivery Status Notification (Failure)\n\
         Date: Fri, 4 Dec 2026 15:12:00 +0000\n\
         Message-ID: <bounce1@example.com>\n\
         MIME-Version: 1.0\n\
         Content-Type: text/plain; charset=UTF-8\n\n{text}"
    )
}

/// Puts `text` below a person's note as an inline forward.
fn inline_forward(text: &str) -> String {
    format!(
        "From: Alex Doe <alex@example.com>\n\
         To: Sam Roe <sam@example.com>\n\
         Subject: Fwd: Delivery Status Notification (Failure)\n\
         Date: Fri, 4 Dec 2026 15:20:00 +0000\n\
         Message-ID: <fwd1@example.com>\n\
         MIME-Version: 1.0\n\
         Content-Type: text/plain; charset=UTF-8\n\n\
         Sam, this bounced. Can you look at it?\n\n\
         ---------- Forwarded message ---------\n\
         From: Mail Delivery Subsystem <mailer-daemon@example.com>\n\
         Date: Fri, Dec 4, 2026 at 3:12 PM\n\
         Subject: Delivery Status Notification (Failure)\n\
         To: <alex@example.com>\n\n\n{text}"
    )
}

fn check(case: &Case, form: &str, report: &Report, final_bounce: bool) {
    let label = format!("{} ({form})", case.name);
    assert_ne!(report.input_kind, InputKind::NotBounce, "{label}: {}", report.summary);
    assert_eq!(report.recipients.len(), 1, "{label}: {report:?}");
    let card = &report.recipients[0];
    assert_eq!(card.recipient.as_deref(), case.recipient, "{label}");
    assert_eq!(card.reason, case.reason, "{label}: {}", card.diagnostic);
    assert_eq!(card.permanent, case.permanent, "{label}: permanent");
    // A bounce email is the sending server's final report, so it has
    // stopped retrying whatever the text alone suggests.
    let retrying = case.retrying && !final_bounce;
    assert_eq!(card.retrying, retrying, "{label}: retrying");
    if let Some(receiver) = case.receiver_ip {
        assert_ne!(card.sender_ip.as_deref(), Some(receiver), "{label}: receiver quoted as sender");
    }
    if !final_bounce {
        assert_eq!(card.sender_ip, None, "{label}: sender IP");
    }
}

#[test]
fn codeless_notice_pasted_alone() {
    for case in CASES {
        check(case, "pasted", &explain(case.text), false);
    }
}

#[test]
fn codeless_notice_in_bounce_email() {
    for case in CASES {
        check(case, "email", &explain(&whole_email(case.text)), true);
    }
}

#[test]
fn codeless_notice_inline_forwarded() {
    for case in CASES {
        check(case, "forward", &explain(&inline_forward(case.text)), true);
    }
}

/// Chat and prose that only mention a connection failure or quote a
/// notice's words inside a sentence.
const PROSE: &[&str] = &[
    "hey, my ssh to the build box says connection refused again, can you check?\n",
    "The database connection timed out twice this morning, so I restarted the pool.\n",
    "If the recipient server refuses the connection, Gmail shows \"The recipient server did not \
     accept our requests to connect\" and retries later.\n",
    "Our wiki says a DNS Error: line in a bounce means the domain is wrong.\n",
    "curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused\n",
    "ana@example.net wrote: the VPN keeps saying connection refused, all hosts down?\n",
];

#[test]
fn connection_prose_not_bounce() {
    for text in PROSE {
        let report = explain(text);
        assert_eq!(report.input_kind, InputKind::NotBounce, "{text}");
        assert!(report.recipients.is_empty(), "{text}");
    }
}
