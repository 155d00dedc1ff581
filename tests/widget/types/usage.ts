// Compiled with `tsc --noEmit` against the package's own exports, the way
// a portal's TypeScript code would import them. It is never run.
import { init, explain, adviseRecipients, validateSettings, SettingsError, redact, composeNote } from "bounce-explainer";
import type { PartyNote, Report, Settings } from "bounce-explainer";
import "bounce-explainer/element";
import type { BounceExplainerElement } from "bounce-explainer/element";

async function portal(text: string): Promise<string[]> {
  await init();
  const report: Report = explain(text);
  const settings: Settings = {
    name: "Example Mail",
    sendingIps: ["192.0.2.0/24", "2001:db8::/32"],
    domains: ["example.com"],
    contacts: { admin: { name: "Support", email: "support@example.com" } },
    explanations: { BL000010: { whoActs: "admin", steps: ["Contact us."] } },
  };
  const advice = adviseRecipients(report, settings);
  const valid = validateSettings(settings);
  const notes = report.recipients.map((r, i) => composeNote(r, advice[i], valid)?.body ?? "");
  const ip: string | null = report.recipients[0]?.sender_ip ?? null;
  const masked: string = redact(text, { keepIps: ip ? [ip] : [] }).text;
  return [...notes, masked, advice[0]?.ownServer?.by ?? "none"];
}

const el: BounceExplainerElement = document.createElement("bounce-explainer");
el.addEventListener("bounce-explained", (event) => {
  const who: "you" | "admin" | "recipient" | "service" | "wait" | "nobody" = event.detail.report.recipients[0].explanation.who_acts;
  console.log(who, event.detail.advice.length);
});
try {
  el.configure({ sendingIps: ["bad"] });
} catch (e) {
  if (e instanceof SettingsError) console.log(e.errors.map((x) => x.field));
}

// @ts-expect-error: whoActs takes only the actor names.
const wrong: Settings = { explanations: { "550": { whoActs: "boss" } } };

// A portal routes each note by its party; the switch lists every value
// composeNote() returns, so a value missing from the types fails here.
function route(note: PartyNote): string {
  switch (note.party) {
    case "admin":
    case "portal":
    case "recipient":
    case "service":
      return note.to;
    default: {
      const unreachable: never = note.party;
      return unreachable;
    }
  }
}

export { portal, wrong, route };

// The redact button's event reports whether the paste was cut.
document.querySelector("bounce-explainer")?.addEventListener("bounce-redacted", (event) => {
  const cut: { redacted: number; total: number } | null = event.detail.cut;
  const masked: string = event.detail.text;
  console.log(masked, cut?.total ?? 0);
});
