// issue 15: what the task pane shows for the Business Applications capability score — pure view
// models from the core's sheet choice and a ScoreEvaluation (tested without a DOM); view.ts puts
// them on the page.
import type {
  Lang,
  MetricId,
  ScoreEvaluation,
  ScoreLocateFailure,
  ScoreSheetsChosen,
  ScoreSheetsReport,
  ScoreTable,
} from "../core";
import {
  fixed2,
  locateProblemText,
  SCORE_MESSAGES,
  SCORE_TABLES,
  SCORE_WORDS,
  scoreColumnFields,
  scoreSheetNotes,
  scoreSummaryModel,
  tableMissingParams,
  tr,
  truncate2,
} from "../core";
import type { DetectedTable } from "../excel/detect-tables";
import type { AddinSettings } from "../excel/settings";
import { t, type PaneTextKey } from "./i18n";
import { AUTO } from "./pane-state";
import { columnSelects, locateLine, type ColumnSelectView, type FoundLine, type SelectView } from "./pane-views";

export function programView(s: AddinSettings, lang: Lang): SelectView {
  return {
    options: [
      { value: "cloud-crm", label: t("programCloudCrm", lang) },
      { value: "business-applications", label: t("programBusinessApplications", lang) },
    ],
    selected: s.program ?? "cloud-crm",
  };
}

/** One score table's sheet choice: "Find automatically" or a sheet, and which sheets are read (or why none). */
export interface ScoreSheetView {
  table: ScoreTable;
  id: string;
  label: string;
  select: SelectView;
  found: FoundLine;
  /** One list per field of the table's first sheet, as for Cloud CRM; none while no sheet is read. */
  columns: ColumnSelectView<ScoreTable>[];
  columnsHeading: string;
}

const SHEET_LABEL: Record<ScoreTable, PaneTextKey> = {
  certifications: "scoreCertsSheet",
  revenue: "revenueSheet",
  usage: "scoreUsageSheet",
};

const quoted = (names: readonly string[], lang: Lang) => names.map((n) => `“${n}”`).join(lang === "en" ? ", " : "、");

/** The report's entries for one table. */
const reportOf = (r: ScoreSheetsReport, table: ScoreTable): ScoreSheetsReport => ({
  used: r.used.filter((u) => u.table === table),
  passedOver: r.passedOver.filter((p) => p.table === table),
});

/** The sheets read for a table, with the core's notes on hidden sheets; or the core's "no table" warning. */
function sheetsLine(table: ScoreTable, report: ScoreSheetsReport, lang: Lang): FoundLine {
  const mine = reportOf(report, table);
  if (!mine.used.length)
    return { text: tr(SCORE_MESSAGES, "score.tableMissing", lang, tableMissingParams(table)), problem: true };
  const read = t("scoreSheetsRead", lang, { sheets: quoted([...new Set(mine.used.map((u) => u.sheet))], lang) });
  return { text: [read, ...scoreSheetNotes(mine, lang)].join(lang === "en" ? " " : ""), problem: false };
}

/**
 * Per table (certifications, revenue, usage): the sheet list, with the chosen one selected, and
 * what the core chose on the scanned header rows. A chosen sheet no longer in the workbook stays
 * selected, marked as gone, and its line says so in the core's words. `detected`: each table's
 * first sheet and its columns (describeScoreScan), for the column lists.
 */
export function scoreSheetsView(
  candidates: readonly string[],
  chosen: Pick<ScoreSheetsChosen<unknown>, "sheets" | "missing">,
  s: AddinSettings,
  lang: Lang,
  detected: Partial<Record<ScoreTable, DetectedTable<string> | null>> = {},
): ScoreSheetView[] {
  return SCORE_TABLES.map((table) => {
    const gone = chosen.missing.find((m) => m.table === table);
    const options = [{ value: AUTO, label: t("autoSheet", lang) }, ...candidates.map((n) => ({ value: n, label: n }))];
    if (gone) options.push({ value: gone.sheet, label: t("scoreSheetGone", lang, { sheet: gone.sheet }) });
    return {
      table,
      id: `score-sheet-${table}`,
      label: t(SHEET_LABEL[table], lang),
      select: { options, selected: s.scoreSheets?.[table] ?? AUTO },
      found: gone
        ? { text: locateLine("sheet-missing", gone.sheet, lang, candidates), problem: true }
        : sheetsLine(table, chosen.sheets, lang),
      columns: columnSelects(
        table,
        detected[table] ?? null,
        scoreColumnFields(table),
        s.scoreColumns?.[table],
        lang,
        "score-col",
      ),
      columnsHeading: t("columnsHeading", lang),
    };
  });
}

