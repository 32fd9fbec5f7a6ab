/// <reference types="office-js" />
// issue 15: Generate report for the Business Applications program — the workbook's certification,
// revenue and usage tables (score-tables.ts, a constant number of syncs) evaluated by the core.
// Nothing is written: the pane shows the score.
import type { Day, Lang, ScoreEvaluation } from "../core";
import { checkScoreOptions, evaluateScore, parseIsoDay } from "../core";
import { readScoreTables } from "./score-tables";
import type { AddinSettings, SettingsStore } from "./settings";

export type ScoreReport =
  | { ok: true; evaluation: ScoreEvaluation; sheets: Record<"certifications" | "revenue" | "usage", string[]> }
  | { ok: false; problem: "noTables" | "options"; detail?: string };

export async function runScoreReport(
  ctx: Excel.RequestContext,
  a: { settings: AddinSettings; store?: SettingsStore; lang: Lang; today: Day },
): Promise<ScoreReport> {
  const asOf = a.settings.asOf ? (parseIsoDay(a.settings.asOf) as Day) : a.today;
  const options = { asOf, asOfAssumed: !a.settings.asOf, lang: a.lang };
  const bad = checkScoreOptions(options);
  if (bad) return { ok: false, problem: "options", detail: bad };
  const read = await readScoreTables(ctx, a.store);
  if (read.inputSheetIds.size === 0) return { ok: false, problem: "noTables" };
  return { ok: true, evaluation: evaluateScore(read.tables, options), sheets: read.sheets };
}
