// Portal settings: what a host page passes to the widget about its own
// mail service. Validation collects every problem and names the field, so a
// portal developer fixes a typo in one pass instead of one per reload.

import { toAsciiHost } from "./idn.js";
import { parseCidr } from "./ip.js";

/** The parties an explanation can name as the one who must act. */
export const PARTIES = ["you", "admin", "recipient", "service"];

const TOP_FIELDS = ["name", "sendingIps", "domains", "contacts", "explanations"];
const CONTACT_FIELDS = ["name", "email", "url", "phone", "text"];
const OVERRIDE_FIELDS = ["what", "why", "steps", "whoActs", "retry", "note", "link"];
const ACTORS = ["you", "admin", "recipient", "service", "wait", "nobody"];

// Keys an explanation override may use: an explanation entry id
// ("comcast/BL000010", "status/5.7.1"), a provider code ("BL000010",
// "S3150"), an enhanced status code ("5.7.1") or a reply code ("550").
const OVERRIDE_KEY = /^([a-z0-9_-]+\/[A-Za-z0-9._-]+|[A-Za-z0-9_-]{3,20}|[245]\.[0-9]{1,3}\.[0-9]{1,3})$/;

// A three-digit key is read as a reply code (RFC 5321 section 4.2).
const REPLY_CODE = /^[2-5][0-5][0-9]$/;

// A domain name in the portal's list: letters, digits and hyphens in
// labels, at least two labels, no trailing dot.
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

// Settings objects returned by validateSettings, so they are not checked twice.
const validated = new WeakSet();

/** Thrown when portal settings are invalid; `errors` lists each problem. */
export class SettingsError extends Error {
  constructor(errors) {
    const lines = errors.map((e) => `  ${e.field}: ${e.message}`);
    super(`invalid bounce-explainer settings:\n${lines.join("\n")}`);
    this.name = "SettingsError";
    /** One `{ field, message }` per problem, `field` as a JS path. */
    this.errors = errors;
  }
}

/**
 * Checks portal settings and returns them normalised: IP ranges parsed,
 * domains lowercased and in A-labels (punycode), override keys kept as
 * given. Throws SettingsError
 * naming every bad field. `undefined` or `null` gives empty settings.
 */
export function validateSettings(input) {
  const errors = [];
  const fail = (field, message) => errors.push({ field, message });
  const out = { name: null, sendingIps: [], ranges: [], domains: [], contacts: {}, explanations: {} };
  if (input === undefined || input === null) return remember(out);
  if (validated.has(input)) return input;
  if (!isPlainObject(input)) {
    throw new SettingsError([{ field: "settings", message: `expected an object, got ${describe(input)}` }]);
  }
  for (const key of Object.keys(input)) {
    if (!TOP_FIELDS.includes(key)) fail(key, `unknown field; expected one of ${TOP_FIELDS.join(", ")}`);
  }

  if (input.name !== undefined) {
    if (typeof input.name === "string" && input.name.trim()) out.name = input.name.trim();
    else fail("name", `expected a non-empty string, got ${describe(input.name)}`);
  }

  eachString(input.sendingIps, "sendingIps", fail, (text, field) => {
    try {
      out.ranges.push(plainRange(parseCidr(text)));
      out.sendingIps.push(text.trim());
    } catch (e) {
      fail(field, `${e.message}; expected an IPv4 or IPv6 address or CIDR range such as "192.0.2.0/24"`);
    }
  });

  eachString(input.domains, "domains", fail, (text, field) => {
    // "*.example.com" and the fully qualified "example.com." both mean example.com.
    // An internationalised domain is kept in A-labels ("xn--bcher-kva.example"
    // for "bücher.example"), the form that host names are compared in.
    const domain = toAsciiHost(text.trim().replace(/^\*\./, "").replace(/\.$/, ""));
    if (domain && DOMAIN.test(domain)) out.domains.push(domain);
    else fail(field, `"${text}" is not a domain name such as "mail.example.com" or "bücher.example"`);
  });

  if (input.contacts !== undefined) {
    if (!isPlainObject(input.contacts)) {
      fail("contacts", `expected an object keyed by ${PARTIES.join(", ")}, got ${describe(input.contacts)}`);
    } else {
      for (const [party, contact] of Object.entries(input.contacts)) {
        const field = `contacts.${party}`;
        if (!PARTIES.includes(party)) fail(field, `unknown party; expected one of ${PARTIES.join(", ")}`);
        else out.contacts[party] = validateContact(contact, field, fail);
      }
    }
  }

  if (input.explanations !== undefined) {
    if (!isPlainObject(input.explanations)) {
      fail("explanations", `expected an object keyed by code, got ${describe(input.explanations)}`);
    } else {
      for (const [key, value] of Object.entries(input.explanations)) {
        const field = `explanations[${JSON.stringify(key)}]`;
        if (!OVERRIDE_KEY.test(key)) {
          fail(field, "key is not a provider code (BL000010), status (5.7.1), reply code (550) or entry id (comcast/BL000010)");
        } else if (/^[0-9]{3}$/.test(key) && !REPLY_CODE.test(key)) {
          fail(field, "key is not a reply code: RFC 5321 reply codes start with 2, 3, 4 or 5 and have 0 to 5 as second digit");
        } else {
          out.explanations[key] = validateOverride(value, field, fail);
        }
      }
    }
  }

  if (errors.length) throw new SettingsError(errors);
  return remember(out);
}

