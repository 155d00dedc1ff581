// Web Worker that explains large pastes off the main thread, so the host
// page keeps responding. It receives `{ text }` and posts back
// `{ report }` or `{ error }`.
import init, { explain } from "../pkg/bounce_explainer.js";

const ready = init();

self.addEventListener("message", async (event) => {
  try {
    await ready;
    self.postMessage({ report: explain(event.data.text) });
  } catch (error) {
    self.postMessage({ error: String(error?.message ?? error) });
  }
});
