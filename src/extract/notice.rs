//! Failure statements that carry no reply code. Most say that the sending
//! server could not reach the receiver or found no such domain, so no
//! receiving server replied. The others are a notice's heading pasted
//! without its details. Gmail, Outlook.com and Microsoft 365, Yahoo,
//! Postfix and Exim write them in fixed sentences of their own, which are
//! the only mark of a failure in such a notice.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::paragraph::labelled_reason;
use super::recipient_line::recipient_in;
use super::section::NotRecipients;
use super::Failure;

/// The statements, each matched from the start of a line after
/// indentation, `> ` quoting, a Postfix `<address>: ` (also without the
/// angle brackets) or an Exim log's
/// `** address R=router T=transport: ` prefix. Matching from the line's
/// start keeps out prose that only quotes or describes them. Each row
/// names a public source that shows the wording (checked on 2026-12-05),
/// or has a NOTE where none was found.
static STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    let statements = [
        // Gmail: "The recipient server did not accept our requests to
        // connect. Learn more at <help link> [host (1): Connection timed
        // out]", quoted in
        // <https://www.karlo.org/2011/03/fixing-bounced-mail-issues-between-google-apps-and-gmail.html>.
        r"the recipient server did not accept our requests to connect\b",
        // Gmail: "DNS Error: DNS type 'mx' lookup of example.net responded
        // with code NXDOMAIN Domain name not found: example.net", quoted in
        // <https://github.com/postalsys/emailengine/issues/203>, and "DNS
        // Error: ... had no relevant answers" in
        // <https://github.com/PHPMailer/PHPMailer/issues/715>.
        // NOTE: no public source shows Gmail's "DNS Error: DNS server
        // returned answer with no data for example.net" form, which this
        // row also matches.
        r"dns error: ",
        // Gmail: "Your message wasn't delivered to ... because the domain
        // example.net couldn't be found. Check for typos or unnecessary
        // spaces and try again.", quoted in
        // <https://github.com/samouraiworld/zenao/issues/646>.
        // NOTE: the "couldn't be delivered" form is not shown by a public
        // source.
        r"your message (?:couldn't|could not|wasn't|was not) (?:be )?delivered to \S+ because the domain \S+ (?:couldn't|could not) be found",
        // Gmail: "Your message to ... has been blocked. See technical
        // details below for more information.", quoted in
        // <https://silentmonkclub.blogspot.com/2026/02/message-blocked-email-auto-reply-that.html>.
        r"your message to \S+ has been blocked\b",
        // NOTE: security gateways' notices (Sophos, Proofpoint, Barracuda)
        // were not found in public samples. This row matches their shared
        // structure: the recipient, an optional quoted subject, then
        // "was" or "has been" blocked or quarantined.
        r#"your message to:? \S+(?: with the subject "[^"\n]*")?\s+(?:was|has\s+been)\s+(?:blocked|quarantined)\b"#,
        // Exchange NDR heading, shown in the example NDR of
        // <https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online>
        // and matched by Sisimai's Office 365 parser
        // (<https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Office365.pm>).
        r"delivery has failed to these recipients or groups\b",
        // NOTE: the heading of Microsoft 365's newer NDR format ("Your
        // message to ... couldn't be delivered") is written from memory.
        // Microsoft's NDR page shows that format only as an image, and no
        // other public source quoting it was found.
        r"your message to \S+ (?:couldn't|could not) be delivered\b",
        // Yahoo: "Sorry, we were unable to deliver your message to the
        // following address.", quoted in Sisimai's Yahoo parser
        // (<https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Yahoo.pm>).
        r"sorry, we were unable to deliver your message to the following address",
        // Postfix: "connect to %s[%s]:%d: %m" in src/smtp/smtp_connect.c
        // (<https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtp/smtp_connect.c>).
        r"(?:host \S+ said: )?connect to \S+(?:\[[^\]\s]*\])?(?::\d+)?: (?:connection refused|connection timed out|no route to host|network is unreachable)\b",
        // Postfix: "lost connection with %s while %s" and "conversation
        // with %s timed out while %s" in smtp_stream_except()
        // (<https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtp/smtp_trouble.c>),
        // where %s is the host and then the stage ("sending RCPT TO").
        r"lost connection with \S+ while (?:sending|receiving|performing) ",
        r"conversation with \S+ timed out while (?:sending|receiving|performing) ",
        // hMailServer's "Error Description" lines when it found no server
        // to deliver to: its configured relay host did not resolve, the
        // recipient's domain named no mail server, or the DNS query
        // failed (`_HandleNoRecipientServers` in
        // <https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP/ExternalDelivery.cpp>).
        concat!(
            r"(?:error description: )?(?:the host specified as smtp relay server could not be found",
            r"|no mail servers appear to exists? for the recipient's address",
            r"|unable to find the recipient's email server\. the dns query has failed)",
        ),
        // Postfix: "Host or domain name not found. Name service error for
        // name=%s type=%s: %s" in src/dns/dns_lookup.c
        // (<https://github.com/vdukhovni/postfix/blob/master/postfix/src/dns/dns_lookup.c>).
        r"host or domain name not found\. name service error for name=",
        // Exim: "all hosts for 'example.net' have been failing for a long
        // time (and retry time not reached)" and "retry timeout exceeded"
        // (<https://github.com/Exim/exim/blob/c3f2eb9a7d99f12fb5b20d88e9bc18a0aa016d64/test/log/0461>).
        r"all hosts for '?\S+?'? have been failing\b",
        r"retry timeout exceeded\b",
        // Exim: the smtp transport's message when every host has been
        // failing for longer than the retry rules' cutoff
        // (<https://github.com/Exim/exim/blob/master/src/src/transports/smtp.c>).
        r"retry time not reached for any host after a long failure period\b",
        // Exim's smtp transport when TLS was required and could not be
        // set up: "a TLS session is required, but an attempt to start TLS
        // failed" (transports/smtp.c), or with "for this host" in its log,
        // and "TLS session: (SSL_connect): ..." after the host's name and
        // address.
        r"a tls session is required(?: for [^,\n]*)?, but ",
        r"(?:host \S+ \[[^\]\s]+\]:? )?tls session: \([^)\n]*\): ",
        // Exim's own messages for an address, written indented under it:
        // "host lookup did not complete" (routers/dnslookup.c, when the
        // DNS lookup has to be tried again), "Unrouteable address" (route.c), "all relevant MX records point
        // to non-existent hosts" and "an MX or SRV record indicated no
        // SMTP service" (routers/dnslookup.c), "all host address lookups
        // failed permanently" (transports/smtp.c), "Too many "Received"
        // headers - suspected mail loop" (deliver.c), and "mailbox is full",
        // alone or with "(quota exceeded while writing to file ...)" or
        // "(MTA-imposed quota exceeded while writing to ...)"
        // (transports/appendfile.c, in
        // <https://github.com/Exim/exim/blob/master/src/src/transports/appendfile.c>).
        // Sisimai's Exim parser lists them with their source lines
        // (<https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exim.pm>).
        // Exim may append ": retry timeout exceeded" (retry.c) and a bounce
        // may end the line with a colon. Each must fill its line, so a
        // sentence that only opens with the same words is not read.
        concat!(
            r#"(?:unrouteable address|host lookup did not complete"#,
            r#"|all relevant mx records point to non-existent hosts"#,
            r#"|an mx or srv record indicated no smtp service|all host address lookups failed permanently"#,
            r#"|too many "received" headers - suspected mail loop"#,
            r#"|mailbox is full(?: \([^)\n]*quota exceeded while writing to [^)\n]*\))?)"#,
            r#"(?:: retry timeout exceeded)?:?[ \t]*$"#,
        ),
        // A full mailbox in the words of a local delivery agent or a
        // receiver, with no reply code, as Sisimai's mailboxfull reason
        // lists them
        // (<https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason/MailboxFull.pm>):
        // "mailbox full", "user is over quota", "account is temporarily
        // over quota", "exceeding its mailbox quota", "mailbox has
        // exceeded its disk space limit", "recipient reached disk quota",
        // "the user's space has been used up", "quota violation for",
        // "not enough storage space in", docomo's "too much mail data" and
        // the rest of its list. Gmail's "The email account that you tried
        // to reach is over quota" is quoted in
        // <https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-does-the-gmail-error-452-422-the-email-account-that-you-tried-to-reach-is-over-quota-mean-a>.
        // GNU Mailutils' mda adds "for this recipient" ("mailbox quota
        // exceeded for this recipient",
        // <https://gnu.org/software/mailutils/manual/html_node/Mailbox-Quotas.html>),
        // Dovecot's deliver may add a detail in brackets ("Quota exceeded
        // (mailbox for user is full)"), and Courier's maildrop names
        // itself first ("maildrop: maildir over quota."). The statement
        // may open with its subject, which may name the address ("The
        // recipient bob@example.net is over quota."). Each must fill its
        // line, as the Exim row's do, so prose that only mentions a
        // quota is not read.
        // NOTE: "over quota" alone after the address, and a subject that
        // names the address, follow that family, but no public sample of
        // either was found.
        concat!(
            r"(?:maildrop: )?",
            r"(?:(?:the )?(?:recipient |email )?(?:user|mailbox|account|maildir|recipient)",
            r"(?: <?[^<>\s@]+@[^<>\s]+?>?| (?:that )?you (?:are trying|tried) to reach)? )?",
            r"(?:(?:is |would be )?(?:temporarily )?over (?:the |its |their )?(?:allowed |disk |mailbox |storage )?quota(?: temporarily)?",
            r"|(?:is )?exceeding (?:its|their|the) (?:mailbox |disk |storage )?quota",
            r"|(?:has )?exceeded (?:its |their |the )?(?:quota|(?:local |disk space |storage |size )limit)(?:, bouncing mail)?",
            r"|(?:has )?reached (?:its |their |the )?(?:disk |mailbox |storage )?quota",
            r"|is full|mailbox (?:is )?full|mailfolder is full|full mailbox",
            r"|(?:mail |mailbox |disk |disc )?quota (?:usage )?exceeded|mailbox size limit exceeded",
            r"|exceeded storage allocation|quota violation(?: for(?: \S+)?)?",
            r"|not enough (?:disk |storage )?space(?: in(?: \S+)?)?|does not have enough (?:disk |storage )?space",
            r"|(?:(?:the )?(?:user|recipient)'s )?space has been used up|has too many messages on the server",
            r"|too much mail data|boite du destinataire pleine|disabled temporarl?(?:il)?y for exceeding receiving limits",
            r"|mail file size exceeds the maximum size allowed for mail delivery)",
            r"(?: for this recipient| \([^)\n]*\))?\.?:?[ \t]*$",
        ),
        // cPanel's Exim: "The mail server could not deliver mail to
        // joe@example.com. The account or domain may not exist, they may
        // be blacklisted, or missing the proper dns entries.", quoted in
        // Zen Cart's troubleshooting page
        // (<https://github.com/zencart/documentation/blob/8eb05b08f52589a329547e7c780e948447f50346/content/user/email/emails_not_received.md>).
        r"the mail server could not deliver mail to \S+\s+the account or domain may not exist\b",
    ];
    let prefix = r"^[ \t>]*(?:<[^<>\s]+@[^<>\s]+>:?\s*|[^<>\s:]+@[^<>\s:]+:\s+|\*\* \S+@\S+(?: [A-Z]=\S+)*:\s*)?";
    Regex::new(&format!(r"(?im){prefix}(?:{})", statements.join("|")))
        .expect("statement pattern is valid")
});

