// What the pane shows after a report: the core's summary model (the same sentences as the results
// sheet and the terminal), plus where the results went.
import type { Evaluation, Lang, ResultSummary } from "../core";
import { passedOverText, summaryModel } from "../core";
import { t } from "./i18n";

export interface Summary {
  model: ResultSummary;
  /** "Data issues — errors: 0 · warnings: 1 · notes: 2 (listed on the results sheet)." */
  issues: string;
  sheetLines: string[];
}

export interface SummaryInput {
  evaluation: Evaluation;
  written: { name: string; ownerConflict?: boolean };
  /** The name the results sheet would have had (when a user's sheet held it, ours got "… (2)"). */
  baseSheetName: string;
  /** Sheets read for each table (several when combined). */
  staffSheets: string[];
  revenueSheets: string[];
}

export function summarize(run: SummaryInput, lang: Lang): Summary {
  const model = summaryModel(run.evaluation, lang);
  const sheetLines = [t("writtenTo", lang, { sheet: run.written.name })];
  if (run.written.ownerConflict) sheetLines.push(t("ownerConflict", lang));
  else if (run.written.name !== run.baseSheetName) sheetLines.push(t("keptYours", lang, { base: run.baseSheetName }));
  const list = (names: string[]) => names.join(lang === "en" ? "”, “" : "”、“");
  sheetLines.push(t("inputsNote", lang, { staff: list(run.staffSheets), revenue: list(run.revenueSheets) }));
  // Every sheet passed over, and why (issue 11): no sheet choice is silent.
  for (const p of run.evaluation.sheets.passedOver) sheetLines.push(passedOverText(p, lang));
  return { model, issues: t("issuesLine", lang, { counts: model.issueCountsLine }), sheetLines };
}
