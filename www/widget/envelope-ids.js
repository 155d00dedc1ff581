// The envelope id of a message: the ENVID parameter that the sender's
// server may add to MAIL FROM (RFC 3461), which a DSN returns in its
// Original-Envelope-Id field. Servers build it from the sender's address,
// a queue id or a tracking number, so it may name the sender, and the
// explanation does not read it. Each envelope id gets one token, so a
// reader still sees where the same id recurs.

import { token } from "./tokens.js";

export const ENVELOPE_ID_HEADERS = /^original-envelope-id$/i;
// The ENVID parameter in an SMTP transcript ("MAIL FROM:<...> ENVID=..."),
// with its xtext value: printable US-ASCII other than "=".
const ENVID_PARAMETER = /(?<![\w-])(ENVID=)([!-<>-~]+)/gi;

/**
 * Masks the value of an Original-Envelope-Id field as "[envelope-id-N]",
 * counted with the message ids. An empty value is kept.
 */
export function maskEnvelopeId(value, state) {
  const id = value.trim();
  if (!id) return value;
  return ` ${envelopeIdToken(state, id)}`;
}

/** Masks the value of each ENVID parameter in `line` as the field's value is masked. */
export function maskEnvelopeIdParameters(line, state) {
  return line.replace(ENVID_PARAMETER, (whole, lead, id) => `${lead}${envelopeIdToken(state, id)}`);
}

function envelopeIdToken(state, id) {
  state.counts.messageIds++;
  return token(state, "envelope-id", id);
}
