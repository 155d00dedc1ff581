// Host page script: loads the widget and gives the second one its
// settings as a JS object.
import "../../../www/widget/element.js";

document.getElementById("second").configure({
  name: "Other Portal",
  sendingIps: ["198.51.100.0/24"],
  contacts: {
    admin: { name: "Other Portal helpdesk", phone: "+1 555 0100" },
    recipient: { text: "Ask the recipient to whitelist us." },
  },
  explanations: {
    "comcast/BL000010": {
      note: "Other Portal customers: use our Comcast form first.",
      link: { label: "Other Portal Comcast form", url: "https://portal.example.net/comcast" },
    },
  },
});
