//! Sending services' policies for the removal of their own IP addresses
//! from blocklists. A receiver that refuses mail sent through a service
//! refuses the service's own address, so the sender's mail administrator
//! cannot request its removal. Most services below state on their own
//! pages how they handle listings of the addresses their customers share,
//! and some also state who requests the removal of a dedicated address.
//! The others publish no such policy, so their steps send the request to
//! the service's support page.

/// One sending service's delisting policy, worded as card steps.
#[derive(Debug)]
pub struct ServiceIpPolicy {
    /// The event record's format id, as `report::sending_service_name` reads it.
    pub service: &'static str,
    /// The step for a shared address, which names the service's support.
    /// For a service whose page does not tell shared and dedicated
    /// addresses apart, the step covers every address of the service.
    pub shared: &'static str,
    /// The step that names who requests the removal of a dedicated
    /// address, or `None` when the service's page does not state it.
    pub dedicated: Option<&'static str>,
    /// Public pages the statements come from, and the support page that
    /// a step names where the service publishes no policy.
    pub sources: &'static [&'static str],
}

/// Every service whose delisting policy was checked, including the
/// services for which no policy page was found.
///
/// NOTE: the support pages named for Postmark, Mandrill, Mailjet and
/// SMTP2GO were not read. Their addresses come from other projects'
/// documentation and code that link them.
pub static POLICIES: &[ServiceIpPolicy] = &[
    // SendGrid's older help page states that its support handles every
    // delisting request for shared IP plans, and that dedicated IP users
    // file the first request themselves. Its current page adds that it
    // already works with Spamhaus on listings of shared addresses.
    ServiceIpPolicy {
        service: "sendgrid",
        shared: "On a shared IP plan (Free or Essentials), SendGrid handles the delisting \
                 of its shared addresses: send this event to SendGrid's support if the \
                 block persists, and do not file a removal request yourself.",
        dedicated: Some(
            "On a dedicated IP plan, the IP is your account's alone: whoever runs the \
             SendGrid account fixes the cause and requests the removal through the list's \
             link below. SendGrid's support helps when the list accepts requests only \
             from the IP's owner.",
        ),
        sources: &[
            "https://github.com/sendgrid/docs/blob/0cbf9d840b0c2a58248af1e95c4d331853736e8c/source/Classroom/Deliver/Undeliverable_Email/what_do_i_do_if_im_blacklisted.md",
            "https://www.twilio.com/docs/sendgrid/ui/sending-email/deny-lists",
        ],
    },
    // Amazon SES's blocklist FAQ states that it monitors its address space
    // and works with list operators to resolve listings. The deliverability
    // dashboard guide directs the owner of a listed dedicated address to ask
    // the list's operator for its removal.
    // NOTE: the FAQ does not name AWS Support as the contact for a
    // lasting block of a shared address.
    ServiceIpPolicy {
        service: "amazonses",
        shared: "On Amazon SES's shared addresses, Amazon SES tracks listings and works \
                 with the list operators to resolve them, so do not file a removal request \
                 yourself. If the block persists, open a case with Amazon SES's support \
                 (AWS Support) and include this notification.",
        dedicated: Some(
            "On a dedicated IP address, whoever runs the AWS account fixes the cause and \
             requests the removal through the list's link below.",
        ),
        sources: &[
            "https://github.com/awsdocs/amazon-ses-developer-guide/blob/3f3449d1caa225e4965c0b22901bd68c792a7f34/doc-source/blacklists.md",
            "https://docs.aws.amazon.com/pinpoint/latest/userguide/channels-email-deliverability-dashboard-ip-address.html",
        ],
    },
    // Mailgun's help page on blocklists names the lists it monitors and
    // states that it has most likely already requested the delisting when
    // its events show failures caused by one. It directs customers to send the
    // full log entry to its support to check the delisting's progress. The
    // page does not tell shared and dedicated addresses apart.
    ServiceIpPolicy {
        service: "mailgun",
        shared: "Mailgun monitors the major blocklists and has most likely already \
                 requested the delisting of its address, so do not file a removal request \
                 yourself. If the block persists, send this event, with its full log entry, \
                 to Mailgun's support and ask about the delisting.",
        dedicated: None,
        sources: &["https://help.mailgun.com/hc/en-us/articles/115005365027-What-is-a-blacklist-"],
    },
    // SparkPost's blog post on blocklisted addresses states that it
    // monitors the blocklists, works at once to resolve a listing of its
    // shared pools that affects its customers, and suspends the sender who
    // caused it. The advice to ask its support when the block lasts is the
    // card's own, because the post names no contact.
    // NOTE: the post was read on SparkPost's staging host, and its part on
    // dedicated addresses was not seen, so the card gives no dedicated step.
    ServiceIpPolicy {
        service: "sparkpost",
        shared: "On SparkPost's shared IP pools, SparkPost monitors the blocklists and \
                 works to resolve a listing that affects its customers, so do not file a \
                 removal request yourself. If the block persists, send this event to \
                 SparkPost's support.",
        dedicated: None,
        sources: &["https://staging.sparkpost.com/blog/troubleshooting-blacklisted-ip-addresses/"],
    },
    // Brevo's blocklist FAQ directs users on a shared IP to contact its
    // support, which investigates the listing. The rest of the page is
    // written for users on a dedicated IP and names the causes they fix,
    // such as purchased or outdated contact lists.
    ServiceIpPolicy {
        service: "brevo",
        shared: "On a shared IP, Brevo's support investigates the listing: send this event \
                 to Brevo's support.",
        dedicated: Some(
            "On a dedicated IP, the IP is your account's alone: whoever runs the Brevo \
             account fixes the cause, such as mail to purchased or outdated contact lists \
             or to contacts who no longer engage.",
        ),
        sources: &["https://help.brevo.com/hc/es/articles/8847188389650-FAQs-Why-is-my-IP-address-or-domain-blocklisted"],
    },
    // Postmark's blog post on blocklists states that many lists add and
    // drop addresses on their own, and that a listing matters only to
    // receivers that check that list. It names no contact and does not
    // state who requests the removal of Postmark's own addresses.
    ServiceIpPolicy {
        service: "postmark",
        shared: "Postmark owns this IP and publishes no delisting policy for its \
                 addresses, so only Postmark can request the removal: send this event to \
                 Postmark's support at https://postmarkapp.com/support and ask about the \
                 delisting.",
        dedicated: None,
        sources: &[
            "https://postmarkapp.com/blog/how-blacklists-dont-work",
            "https://postmarkapp.com/support",
        ],
    },
    // Mailchimp Transactional's guide on reputation states that the
    // service manages the IP addresses it sends from and protects their
    // reputation through each account's hourly quota. It does not
    // mention blocklist listings. Mailchimp's help page on blocklists states
    // that Mailchimp monitors the major lists and has a listed server of
    // its own removed, but that page is written for Mailchimp's marketing
    // campaigns and does not name Mailchimp Transactional.
    ServiceIpPolicy {
        service: "mandrill",
        shared: "Mandrill owns this IP and publishes no delisting policy for its \
                 addresses, so only Mandrill can request the removal: send this event to \
                 Mandrill's support through Mailchimp's contact page, \
                 https://mailchimp.com/contact/, and ask about the delisting.",
        dedicated: None,
        sources: &[
            "https://mailchimp.com/developer/transactional/docs/reputation-rejections/",
            "https://mailchimp.com/help/how-blacklists-work/",
            "https://mailchimp.com/contact/",
        ],
    },
    // Mailjet's pricing FAQ states that most customers send from shared
    // IPs and that a dedicated IP's reputation follows its owner's own
    // sending. No Mailjet page that states who handles a listing of either
    // kind of address was found. Its help articles send account problems
    // to a ticket with its support.
    ServiceIpPolicy {
        service: "mailjet",
        shared: "Mailjet owns this IP and publishes no delisting policy for its \
                 addresses, so only Mailjet can request the removal: open a ticket with \
                 Mailjet's support at https://app.mailjet.com/support, include this event \
                 and ask about the delisting.",
        dedicated: None,
        sources: &[
            "https://www.mailjet.com/blog/mj_faq_category/pricing/",
            "https://documentation.mailjet.com/hc/en-us/articles/360053556214-Why-has-my-account-been-blocked-limited-suspended-",
            "https://app.mailjet.com/support",
        ],
    },
    // SMTP2GO's help article on new accounts states that it reviews new
    // accounts to keep its IP addresses off blocklists. It does not state
    // who requests the removal of a listed address.
    ServiceIpPolicy {
        service: "smtp2go",
        shared: "SMTP2GO owns this IP and publishes no delisting policy for its \
                 addresses, so only SMTP2GO can request the removal: send this event to \
                 SMTP2GO's support at https://support.smtp2go.com and ask about the \
                 delisting.",
        dedicated: None,
        sources: &[
            "https://support.smtp2go.com/hc/en-gb/articles/223087427-New-Account-Limits-and-the-Review-Process",
            "https://support.smtp2go.com",
        ],
    },
];

/// Returns the delisting policy of the sending service with format id
/// `service`, when it was checked.
pub fn policy(service: &str) -> Option<&'static ServiceIpPolicy> {
    POLICIES.iter().find(|policy| policy.service == service)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sending_service_name;

    #[test]
    fn policies_name_known_services() {
        for policy in POLICIES {
            assert!(sending_service_name(policy.service).is_some(), "{}", policy.service);
            assert!(!policy.sources.is_empty(), "{}", policy.service);
            for source in policy.sources {
                assert!(source.starts_with("https://"), "{}: {source}", policy.service);
            }
        }
    }
}
