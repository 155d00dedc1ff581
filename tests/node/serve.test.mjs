// The development server from scripts/serve.mjs, on a free loopback port.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";

// A guard against a hang, not a speed check: each test ends by an event
// (a reply, an exit), and only a test that never gets one reaches this.
const HANG_MS = 120_000;

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

test("serve: malformed escape gets 400", { timeout: HANG_MS }, async () => {
  const server = await serve(0, "127.0.0.1");
  const { port } = server.address();
  try {
    assert.equal(await get(port, "/%E0"), 400);
    assert.equal(await get(port, "/index.html"), 200);
  } finally {
    await new Promise((done) => server.close(done));
  }
});

test("serve: path outside www gets 403", { timeout: HANG_MS }, async () => {
  const server = await serve(0, "127.0.0.1");
  const { port } = server.address();
  try {
    assert.equal(await get(port, "/..%2f..%2fCargo.toml"), 403);
  } finally {
    await new Promise((done) => server.close(done));
  }
});

const SERVE = fileURLToPath(new URL("../../scripts/serve.mjs", import.meta.url));

/**
 * Runs serve.mjs with `args` until it exits. It writes to standard output
 * only once it serves, so it is stopped then, and its status is null.
 * Resolves to `{ status, stdout, stderr }`.
 */
function runServe(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVE, ...args]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      child.kill();
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

test("serve: invalid --port is one line", { timeout: HANG_MS }, async () => {
  for (const args of [["--port", "abc"], ["--port", "70000"], ["--port", "-1"], ["--port", "80.5"], ["--port", ""], ["--port"], ["--port=abc"]]) {
    const { status, stdout, stderr } = await runServe(args);
    const label = `serve.mjs ${args.join(" ")}`;
    assert.equal(status, 2, `${label}: exit status`);
    assert.equal(stdout, "", `${label}: nothing served`);
    const lines = stderr.trim().split("\n");
    assert.equal(lines.length, 1, `${label}: ${stderr}`);
    assert.match(lines[0], /^bounce-explainer: (invalid --port|missing value for --port)/, label);
    assert.ok(lines[0].includes("0 to 65535"), `${label}: ${lines[0]}`);
    const value = args.length === 1 ? args[0].split("=")[1] : args[1];
    if (value) assert.ok(lines[0].includes(JSON.stringify(value)), `${label}: ${lines[0]}`);
  }
});

test("serve: busy port is one line", { timeout: HANG_MS }, async () => {
  const holder = await serve(0, "127.0.0.1");
  const { port } = holder.address();
  try {
    const { status, stdout, stderr } = await runServe(["--port", String(port)]);
    assert.equal(status, 1);
    assert.equal(stdout, "");
    const lines = stderr.trim().split("\n");
    assert.equal(lines.length, 1, stderr);
    assert.ok(lines[0].includes(`port ${port}`), lines[0]);
    assert.ok(lines[0].includes("in use"), lines[0]);
    assert.ok(lines[0].includes("--port 0"), lines[0]);
  } finally {
    await new Promise((done) => holder.close(done));
  }
});

test("serve: busy port rejects the promise", { timeout: HANG_MS }, async () => {
  const holder = await serve(0, "127.0.0.1");
  try {
    await assert.rejects(serve(holder.address().port, "127.0.0.1"), { code: "EADDRINUSE" });
  } finally {
    await new Promise((done) => holder.close(done));
  }
});

test("serve: --port=N form is read", { timeout: HANG_MS }, async () => {
  const holder = await serve(0, "127.0.0.1");
  const { port } = holder.address();
  try {
    // The busy port shows that the value was read rather than ignored.
    const { status, stderr } = await runServe([`--port=${port}`]);
    assert.equal(status, 1);
    assert.ok(stderr.includes(`port ${port}`), stderr);
  } finally {
    await new Promise((done) => holder.close(done));
  }
});
