// Phone numbers that people add to headers their mail program writes
// ("X-Mailer: Jo's phone +1 555 0100"). Version and build numbers in the
// same headers are kept, because they tell a helper which program sent
// the message.

// Headers of free text that the sender's mail program writes, where
// people add a phone number ("X-Mailer: Jo's phone +1 555 0100").
// Organization is masked whole (display-names.js).
export const FREE_TEXT_HEADERS = /^(x-mailer|user-agent|x-newsreader|comments|keywords)$/i;
// A phone number: a "+" or a separator (blank, dash, parentheses) between
// its digits, so that dotted versions and build numbers are not taken.
// maskPhones checks the number of digits and leaves dates alone. The
// length cap keeps a long run of digits and blanks from costing
// quadratic time in backtracking.
const PHONE = /(?<![\p{L}\p{N}_.+/:=-])\+?\(?\d[\d ()-]{0,24}\d(?![\p{L}\p{N}_]|[.:/]\p{N})/gu;
const ISO_DATE = /^\(?(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)/;
// Masks phone numbers of 7 to 15 digits (E.164 allows at most 15) that
// start with "+" or have a separator, but not an ISO date ("2026-12-04").
export function maskPhones(value, state) {
  return value.replace(PHONE, (number) => {
    const digits = number.replace(/\D/g, "").length;
    const separated = number.startsWith("+") || /[ ()-]/.test(number);
    if (digits < 7 || digits > 15 || !separated || ISO_DATE.test(number)) return number;
    state.counts.phones++;
    return "[phone]";
  });
}
