// Runs the element's "Redact and copy" without freezing the host page.
// Redaction costs 0.1 to 0.4 s per MB (Node 20 on a 2-core x86-64
// machine, scripts/bench-redact.mjs). So a paste of WORKER_THRESHOLD or
// more is redacted in a worker, unless no worker can start, and only its
// first REDACT_MAX characters are redacted.

import { redact } from "./redact.js";
import { noteWorkerCannotStart, startWorker, WORKER_THRESHOLD, workerMayStart } from "./runner.js";

/**
 * Maximum number of characters of a paste that are redacted and copied.
 * The rest is left out of the copy. Laying out the redacted text in its textarea
 * is the one step left on the main thread, and it costs about 0.6 ms per
 * KB in headless Chromium 156 (296 ms for 512 KB, 64 ms for 128 KB). A
 * bounce's report parts come before the returned message, whose body
 * redaction removes anyway.
 */
export const REDACT_MAX = 128 * 1024;

/**
 * Returns `{ text, cut }`: `text` unchanged when it has at most
 * REDACT_MAX characters, else its start cut at the last line break
 * within the bound. Without a line break the cut falls at the last
 * space, so that no half address or name is left unmasked at the cut.
 */
export function cutForRedaction(text) {
  if (text.length <= REDACT_MAX) return { text, cut: false };
  const start = text.slice(0, REDACT_MAX);
  let end = start.lastIndexOf("\n") + 1;
  if (end === 0) end = Math.max(start.lastIndexOf(" "), 0);
  // NOTE: one line longer than REDACT_MAX, without a space, is cut
  // mid-line, and a token cut in two there may stay unmasked.
  if (end === 0) end = REDACT_MAX;
  return { text: text.slice(0, end), cut: true };
}

/**
 * Redacts the start of `text` (see cutForRedaction) with `options` as
 * redact() takes them. Resolves to redact()'s `{ text, counts }` plus
 * `cut`: null, or `{ redacted, total }` in characters when the rest of
 * the paste was left out.
 */
export async function redactPaste(text, options) {
  const part = cutForRedaction(text);
  let result = null;
  if (part.text.length >= WORKER_THRESHOLD && workerMayStart()) {
    try {
      result = await redactInWorker(part.text, options);
    } catch (error) {
      if (error.started !== false) throw error;
      noteWorkerCannotStart();
    }
  }
  result ??= redact(part.text, options);
  const cut = part.cut ? { redacted: part.text.length, total: text.length } : null;
  return { ...result, cut };
}

// Starts a worker for this one job and ends it with the job, so an
// element removed meanwhile leaves no worker behind.
function redactInWorker(text, options) {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    worker.addEventListener("message", (event) => {
      worker.terminate();
      if (event.data.error) reject(Object.assign(new Error(event.data.error), { started: true }));
      else resolve(event.data.redacted);
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      worker.terminate();
      reject(Object.assign(new Error(event.message || "the worker failed to start"), { started: false }));
    });
    worker.postMessage({ redact: { text, options: { ...options } } });
  });
}
