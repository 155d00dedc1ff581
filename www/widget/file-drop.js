// Files dropped on the widget: the element reads the first, as the page
// does, and names the others as not read.

import { fileText, init } from "./index.js";

/**
 * Calls `onFiles` with the array of files dropped on `target`. Cancels the
 * browser's default action for a dropped file, which opens or downloads it
 * in place of the host page.
 */
export function acceptFileDrops(target, onFiles) {
  target.addEventListener("dragover", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
  });
  target.addEventListener("drop", (event) => {
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    onFiles([...event.dataTransfer.files]);
  });
}

/** Resolves to the text of `file` as the explainer reads its bytes (see fileText). */
export async function readFileText(file) {
  await init();
  return fileText(new Uint8Array(await file.arrayBuffer()));
}
