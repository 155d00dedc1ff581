// The package's JS API, for portals that draw their own UI and for
// scripts in Node:
//
//   import { init, explain } from "bounce-explainer";
//   await init();
//   const report = explain(pastedText);
//
// The element (<bounce-explainer>) is in element.js and uses this API.

import wasmInit, {
  entryIds as wasmEntryIds,
  explain as wasmExplain,
  explainBytes as wasmExplainBytes,
  fileText as wasmFileText,
} from "../pkg/bounce_explainer.js";
import { unmatchedOverrideKeys } from "./override-keys.js";
import { adviseRecipients as advise } from "./portal.js";
import { validateSettings } from "./settings.js";

export { SettingsError, validateSettings, readSettingsScript } from "./settings.js";
export { composeNote, noteText } from "./notes.js";
export { redact } from "./redact.js";
export { findOwnServer } from "./portal.js";

let loading = null;
let ready = false;
// The trap (a WebAssembly.RuntimeError) that stopped the instance, if any.
// The glue keeps one instance per page, and memory after a trap cannot be
// trusted, so later calls fail with a clear message instead.
let stopped = null;

/**
 * Loads and compiles the WebAssembly module once; later calls return the
 * same promise. By default the .wasm file is fetched from beside the JS
 * glue (`new URL("bounce_explainer_bg.wasm", import.meta.url)`), which
 * bundlers such as Vite follow and copy; in Node it is read from disk.
 * Pass `{ wasm }` (a URL, a Response, bytes or a WebAssembly.Module) to
 * load it from elsewhere.
 */
export function init(options = {}) {
  loading ??= (options.wasm === undefined ? wasmInNode() : Promise.resolve(options.wasm))
    .then((wasm) => wasmInit(wasm === undefined ? undefined : { module_or_path: wasm }))
    .then(() => {
      ready = true;
      // Reads the ids now, so that a later settings check does not fail
      // when a trap has stopped the module in between.
      entryIds();
    })
    .catch((error) => {
      loading = null;
      // A server that returns an HTML page for the .wasm request (a 404
      // page, or Vite's dev server after pre-bundling moved the glue) gives
      // only "expected magic word", which does not name the cause.
      let hint = "";
      if (/magic word/.test(error.message)) {
        hint =
          " The .wasm file was not found next to the JS glue: serve www/pkg/bounce_explainer_bg.wasm beside" +
          " bounce_explainer.js, pass init({ wasm: url }), or with Vite's dev server set" +
          ' optimizeDeps: { exclude: ["bounce-explainer"] }.';
      } else if (/fetch/i.test(error.message)) {
        hint =
          " Check that the .wasm file's URL is served, or pass the module's bytes:" +
          " init({ wasm: await readFile(pathOfTheWasmFile) }).";
      }
      throw new Error(`bounce-explainer: could not load the WebAssembly module: ${error.message}.${hint}`, {
        cause: error,
      });
    });
  return loading;
}

// The .wasm file beside the JS glue, as the glue itself locates it. A
// variable rather than a literal, so that bundlers copy the file once,
// through the glue, and do not follow this reference too.
const WASM_BESIDE_GLUE = "../pkg/bounce_explainer_bg.wasm";

/**
 * Reads the .wasm file from disk in Node, because Node's fetch() does not
 * read file: URLs. Elsewhere it resolves to undefined, and the glue
 * fetches the file as usual.
 */
async function wasmInNode() {
  const inNode = typeof process === "object" && typeof process.versions?.node === "string";
  if (!inNode || typeof window !== "undefined") return undefined;
  const url = new URL(WASM_BESIDE_GLUE, import.meta.url);
  if (url.protocol !== "file:") return undefined;
  // A variable module name keeps browser bundlers from resolving a Node
  // built-in they cannot bundle.
  const fsModule = "node:fs/promises";
  const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule);
  return readFile(url);
}

function run(call) {
  if (!ready) throw new Error("bounce-explainer: call init() and wait for it before explain()");
  if (stopped) {
    throw new Error(
      `bounce-explainer: the WebAssembly module stopped after an internal error (${stopped.message});` +
        " reload the page to start it again",
      { cause: stopped },
    );
  }
  try {
    return call();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) stopped = error;
    throw error;
  }
}

/**
 * Explains pasted text and returns the Report. Call init() first. Any
 * other value, bytes or undefined included, is passed to the module
 * unchanged, which throws an Error that names its type and points to
 * explainBytes().
 */
export function explain(text) {
  return run(() => wasmExplain(text));
}

/** Explains raw bytes, such as an .eml file in any charset. Call init() first. */
export function explainBytes(bytes) {
  return run(() => wasmExplainBytes(bytes));
}

/**
 * Returns the text of a file's bytes as explainBytes() reads them: UTF-16
 * and UTF-32 after a byte order mark decoded, and bytes that are not UTF-8
 * read as Windows-1252. Call init() first.
 */
export function fileText(bytes) {
  return run(() => wasmFileText(bytes));
}

/**
 * Applies portal settings to a Report and returns one advice object per
 * recipient. Each contains the effective explanation (the portal's override
 * merged in), the override key used, the portal's note and link, whether
 * the IP to quote is the portal's own server, and the portal's contact
 * for the party who must act. Raw settings are validated first.
 */
export function adviseRecipients(report, settings) {
  return advise(report, validateSettings(settings));
}

let ids = null;

/** Returns the id of every explanation in the knowledge tables, sorted. Call init() first. */
export function entryIds() {
  ids ??= Object.freeze(run(() => wasmEntryIds()));
  return ids;
}

/**
 * Returns one `{ field, message }` per explanation override in `settings`
 * whose key no bounce can match: an entry id that is not in the tables
 * ("comcast/BL00010"), or a code that differs from a known one only in
 * case ("bl000010"). validateSettings checks only the keys' form, because
 * the ids come with the WebAssembly module. Call init() first.
 */
export function unknownOverrideKeys(settings) {
  return unmatchedOverrideKeys(validateSettings(settings), entryIds());
}
