// The capability score's evaluation carries codes and parameters only (issue 14's rule, issue 15's
// program): one evaluation is told in English or Chinese by the summary model, the JSON contract,
// the results sheet and the terminal, with the sentences it had when the evaluation rendered them.
import {
  buildScoreReportGrid,
  evaluateScore,
  issueText,
  scoreExclusionText,
  scoreSummaryModel,
  scoreText,
  toScoreContractJson,
  type PlainCell,
} from "../../src/core";
import { renderScoreSummary } from "../../src/cli/score-summary";

const REV = ["Month", "Customer tenant ID", "Workload", "Amount (USD)", "Partner association type"];
const USE = ["FiscalMonthName", "CustomerTenantID", "Workload", "MAU", "MetricType", "PartnerAssociationType"];
const CERT = ["Name", "Email", "Certification", "Earned on", "Expires", "Status"];
const revenue: PlainCell[][] = [
  REV,
  ["2026-10", "t1", "Sales", 6000, "DPOR"],
  ["2026-10", "t2", "Sales", 10, "DPOR"],
  ["2025-10", "t3", "Marketing", 100, "DPOR"],
  ["2026-10", "t4", "Finance", 50, "Bogus"],
  ["2026-01", "t1", "Sales", 5, "DPOR"],
];
const usage: PlainCell[][] = [
  USE,
  ["2026-10", "t1", "Power Apps", 10, "Paid", "PAL"],
  ["2025-10", "t1", "Power Apps", 1, "Trial", "PAL"],
];
const certifications: PlainCell[][] = [
  CERT,
  ["A", "a@x", "MB-800", "2026-01-01", "", ""],
  ["C", "", "Nope", "2026-01-01", "", ""],
  ["D", "d@x", "MB-310", "2020-01-01", "2021-01-01", "Expired"],
];
const forced = () => evaluateScore({ certifications, revenue, usage }, { asOf: "2026-11-24", track: "enterprise" });
const early = () => evaluateScore({ certifications }, { asOf: "2021-03-01" });

const isLocalText = (v: unknown) => typeof v === "object" && v !== null && Object.keys(v).sort().join() === "en,zh-CN";
/** Every string of a value, except those of a text in both languages. */
function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (typeof v !== "object" || v === null || isLocalText(v)) return [];
  return Object.values(v).flatMap(strings);
}

test("the score's evaluation holds codes, parameters and words in both languages, never rendered text", () => {
  for (const e of [forced(), early()]) {
    expect("lang" in e).toBe(false);
    expect(Object.keys(e.trackReason).sort()).toEqual(["code", "params"]);
    for (const x of e.exclusions)
      expect(Object.keys(x).sort()).toEqual(["cents", "detail", "floor", "reason", "rows", "table"]);
    for (const i of e.issues)
      expect(Object.keys(i).sort()).toEqual(["code", "column", "params", "row", "severity", "sheet"]);
    // English input: any Chinese would be a sentence or word rendered in one language.
    expect(strings(e).filter((s) => /[\u4e00-\u9fff]/.test(s))).toEqual([]);
  }
  const e = early();
  expect(isLocalText(forced().trackReason.params.track)).toBe(true);
  const missing = e.issues.filter((i) => i.code === "score.tableMissing");
  expect(missing.flatMap((i) => [i.params.table, i.params.metrics]).every(isLocalText)).toBe(true);
  expect(isLocalText(e.issues.find((i) => i.code === "score.rulesBeforeFirst")?.params.note)).toBe(true);
});

test("one evaluation renders in English and in Chinese with the sentences of before", () => {
  const e = forced();
  expect(scoreText(e.trackReason, "en")).toBe("Enterprise, as chosen.");
  expect(scoreText(e.trackReason, "zh-CN")).toBe("企业（按指定）。");
  expect(e.exclusions.map((x) => scoreExclusionText(x, "en"))).toEqual([
    "Outside the latest and base months",
    "Workload not eligible: Marketing",
    "Attribution not eligible for this metric: Bogus",
    "(tenant, workload) pairs below $1,500 in 2026-10",
    "Trial usage",
    "(tenant, workload) pairs below 10,000 MCV in 2026-10",
    "Not a Business Applications certification",
    "Expired or inactive",
  ]);
  expect(e.exclusions.map((x) => scoreExclusionText(x, "zh-CN"))).toEqual([
    "不在最近月份和基准月份内",
    "工作负载不合格：Marketing",
    "归属不适用于该指标：Bogus",
    "2026-10 低于 $1,500 的（租户，工作负载）组合",
    "试用使用量",
    "2026-10 低于 10,000 MCV 的（租户，工作负载）组合",
    "非业务应用程序认证",
    "已到期或未激活",
  ]);
  const notes = early().issues.slice(0, 3);
  expect(notes.map((i) => issueText(i, "en"))).toEqual([
    "Before 2023-06-13 Microsoft scored with the 2022 launch thresholds (Larger / Other markets, Customer Engagement rate 40), which differed; the 2023-06-13 rules are used.",
    "No revenue table found; net customer adds score 0 points.",
    "No usage table found; usage growth and deployments score 0 points.",
  ]);
  expect(notes.map((i) => issueText(i, "zh-CN"))).toEqual([
    "2023-06-13 之前微软采用 2022 年推出时的门槛（较大市场 / 其他市场，Customer Engagement 费率 40），与此不同；此处按 2023-06-13 规则评估。",
    "未找到收入表；净新增客户记 0 分。",
    "未找到使用量表；使用量增长和部署记 0 分。",
  ]);
});

test("the JSON, the results sheet and the terminal tell the summary model's sentences", () => {
  const e = forced();
  for (const lang of ["en", "zh-CN"] as const) {
    const s = scoreSummaryModel(e, lang);
    const json = toScoreContractJson(e, lang);
    expect(json.trackReason).toBe(s.trackReason);
    expect(json.issues.map((i) => i.message)).toEqual(s.issues.map((i) => i.text));
    const cells = buildScoreReportGrid(e, lang).rows.flatMap((r) => r.map((c) => c?.value));
    const terminal = renderScoreSummary(e, lang, { asOfSource: "given", outputPath: null });
    for (const sentence of [s.trackReason, s.verdict, s.totalOf, ...s.exclusions.map((x) => x.text)]) {
      expect(cells).toContain(sentence);
      expect(terminal).toContain(sentence);
    }
  }
});
