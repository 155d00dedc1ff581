// The package's JS API, for portals that draw their own UI:
//
//   import { init, explain } from "bounce-explainer";
//   await init();
//   const report = explain(pastedText);
//
// The element (<bounce-explainer>) is in element.js and uses this API.

import wasmInit, { explain as wasmExplain, explainBytes as wasmExplainBytes } from "../pkg/bounce_explainer.js";
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
 * bundlers such as Vite follow and copy. Pass `{ wasm }` (a URL, a
 * Response, bytes or a WebAssembly.Module) to load it from elsewhere.
 */
export function init(options = {}) {
  loading ??= wasmInit(options.wasm === undefined ? undefined : { module_or_path: options.wasm })
    .then(() => {
      ready = true;
    })
    .catch((error) => {
      loading = null;
      // A server that returns an HTML page for the .wasm request (a 404
      // page, or Vite's dev server after pre-bundling moved the glue) gives
      // only "expected magic word", which does not name the cause.
      const hint = /magic word/.test(error.message)
        ? " The .wasm file was not found next to the JS glue: serve www/pkg/bounce_explainer_bg.wasm beside" +
          " bounce_explainer.js, pass init({ wasm: url }), or with Vite's dev server set" +
          ' optimizeDeps: { exclude: ["bounce-explainer"] }.'
        : "";
      throw new Error(`bounce-explainer: could not load the WebAssembly module: ${error.message}.${hint}`, {
        cause: error,
      });
    });
  return loading;
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

/** Explains pasted text and returns the Report. Call init() first. */
export function explain(text) {
  return run(() => wasmExplain(String(text ?? "")));
}

/** Explains raw bytes, such as an .eml file in any charset. Call init() first. */
export function explainBytes(bytes) {
  return run(() => wasmExplainBytes(bytes));
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