/// Lines that end a statement's paragraph even without a blank line
/// before them: Gmail's lead-ins to the receiver's words.
const PARAGRAPH_ENDS: &[&str] = &["the response was:", "the response from the remote server was:"];

/// Maximum number of lines after a statement's line that join its
/// paragraph as details.
const MAX_DETAIL_LINES: usize = 6;

/// Returns the paragraph of the first code-less failure statement in
/// `section`, so Gmail's `[mx.example.net. 203.0.113.7: timed out]` line
/// stays with its statement.
fn statement(section: &str) -> Option<String> {
    let found = STATEMENT.find(section)?;
    let start = section[..found.start()].rfind('\n').map_or(0, |at| at + 1);
    let lines: Vec<&str> = section[start..].lines().take(2 * MAX_DETAIL_LINES).collect();
    let mut paragraph = String::new();
    for line in lines.iter().take(MAX_DETAIL_LINES + 1) {
        let line = line.trim().trim_start_matches('>').trim();
        // A heading that ends in a colon ("Delivery has failed to these
        // recipients or groups:") goes on in the paragraph below it.
        if line.is_empty() && paragraph.ends_with(':') {
            continue;
        }
        if line.is_empty() || PARAGRAPH_ENDS.contains(&line.to_ascii_lowercase().as_str()) {
            break;
        }
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(line);
    }
    // A gateway's notice gives its cause in a `Reason:` field below.
    if let Some(reason) = labelled_reason(&lines) {
        let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
        if !paragraph.contains(&reason) {
            paragraph.push(' ');
            paragraph.push_str(&reason);
        }
    }
    Some(paragraph)
}

