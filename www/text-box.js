// Keeps multi-megabyte text out of a <textarea>, for the page and the
// widget alike.

/**
 * Text longer than this many characters is not left in a text box.
 * Laying out text in a textarea costs about 0.5 s per MB in headless
 * Chromium (2.4 s for 5 MB), and the host page is frozen meanwhile.
 */
export const TEXT_BOX_MAX = 1024 * 1024;

/**
 * Empties `textarea` if it contains more than TEXT_BOX_MAX characters,
 * and returns the text it contained; returns null if the text fits. Called
 * in the task of the paste's "input" event, it empties the box before the
 * browser lays the megabytes out.
 */
export function takeLargeText(textarea) {
  const text = textarea.value;
  if (text.length <= TEXT_BOX_MAX) return null;
  textarea.value = "";
  return text;
}
