// ScoreEvaluation → the results sheet as data (docs/rules.md §7.7), rendered by the same writers as the
// Cloud CRM report: track and why, the metric table with PASS/FAIL fills, total, QUALIFIED / NOT
// QUALIFIED, the plan, the six months, people per level, pairs per month, exclusions, issues.
import type { CellStyle, GridCell, Lang, ReportGrid } from "../types";
import { issueText, localText as M, render } from "../messages";
import { toIso } from "../dates";
import { fitColumns, GridBuilder, RESULTS_SHEET_NAMES, WIDTH } from "../report-grid";
import { fixed2, type Fraction } from "./fraction";
import { SCORE_WORDS } from "./messages";
import type { ScoreEvaluation } from "./types";

export const SCORE_LABELS = {
  title: M("Solutions Partner capability score", "解决方案合作伙伴能力得分"),
  designation: M("Designation", "认证称号"),
  ruleVersion: M("Rule version", "规则版本"),
  asOf: M("As of", "评估日期"),
  months: M("Latest month / base month", "最近月份 / 基准月份"),
  track: M("Track", "轨道"),
  why: M("Why", "原因"),
  result: M("Result", "结果"),
  qualified: M("QUALIFIED", "已达标"),
  notQualified: M("NOT QUALIFIED", "未达标"),
  total: M("Total points", "总分"),
  totalOf: M("{total} of 100 (70 needed, at least 1 in each metric)", "{total} / 100（需 70 分，且每项指标至少 1 分）"),
  metrics: M("Metrics", "指标"),
  metric: M("Metric", "指标"),
  now: M("Latest month", "最近月份"),
  base: M("Base month", "基准月份"),
  units: M("Units", "单位数"),
  points: M("Points", "得分"),
  max: M("Max", "满分"),
  atLeastOne: M("At least 1 point", "至少 1 分"),
  yes: M("PASS", "通过"),
  no: M("FAIL", "未通过"),
  gated: M(
    "MCV in the base month is below the {baseline} baseline: no growth points.",
    "基准月份 MCV 低于 {baseline} 的门槛：无增长得分。",
  ),
  noUsage: M("No usage table: usage growth and deployments score 0.", "没有使用量表：使用量增长和部署记 0 分。"),
  plan: M("Plan to 70 (fewest additional units)", "达到 70 分的方案（最少新增单位）"),
  planNone: M("Qualified: nothing to add.", "已达标：无需新增。"),
  planBlocked: M(
    "No plan: usage growth cannot score ({why}), and every metric needs at least 1 point.",
    "无法给出方案：使用量增长无法得分（{why}），而每项指标至少需要 1 分。",
  ),
  blockedBaseline: M("base-month MCV below the baseline", "基准月份 MCV 低于门槛"),
  blockedMissing: M("no usage table", "没有使用量表"),
  add: M("Add", "新增"),
  gains: M("Points gained", "增加得分"),
  unitPeopleInt: M("intermediate-certified people", "名中级认证人员"),
  unitPeopleAdv: M("advanced-certified people", "名高级认证人员"),
  unitAdds: M("net customer adds", "个净新增客户"),
  unitDeployments: M("net deployments", "个净部署"),
  unitGrowth: M("percentage points of usage growth", "个百分点的使用量增长"),
  history: M("Total in each of the six months up to the latest", "截至最近月份的六个月每月总分"),
  month: M("Month", "月份"),
  anyQualified: M("Qualified in: {months}", "达标月份：{months}"),
  noneQualified: M("No month of the six qualified.", "六个月中没有达标的月份。"),
  people: M("People counted", "计入的人员"),
  level: M("Level", "级别"),
  person: M("Person", "人员"),
  certifications: M("Certifications", "认证"),
  pairs: M("(tenant, workload) pairs counted", "计入的（租户，工作负载）组合"),
  customerAdds: M("Customer adds (revenue at the floor)", "新增客户（收入达到门槛）"),
  deploymentPairs: M("Deployments (MCV at the floor)", "部署（MCV 达到门槛）"),
  excluded: M("Excluded rows by reason", "按原因排除的行"),
  table: M("Table", "表"),
  reason: M("Reason", "原因"),
  rows: M("Rows", "行数"),
  amount: M("Amount", "金额"),
  noExclusions: M("No row was excluded.", "没有排除的行。"),
  issues: M("Data issues", "数据问题"),
  noIssues: M("No data issues.", "没有数据问题。"),
  sheet: M("Sheet", "工作表"),
  row: M("Row", "行"),
  column: M("Column", "列"),
  severity: M("Severity", "级别"),
  message: M("Message", "说明"),
  error: M("error", "错误"),
  warning: M("warning", "警告"),
  info: M("info", "提示"),
};

export type ScoreLabel = keyof typeof SCORE_LABELS;
export const scoreLabel = (k: ScoreLabel, lang: Lang, params: Record<string, string | number> = {}) =>
  render(SCORE_LABELS[k][lang], params);

