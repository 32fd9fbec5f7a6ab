// ScoreEvaluation → the results sheet as data (docs/rules.md §7.7), rendered by the same writers as the
// Cloud CRM report: track and why, the metric table with PASS/FAIL fills, total, QUALIFIED / NOT
// QUALIFIED, the plan, the six months, people per level, pairs per month, exclusions, issues.
import type { CellStyle, GridCell, Lang, ReportGrid } from "../types";
import { toIso } from "../dates";
import {
  fitColumns,
  GridBuilder,
  int,
  issuesSection,
  RESULTS_SHEET_NAMES,
  sheetsSection,
  text,
  WIDTH,
} from "../report-grid";
import { fixed2, type Fraction } from "./fraction";
import { scoreLabel, type ScoreLabel } from "./labels";
import { wordsOf } from "../messages";
import { SHEET_WORDS } from "../sheet-report";
import { scorePassedOverText } from "./locate";
import { SCORE_WORDS } from "./messages";
import { scoreSummaryModel } from "./summary-model";
import { SCORE_TABLES, type ScoreEvaluation } from "./types";

const num = (f: Fraction | null, style?: CellStyle): GridCell =>
  f === null ? { value: null } : { value: Number(fixed2(f)), format: "general", ...(style ? { style } : {}) };

export function buildScoreReportGrid(e: ScoreEvaluation, lang: Lang): ReportGrid {
  const g = new GridBuilder();
  const L = (k: ScoreLabel, p?: Record<string, string | number>) => scoreLabel(k, lang, p);
  const s = scoreSummaryModel(e, lang);
  const verdict = text(s.verdict, e.qualified ? "pass" : "fail");

  g.row([text(s.title, "title")]);
  g.row([text(L("designation"), "label"), text(s.designation)]);
  g.row([text(L("ruleVersion"), "label"), text(e.rules.version)]);
  g.row([text(L("asOf"), "label"), { value: toIso(e.asOf), format: "date" }]);
  g.row([text(L("months"), "label"), text(e.month), text(e.baseMonth)]);
  g.row([text(L("track"), "label"), text(s.track)]);
  g.row([text(L("why"), "label"), text(s.trackReason, "note")]);
  g.row([text(L("total"), "label"), num(e.total, e.qualified ? "pass" : "fail"), text(s.totalOf, "note")]);
  g.row([text(L("result"), "label"), verdict]);

  g.section(L("metrics"));
  g.row([L("metric"), L("now"), L("base"), L("units"), L("points"), L("max"), L("atLeastOne")], "header");
  for (const m of s.metrics)
    g.row([
      text(m.name),
      num(m.now),
      num(m.base),
      num(m.units),
      num(m.points, m.atLeastOne ? "pass" : "fail"),
      int(m.max),
      text(m.verdict, m.atLeastOne ? "pass" : "fail"),
    ]);
  g.row([text(L("total"), "label"), null, null, null, num(e.total, e.qualified ? "pass" : "fail"), int(100), verdict]);
  const usage = e.metrics.find((m) => m.id === "usageGrowth");
  if (usage?.blockedBy === "usageGrowthBaseline")
    g.row([text(L("gated", { baseline: e.usageBaselineMcv.toLocaleString("en-US") }), "warning")]);
  if (usage?.blockedBy === "usageTableMissing") g.row([text(L("noUsage"), "warning")]);

  g.section(L("plan"));
  if (s.planNote) g.row([text(s.planNote, e.qualified ? "note" : "fail")]);
  else {
    g.row([L("metric"), L("add"), L("units"), L("gains")], "header");
    for (const p of s.plan) g.row([text(p.name), int(p.units), text(p.unit), num(p.points)]);
  }

  g.section(L("history"));
  g.row([L("month"), L("track"), L("total"), L("result")], "header");
  for (const m of e.months)
    g.row([
      text(m.month),
      text(SCORE_WORDS[m.track][lang]),
      num(m.total),
      text(L(m.qualified ? "qualified" : "notQualified"), m.qualified ? "pass" : "fail"),
    ]);
  const good = e.months.filter((m) => m.qualified).map((m) => m.month);
  g.row([text(good.length ? L("anyQualified", { months: good.join(", ") }) : L("noneQualified"), "note")]);

  g.section(L("people"));
  g.row([L("level"), L("person"), L("certifications")], "header");
  for (const level of ["intermediate", "advanced"] as const)
    for (const p of e.people[level])
      g.row([text(SCORE_WORDS[level][lang]), text(p.name), text(p.certifications.join("; "))]);

  g.section(L("pairs"));
  g.row(["", text(e.month, "header"), text(e.baseMonth, "header")]);
  g.row([text(L("customerAdds")), int(e.pairs.customerAdds.now), int(e.pairs.customerAdds.base)]);
  g.row([text(L("deploymentPairs")), int(e.pairs.deployments.now), int(e.pairs.deployments.base)]);

  g.section(L("excluded"));
  if (e.exclusions.length === 0) g.row([text(L("noExclusions"), "note")]);
  else {
    g.row([L("table"), L("reason"), L("rows"), L("amount")], "header");
    for (const x of s.exclusions)
      g.row([
        text(x.tableName),
        text(x.text),
        int(x.rows),
        x.cents === null ? null : { value: x.cents / 100, format: "usd" },
      ]);
  }

  // What was read, as for Cloud CRM (issue 11): every column used, every sheet read or passed over.
  const used = SCORE_TABLES.flatMap((table) => {
    const m = e.columns[table];
    if (!m) return [];
    return Object.entries<string | undefined>(m.headers)
      .filter((x): x is [string, string] => x[0] !== "ignored" && x[1] !== undefined)
      .map(([field, header]) => [table, field, m.sheet ?? "", header] as const);
  });
  if (used.length) {
    g.section(L("columnsUsed"));
    g.row([L("table"), L("field"), L("sheet"), L("header")], "header");
    for (const [table, field, sheet, header] of used)
      g.row([text(SCORE_WORDS[table][lang]), text(wordsOf(field)[lang]), text(sheet), text(header)]);
  }
  sheetsSection(
    g,
    lang,
    e.sheets.used.map((u) => ({
      table: SCORE_WORDS[u.table][lang],
      sheet: u.sheet,
      outcome: SHEET_WORDS[u.hidden ? "readHidden" : "read"][lang],
      hidden: u.hidden,
    })),
    e.sheets.passedOver.map((p) => ({
      table: SCORE_WORDS[p.table][lang],
      sheet: p.sheet,
      why: scorePassedOverText(p, lang),
    })),
  );
  issuesSection(g, s.issues, L);
  return {
    sheetName: RESULTS_SHEET_NAMES[lang],
    rows: g.rows,
    width: WIDTH,
    columnWidths: fitColumns(g.rows),
    frozenRows: 1,
  };
}
