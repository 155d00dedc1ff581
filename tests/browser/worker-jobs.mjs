// Records the jobs a page posts to its Web Workers, for the page's and the
// widget's browser tests. A paste too large for the main thread must be
// explained or redacted in a worker, so that the page keeps responding,
// and a job that a newer paste replaces must be ended.

/**
 * Starts recording, in the page, each message posted to a Worker from now
 * on, and each worker ended with terminate(). Both patches go on
 * Worker.prototype, so they also reach workers started before this call.
 */
export async function recordWorkerJobs(page) {
  await page.evaluate(() => {
    window.__workerJobs = [];
    window.__workersEnded = 0;
    const { postMessage, terminate } = Worker.prototype;
    if (postMessage.recordsJobs) return;
    const recordingPost = function (message, ...rest) {
      const text = message?.input ?? message?.text ?? message?.redact?.text;
      window.__workerJobs.push({
        job: Object.keys(message ?? {})[0] ?? null,
        chars: text?.length ?? text?.byteLength ?? 0,
      });
      return postMessage.call(this, message, ...rest);
    };
    recordingPost.recordsJobs = true;
    Worker.prototype.postMessage = recordingPost;
    Worker.prototype.terminate = function () {
      window.__workersEnded += 1;
      return terminate.call(this);
    };
  });
}

/**
 * Returns the jobs recorded since recordWorkerJobs(), each as `{ job,
 * chars }`: the message's first field name (`input` from the page, `text`
 * or `redact` from the widget) and the length of the text it carries.
 */
export function workerJobs(page) {
  return page.evaluate(() => window.__workerJobs);
}

/** Returns how many workers were ended since recordWorkerJobs(). */
export function workersEnded(page) {
  return page.evaluate(() => window.__workersEnded);
}
