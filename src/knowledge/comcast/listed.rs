//! Comcast's BL codes: its own blocklist (BL000000) and the outside lists
//! the flag digits name, each with its removal page. The facts come from
//! Comcast's SMTP error code page, and the wording is ours.

use super::coded::BASE;
use super::REMOVAL_FORM;
use crate::knowledge::{Entry, LinkRef};

/// Cloudmark CSI's reputation reset form, with the IP filled in.
pub const CLOUDMARK: LinkRef = LinkRef {
    label: "Cloudmark CSI: request a reputation reset for the IP",
    url: "https://csi.cloudmark.com/reset-request/?ip={ip}",
};

/// Spamhaus's checker, which shows the listing and the removal route.
pub const SPAMHAUS: LinkRef = LinkRef {
    label: "Spamhaus: look up the IP and request removal",
    url: "https://check.spamhaus.org/results/?query={ip}",
};

/// Validity's Sender Score blocklist (RPBL) lookup and removal page.
pub const VALIDITY: LinkRef = LinkRef {
    label: "Validity Sender Score: look up the IP on the RPBL and request removal",
    url: "https://senderscore.org/blocklistlookup/",
};

/// Comcast's own block, with no outside list involved.
pub static BL000000: Entry = Entry {
    id: "comcast/BL000000",
    what: "Comcast blocked mail from the sending server because its filters \
           saw spam-like sending patterns from that server's IP address.",
    why: "This is Comcast's own blocklist, not a public one. Mail servers are \
          usually shared, so another user of the same server may have sent \
          the spam that triggered it.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; the \
         reply names the blocked IP.",
        "They find and stop the source of the spam (a hacked account, a bad \
         mailing list, a compromised website).",
        "They submit Comcast's block removal request form, quoting the \
         blocked IP. Comcast watches these requests around the clock.",
        "Send the message again after Comcast confirms the removal.",
    ],
    links: &[REMOVAL_FORM],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000000"),
    ..BASE
};

/// Spamhaus ZEN.
pub static BL000001: Entry = Entry {
    id: "comcast/BL000001",
    what: "Comcast refused the message because the sending IP address is \
           listed on Spamhaus ZEN.",
    why: "Spamhaus ZEN lists addresses seen sending spam and addresses of \
          home connections that should not send mail directly. Comcast \
          rejects mail from every address on it.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; it \
         names the listed IP.",
        "They stop the spam or move sending off the home connection, then \
         look the IP up at Spamhaus and follow its removal steps.",
        "Send the message again once Spamhaus no longer lists the IP.",
    ],
    links: &[SPAMHAUS],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000001"),
    ..BASE
};

/// Cloudmark CSI.
pub static BL000010: Entry = Entry {
    id: "comcast/BL000010",
    what: "Comcast refused the message because the sending IP address is \
           listed by Cloudmark Sender Intelligence (CSI).",
    why: "Cloudmark rates IP addresses by the spam seen from them, and \
          Comcast rejects mail from addresses it rates badly. A shared mail \
          server can be listed because of another user's mail.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; it \
         names the listed IP.",
        "They find and stop the source of the spam on that server.",
        "They ask Cloudmark for a reputation reset of the IP with the CSI \
         reset form; Cloudmark usually handles a first request within a day.",
        "Send the message again once the reset is confirmed.",
    ],
    links: &[CLOUDMARK],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000010"),
    ..BASE
};

/// Cloudmark CSI and Spamhaus ZEN.
pub static BL000011: Entry = Entry {
    id: "comcast/BL000011",
    what: "Comcast refused the message because the sending IP address is \
           listed both by Cloudmark Sender Intelligence (CSI) and on \
           Spamhaus ZEN.",
    why: "Both lists track addresses that send spam or that belong to home \
          connections, and Comcast rejects mail from addresses on either.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; it \
         names the listed IP.",
        "They stop the spam or move sending off the home connection.",
        "They request removal at both lists: a reset at Cloudmark CSI and a \
         removal at Spamhaus.",
        "Send the message again once neither list shows the IP.",
    ],
    links: &[CLOUDMARK, SPAMHAUS],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000011"),
    ..BASE
};

/// Validity (Return Path) RPBL.
pub static BL000100: Entry = Entry {
    id: "comcast/BL000100",
    what: "Comcast refused the message because the sending IP address is on \
           the Validity (formerly Return Path) Reputation Network Blocklist.",
    why: "Validity's RPBL lists addresses seen sending spam, and Comcast \
          rejects mail from every address on it.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; it \
         names the listed IP.",
        "They find and stop the source of the spam.",
        "They look the IP up on Validity's Sender Score blocklist page and \
         request removal there.",
        "Send the message again once the IP is no longer listed.",
    ],
    links: &[VALIDITY],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000100"),
    ..BASE
};

/// Validity RPBL and Spamhaus ZEN.
pub static BL000101: Entry = Entry {
    id: "comcast/BL000101",
    what: "Comcast refused the message because the sending IP address is on \
           the Validity (Return Path) Reputation Network Blocklist and on \
           Spamhaus ZEN.",
    why: "Both lists track addresses that send spam or belong to home \
          connections, and Comcast rejects mail from addresses on either.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; it \
         names the listed IP.",
        "They stop the spam or move sending off the home connection.",
        "They request removal at both lists: Validity's Sender Score \
         blocklist page and Spamhaus.",
        "Send the message again once neither list shows the IP.",
    ],
    links: &[VALIDITY, SPAMHAUS],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000101"),
    ..BASE
};

/// Validity RPBL and Cloudmark CSI.
pub static BL000110: Entry = Entry {
    id: "comcast/BL000110",
    what: "Comcast refused the message because the sending IP address is on \
           the Validity (Return Path) Reputation Network Blocklist and is \
           listed by Cloudmark Sender Intelligence (CSI).",
    why: "Both lists track addresses that send spam, and Comcast rejects \
          mail from addresses on either.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider; it \
         names the listed IP.",
        "They find and stop the source of the spam.",
        "They request removal at both lists: Validity's Sender Score \
         blocklist page and the Cloudmark CSI reset form.",
        "Send the message again once neither list shows the IP.",
    ],
    links: &[VALIDITY, CLOUDMARK],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000110"),
    ..BASE
};

/// All three lists.
pub static BL000111: Entry = Entry {
    id: "comcast/BL000111",
    what: "Comcast refused the message because the sending IP address is on \
           three lists at once: the Validity (Return Path) Reputation \
           Network Blocklist, Cloudmark Sender Intelligence (CSI) and \
           Spamhaus ZEN.",
    why: "All three track addresses that send spam or belong to home \
          connections. Being on all of them usually means the server is \
          sending a lot of spam right now.",
    steps: &[
        "Send the whole bounce to your mail administrator or provider at \
         once; it names the listed IP.",
        "They stop the spam first (a hacked account or website is the usual \
         cause); removal requests fail while it continues.",
        "They request removal at all three: Validity's Sender Score \
         blocklist page, the Cloudmark CSI reset form and Spamhaus.",
        "Send the message again once no list shows the IP.",
    ],
    links: &[VALIDITY, CLOUDMARK, SPAMHAUS],
    source: concat!("https://postmaster.comcast.net/smtp-error-codes.php", "#BL000111"),
    ..BASE
};
