/// <reference types="office-js" />
// issue 15: Generate report for the Business Applications program — the workbook's certification,
// revenue and usage tables (score-tables.ts, a constant number of syncs) evaluated by the core,
// and the core's score grid written to our results sheet (the same ownership rules as Cloud CRM's).
import type { Day, Lang, ScoreEvaluation, ScoreLocateFailure, ScoreSheetsReport } from "../core";
import { buildScoreReportGrid, checkScoreOptions, evaluateScore, parseIsoDay, scoreText } from "../core";
import { listSheets } from "./read-workbook";
import { readScoreTables } from "./score-tables";
import type { AddinSettings, SettingsStore } from "./settings";
import { writeResultsSheet, type WriteResult } from "./write-grid";

export type ScoreReport =
  | {
      ok: true;
      evaluation: ScoreEvaluation;
      /** The sheets read for each table, and the hidden ones passed over. */
      sheets: ScoreSheetsReport;
      /** The results sheet written (when the document settings were given). */
      written: WriteResult | null;
    }
  | ScoreLocateFailure
  | { ok: false; problem: "options"; detail: string };

export async function runScoreReport(
  ctx: Excel.RequestContext,
  a: { settings: AddinSettings; store?: SettingsStore; lang: Lang; today: Day },
): Promise<ScoreReport> {
  const asOf = a.settings.asOf ? (parseIsoDay(a.settings.asOf) as Day) : a.today;
  const options = {
    asOf,
    asOfAssumed: !a.settings.asOf,
    ...(a.settings.dateOrder ? { dateOrder: a.settings.dateOrder } : {}),
  };
  const bad = checkScoreOptions(options);
  if (bad) return { ok: false, problem: "options", detail: scoreText(bad, a.lang) };
  const read = await readScoreTables(ctx, a.settings, a.store);
  if (!read.ok) return read;
  const evaluation = evaluateScore(read.tables, { ...options, sheets: read.sheets });
  const written = a.store
    ? await writeResultsSheet(ctx, buildScoreReportGrid(evaluation, a.lang), await listSheets(ctx, a.store), {
        ownership: a.store,
        dateSystem: read.dateSystem,
      })
    : null;
  return { ok: true, evaluation, sheets: read.sheets, written };
}
