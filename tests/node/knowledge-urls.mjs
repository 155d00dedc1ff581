// The URLs the knowledge tables (src/knowledge/) contain: the only links
// a Report, and so the page, may show.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Returns one RegExp per URL string in the knowledge tables
 * (src/knowledge/), with `{ip}` matching any address and the form a link
 * takes when no IP is known. These are the only links the page may show.
 */
export function knowledgeUrlPatterns() {
  const dir = new URL("../../src/knowledge/", import.meta.url).pathname;
  const urls = new Set();
  const walk = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".rs")) {
        for (const [, url] of readFileSync(full, "utf8").matchAll(/"(https?:\/\/[^"\s]+)"/g)) urls.add(url);
      }
    }
  };
  walk(dir);
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const patterns = [];
  // A fragment only picks a place on the same page, so it is ignored.
  for (const url of new Set([...urls].map((u) => u.replace(/#.*/, "")))) {
    const [before, ...rest] = url.split("{ip}");
    if (rest.length === 0) {
      patterns.push(new RegExp(`^${escape(url)}$`));
      continue;
    }
    const ip = "[0-9A-Fa-f.:]+";
    patterns.push(new RegExp(`^${[before, ...rest].map(escape).join(ip)}$`));
    // Without an IP the link drops its `ip=` parameter or path step.
    patterns.push(new RegExp(`^${escape(before.replace(/[?&][^?&=]*=$/, "").replace(/\/+$/, ""))}/?$`));
  }
  return patterns;
}
