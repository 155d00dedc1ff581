// Web Worker that explains large input off the main thread. It receives
// `{ input }` (a string or a Uint8Array) and posts back `{ report }` or
// `{ error }`. After an error the page ends this worker and starts a new
// one, because a trapped WASM instance cannot be trusted again.
import init, { explain, explainBytes } from "./pkg/bounce_explainer.js";

const ready = init();

self.addEventListener("message", async (event) => {
  try {
    await ready;
    const { input } = event.data;
    const report = typeof input === "string" ? explain(input) : explainBytes(input);
    self.postMessage({ report });
  } catch (error) {
    self.postMessage({ error: String(error?.message ?? error) });
  }
});
