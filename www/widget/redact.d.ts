export interface RedactOptions {
  /**
   * The user's or portal's own domains; host names under them are masked.
   * An internationalised domain may be given in Unicode or in punycode,
   * and either form of it in the text is masked.
   */
  ownDomains?: string[];
  /** IP addresses never masked, such as the IP to quote. */
  keepIps?: string[];
}

export interface RedactResult {
  text: string;
  /** How many values of each kind were masked. */
  counts: {
    emails: number;
    /** Display names and Organization header values. */
    names: number;
    subjects: number;
    /** Message ids and envelope ids (Original-Envelope-Id, ENVID). */
    messageIds: number;
    hosts: number;
    ips: number;
    /** Phone numbers in X-Mailer, User-Agent and other free-text headers. */
    phones: number;
    base64Lines: number;
    /** Lines of the returned original message's body, removed. */
    bodyLines: number;
  };
}

/** Masks personal data in a pasted bounce; keeps codes, provider hosts and IPs. */
export function redact(text: string, options?: RedactOptions): RedactResult;

/** Shared mailbox providers' domains, kept in redacted addresses. */
export const SHARED_MAIL_DOMAINS: string[];

/** The sender's own domains found in the bounce's headers. */
export function findSenderDomains(lines: string[]): string[];
