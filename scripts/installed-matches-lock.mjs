#!/usr/bin/env node
// Checks whether node_modules contains exactly the packages that
// package-lock.json locks, so that scripts/setup.sh can record an install
// it did not make instead of running npm ci again. Exits 0 on a match, or
// 1 with the first difference on stderr.
//
// npm 7 and later write node_modules/.package-lock.json, a "hidden
// lockfile", as their record of the tree they installed
// (https://docs.npmjs.com/cli/v9/configuring-npm/package-lock-json).
// That record must list the same packages as the lock file (the lock's
// root entry aside), with the same version, integrity and other fields.
// The record goes stale when a package folder is changed by hand, so each
// package's own package.json must also state the locked version.
//
// usage: node scripts/installed-matches-lock.mjs [DIR]   (default: .)
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";

const dir = process.argv[2] ?? ".";

function readJson(path) {
  try {
    return JSON.parse(readFileSync(join(dir, path), "utf8"));
  } catch (error) {
    throw new Error(`failed to read ${path}: ${error.message}`);
  }
}

/** Returns the first difference between the lock file and node_modules, or null. */
function findDifference() {
  const lock = readJson("package-lock.json");
  const installed = readJson("node_modules/.package-lock.json");
  // The root entry describes the project itself, which npm leaves out of
  // its record in node_modules.
  const { "": _root, ...locked } = lock.packages ?? {};
  const recorded = installed.packages ?? {};
  for (const path of Object.keys(recorded)) {
    if (!(path in locked)) return `${path} is installed but not in package-lock.json`;
  }
  for (const [path, entry] of Object.entries(locked)) {
    if (!(path in recorded)) return `${path} is in package-lock.json but not installed`;
    if (!isDeepStrictEqual(recorded[path], entry)) return `${path} differs from package-lock.json`;
    // A linked package (a workspace) has no version of its own to check.
    if (entry.link) continue;
    const version = readJson(join(path, "package.json")).version;
    if (version !== entry.version) return `${path} is version ${version}, locked at ${entry.version}`;
  }
  return null;
}

let difference;
try {
  difference = findDifference();
} catch (error) {
  difference = error.message;
}
if (difference) {
  console.error(`installed-matches-lock: ${difference}`);
  process.exit(1);
}
