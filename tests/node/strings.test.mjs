// The page's wording of what the input was read as: a sending service's
// JSON record is named by the service, an MTA by the report's id.
import { test } from "node:test";
import assert from "node:assert/strict";

import { STRINGS } from "../../www/strings.js";

test("JSON records are named by their service", () => {
  const { readAs } = STRINGS.kinds;
  assert.equal(readAs("the text of a non-delivery report", "amazonses"), "Read as Amazon SES's JSON event record.");
  assert.equal(readAs("a whole email", "postfix"), "Read as a whole email, written by postfix.");
  assert.equal(readAs("SMTP reply lines", null), "Read as SMTP reply lines.");
});
