// The development server from scripts/serve.mjs, on a free loopback port.
import { test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { serve } from "../../scripts/serve.mjs";

/** Sends a GET with `path` sent as is (fetch would normalise it). */
function get(port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    });
    req.on("error", reject);
    req.end();
  });
}

test("serve: malformed escape gets 400", { timeout: 5000 }, async () => {
  const server = await serve(0, "127.0.0.1");
  const { port } = server.address();
  try {
    assert.equal(await get(port, "/%E0"), 400);
    assert.equal(await get(port, "/index.html"), 200);
  } finally {
    await new Promise((done) => server.close(done));
  }
});

test("serve: path outside www gets 403", { timeout: 5000 }, async () => {
  const server = await serve(0, "127.0.0.1");
  const { port } = server.address();
  try {
    assert.equal(await get(port, "/..%2f..%2fCargo.toml"), 403);
  } finally {
    await new Promise((done) => server.close(done));
  }
});
