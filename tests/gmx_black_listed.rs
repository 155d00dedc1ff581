//! GMX and Web.de refuse a listed sending IP with "IP address is black
//! listed" and the case code `c=bl`. That is their own block, explained by
//! the GMX entry with the postmaster pages, not by the generic card that
//! looks for a blocklist the reply names.

use crate::cards::only;

const GMX_BL: &str = "<bob@gmx.de>: host mx00.emig.gmx.net[198.51.100.20] refused to talk to me:
    554-gmx.net (mxgmx012) Nemesis ESMTP Service not available 554-No SMTP
    service 554-IP address is black listed. 554 For explanation visit
    https://www.gmx.net/mail/senderguidelines?ip=203.0.113.45&c=bl
";

const WEBDE_BL: &str = "<bob@web.de>: host mx-ha03.web.de[198.51.100.20] refused to talk to me:
    554-web.de (mxweb112) Nemesis ESMTP Service not available 554-No SMTP
    service 554-IP address is black listed. 554 For explanation visit
    https://web.de/email/senderguidelines?ip=203.0.113.45&c=bl
";

const WEBDE_PTR: &str = "<bob@web.de>: host mx-ha03.web.de[198.51.100.20] refused to talk to me:
    554-web.de (mxweb112) Nemesis ESMTP Service not available 554-No SMTP
    service 554-Bad DNS PTR resource record. 554 For explanation visit
    https://web.de/email/senderguidelines?ip=203.0.113.45&c=hi
";

#[test]
fn black_listed_gets_gmx_entry() {
    for text in [GMX_BL, WEBDE_BL] {
        let recipient = only(text);
        assert_eq!(recipient.provider.as_deref(), Some("gmx"), "{text}");
        assert_eq!(recipient.explanation.entry, "gmx/ip-listed", "{text}");
        let gmx_link = recipient.links.iter().any(|l| l.url.contains("gmx."));
        assert!(gmx_link, "{:?}", recipient.links);
        assert_eq!(recipient.sender_ip.as_deref(), Some("203.0.113.45"));
    }
}

#[test]
fn black_listed_names_no_list() {
    let recipient = only(GMX_BL);
    assert!(recipient.blocklists.is_empty(), "{:?}", recipient.blocklists);
    for step in &recipient.explanation.steps {
        assert!(!step.contains("named in the reply"), "{step}");
    }
}

#[test]
fn bad_ptr_keeps_own_entry() {
    assert_eq!(only(WEBDE_PTR).explanation.entry, "gmx/bad-ptr");
}
