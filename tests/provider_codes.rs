//! A provider's code is reported only where it adds to the reply code and
//! the enhanced status code. Gmail and Microsoft 365 rules match on the
//! enhanced status code alone, and repeating it as "the provider's code"
//! made notes read "550 5.1.1 5.1.1".

use bounce_explainer::explain;

#[test]
fn status_is_not_repeated_as_provider_code() {
    let cases = [
        (
            "550-5.1.1 The email account that you tried to reach does not exist. Please try \
             double-checking the recipient's email address for typos or unnecessary spaces. \
             For more information, go to https://support.google.com/mail/?p=NoSuchUser \
             a1si2.3 - gsmtp",
            "google",
            "5.1.1",
        ),
        (
            "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient \
             to https://support.google.com/mail/?p=OverQuotaTemp a1si2.3 - gsmtp",
            "google",
            "4.2.2",
        ),
        (
            "550 5.7.606 Access denied, banned sending IP [203.0.113.5]. To request removal from \
             this list please visit https://sender.office.com/ and follow the directions. \
             [BN8NAM12FT011.eop-nam12.prod.protection.outlook.com]",
            "microsoft",
            "5.7.606",
        ),
    ];
    for (text, provider, status) in cases {
        let report = explain(text);
        let r = &report.recipients[0];
        assert_eq!(r.provider.as_deref(), Some(provider), "{text}");
        assert_eq!(r.status.as_deref(), Some(status), "{text}");
        assert_eq!(r.code, None, "{text}");
    }
}

#[test]
fn provider_own_code_is_still_reported() {
    let report = explain(
        "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net \
         203.0.113.5 BL000010 found on one or more DNSBLs, see \
         http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
    );
    assert_eq!(report.recipients[0].code.as_deref(), Some("BL000010"));
    let report = explain("421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes");
    assert_eq!(report.recipients[0].code.as_deref(), Some("TSS04"));
}
