// The embedding docs page: defines the widget, fills the example buttons
// and shows the settings block and the last bounce-explained event.
import "./widget/element.js";

const comcast = (ip) =>
  "554 5.7.1 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net " +
  `${ip} found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010`;

const EXAMPLES = {
  own: comcast("203.0.113.5"),
  other: comcast("198.51.100.5"),
  unknown: "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
};

const widget = document.getElementById("live-widget");
const log = document.getElementById("event-log");

for (const button of document.querySelectorAll("[data-example]")) {
  button.addEventListener("click", () => {
    widget.value = EXAMPLES[button.dataset.example];
  });
}

widget.addEventListener("bounce-explained", (event) => {
  log.textContent = JSON.stringify(event.detail, null, 2);
});

// Show the live widget's own settings, so the docs cannot drift from them.
const settings = JSON.parse(document.getElementById("docs-settings").textContent);
document.getElementById("settings-example").textContent = JSON.stringify(settings, null, 2);
