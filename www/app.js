// The page: reads a pasted bounce or an .eml file, explains it as the
// user types, and shows the result, the marked text and any error.
import { explainInput, fileText, load, WORKER_THRESHOLD } from "./engine.js";
import { EXAMPLE_BOUNCE } from "./example.js";
import { reportTerms } from "./highlight.js";
import { announce as announceIn } from "./live-region.js";
import { renderMirror } from "./mirror.js";
import { renderReport } from "./render.js";
import { capText, SCAN_LIMIT } from "./scan-limit.js";
import { STRINGS } from "./strings.js";
import { TEXT_BOX_MAX, takeLargeText } from "./text-box.js";

// Long enough to skip most keystrokes of a fast typist, short enough that
// the result seems to follow the text.
const DEBOUNCE_MS = 250;

const $ = (id) => document.getElementById(id);
const ui = {
  main: $("main"),
  input: $("bounce"),
  file: $("file"),
  dropZone: $("input-section"),
  example: $("example"),
  clear: $("clear"),
  status: $("status"),
  error: $("error"),
  errorDetail: $("error-detail"),
  results: $("results"),
  report: $("report"),
  mirrorSection: $("mirror-section"),
  mirrorNote: $("mirror-note"),
  mirror: $("mirror"),
  fileNote: $("file-note"),
};

// How often the status reports how long a slow explanation has run.
const PROGRESS_MS = 5000;
// After this long the status warns that the input may be too hard to explain.
const SLOW_MS = 30000;

let sequence = 0;
let timer = 0;
// A paste too large for the text box, kept here instead (see onInput).
let largePaste = null;

fillStaticText();
wireEvents();
start();

function fillStaticText() {
  for (const el of document.querySelectorAll("[data-text]")) {
    const [group, key] = el.dataset.text.split(".");
    el.textContent = STRINGS[group][key];
  }
}

function wireEvents() {
  ui.input.addEventListener("input", onInput);
  ui.file.addEventListener("change", () => {
    if (!ui.file.files.length) return;
    readFirstFile(ui.file.files);
    // Cleared so that choosing the same file again fires "change" again.
    ui.file.value = "";
  });
  ui.dropZone.addEventListener("dragover", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    ui.dropZone.classList.add("dragging");
  });
  ui.dropZone.addEventListener("dragleave", () => ui.dropZone.classList.remove("dragging"));
  ui.dropZone.addEventListener("drop", (event) => {
    ui.dropZone.classList.remove("dragging");
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    readFirstFile(event.dataTransfer.files);
  });
  ui.example.addEventListener("click", () => {
    largePaste = null;
    ui.fileNote.hidden = true;
    ui.input.value = EXAMPLE_BOUNCE;
    explainText(ui.input.value);
  });
  ui.clear.addEventListener("click", () => {
    largePaste = null;
    ui.input.value = "";
    ui.fileNote.hidden = true;
    explainText("");
    ui.input.focus();
  });
}

function onInput() {
  // A paste too large for the box is explained from memory, as a large
  // file is.
  largePaste = takeLargeText(ui.input);
  const text = largePaste ?? ui.input.value;
  if (largePaste !== null) {
    ui.fileNote.textContent = STRINGS.page.pasteNotShown(text.length);
    ui.fileNote.hidden = false;
  } else {
    ui.fileNote.hidden = true;
  }
  clearTimeout(timer);
  timer = setTimeout(() => explainText(text), DEBOUNCE_MS);
}

async function start() {
  announce(STRINGS.status.loading);
  try {
    await load();
    announce(STRINGS.status.ready);
    setState("ready");
    if (largePaste ?? ui.input.value) explainText(largePaste ?? ui.input.value);
  } catch (error) {
    showError(STRINGS.error.load, error);
    setState("error");
  }
}

/**
 * Reads the first of `files` (a FileList) and names the others in the file
 * note as not read, because the page explains one file at a time.
 */
function readFirstFile(files) {
  const [file, ...others] = files;
  const names = others.map((other) => other.name);
  readFile(file, names.length ? STRINGS.page.othersNotRead(file.name, names) : "");
}