// Frozen, so that a host page cannot edit the settings in use through the
// element's `settings` getter: an IP pushed onto `sendingIps` would show
// there but never reach the parsed `ranges`.
function remember(settings) {
  validated.add(deepFreeze(settings));
  return settings;
}

// Copies a parsed range's bytes from a Uint8Array into a plain array,
// which `deepFreeze` can freeze: a typed array cannot be frozen, so a
// host page could otherwise rewrite the range in use through the getter.
function plainRange(range) {
  return { ...range, bytes: Array.from(range.bytes) };
}

/** Freezes `value` and every object in it, except typed arrays, which cannot be frozen. */
function deepFreeze(value) {
  if (value === null || typeof value !== "object" || ArrayBuffer.isView(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}

function validateContact(contact, field, fail) {
  if (!isPlainObject(contact)) {
    fail(field, `expected an object with ${CONTACT_FIELDS.join(", ")}, got ${describe(contact)}`);
    return null;
  }
  const out = {};
  for (const [key, value] of Object.entries(contact)) {
    const sub = `${field}.${key}`;
    if (!CONTACT_FIELDS.includes(key)) fail(sub, `unknown field; expected one of ${CONTACT_FIELDS.join(", ")}`);
    else if (typeof value !== "string" || !value.trim()) fail(sub, `expected a non-empty string, got ${describe(value)}`);
    else if (key === "email" && !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value.trim())) fail(sub, `"${value}" is not an email address`);
    else if (key === "url" && !isWebUrl(value.trim())) fail(sub, `"${value}" is not an https:// or http:// URL`);
    else out[key] = value.trim();
  }
  if (!out.name && !out.email && !out.url && !out.phone && !out.text) {
    fail(field, "give at least one of name, email, url, phone or text");
  }
  return out;
}

function validateOverride(value, field, fail) {
  if (!isPlainObject(value)) {
    fail(field, `expected an object with ${OVERRIDE_FIELDS.join(", ")}, got ${describe(value)}`);
    return null;
  }
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    const sub = `${field}.${key}`;
    if (!OVERRIDE_FIELDS.includes(key)) {
      fail(sub, `unknown field; expected one of ${OVERRIDE_FIELDS.join(", ")}`);
    } else if (key === "steps") {
      if (Array.isArray(v) && v.length && v.every((s) => typeof s === "string" && s.trim())) out.steps = v.map((s) => s.trim());
      else fail(sub, `expected a non-empty array of non-empty strings, got ${describe(v)}`);
    } else if (key === "whoActs") {
      if (ACTORS.includes(v)) out.whoActs = v;
      else fail(sub, `expected one of ${ACTORS.join(", ")}, got ${describe(v)}`);
    } else if (key === "link") {
      if (isPlainObject(v) && typeof v.label === "string" && v.label.trim() && isWebUrl(v.url)) {
        out.link = { label: v.label.trim(), url: v.url };
      } else {
        fail(sub, "expected { label, url } with an https:// or http:// url");
      }
    } else if (typeof v === "string" && v.trim()) {
      out[key] = v.trim();
    } else {
      fail(sub, `expected a non-empty string, got ${describe(v)}`);
    }
  }
  return out;
}

// Calls `each(text, field)` for every string of an optional array field.
function eachString(list, name, fail, each) {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    fail(name, `expected an array of strings, got ${describe(list)}`);
    return;
  }
  list.forEach((item, i) => {
    if (typeof item === "string") each(item, `${name}[${i}]`);
    else fail(`${name}[${i}]`, `expected a string, got ${describe(item)}`);
  });
}

/**
 * Reads settings from a `<script type="application/json">` element by id.
 * Throws SettingsError when the element is missing, of another type, or
 * not valid JSON.
 */
export function readSettingsScript(doc, id) {
  const field = `settings script #${id}`;
  const script = doc.getElementById(id);
  if (!script) {
    const message =
      `no element with this id: add <script type="application/json" id="${id}"> with the settings to the page,` +
      " or correct the settings attribute";
    throw new SettingsError([{ field, message }]);
  }
  if (script.localName !== "script" || script.type !== "application/json") {
    throw new SettingsError([{ field, message: 'expected a <script type="application/json"> element' }]);
  }
  try {
    return JSON.parse(script.textContent);
  } catch (e) {
    throw new SettingsError([{ field, message: `invalid JSON: ${e.message}` }]);
  }
}

function isWebUrl(text) {
  if (typeof text !== "string") return false;
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "..." : value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}
