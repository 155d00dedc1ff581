// Runs explain() for one element: on the main thread for ordinary
// pastes, in the element's own Web Worker (worker.js) for large ones. A
// worker that fails or is still busy with the element's older paste is
// ended and a new one is started. A trap on the main thread stops the
// page's one instance for good, so from then on every paste goes to a
// worker. Each error carries `retryable`: whether the next paste can
// still be explained without reloading the page.

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

// These three are facts about the page, shared by all its elements: the
// Trusted Types policy once created (or false once the page rejected
// it), a trap in the one main-thread instance, and a worker that cannot
// start there.
let workerUrlPolicy = null;
let mainThreadStopped = false;
let workerCannotStart = typeof Worker !== "function";

/**
 * Explains the pastes of one element. Each element has its own runner,
 * so a newer paste in one element ends only that element's worker job,
 * never another element's. The worker starts at the element's first
 * large paste and is kept for the next one until `stop()`.
 */
export class Runner {
  #worker = null;
  #pending = null;

  /** Returns whether `text` goes to the worker, so that its result comes later. */
  usesWorker(text) {
    return !workerCannotStart && (mainThreadStopped || text.length >= WORKER_THRESHOLD);
  }

  /**
   * Explains `text` and resolves to the Report, or rejects with the
   * module's error. A job of this runner still in the worker is ended first, and
   * its promise rejects with `superseded`.
   */
  async explain(text) {
    if (this.usesWorker(text)) {
      try {
        return await this.#explainInWorker(text);
      } catch (error) {
        if (error.superseded || error.started) throw error;
        // A worker that cannot start (a policy without worker-src 'self', or
        // a bundler that did not copy worker.js) leaves the main thread.
        workerCannotStart = true;
      }
    }
    // A large paste still in the worker is now out of date.
    this.cancel();
    return explainOnMainThread(text);
  }

  /** Ends the job in the worker, if any, and rejects its promise as `superseded`. */
  cancel() {
    if (this.#pending) this.#stopWorker(supersededError());
  }

  /** Ends the worker, for an element that left the page. Returns whether a job was ended. */
  stop() {
    const busy = this.#pending !== null;
    this.#stopWorker(supersededError());
    return busy;
  }

  #explainInWorker(text) {
    // Only the newest paste matters: a busy worker is ended, not waited for.
    this.cancel();
    if (!this.#worker) {
      const worker = startWorker();
      worker.addEventListener("message", (event) => this.#onMessage(worker, event));
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        if (worker !== this.#worker) return;
        this.#stopWorker(Object.assign(new Error(event.message || "the worker failed to start"), { started: false }));
      });
      this.#worker = worker;
    }
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      this.#worker.postMessage({ text });
    });
  }

  #onMessage(worker, event) {
    // A message from a worker already ended is for a paste that is gone.
    if (worker !== this.#worker) return;
    const job = this.#pending;
    this.#pending = null;
    if (!job) return;
    if (event.data.error) {
      this.#stopWorker(null);
      job.reject(Object.assign(new Error(event.data.error), { started: true, retryable: true }));
    } else {
      job.resolve(event.data.report);
    }
  }

  #stopWorker(reason) {
    this.#worker?.terminate();
    this.#worker = null;
    const job = this.#pending;
    this.#pending = null;
    if (job && reason) job.reject(reason);
  }
}

function supersededError() {
  return Object.assign(new Error("superseded by a newer paste"), { superseded: true });
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

/** Reports whether a worker may start in this page: false once one failed to start. */
export function workerMayStart() {
  return !workerCannotStart;
}

/** Records that a worker failed to start, so later jobs stay on the main thread. */
export function noteWorkerCannotStart() {
  workerCannotStart = true;
}

// Vite finds and bundles the worker only in the literal form
// `new Worker(new URL("./worker.js", import.meta.url))` (its
// worker-import-meta-url plugin, Vite 7.3), so that form stays for
// bundlers. Served as shipped, the URL goes through the
// Trusted Types policy, which a page that requires Trusted Types accepts.
// NOTE: a bundled widget under require-trusted-types-for 'script' cannot
// start its worker and explains large pastes on the main thread.
export function startWorker() {
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
