//! DMARC aggregate reports (RFC 7489, appendix C) and SMTP TLS reports
//! (RFC 8460) pasted in place of a bounce are named as what they are, not
//! met with a request to paste more of a bounce.

use bounce_explainer::{explain, InputKind, Report};

const PASTE_MORE: &str = "Paste the whole bounce message";

const DMARC_XML: &str = r#"<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>google.com</org_name>
    <email>noreply-dmarc-support@google.com</email>
    <report_id>1234567890</report_id>
    <date_range><begin>1764892800</begin><end>1764979199</end></date_range>
  </report_metadata>
  <policy_published><domain>example.com</domain><p>reject</p></policy_published>
  <record>
    <row><source_ip>192.0.2.60</source_ip><count>12</count>
      <policy_evaluated><disposition>reject</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></row>
    <identifiers><header_from>example.com</header_from></identifiers>
  </record>
</feedback>
"#;

const TLSRPT_JSON: &str = r#"{"organization-name":"Google Inc.","date-range":{"start-datetime":"2026-12-04T00:00:00Z","end-datetime":"2026-12-04T23:59:59Z"},"contact-info":"smtp-tls-reporting@google.com","report-id":"2026-12-04T00:00:00Z_example.com","policies":[{"policy":{"policy-type":"sts","policy-string":["version: STSv1","mode: enforce","mx: mx.example.com","max_age: 86400"],"policy-domain":"example.com"},"summary":{"total-successful-session-count":10,"total-failure-session-count":3},"failure-details":[{"result-type":"certificate-expired","sending-mta-ip":"192.0.2.61","receiving-mx-hostname":"mx.example.com","failed-session-count":3}]}]}"#;

/// Builds a report email whose attachment has this content type and file
/// name. The attachment's bytes are not a real archive: only the email's
/// headers and part headers name the report.
fn report_mail(subject: &str, extra_headers: &str, content_type: &str, filename: &str) -> String {
    format!(
        "From: noreply-dmarc-support@google.com\nTo: reports@example.com\n\
         Subject: {subject}\nDate: Sat, 5 Dec 2026 07:00:00 +0000\n{extra_headers}\
         MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"d\"\n\n\
         --d\nContent-Type: text/plain\n\nThis is an aggregate report from google.com.\n\n\
         --d\nContent-Type: {content_type}; name=\"{filename}\"\n\
         Content-Transfer-Encoding: base64\n\
         Content-Disposition: attachment; filename=\"{filename}\"\n\n\
         UEsDBBQAAAAIAAAAIQAAAAAAAAAAAAAAAAAJAAAAcmVwb3J0LnhtbAMAUEsBAhQAFAAAAAgAAAAh\n--d--\n"
    )
}

fn assert_named(report: &Report, name: &str, input: &str) {
    assert_eq!(report.input_kind, InputKind::NotBounce, "{input}");
    assert!(report.recipients.is_empty(), "{input}");
    assert!(report.summary.contains(name), "{input}: {}", report.summary);
    assert!(report.summary.contains("not a bounce"), "{input}: {}", report.summary);
    let notes: Vec<&str> = report.notes.iter().map(|n| n.message.as_str()).collect();
    assert!(!notes.iter().any(|n| n.contains(PASTE_MORE)), "{input}: {notes:?}");
}

#[test]
fn dmarc_report_named() {
    let subject = "Report domain: example.com Submitter: google.com Report-ID: 1234567890";
    let inputs = [
        DMARC_XML.to_string(),
        report_mail(
            subject,
            "",
            "application/zip",
            "google.com!example.com!1764892800!1764979199.zip",
        ),
        report_mail(
            subject,
            "",
            "application/gzip",
            "google.com!example.com!1764892800!1764979199.xml.gz",
        ),
        // Without the subject that RFC 7489 specifies, the attachment name identifies the report.
        report_mail(
            "DMARC",
            "",
            "application/octet-stream",
            "google.com!example.com!1764892800!1764979199.xml.gz",
        ),
    ];
    for input in inputs {
        assert_named(&explain(&input), "DMARC aggregate report", &input);
    }
}

#[test]
fn dmarc_note_explains_rejects() {
    let report = explain(DMARC_XML);
    let notes: Vec<&str> = report.notes.iter().map(|n| n.message.as_str()).collect();
    assert!(notes.iter().any(|n| n.contains("reject")), "{notes:?}");
}

#[test]
fn tls_report_named() {
    let subject = "Report Domain: example.com Submitter: google.com Report-ID: <2026.12.04T00.00.00Z+example.com@google.com>";
    let tls_headers = "TLS-Report-Domain: example.com\nTLS-Report-Submitter: google.com\n";
    let inputs = [
        TLSRPT_JSON.to_string(),
        report_mail(
            subject,
            tls_headers,
            "application/tlsrpt+gzip",
            "google.com!example.com!1764892800!1764979199!001.json.gz",
        ),
        report_mail(
            subject,
            "",
            "application/tlsrpt+json",
            "google.com!example.com!1764892800!1764979199!001.json",
        ),
    ];
    for input in inputs {
        assert_named(&explain(&input), "TLS report", &input);
    }
}

#[test]
fn reply_in_report_text_still_named() {
    // RFC 7489's `<comment>` and RFC 8460's `failure-reason-code` and
    // `additional-information` are free text, which can quote a reply.
    let dmarc = DMARC_XML.replace(
        "<disposition>reject</disposition>",
        "<disposition>reject</disposition><reason><type>local_policy</type>\
         <comment>550 5.7.1 rejected by DMARC policy</comment></reason>",
    );
    assert_named(&explain(&dmarc), "DMARC aggregate report", &dmarc);
    for field in [
        r#""failure-reason-code":"421 4.7.0 TLS handshake failed""#,
        r#""additional-information":"550 5.7.0 certificate expired""#,
    ] {
        let tls = TLSRPT_JSON.replace(
            r#""failed-session-count":3"#,
            &format!(r#""failed-session-count":3,{field}"#),
        );
        assert!(tls.contains(field), "{tls}");
        assert_named(&explain(&tls), "TLS report", &tls);
    }
    let mail = format!(
        "From: noreply-dmarc-support@example.net\nTo: reports@example.com\n\
         Subject: Report domain: example.com Submitter: example.net Report-ID: 1234567890\n\
         MIME-Version: 1.0\nContent-Type: text/xml\n\n{dmarc}"
    );
    assert_named(&explain(&mail), "DMARC aggregate report", &mail);
}

#[test]
fn ordinary_text_not_named() {
    for input in [
        "Our DMARC aggregate report shows failures, what do I do?",
        "From: a@example.com\nTo: b@example.com\nSubject: Report domain: sales figures\n\nHello.\n",
        r#"{"organization-name":"Example","note":"not a report"}"#,
    ] {
        let report = explain(input);
        assert!(!report.summary.contains("DMARC aggregate report"), "{input}: {}", report.summary);
        assert!(!report.summary.contains("TLS report"), "{input}: {}", report.summary);
    }
}

#[test]
fn bounced_report_mail_is_bounce() {
    let bounce = format!(
        "550 5.1.1 <reports@example.com>: Recipient address rejected: User unknown\n\n{DMARC_XML}"
    );
    let report = explain(&bounce);
    assert_eq!(report.recipients.len(), 1, "{}", report.summary);
}
