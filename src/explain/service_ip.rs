//! Hands a blocklist listing read from a sending service's event to the
//! service. The receiver refused the service's own sending address, so
//! the list's steps for the sender's mail administrator do not apply.

use crate::knowledge::service_ips;
use crate::report::{sending_service_name, Actor, Explanation};

/// Replaces the steps of a card that lists `ip` on the IP blocklists
/// `blocklists` with the steps of the sending service `mta`, and names
/// the service as the party who acts, when its delisting policy is known.
/// A card on which the sender's side does not act, such as a closed
/// list's, is left as it is.
///
/// NOTE: the listed address is taken to be the service's. A receiver that
/// also checks addresses from the Received headers could list the
/// customer's own address, which the reply alone does not show.
pub(super) fn hand_over(
    explanation: &mut Explanation,
    mta: Option<&str>,
    blocklists: &[&str],
    ip: Option<&str>,
) {
    let Some(service) = mta else { return };
    let (Some(policy), Some(name)) = (service_ips::policy(service), sending_service_name(service))
    else {
        return;
    };
    if blocklists.is_empty() || !matches!(explanation.who_acts, Actor::You | Actor::Admin) {
        return;
    }
    let address = match ip {
        Some(ip) => format!("The IP to quote, {ip},"),
        None => "The listed IP".to_string(),
    };
    let mut steps = vec![
        format!(
            "{address} is one of {name}'s sending addresses, not your own server's, so your \
             mail administrator cannot request its removal."
        ),
        policy.shared.to_string(),
    ];
    steps.extend(policy.dedicated.map(str::to_string));
    steps.push("Send the message again once the IP is delisted.".to_string());
    explanation.steps = steps;
    explanation.who_acts = Actor::Service;
}