export const PLAN_UNIT_LABEL: Record<string, ScoreLabel> = {
  intermediateCertifications: "unitPeopleInt",
  advancedCertifications: "unitPeopleAdv",
  netCustomerAdds: "unitAdds",
  deployments: "unitDeployments",
  usageGrowth: "unitGrowth",
};

const text = (value: string, style?: CellStyle): GridCell => ({ value, format: "text", ...(style ? { style } : {}) });
const num = (f: Fraction | null, style?: CellStyle): GridCell =>
  f === null ? { value: null } : { value: Number(fixed2(f)), format: "general", ...(style ? { style } : {}) };
const int = (n: number, style?: CellStyle): GridCell => ({ value: n, format: "integer", ...(style ? { style } : {}) });

export function buildScoreReportGrid(e: ScoreEvaluation, lang: Lang = e.lang): ReportGrid {
  const g = new GridBuilder();
  const L = (k: ScoreLabel, p?: Record<string, string | number>) => scoreLabel(k, lang, p);
  const verdict = (ok: boolean) => text(L(ok ? "yes" : "no"), ok ? "pass" : "fail");

  g.row([text(L("title"), "title")]);
  g.row([text(L("designation"), "label"), text(e.rules.name[lang])]);
  g.row([text(L("ruleVersion"), "label"), text(e.rules.version)]);
  g.row([text(L("asOf"), "label"), { value: toIso(e.asOf), format: "date" }]);
  g.row([text(L("months"), "label"), text(e.month), text(e.baseMonth)]);
  g.row([text(L("track"), "label"), text(SCORE_WORDS[e.track][lang])]);
  g.row([text(L("why"), "label"), text(e.trackReason, "note")]);
  g.row([
    text(L("total"), "label"),
    num(e.total, e.qualified ? "pass" : "fail"),
    text(L("totalOf", { total: fixed2(e.total) }), "note"),
  ]);
  g.row([
    text(L("result"), "label"),
    text(L(e.qualified ? "qualified" : "notQualified"), e.qualified ? "pass" : "fail"),
  ]);

  g.section(L("metrics"));
  g.row([L("metric"), L("now"), L("base"), L("units"), L("points"), L("max"), L("atLeastOne")], "header");
  for (const m of e.metrics)
    g.row([
      text(SCORE_WORDS[m.id][lang]),
      num(m.now),
      num(m.base),
      num(m.units),
      num(m.points, m.atLeastOne ? "pass" : "fail"),
      int(m.max),
      verdict(m.atLeastOne),
    ]);
  g.row([
    text(L("total"), "label"),
    null,
    null,
    null,
    num(e.total, e.qualified ? "pass" : "fail"),
    int(100),
    text(L(e.qualified ? "qualified" : "notQualified"), e.qualified ? "pass" : "fail"),
  ]);
  const usage = e.metrics.find((m) => m.id === "usageGrowth");
  if (usage?.blockedBy === "usageGrowthBaseline")
    g.row([text(L("gated", { baseline: e.track === "enterprise" ? "50,000" : "25,000" }), "warning")]);
  if (usage?.blockedBy === "usageTableMissing") g.row([text(L("noUsage"), "warning")]);

  g.section(L("plan"));
  if (e.qualified) g.row([text(L("planNone"), "note")]);
  else if (e.planBlockedBy)
    g.row([
      text(
        L("planBlocked", { why: L(e.planBlockedBy === "usageGrowthBaseline" ? "blockedBaseline" : "blockedMissing") }),
        "fail",
      ),
    ]);
  else {
    g.row([L("metric"), L("add"), L("units"), L("gains")], "header");
    for (const p of e.plan)
      g.row([text(SCORE_WORDS[p.metric][lang]), int(p.units), text(L(PLAN_UNIT_LABEL[p.metric])), num(p.points)]);
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
    for (const x of e.exclusions)
      g.row([
        text(SCORE_WORDS[x.table][lang]),
        text(x.label),
        int(x.rows),
        x.cents === null ? null : { value: x.cents / 100, format: "usd" },
      ]);
  }

  g.section(L("issues"));
  if (e.issues.length === 0) g.row([text(L("noIssues"), "note")]);
  else {
    g.row([L("sheet"), L("row"), L("column"), L("severity"), L("message")], "header");
    for (const i of e.issues)
      g.row([
        text(i.sheet),
        i.row === null ? null : int(i.row),
        i.column === null ? null : text(i.column),
        text(L(i.severity), i.severity === "error" ? "fail" : i.severity === "warning" ? "warning" : "note"),
        text(issueText(i, lang)),
      ]);
  }
  return {
    sheetName: RESULTS_SHEET_NAMES[lang],
    rows: g.rows,
    width: WIDTH,
    columnWidths: fitColumns(g.rows),
    frozenRows: 1,
  };
}
