//! A reply pasted on its own names no MTA that wrote a bounce: the
//! wording of the reply, or of the one line quoting it, is not a bounce.

use bounce_explainer::explain;

#[test]
fn quoted_reply_alone_names_no_mta() {
    let lines = [
        "Remote Server returned '550 5.7.708 Service unavailable. Access denied, traffic not \
         accepted from this IP. AS(2) [DM6NAM10FT012.eop-nam10.prod.protection.outlook.com]'",
        "Remote Server returned '554 5.4.14 Hop count exceeded - possible mail loop ATTR34'",
        "  Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient \
         not found by SMTP address lookup'\n",
    ];
    for line in lines {
        let report = explain(line);
        assert_eq!(report.recipients.len(), 1, "{line}: {report:?}");
        assert_eq!(report.mta, None, "{line}");
    }
}

#[test]
fn whole_exchange_report_keeps_its_mta() {
    let ndr = "Delivery has failed to these recipients or groups:\n\n\
        bob@example.org\n\
        The e-mail address you entered couldn't be found.\n\n\
        Diagnostic information for administrators:\n\n\
        Generating server: mail.example.com\n\n\
        bob@example.org\n\
        Remote Server returned '550 5.1.1 User unknown'\n";
    assert_eq!(explain(ndr).mta.as_deref(), Some("exchange2007"));
    let short = "Delivery has failed to these recipients or groups:\n\n\
        bob@example.org\n\
        Remote Server returned '550 5.1.1 User unknown'\n";
    assert_eq!(explain(short).mta.as_deref(), Some("exchange2007"));
}
