// Types for the package's JS API (index.js). The Report types are in
// report.d.ts; the generated WASM glue's own types are in
// ../pkg/bounce_explainer.d.ts.
import type { InitInput } from "../pkg/bounce_explainer.js";
import type { Actor, Explanation, Link, Recipient, Report } from "./report.js";

export type * from "./report.js";

/**
 * Loads and compiles the WebAssembly module once; later calls return the
 * same promise. By default the .wasm file beside the glue is fetched in a
 * browser and read from disk in Node; `wasm` overrides where it comes from.
 */
export function init(options?: { wasm?: InitInput | Promise<InitInput> }): Promise<void>;

/**
 * Explains pasted text. Throws when init() has not finished, when `text`
 * is not a string (bytes go to explainBytes()), and on every call after a
 * WebAssembly trap, which stops the instance until the page is reloaded.
 */
export function explain(text: string): Report;

/** Explains raw bytes, such as an .eml file in any charset. */
export function explainBytes(bytes: Uint8Array): Report;

/**
 * Returns the text of a file's bytes as explainBytes() reads them: UTF-16
 * and UTF-32 after a byte order mark decoded, and bytes that are not
 * UTF-8 read as Windows-1252.
 */
export function fileText(bytes: Uint8Array): string;

/**
 * A party the portal can give contact details for. "service" is the
 * support of the sending service: the library names it when a blocklist
 * lists the service's own IP, and a portal's `whoActs` override may name
 * it for any code.
 */
export type Party = "you" | "admin" | "recipient" | "service";

/** How to reach the portal for one party; give at least one field. */
export interface Contact {
  name?: string;
  email?: string;
  /** An https:// or http:// URL. */
  url?: string;
  phone?: string;
  /** Free text shown after the other fields. */
  text?: string;
}

/** The portal's own words for a code; each field replaces the built-in one. */
export interface ExplanationOverride {
  what?: string;
  why?: string;
  steps?: string[];
  /**
   * The party who acts. "service" on a card that lists no IP of the
   * service gives a note that asks the service to look into the bounce,
   * not to delist an IP.
   */
  whoActs?: Actor;
  retry?: string;
  /** Extra text shown as "Note from <name>:". */
  note?: string;
  /** Extra link, e.g. the portal's own help page (https:// or http://). */
  link?: Link;
}

/** Portal settings, as passed to configure() or a JSON settings script. */
export interface Settings {
  /** The portal's name, used in the widget's text ("one of <name>'s sending servers"). */
  name?: string;
  /** The portal's sending IP addresses and CIDR ranges, IPv4 or IPv6. */
  sendingIps?: string[];
  /**
   * The portal's own domains; subdomains count too. An internationalised
   * domain may be given in Unicode ("bücher.example") or in punycode
   * ("xn--bcher-kva.example"), and either form in a bounce matches.
   */
  domains?: string[];
  contacts?: Partial<Record<Party, Contact>>;
  /**
   * Keyed by explanation entry id ("comcast/BL000010"), provider code
   * ("BL000010"), enhanced status code ("5.7.1") or reply code ("550");
   * the most specific key present wins.
   */
  explanations?: Record<string, ExplanationOverride>;
}

/** Settings after validation: normalised, with ranges parsed. */
export interface ValidatedSettings {
  name: string | null;
  sendingIps: string[];
  /** Lowercase, in punycode (A-labels) for an internationalised domain. */
  domains: string[];
  contacts: Partial<Record<Party, Contact>>;
  explanations: Record<string, ExplanationOverride>;
}

/** Thrown by validateSettings and configure(); `errors` names each bad field. */
export class SettingsError extends Error {
  name: "SettingsError";
  errors: { field: string; message: string }[];
}

export function validateSettings(settings: Settings | null | undefined): ValidatedSettings;

/** Returns the id of every explanation in the knowledge tables ("comcast/BL000010"), sorted. Call init() first. */
export function entryIds(): readonly string[];

/**
 * Returns the explanation overrides whose key no bounce can match: an entry id not in the tables,
 * or a code that differs from a known one only in case. validateSettings checks only the
 * keys' form. Call init() first.
 */
export function unknownOverrideKeys(settings: Settings | ValidatedSettings | null | undefined): {
  field: string;
  message: string;
}[];

/** Reads a <script type="application/json"> by id; throws SettingsError. */
export function readSettingsScript(doc: Document, id: string): unknown;

/** The portal's view of one recipient. */
export interface Advice {
  /** The Report's explanation with the portal's override merged in. */
  explanation: Explanation;
  /** The settings key whose override applied, or null. */
  override: string | null;
  note: string | null;
  link: Link | null;
  /**
   * Set when the failure blocks the sending IP (reason "blocked", "badreputation" or
   * "requireptr", or a named blocklist) and that IP is the portal's: by range or by a
   * host under its domains.
   */
  ownServer: { ip: string; by: "range" | "domain" } | null;
  /** The portal's contact for the party who must act, or null. */
  contact: Contact | null;
}

export function adviseRecipients(report: Report, settings?: Settings | ValidatedSettings | null): Advice[];

export function findOwnServer(recipient: Recipient, settings: ValidatedSettings): Advice["ownServer"];

/**
 * A ready-to-send note to the party who must act, when that is not the
 * user. The party is the user's mail administrator or the portal's support
 * ("admin"), the portal's team for a block of its own server ("portal"),
 * the recipient's postmaster ("recipient"), or the sending service's
 * support ("service") for a blocklist listing of the service's own IP or
 * by the portal's `whoActs` override.
 */
export interface PartyNote {
  party: "admin" | "portal" | "recipient" | "service";
  /** The addressee as one display line. */
  to: string;
  subject: string;
  body: string;
}

/**
 * Composes the note for one recipient. Returns null when delivery neither
 * failed nor is delayed, when nobody acts, and when the user acts
 * (`advice.explanation.who_acts` is "you"), because the card's steps are
 * then the user's own. Also null for a delay that the sending server
 * retries on its own (who_acts "wait"), and when the recipient in person
 * must act (a full mailbox, a disabled account) whoever the card names,
 * because no postmaster or administrator clears that.
 */
export function composeNote(recipient: Recipient, advice: Advice, settings: ValidatedSettings): PartyNote | null;

/** The note as one text: To and Subject lines, then the body. */
export function noteText(note: PartyNote): string;

export { redact } from "./redact.js";
export type { RedactOptions, RedactResult } from "./redact.js";
