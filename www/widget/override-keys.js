// Checks a portal's explanation override keys against the knowledge
// tables' entry ids. validateSettings checks only a key's form, because
// it runs before the WebAssembly module (which holds the ids) is loaded.
// A key of the right form can still match nothing ("comcast/BL00010",
// "bl000010"), and such an override would never apply, so the widget
// lists it with the other settings problems.

/**
 * Returns one `{ field, message }` per override key in `settings` (as
 * validateSettings returns them) that no bounce explained with these
 * `ids` can match. `ids` are the entry ids, "table/key".
 */
export function unmatchedOverrideKeys(settings, ids) {
  const known = new Set(ids);
  const tables = new Set(ids.map((id) => id.slice(0, id.indexOf("/"))));
  const codes = new Set(ids.map((id) => id.slice(id.indexOf("/") + 1)));
  const problems = [];
  for (const key of Object.keys(settings.explanations)) {
    const message = problemWith(key, known, tables, codes);
    if (message) problems.push({ field: `explanations[${JSON.stringify(key)}]`, message });
  }
  return problems;
}

// Reply codes and enhanced status codes are checked by form alone: any
// bounce may carry one.
const BY_FORM = /^([245][0-9][0-9]|[245]\.[0-9]{1,3}\.[0-9]{1,3})$/;

function problemWith(key, known, tables, codes) {
  if (BY_FORM.test(key) || known.has(key)) return null;
  const slash = key.indexOf("/");
  if (slash < 0) {
    if (codes.has(key)) return null;
    const near = closeTo(key, codes);
    if (near) return `no explanation has the code "${key}"; did you mean "${near}"? Codes are matched with their case`;
    return `no explanation in the tables has the code "${key}", so it applies only if a bounce carries exactly this code`;
  }
  const near = closeTo(key, known);
  if (near) return `no explanation has the id "${key}"; did you mean "${near}"? Ids are matched with their case`;
  const table = key.slice(0, slash);
  if (!tables.has(table)) return `"${table}" is not a table of explanations; ids look like "comcast/BL000010"`;
  return `no explanation has the id "${key}"; the ids of "${table}" are listed by entryIds()`;
}

// The known value that differs from `key` only in letter case, or by one
// character added, dropped or changed, for a "did you mean" hint.
function closeTo(key, values) {
  const lower = key.toLowerCase();
  for (const value of values) {
    if (value.toLowerCase() === lower) return value;
  }
  for (const value of values) {
    if (oneEditApart(lower, value.toLowerCase())) return value;
  }
  return null;
}

function oneEditApart(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
