//! A recipient domain that does not exist, in the words of Gmail and
//! Postfix: the sender fixes the address, and no step says to wait beside
//! a permanent retry line.

use bounce_explainer::{explain, Actor, Reason};

fn check_missing_domain(text: &str) {
    let report = explain(text);
    assert_eq!(report.recipients.len(), 1, "{text}");
    let r = &report.recipients[0];
    assert_eq!(r.reason, Reason::HostUnknown, "{text}");
    assert_eq!(r.explanation.who_acts, Actor::You, "{text}");
    if r.permanent {
        for step in &r.explanation.steps {
            assert!(!step.to_lowercase().contains("wait"), "{step}");
        }
    }
}

#[test]
fn gmail_domain_not_found_notice() {
    check_missing_domain(
        "Address not found\n\
         Your message wasn't delivered to user@example.invalid because the domain \
         example.invalid couldn't be found. Check for typos or unnecessary spaces and try again.\n\n\
         The response was:\n\
         DNS Error: DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN \
         Domain name not found: example.invalid\n",
    );
}

#[test]
fn gmail_nxdomain_error_alone() {
    check_missing_domain(
        "Your message wasn't delivered to user@example.test.\n\n\
         DNS Error: 4512345 DNS type 'mx' lookup of example.test responded with code NXDOMAIN\n",
    );
}

#[test]
fn gmail_dns_servfail_stays_a_network_error() {
    let report = explain(
        "Your message wasn't delivered to user@example.org.\n\n\
         DNS Error: 4512345 DNS type 'mx' lookup of example.org responded with code SERVFAIL\n",
    );
    assert_eq!(report.recipients.len(), 1);
    assert_eq!(report.recipients[0].reason, Reason::NetworkError);
}

#[test]
fn postfix_host_or_domain_not_found() {
    check_missing_domain(
        "<user@example.invalid>: Host or domain name not found. Name service error for \
         name=example.invalid type=A: Host not found\n",
    );
}
