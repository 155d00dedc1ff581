// A portal page built with Vite: the element for the full explainer, and
// the JS API for a summary line this page draws itself.
import "bounce-explainer/element";
import { explain, init } from "bounce-explainer";
import "./style.css";

const summary = document.getElementById("summary");

document.getElementById("widget").addEventListener("bounce-explained", (event) => {
  const [first] = event.detail.report.recipients;
  const [advice] = event.detail.advice;
  if (!first) return;
  const owner = advice.ownServer ? "our server" : "another server";
  summary.textContent = `${first.reason}: ${first.reply ?? "no reply code"}, IP ${first.sender_ip ?? "not stated"} (${owner})`;
});

// The API works without the element too; both share one loaded module.
await init();
summary.dataset.apiCheck = explain("550 5.1.1 <user@example.org>: User unknown").recipients[0].reason;
