// The widget's status line counts the recipients the message did not
// reach apart from those a DSN reports as delivered.
import { test } from "node:test";
import assert from "node:assert/strict";

import { WIDGET_STRINGS } from "../../www/widget/strings.js";

test("widget status counts delivered recipients apart", () => {
  const { explained } = WIDGET_STRINGS.status;
  assert.equal(explained(3), "Explained 3 recipients.");
  assert.equal(explained(1, 0), "Explained 1 recipient.");
  assert.equal(explained(5, 3), "Explained 5 recipients: 2 not delivered, 3 delivered.");
  assert.equal(explained(1, 1), "Explained 1 recipient: all delivered.");
});

test("widget status counts replies without recipients", () => {
  const { explained } = WIDGET_STRINGS.status;
  assert.equal(explained(32, 0, true), "Explained 32 replies.");
  assert.equal(explained(1, 0, true), "Explained 1 reply.");
});