/** Reads `file` and explains it. `othersNote`, unless empty, is added to the file note. */
async function readFile(file, othersNote = "") {
  try {
    // Bytes, not text: the module decodes each MIME part in its own
    // charset, which a browser-side decode to UTF-8 would destroy.
    const bytes = new Uint8Array(await file.arrayBuffer());
    // The text box and the marked copy show the file decoded as the module
    // reads it (a UTF-16 file, a Windows-1252 one), so that the marks fall
    // on its lines and an edited box still reads as text.
    // NOTE: once the box is edited, an 8-bit MIME part labelled with a
    // single-byte charset is read from this UTF-8 text, so its non-ASCII
    // letters come out garbled.
    const text = await fileText(bytes);
    if (!text.trim()) {
      showEmptyFile(file.name, othersNote);
      return;
    }
    const large = bytes.length > TEXT_BOX_MAX;
    largePaste = null;
    ui.input.value = large ? "" : text;
    const largeNote = large ? STRINGS.page.fileNotShown(file.name, bytes.length) : "";
    showFileNote(largeNote, othersNote);
    announce(STRINGS.status.fileRead(file.name));
    run(bytes, text);
  } catch (error) {
    // An earlier file's note no longer applies, but the unread files still do.
    showFileNote(othersNote);
    showError(STRINGS.status.fileFailed(file.name), error);
    setState("error");
  }
}

/**
 * Shows that the opened file is empty. Explaining it as text would show
 * only the start prompt, as if no file had been read.
 */
function showEmptyFile(name, othersNote) {
  // A result still on its way is for the earlier input.
  ++sequence;
  clearTimeout(timer);
  largePaste = null;
  hideError();
  ui.input.value = "";
  ui.results.hidden = true;
  ui.mirrorSection.hidden = true;
  showFileNote(STRINGS.status.fileEmpty(name), othersNote);
  announce(STRINGS.status.fileEmpty(name));
  setState("empty-file");
}

/** Shows the non-empty `notes` beside the text box, or hides the note when there is none. */
function showFileNote(...notes) {
  const text = notes.filter(Boolean).join(" ");
  ui.fileNote.textContent = text;
  ui.fileNote.hidden = !text;
}

function explainText(pasted) {
  clearTimeout(timer);
  // The module reads only the first SCAN_LIMIT bytes of plain text. Text
  // beyond that and a small margin is not sent, and the status reports the
  // cut.
  const { text, cut } = capText(pasted);
  run(text, text, cut);
}

/** Explains `input` (text or bytes) and shows the result, unless a newer run started. */
async function run(input, text, cut = false) {
  const id = ++sequence;
  hideError();
  if (!text.trim()) {
    ui.results.hidden = true;
    ui.mirrorSection.hidden = true;
    announce(STRINGS.status.empty);
    setState("empty");
    return;
  }
  const large = text.length >= WORKER_THRESHOLD;
  ui.results.setAttribute("aria-busy", "true");
  setState("busy");
  if (large) announce(STRINGS.status.workingLarge);
  const started = performance.now();
  const progress = setInterval(() => {
    if (id !== sequence) return;
    const elapsed = performance.now() - started;
    const seconds = Math.round(elapsed / 1000);
    announce(elapsed >= SLOW_MS ? STRINGS.status.slow(seconds) : STRINGS.status.stillWorking(seconds));
  }, PROGRESS_MS);
  let report;
  try {
    report = await explainInput(input);
  } catch (error) {
    if (id === sequence) {
      showError(STRINGS.error.explain, error);
      setState("error");
    }
    return;
  } finally {
    clearInterval(progress);
    if (id === sequence) ui.results.removeAttribute("aria-busy");
  }
  if (id !== sequence) return;
  show(report, text, cut);
  setState("done");
}

/**
 * Records where the page is on <main data-state>: loading, ready, busy,
 * done, empty, empty-file or error. Styles and tests read it; nothing else does.
 */
function setState(state) {
  ui.main.dataset.state = state;
}

function show(report, text, cut) {
  renderReport(ui.report, report, { announce });
  ui.results.hidden = false;

  const terms = reportTerms(report);
  const mirror = renderMirror(ui.mirror, text, terms);
  ui.mirrorNote.textContent = mirror.partial ? STRINGS.page.mirrorLarge : "";
  ui.mirrorNote.hidden = !mirror.partial;
  ui.mirrorSection.hidden = report.recipients.length === 0;

  const count = report.recipients.length;
  const delivered = report.recipients.filter((r) => r.reason === "delivered").length;
  const repliesOnly = report.recipients.every((r) => !r.recipient);
  const lead = count ? STRINGS.status.explained(count, delivered, repliesOnly) : STRINGS.status.none;
  const note = cut ? ` ${STRINGS.status.cut(SCAN_LIMIT / 1024)}` : "";
  announce(`${lead} ${report.summary}${note}`);
}

function announce(message) {
  announceIn(ui.status, message);
}

function showError(message, error) {
  ui.error.hidden = false;
  $("error-message").textContent = message;
  ui.errorDetail.textContent = String(error?.message ?? error ?? "");
  ui.results.hidden = true;
  // The error region is an alert, which screen readers announce itself.
  announce(STRINGS.error.heading);
}

function hideError() {
  ui.error.hidden = true;
}
