//! Hands a listing of a sending IP read from a sending service's event to
//! the service. The receiver refused the service's own sending address,
//! so the list's steps for the sender's mail administrator do not apply.

use std::net::IpAddr;

use crate::knowledge::service_ips;
use crate::report::{sending_service_name, Actor, Explanation};

/// Replaces the steps of a card whose reply lists the sending IP `ip` with
/// the steps of the sending service `mta`, and names the service as the
/// party who acts, when its delisting policy is known. `ip_listed` is true
/// when a named IP blocklist or the receiver's own IP list lists it.
///
/// A card on which the sender's side does not act, such as a closed
/// list's, is left as it is. So is a card whose listed IP is `client_ip`,
/// the client that submitted the message according to the service's own
/// event, because that address is the sender's own.
///
/// NOTE: the listed address is otherwise taken to be the service's. A
/// receiver that also checks addresses from the Received headers could
/// list the customer's own address, which only an event that states the
/// client's address (Amazon SES's `mail.sourceIp`) shows.
pub(super) fn hand_over(
    explanation: &mut Explanation,
    mta: Option<&str>,
    ip_listed: bool,
    ip: Option<&str>,
    client_ip: Option<&str>,
) {
    let Some(service) = mta else { return };
    let (Some(policy), Some(name)) = (service_ips::policy(service), sending_service_name(service))
    else {
        return;
    };
    if !ip_listed || !matches!(explanation.who_acts, Actor::You | Actor::Admin) {
        return;
    }
    if let (Some(ip), Some(client_ip)) = (ip, client_ip) {
        if same_address(ip, client_ip) {
            return;
        }
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

/// True when `a` and `b` are one IP address, also when they are written
/// differently (`2001:db8::1` and `2001:DB8:0::1`).
fn same_address(a: &str, b: &str) -> bool {
    match (a.parse::<IpAddr>(), b.parse::<IpAddr>()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a.eq_ignore_ascii_case(b),
    }
}

#[cfg(test)]
mod tests {
    use super::same_address;

    #[test]
    fn same_address_reads_ip_forms() {
        assert!(same_address("198.51.100.7", "198.51.100.7"));
        assert!(same_address("2001:db8::1", "2001:DB8:0::1"));
        assert!(!same_address("198.51.100.7", "198.51.100.70"));
    }
}
