//! Sending services' policies for the removal of their own IP addresses
//! from blocklists. A receiver that refuses mail sent through a service
//! refuses the service's own address, so the sender's mail administrator
//! cannot request its removal. The services below state that they handle
//! listings of the addresses their customers share, and that the account
//! owner requests the removal of a dedicated address.

/// One sending service's delisting policy, worded as card steps.
#[derive(Debug)]
pub struct ServiceIpPolicy {
    /// The event record's format id, as `report::sending_service_name` reads it.
    pub service: &'static str,
    /// The step for a shared address, which names the service's support.
    pub shared: &'static str,
    /// The step that names who requests the removal of a dedicated address.
    pub dedicated: &'static str,
    /// Public pages the two statements come from.
    pub sources: &'static [&'static str],
}

/// Every service whose delisting policy was checked.
///
/// NOTE: Mailgun, Postmark, SparkPost, Mandrill, Mailjet, Brevo and SMTP2GO
/// are left out because their policies were not checked, so their events
/// keep the blocklist's own card.
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
        dedicated: "On a dedicated IP plan, the IP is your account's alone: whoever runs \
                    the SendGrid account fixes the cause and requests the removal on the \
                    list's page linked below. SendGrid's support helps when the list \
                    accepts requests only from the IP's owner.",
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
        dedicated: "On a dedicated IP address, whoever runs the AWS account fixes the cause \
                    and requests the removal on the list's page linked below.",
        sources: &[
            "https://github.com/awsdocs/amazon-ses-developer-guide/blob/3f3449d1caa225e4965c0b22901bd68c792a7f34/doc-source/blacklists.md",
            "https://docs.aws.amazon.com/pinpoint/latest/userguide/channels-email-deliverability-dashboard-ip-address.html",
        ],
    },
];

/// Returns the delisting policy of the sending service with format id
/// `service`, when it was checked.
pub fn policy(service: &str) -> Option<&'static ServiceIpPolicy> {
    POLICIES.iter().find(|policy| policy.service == service)
}
