use super::*;

fn failure(recipient: &str) -> Failure {
    Failure {
        recipient: Some(recipient.to_string()),
        reply: Some("421".into()),
        ..Default::default()
    }
}

const LOG: &str = "Dec  4 10:00:02 mail postfix/smtp[12346]: 5A1B2C3D4E5: \
    to=<carol@example.net>, relay=mx.example.net[198.51.100.8]:25, delay=300, \
    dsn=4.7.0, status=deferred (host mx.example.net[198.51.100.8] said: 421 4.7.0 \
    Try again later (in reply to end of DATA command))\n\
    Dec  4 10:00:03 mail postfix/smtp[12347]: 6B2C3D4E5F6: to=<Dan@Example.org>, \
    relay=mx.example.org[198.51.100.9]:25, dsn=5.1.1, status=bounced (host \
    mx.example.org[198.51.100.9] said: 550 5.1.1 User unknown)\n";

#[test]
fn log_status_per_recipient() {
    let mut failures = [failure("carol@example.net"), failure("dan@example.org")];
    apply(LOG, &mut failures);
    assert_eq!(failures[0].action.as_deref(), Some("delayed"));
    assert_eq!(failures[1].action.as_deref(), Some("failed"));
}

#[test]
fn last_logged_status_wins() {
    let log = "to=<carol@example.net>, status=deferred (busy)\n\
               to=<carol@example.net>, status=sent (250 2.0.0 Ok)\n";
    let mut failures = [failure("carol@example.net")];
    apply(log, &mut failures);
    assert_eq!(failures[0].action.as_deref(), Some("delivered"));
}

#[test]
fn expired_status_sets_reason() {
    let line =
        "postfix/qmgr[9]: 5A1B2C3D4E5: to=<carol@example.net>, status=expired, returned to sender";
    let mut failures = [failure("carol@example.net")];
    apply(line, &mut failures);
    assert_eq!(failures[0].action.as_deref(), Some("failed"));
    assert_eq!(failures[0].reason, Some(Reason::Expired));
}

#[test]
fn gave_up_sentence_fails_all() {
    let text = "This is a permanent error; I've given up.\n<carol@example.net>: 451 busy\n";
    let mut failures = [failure("carol@example.net")];
    apply(text, &mut failures);
    assert_eq!(failures[0].action.as_deref(), Some("failed"));
}

#[test]
fn gave_up_sentence_spares_success_reply() {
    let text = "Your message could not be delivered.\n\
                <carol@example.net>: 550 5.1.1 User unknown\n\
                <dora@example.com>: delivery via mx.example.com[198.51.100.40]:25: \
                250 2.0.0 Ok: queued as 999\n";
    let mut failures = [
        Failure {
            recipient: Some("carol@example.net".into()),
            reply: Some("550".into()),
            status: Some("5.1.1".into()),
            ..Default::default()
        },
        Failure {
            recipient: Some("dora@example.com".into()),
            reply: Some("250".into()),
            status: Some("2.0.0".into()),
            ..Default::default()
        },
        Failure {
            recipient: Some("erin@example.com".into()),
            reply: Some("250".into()),
            ..Default::default()
        },
    ];
    apply(text, &mut failures);
    assert_eq!(failures[0].action.as_deref(), Some("failed"));
    assert_eq!(failures[1].action.as_deref(), Some("delivered"));
    // A 2xx reply without a status may be quoted beside a failure.
    assert_eq!(failures[2].action.as_deref(), Some("failed"));
}

#[test]
fn log_line_diagnostic_is_bracketed_text() {
    let line = "Dec  4 10:00:02 mail postfix/smtp[1234]: 3F2A1C0125: to=<eve@example.org>, \
        relay=none, delay=300, dsn=4.4.1, status=deferred (connect to \
        mx.example.org[198.51.100.5]:25: Connection timed out)";
    let mut failures = [Failure {
        recipient: Some("eve@example.org".into()),
        status: Some("4.4.1".into()),
        diagnostic: "4.4.1, status=deferred (connect to mx.example.org[198.51.100.5]:25: Connection timed out)".into(),
        ..Default::default()
    }];
    apply(line, &mut failures);
    assert_eq!(
        failures[0].diagnostic,
        "connect to mx.example.org[198.51.100.5]:25: Connection timed out"
    );
    assert_eq!(failures[0].action.as_deref(), Some("delayed"));
}

#[test]
fn exim_error_line_fails_its_block() {
    let text = "  carol@example.net\n    SMTP error from remote mail server after RCPT \
                TO:<carol@example.net>:\n    451 4.7.1 Try again later\n";
    let mut failures = [failure("carol@example.net")];
    apply(text, &mut failures);
    assert_eq!(failures[0].action.as_deref(), Some("failed"));
}

#[test]
fn exim_delay_reason_line_states_nothing() {
    let text = "  carol@example.net\n    Delay reason: SMTP error from remote mail server \
                after RCPT TO:<carol@example.net>:\n    451 4.7.1 Try again later\n";
    let mut failures = [failure("carol@example.net")];
    apply(text, &mut failures);
    assert_eq!(failures[0].action, None);
}

#[test]
fn reply_alone_states_nothing() {
    let text = "<carol@example.net>: host mx.example.net[198.51.100.8] said: 450 4.2.0 busy\n";
    let mut failures = [failure("carol@example.net")];
    apply(text, &mut failures);
    assert_eq!(failures[0].action, None);
}