/// Finds a code-less failure statement in `section` and makes one failure
/// of it per recipient the text names, or one without a recipient when it
/// names none.
pub(super) fn scan(section: &str, filter: &NotRecipients) -> Vec<Failure> {
    let Some(diagnostic) = statement(section) else {
        return Vec::new();
    };
    per_recipient(section.lines(), filter, diagnostic)
}

/// Makes one failure with `diagnostic` per recipient that `lines` name,
/// or one without a recipient when they name none.
pub(super) fn per_recipient<'a>(
    lines: impl Iterator<Item = &'a str>,
    filter: &NotRecipients,
    diagnostic: String,
) -> Vec<Failure> {
    let mut recipients: Vec<String> = Vec::new();
    for line in lines {
        if let Some(address) = recipient_in(line, filter) {
            if !recipients.iter().any(|r| r.eq_ignore_ascii_case(&address)) {
                recipients.push(address);
            }
        }
    }
    if recipients.is_empty() {
        return vec![Failure { diagnostic, ..Default::default() }];
    }
    recipients
        .into_iter()
        .map(|recipient| Failure {
            recipient: Some(recipient),
            diagnostic: diagnostic.clone(),
            ..Default::default()
        })
        .collect()
}

/// Adds the code-less statement to failures whose own text names no
/// cause. A bounce email's recipient block may hold only the sentence
/// that names the recipient ("There was a problem delivering your message
/// to ana@example.net"), while the statement sits in a paragraph below.
pub(super) fn add_statement(section: &str, failures: &mut [Failure]) {
    let Some(paragraph) = statement(section) else {
        return;
    };
    for failure in failures.iter_mut() {
        let text = crate::classify::normalise(&failure.diagnostic);
        if failure.diagnostic.contains(&paragraph) || crate::classify::names_any_reason(&text) {
            continue;
        }
        if !failure.diagnostic.is_empty() {
            failure.diagnostic.push(' ');
        }
        failure.diagnostic.push_str(&paragraph);
    }
}

#[cfg(test)]
mod tests {
    use super::STATEMENT;

    #[test]
    fn statement_opens_line() {
        let texts = [
            "The recipient server did not accept our requests to connect. Learn more",
            "> DNS Error: Domain name not found",
            "<a@example.net>: connect to mx.example.net[203.0.113.20]:25: Connection refused",
            "a@example.net: Host or domain name not found. Name service error for name=example.net type=A: Host not found",
            "  all hosts for 'example.net' have been failing for a long time",
            "** a@example.net R=dnslookup T=remote_smtp: retry timeout exceeded",
            "The mail server could not deliver mail to a@example.net.  The account or domain may not exist",
        ];
        for text in texts {
            assert!(STATEMENT.is_match(text), "{text}");
        }
    }

    #[test]
    fn statement_inside_prose_ignored() {
        let texts = [
            "my ssh says connection refused again",
            "Gmail shows \"The recipient server did not accept our requests to connect\"",
            "We saw DNS Error: lines last week",
        ];
        for text in texts {
            assert!(!STATEMENT.is_match(text), "{text}");
        }
    }
}
