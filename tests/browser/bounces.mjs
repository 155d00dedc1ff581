// Bounces shared by the page's browser tests.

/** A Postfix bounce for Comcast's BL000010 block, with the IP to quote. */
export const COMCAST_BOUNCE = `This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<bob@comcast.net>: host mx1.comcast.net[198.51.100.80] said: 554 5.7.1
    resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net 203.0.113.5
    found on one or more DNSBLs, see
    http://postmaster.comcast.net/smtp-error-codes.php#BL000010 (in reply to
    MAIL FROM command)
`;

/**
 * A Czech Postfix-style NDR with a listed sending IP, so a card shows the
 * "Found on line N" excerpt as well as the receiver's reply.
 */
export const CZECH_LISTED_BOUNCE = [
  "Zpráva nemohla být doručena následujícím příjemcům:",
  "",
  "<a1@example.net>: host mx.example.net[198.51.100.60] said: 554 5.7.1",
  "    Service unavailable; Client host [192.0.2.25] blocked using",
  "    zen.spamhaus.org (in reply to RCPT TO command)",
].join("\n");
