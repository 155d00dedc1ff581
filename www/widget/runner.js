// Runs explain() for the element: on the main thread for ordinary pastes,
// in a Web Worker (worker.js) for large ones. A worker that fails or is
// still busy with an older paste is ended and a new one is started. A trap
// on the main thread stops the page's one instance for good, so from then
// on every paste goes to a worker. Each error carries `retryable`: whether
// the next paste can still be explained without reloading the page.

import { explain, init } from "./index.js";

/**
 * Pastes at or above this many characters go to the worker. The explainer
 * takes about 7 ms per KB on large input (measured in Node 20 on a 2-core
 * x86-64 machine, a Postfix bounce repeated to 0.27 MB), so this keeps a
 * main-thread pause near 0.2 s.
 */
export const WORKER_THRESHOLD = 32 * 1024;

/**
 * Name of the Trusted Types policy that creates the worker's script URL.
 * A portal whose policy has `require-trusted-types-for 'script'` allows
 * it with `trusted-types bounce-explainer`.
 */
export const TRUSTED_TYPES_POLICY = "bounce-explainer";
// The worker's file name beside this module, when it is served as shipped.
const WORKER_FILE = "worker.js";

let worker = null;
// The Trusted Types policy once created, or false once the page rejected it.
let workerUrlPolicy = null;
let pending = null;
let mainThreadStopped = false;
let workerCannotStart = typeof Worker !== "function";

/** Explains `text`; resolves to the Report, or rejects with the module's error. */
export async function explainText(text) {
  if (!workerCannotStart && (mainThreadStopped || text.length >= WORKER_THRESHOLD)) {
    try {
      return await explainInWorker(text);
    } catch (error) {
      if (error.superseded || error.started) throw error;
      // A worker that cannot start (a policy without worker-src 'self', or
      // a bundler that did not copy worker.js) leaves the main thread.
      workerCannotStart = true;
    }
  }
  return explainOnMainThread(text);
}

async function explainOnMainThread(text) {
  await init();
  try {
    return explain(text);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) mainThreadStopped = true;
    // After a trap only a worker can explain the next paste.
    error.retryable = !mainThreadStopped || !workerCannotStart;
    throw error;
  }
}

function explainInWorker(text) {
  // Only the newest paste matters: a busy worker is ended, not waited for.
  if (pending) stopWorker(Object.assign(new Error("superseded by a newer paste"), { superseded: true }));
  if (!worker) {
    worker = startWorker();
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      stopWorker(Object.assign(new Error(event.message || "the worker failed to start"), { started: false }));
    });
  }
  return new Promise((resolve, reject) => {
    pending = { resolve, reject };
    worker.postMessage({ text });
  });
}

// Vite finds and bundles the worker only in the literal form
// `new Worker(new URL("./worker.js", import.meta.url))` (its
// worker-import-meta-url plugin, Vite 7.3), so that form stays for
// bundlers. Served as shipped, the URL goes through the
// Trusted Types policy, which a page that requires Trusted Types accepts.
// NOTE: a bundled widget under require-trusted-types-for 'script' cannot
// start its worker and explains large pastes on the main thread.
function startWorker() {
  const trusted = trustedWorkerUrl();
  if (trusted) return new Worker(trusted, { type: "module" });
  return new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
}

// Returns the worker's URL as a TrustedScriptURL, or null where Trusted
// Types are not supported, the module was bundled, or the page's
// `trusted-types` directive does not allow the policy.
function trustedWorkerUrl() {
  if (typeof trustedTypes === "undefined" || !import.meta.url.endsWith("/widget/runner.js")) return null;
  const url = new URL(WORKER_FILE, import.meta.url).href;
  if (workerUrlPolicy === null) {
    try {
      workerUrlPolicy = trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL: (value) => {
          if (value !== url) throw new TypeError(`Trusted Types policy ${TRUSTED_TYPES_POLICY} rejected ${value}: it creates only ${url}`);
          return value;
        },
      });
    } catch {
      // The page's trusted-types directive does not allow the policy, so
      // it is not asked for again.
      workerUrlPolicy = false;
    }
  }
  return workerUrlPolicy ? workerUrlPolicy.createScriptURL(url) : null;
}

function onMessage(event) {
  const job = pending;
  pending = null;
  if (!job) return;
  if (event.data.error) {
    stopWorker(null);
    job.reject(Object.assign(new Error(event.data.error), { started: true, retryable: true }));
  } else {
    job.resolve(event.data.report);
  }
}

function stopWorker(reason) {
  worker?.terminate();
  worker = null;
  const job = pending;
  pending = null;
  if (job && reason) job.reject(reason);
}
