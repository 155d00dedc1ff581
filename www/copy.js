// Copies text to the clipboard. Resolves to true on success.
//
// The asynchronous Clipboard API needs a secure context (https, or http
// on localhost and 127.0.0.1) and, in some browsers, a permission. When
// it fails, the fallback selects an off-screen textarea and runs the
// older copy command, which works from a click handler.
export async function copyText(text) {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied or unavailable: fall through to the older command.
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "be-offscreen";
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}
