/// <reference types="office-js" />
// Task pane entry: wait for Office, check that this is Excel, then start the pane. Outside
// Office (the page opened in a browser) Office.onReady resolves with no host: say so plainly.
import { dayOfLocalDate } from "../core";
import { langOf } from "../excel/display-language";
import { runExcel } from "../excel/excel-run";
import { hostKind } from "../excel/office-helpers";
import { t } from "./i18n";
import { startPane } from "./pane";
import { applyTexts, byId, showMessage } from "./view";

function notInExcel(kind: "no-office" | "other-office"): void {
  const lang = langOf(typeof navigator !== "undefined" ? navigator.language : undefined);
  applyTexts(document, lang);
  byId(document, "loading").hidden = true;
  showMessage(byId(document, "host-message"), null, t(kind === "no-office" ? "outsideOffice" : "otherHost", lang));
}

async function main(): Promise<void> {
  applyTexts(document, langOf(navigator.language));
  if (typeof Office === "undefined") return notInExcel("no-office"); // office.js did not load
  const info = await Office.onReady();
  const kind = info.host ? hostKind() : "no-office";
  if (kind !== "excel") return notInExcel(kind);
  await startPane(document, {
    lang: langOf(Office.context.displayLanguage),
    settings: Office.context.document.settings,
    run: runExcel,
    today: () => dayOfLocalDate(new Date()),
  });
}

void main().catch((e: unknown) => {
  const box = document.getElementById("host-message");
  if (box) showMessage(box, null, e instanceof Error ? e.message : String(e));
});
