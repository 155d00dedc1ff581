#!/usr/bin/env node
// Serves www/ on 127.0.0.1 with the right MIME types and the page's
// Content-Security-Policy. No dependencies.
//
// usage: node scripts/serve.mjs [--port N]   (default 8080; 0 picks a free port)
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
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--port");
  const port = i > 0 ? Number(process.argv[i + 1]) : 8080;
  const server = await serve(port);
  console.log(`bounce-explainer: serving www/ at http://127.0.0.1:${server.address().port}/`);
}
