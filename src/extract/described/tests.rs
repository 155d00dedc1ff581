use super::*;

fn describes(text: &str, reply: &str, status: &str) -> bool {
    let failure =
        Failure { reply: Some(reply.into()), status: Some(status.into()), ..Default::default() };
    describes_reply(&failure, text)
}

#[test]
fn talk_about_replies() {
    for (text, reply, status) in [
        ("I think the error\nwas something like 550 5.1.1 but I deleted it.", "550", "5.1.1"),
        ("This week: Microsoft started returning 550 5.7.1 to senders listed on\nSpamhaus.", "550", "5.7.1"),
        ("and Gmail now answers 421 4.7.28 to bulk senders.", "421", "4.7.28"),
        ("Our policy: messages over 25 MB are rejected with 552 5.3.4 Message size exceeds fixed limit.", "552", "5.3.4"),
        ("Unknown users get 550 5.1.1 User unknown.", "550", "5.1.1"),
        (
            "Last week's incident: Yahoo answered \"421 4.7.0 [TSS04] Messages from 192.0.2.44 \
             temporarily deferred\" for two hours. It has recovered.",
            "421",
            "4.7.0",
        ),
        ("The relay replied 452 4.2.2 Mailbox full on Friday.\nThat's fixed now.", "452", "4.2.2"),
        ("The bounce said 550 5.1.1 or something like that.", "550", "5.1.1"),
        ("Our mails bounce with 550 5.7.1 S3150 and mention 192.0.2.44.", "550", "5.7.1"),
        ("Why do our mails to Gmail bounce with 550 5.7.26 - gsmtp?", "550", "5.7.26"),
        ("Mail to AOL comes back with 421 4.7.0 [TS01] every morning.", "421", "4.7.0"),
    ] {
        assert!(describes(text, reply, status), "{text}");
    }
}

#[test]
fn replies_set_off_are_not_described() {
    for (text, reply, status) in [
        ("550 5.1.1 User unknown. I think it is a typo.", "550", "5.1.1"),
        ("host mx.example.net[198.51.100.5] said: 550 5.7.1 blocked for two hours. It was fixed.", "550", "5.7.1"),
        ("Diagnostic-Code: smtp; 550 5.1.1 Mailbox is over quota", "550", "5.1.1"),
        ("Remote Server returned '550 5.1.1 User unknown'", "550", "5.1.1"),
        ("Remote Server returned '451 4.7.1 Greylisted for 5 minutes'", "451", "4.7.1"),
        ("The server returned 554 5.7.1 Message rejected, possibly spam", "554", "5.7.1"),
        ("Your message was rejected with 550 5.7.1 Access denied", "550", "5.7.1"),
        ("Remote host said: 553 5.3.0 Host name could not be resolved", "553", "5.3.0"),
        ("The server returned 550 5.1.1.", "550", "5.1.1"),
        ("Delivery to bob@example.net was rejected with 5.7.1", "550", "5.7.1"),
        ("Your mail to bob@example.net bounced back with 550 5.1.1 and was not delivered.", "550", "5.1.1"),
        ("Why does our mail bounce with 550 5.7.1 Access denied?", "550", "5.7.1"),
    ] {
        assert!(!describes(text, reply, status), "{text}");
    }
}
