// Runs explain() from the WASM module: on the main thread for ordinary
// input, in a Web Worker (worker.js) for large input so the page keeps
// responding. A WebAssembly trap can leave the instance's memory in an
// unknown state, so after any failure the instance (or the worker) is
// dropped and a fresh one is made for the next call.

/**
 * Input at or above this many bytes or characters is explained in the
 * worker. Most bounces are a few KB. Some input is slow per byte (a 235 KB
 * bounce listing 2000 recipients took 5 s in headless Chromium, and 32 KB
 * of prose about 1 s on a loaded 2-core machine), so the bar is low. The
 * widget uses the same one.
 */
export const WORKER_THRESHOLD = 32 * 1024;

const GLUE = "./pkg/bounce_explainer.js";

// The glue module whose instance is in use, as a promise so that calls
// made while it loads share one instance.
let glue = null;
let generation = 0;
let worker = null;
let pending = null;

/** Loads and instantiates the WASM module, once; later calls reuse it. */
export function load() {
  if (glue) return glue;
  // A fresh URL gives a fresh module record, hence a new instance, after
  // a failure (the glue caches its instance per module record).
  const url = new URL(generation === 0 ? GLUE : `${GLUE}?instance=${generation}`, import.meta.url);
  glue = import(url.href).then(async (module) => {
    await module.default();
    return module;
  });
  // A failed load is not cached, so the next call tries again.
  glue.catch(() => {
    glue = null;
  });
  return glue;
}

/**
 * Explains `input`, a string (pasted text) or a Uint8Array (a file's
 * bytes, which keeps its charsets intact). Resolves to the Report; rejects
 * with the module's error after restarting it.
 */
export async function explainInput(input) {
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size >= WORKER_THRESHOLD && typeof Worker === "function") return explainInWorker(input);
  // A large input still being explained is now out of date.
  if (pending) stopWorker(new Error("superseded"));
  const module = await load();
  try {
    return typeof input === "string" ? module.explain(input) : module.explainBytes(input);
  } catch (error) {
    glue = null;
    generation += 1;
    throw error;
  }
}

/**
 * Resolves to the text of a file's bytes as the module reads them: UTF-16
 * and UTF-32 after a byte order mark decoded, and bytes that are not
 * UTF-8 read as Windows-1252. The Report's line numbers point into this
 * text.
 */
export async function fileText(bytes) {
  const module = await load();
  try {
    return module.fileText(bytes);
  } catch (error) {
    glue = null;
    generation += 1;
    throw error;
  }
}

function explainInWorker(input) {
  // Only the newest request matters: a worker still busy with an older
  // one is ended rather than waited for.
  if (pending) stopWorker(new Error("superseded"));
  if (!worker) {
    worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    worker.addEventListener("message", onWorkerMessage);
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      stopWorker(new Error(event.message || "the worker failed"));
    });
  }
  return new Promise((resolve, reject) => {
    pending = { resolve, reject };
    worker.postMessage({ input });
  });
}

function onWorkerMessage(event) {
  const job = pending;
  pending = null;
  if (!job) return;
  if (event.data.error) {
    stopWorker(null);
    job.reject(new Error(event.data.error));
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
