// Web Worker that explains or redacts large pastes off the main thread,
// so the host page keeps responding. It receives `{ text }` and posts
// back `{ report }` or `{ error }`, or receives `{ redact: { text,
// options } }` and posts back `{ redacted }` or `{ error }`.
import init, { explain } from "../pkg/bounce_explainer.js";
import { redact } from "./redact.js";

// A worker started only to redact never needs the WASM module, so it is
// loaded at the first explanation.
let ready = null;

self.addEventListener("message", async (event) => {
  try {
    if (event.data.redact) {
      const { text, options } = event.data.redact;
      self.postMessage({ redacted: redact(text, options) });
      return;
    }
    ready ??= init();
    await ready;
    self.postMessage({ report: explain(event.data.text) });
  } catch (error) {
    self.postMessage({ error: String(error?.message ?? error) });
  }
});