/** The error box's text when the score's report could not be made. */
export function scoreProblemText(p: ScoreLocateFailure | { problem: "options"; detail: string }, lang: Lang): string {
  if (p.problem === "options") return t("errOptions", lang, { detail: p.detail });
  return p.problem === "sheet-missing"
    ? locateLine(p.problem, p.sheet, lang)
    : t("scoreNoTables", lang, { what: locateProblemText("no-score-tables", lang) });
}

export interface MetricBar {
  id: MetricId;
  name: string;
  /** "12.85 / 15", truncated like Partner Center. */
  text: string;
  /** Share of the bar filled, 0 to 1. */
  fill: number;
  atLeastOne: boolean;
  atLeastOneText: string;
}

export interface ScoreView {
  track: string;
  trackReason: string;
  months: string;
  metrics: MetricBar[];
  total: string;
  /** Share of 100 filled by the total, and where the qualifying line is, 0 to 1. */
  totalFill: number;
  lineAt: number;
  qualified: boolean;
  verdict: string;
  planHeading: string;
  /** One line per step, or one line saying there is nothing to add or why no plan exists. */
  plan: string[];
  planBlocked: boolean;
  tables: string;
  issues: string;
  note: string;
  announcement: string;
}

const UNIT: Record<MetricId, PaneTextKey> = {
  netCustomerAdds: "scoreUnitNetCustomerAdds",
  intermediateCertifications: "scoreUnitCertifications",
  advancedCertifications: "scoreUnitCertifications",
  usageGrowth: "scoreUnitUsageGrowth",
  deployments: "scoreUnitDeployments",
};

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/** `sheets`: the sheets the report read, named after each table found. */
export function scoreView(e: ScoreEvaluation, lang: Lang, sheets?: ScoreSheetsReport): ScoreView {
  const line = e.qualifyingTotal;
  const s = scoreSummaryModel(e, lang);
  const metrics = s.metrics.map((m): MetricBar => ({
    id: m.id,
    name: m.name,
    text: t("scorePointsOf", lang, { points: fixed2(m.points), max: m.max }),
    fill: m.max > 0 ? clamp01(truncate2(m.points) / m.max) : 0,
    atLeastOne: m.atLeastOne,
    atLeastOneText: t(m.atLeastOne ? "scoreYes" : "scoreNo", lang),
  }));
  let plan: string[];
  if (e.planBlockedBy)
    plan = [
      t(e.planBlockedBy === "usageGrowthBaseline" ? "scorePlanBlockedBaseline" : "scorePlanBlockedUsage", lang, {
        line,
      }),
    ];
  else if (e.plan.length === 0) plan = [t("scorePlanNone", lang)];
  else
    plan = s.plan.map((p) =>
      t("scorePlanStep", lang, {
        metric: p.name,
        units: p.units,
        unit: t(UNIT[p.metric], lang),
        points: fixed2(p.points),
      }),
    );
  const named = (table: ScoreTable) => {
    const read = [...new Set(sheets?.used.filter((u) => u.table === table).map((u) => u.sheet) ?? [])];
    const word = SCORE_WORDS[table][lang];
    return read.length ? t("scoreTableSheets", lang, { table: word, sheets: quoted(read, lang) }) : word;
  };
  const names = (found: boolean) =>
    SCORE_TABLES.filter((x) => e.tablesFound[x] === found)
      .map((x) => (found ? named(x) : SCORE_WORDS[x][lang]))
      .join(lang === "en" ? ", " : "、") || t("scoreNone", lang);
  const total = fixed2(e.total);
  const verdict = t(e.qualified ? "scoreQualified" : "scoreNotQualified", lang);
  return {
    track: t("scoreTrack", lang, { track: s.track }),
    trackReason: s.trackReason,
    months: t("scoreMonths", lang, { month: e.month, baseMonth: e.baseMonth, version: e.rules.version }),
    metrics,
    total: t("scoreTotal", lang, { total, line }),
    totalFill: clamp01(truncate2(e.total) / 100),
    lineAt: clamp01(line / 100),
    qualified: e.qualified,
    verdict,
    planHeading: t("scorePlanHeading", lang, { line }),
    plan,
    planBlocked: e.planBlockedBy !== null,
    tables: t("scoreTablesLine", lang, { tables: names(true), missing: names(false) }),
    issues: e.issues.length ? t("scoreIssues", lang, { count: e.issues.length }) : "",
    note: t("scoreInputsNote", lang),
    announcement: `${t("scoreHeading", lang)}: ${total} — ${verdict}`,
  };
}
