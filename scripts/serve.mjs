#!/usr/bin/env node
// Serves www/ on 127.0.0.1 with the right MIME types and the page's
// Content-Security-Policy. No dependencies.
//
// usage: node scripts/serve.mjs [--port N]   (default 8080; 0 picks a free port)
//
// An invalid --port exits with status 2 and a port that cannot be opened
// (in use, or below 1024 without permission) with status 1, each with one
// line on standard error.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const root = new URL("../www/", import.meta.url).pathname;

// The same policy as the meta tag in www/index.html, plus frame-ancestors,
// which only works as a header. It goes on every response because a
// worker script takes its policy from its own response.
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
  ".eml": "message/rfc822",
};

/** Starts the server; resolves to the http.Server once it listens. */
export function serve(port = 8080, host = "127.0.0.1") {
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    } catch {
      // A malformed escape such as /%E0 would otherwise end the process.
      console.warn(`bounce-explainer: bad request: malformed URL ${JSON.stringify(req.url)}`);
      res.writeHead(400, { "content-type": "text/plain" }).end("bad request");
      return;
    }
    const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": types[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        "x-content-type-options": "nosniff",
        "content-security-policy": CSP,
        "referrer-policy": "no-referrer",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((resolve, reject) => {
    // A busy or forbidden port is an 'error' event, which would otherwise
    // end the process with a stack trace.
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

/**
 * Reads `--port N` or `--port=N` from the command line: 8080 when absent,
 * or an error message for a value that is not a whole number from 0 to
 * 65535 written in decimal digits.
 */
export function portFromArgs(args) {
  const at = args.findIndex((arg) => arg === "--port" || arg.startsWith("--port="));
  if (at < 0) return { port: 8080 };
  const value = args[at] === "--port" ? args[at + 1] : args[at].slice("--port=".length);
  const port = /^\d{1,5}$/.test(value ?? "") ? Number(value) : NaN;
  if (port <= 65535) return { port };
  const range = "give a whole number from 0 to 65535 (0 picks a free port)";
  if (value === undefined) return { error: `missing value for --port: ${range}` };
  return { error: `invalid --port ${JSON.stringify(value)}: ${range}` };
}

/** Explains why listening on `port` failed, in one line with what to do. */
function listenError(error, port) {
  if (error.code === "EADDRINUSE") {
    return `port ${port} on 127.0.0.1 is in use: stop the program that holds it, or pick another with --port N (--port 0 picks a free one)`;
  }
  if (error.code === "EACCES") {
    return `permission denied for port ${port} on 127.0.0.1: pick a port from 1024 up with --port N (--port 0 picks a free one)`;
  }
  return `could not listen on 127.0.0.1:${port}: ${error.message}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { port, error } = portFromArgs(process.argv.slice(2));
  if (error) {
    console.error(`bounce-explainer: ${error}`);
    process.exit(2);
  }
  try {
    const server = await serve(port);
    console.log(`bounce-explainer: serving www/ at http://127.0.0.1:${server.address().port}/`);
  } catch (listenFailure) {
    console.error(`bounce-explainer: ${listenError(listenFailure, port)}`);
    process.exit(1);
  }
}
