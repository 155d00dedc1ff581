// Explanation override keys that no bounce can match. validateSettings
// rejects keys of the wrong form. unknownOverrideKeys() names keys of the
// right form that match no explanation in the knowledge tables, such as a
// mistyped entry id or a provider code in the wrong case.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import {
  SettingsError,
  adviseRecipients,
  entryIds,
  explain,
  init,
  unknownOverrideKeys,
  validateSettings,
} from "../../www/widget/index.js";

await init({ wasm: readFileSync(new URL("../../www/pkg/bounce_explainer_bg.wasm", import.meta.url)) });

const COMCAST =
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net 203.0.113.5 " +
  "found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010";

const note = { note: "Our own advice." };

function fieldsOf(keys) {
  const settings = { explanations: Object.fromEntries(keys.map((key) => [key, note])) };
  return unknownOverrideKeys(settings).map((p) => p.field);
}

test("entry ids come from the knowledge tables", () => {
  const ids = entryIds();
  assert.ok(ids.length > 300, `only ${ids.length} ids`);
  assert.ok(ids.includes("comcast/BL000010"));
  assert.ok(ids.every((id) => /^[a-z0-9_-]+\/\S+$/.test(id)), "every id is table/key");
  assert.deepEqual([...ids].sort(), [...ids], "sorted");
  assert.equal(new Set(ids).size, ids.length, "no id twice");
});

test("keys that match an explanation pass", () => {
  assert.deepEqual(fieldsOf(["comcast/BL000010", "BL000010", "5.7.1", "550", "421"]), []);
});

test("keys of the right form that match nothing are named", () => {
  const bad = ["comcast/BL00010", "comcast/NOPE", "spamhaus/zenn", "bl000010", "nosuchtable/x1"];
  assert.deepEqual(
    fieldsOf(bad),
    bad.map((key) => `explanations[${JSON.stringify(key)}]`),
  );
  const messages = unknownOverrideKeys({ explanations: { "comcast/BL00010": note, bl000010: note } });
  assert.match(messages[0].message, /did you mean "comcast\/BL000010"/);
  assert.match(messages[1].message, /did you mean "BL000010"/);
});

test("the named keys are those whose override never applies", () => {
  const report = explain(COMCAST);
  for (const key of ["comcast/BL00010", "bl000010", "comcast/BL000010", "BL000010"]) {
    const settings = validateSettings({ explanations: { [key]: note } });
    const applied = adviseRecipients(report, settings)[0].note === note.note;
    const named = unknownOverrideKeys(settings).length > 0;
    assert.equal(named, !applied, `${key}: applied ${applied}, named ${named}`);
  }
});

test("a three-digit key must be a reply code", () => {
  for (const key of ["999", "650", "181", "570"]) {
    assert.throws(
      () => validateSettings({ explanations: { [key]: note } }),
      (e) => e instanceof SettingsError && /not a reply code/.test(e.errors[0].message),
      key,
    );
  }
  for (const key of ["250", "421", "554"]) validateSettings({ explanations: { [key]: note } });
});
