// Unit tests for addresses written in an encoded form: percent-encoded
// once or more than once, HTML numeric or named character references,
// and mixtures of both. Each must be masked whole, with the same token
// as the plain address, and unrelated encoded text must stay as it is.
import { test } from "node:test";
import assert from "node:assert/strict";

import { redact } from "../../www/widget/redact.js";

const run = (text, options) => redact(text, options).text;

test("twice URL-encoded address masked", () => {
  const text = run([
    "List-Unsubscribe: <mailto:unsub@example.com?subject=unsubscribe%20kim.lee%2540example.org>",
    "Kim wrote from kim.lee@example.org.",
  ].join("\n"));
  assert.doesNotMatch(text, /kim\.lee|kim%2E|lee%2540/i);
  const [token] = text.match(/user-\d+/g).filter((t, i, all) => all.indexOf(t) !== i);
  assert.ok(token, text);
  assert.match(text, /unsubscribe%20user-\d+%2540example\.org>/);
});

test("thrice URL-encoded address masked", () => {
  const text = run("see https://help.example.net/?u=ana%252Ebell%25252540example%252Eorg&lang=en for ana.bell@example.org");
  assert.doesNotMatch(text, /ana|bell/i);
  assert.equal((text.match(/user-1/g) ?? []).length, 2, text);
  assert.match(text, /&lang=en for user-1@example\.org$/);
});

test("HTML character references masked whole", () => {
  const inputs = [
    "<p>paul&#x2e;private&#x40;example&#x2e;org</p>",
    "<p>paul.private&#64;example.org</p>",
    "<p>paul.private&commat;example&period;org</p>",
    "<p>&#112;&#97;&#117;&#108;.private&#64;&#101;xample.org</p>",
    "<p>paul&#46private&#X40;example.org</p>",
  ];
  for (const input of inputs) {
    const text = run(`${input}\nTo reach paul.private@example.org again`);
    assert.doesNotMatch(text, /paul|private|&#101;xample/i, input);
    assert.equal((text.match(/user-1/g) ?? []).length, 2, text);
    assert.doesNotMatch(text, /user-2/, text);
  }
});

test("mixed encodings masked", () => {
  for (const input of ["jo.ng%26%2364%3Bexample.net", "jo.ng&#37;40example.net", "jo&#x25;2Eng%40example.net"]) {
    const text = run(`x=${input} and jo.ng@example.net`);
    assert.doesNotMatch(text, /jo\.ng|jo&|ng%/, `${input} -> ${text}`);
    assert.equal((text.match(/user-1/g) ?? []).length, 2, text);
  }
});

test("encoded own domain masked", () => {
  const text = run("Unsubscribe: https://lists.example.net/u?e=max%2540corp.example", { ownDomains: ["corp.example"] });
  assert.doesNotMatch(text, /max|corp\.example/, text);
  assert.match(text, /user-1%2540host-1\.example/);
});

test("encoded role address kept", () => {
  const input = "write to postmaster%2540example.net or abuse&#64;example.net";
  assert.equal(run(input), input);
});

test("unrelated encoded text kept", () => {
  const inputs = [
    "https://example.net/search?q=50%25%20off&amp;x=1&y=%2540home",
    "Tom &amp; Jerry &#169; 2026 &lt;b&gt; 100%40 sure",
    "https://example.net/a%2Fb%3Fc%3Dd%26e",
    "broken &#xZZ; &#; %zz %2 &unknownname; &#1114112;",
  ];
  for (const input of inputs) assert.equal(run(input), input);
});
