import { buildReportGrid, evaluate, isResultsSheetName, NUMBER_FORMATS, STYLE_PALETTE } from "../../src/core";
import type { GridCell, ReportGrid } from "../../src/core";
import { revenueOf, revenueTable, staffTable } from "./helpers";

const STAFF = staffTable([
  ["Xu Wei", "MB2-714, MB2-710, MB2-712"],
  ["Yan Li", "MB2-713/MB2-706"],
  ['=HYPERLINK("http://x","Bob")', "MB2-717"],
]);
const build = (lang: "en" | "zh-CN", asOf = "2017-06-30", revenue = revenueOf(350000)) =>
  buildReportGrid(evaluate(STAFF, revenue, { asOf, lang }), lang);
const find = (g: ReportGrid, pred: (c: GridCell) => boolean) => g.rows.findIndex((r) => r.some(pred));
const texts = (g: ReportGrid) =>
  g.rows
    .flat()
    .map((c) => c.value)
    .filter((v): v is string => typeof v === "string");

test.each(["en", "zh-CN"] as const)("%s grid is rectangular and every cell's style and format is known", (lang) => {
  const g = build(lang);
  expect(g.rows.length).toBeGreaterThan(20);
  for (const row of g.rows) {
    expect(row).toHaveLength(g.width);
    for (const c of row) {
      if (c.style) expect(STYLE_PALETTE).toHaveProperty(c.style);
      if (c.format) expect(NUMBER_FORMATS).toHaveProperty(c.format);
      if (c.format === "date") expect(c.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (c.format === "usd") expect(typeof c.value).toBe("number");
    }
  }
  expect(g.columnWidths).toHaveLength(g.width);
  expect(isResultsSheetName(g.sheetName)).toBe(true);
});

test("summary, tier table and verdict styles", () => {
  const g = build("en");
  expect(g.sheetName).toBe("Competency Results");
  expect(g.rows[0][0]).toMatchObject({ style: "title" });
  const result = g.rows[find(g, (c) => c.value === "Result tier")];
  expect(result[1]).toMatchObject({ value: "Silver", style: "pass" });
  const gold = g.rows.find((r) => r[0].value === "Gold" && r[1].format === "usd")!;
  expect(gold.map((c) => c.value)).toEqual(["Gold", 300000, 350000, 0, 2, 4, "PASS", "FAIL", "FAIL"]);
  expect(gold[7].style).toBe("fail");
  expect(gold[6].style).toBe("pass");
});

test("missing slots are red and name the closest candidate; the plan aims at the next tier", () => {
  const g = build("en");
  const missing = g.rows.filter((r) => r[3].value === "MISSING");
  expect(missing).toHaveLength(2);
  for (const r of missing) expect(r.every((c) => c.style === "missing")).toBe(true);
  expect(String(missing[0][6].value)).toContain("Customization (MB2-712 or MB2-707)");
  expect(texts(g)).toContain("Cheapest plan to Gold");
  expect(texts(g)).toContain("New person needed");
});

test("names from input cells are text cells, never formulas", () => {
  const g = build("en");
  const cell = g.rows.flat().find((c) => typeof c.value === "string" && c.value.startsWith("=HYPERLINK"));
  expect(cell).toMatchObject({ format: "text" });
  for (const c of g.rows.flat()) if (typeof c.value === "string") expect(["text", "date"]).toContain(c.format);
});

test("zh-CN grid speaks Chinese", () => {
  const g = build("zh-CN");
  expect(g.sheetName).toBe("能力评估结果");
  expect(texts(g)).toEqual(
    expect.arrayContaining([
      "云客户关系管理能力 — 评估结果",
      "结果等级",
      "银牌",
      "缺少",
      "达到金牌的最省方案",
      "收入明细",
    ]),
  );
});

test("retired and assumed dates are stated; revenue detail adds up", () => {
  const e = evaluate(
    STAFF,
    revenueTable([
      ["CRM Online", "2026-01-01", 100, "Yes"],
      ["Azure", "2026-01-01", 7, "Yes"],
    ]),
    { asOf: "2026-11-25", asOfAssumed: true },
  );
  const g = buildReportGrid(e, "en");
  expect(texts(g).some((t) => t.includes("retired on 30 Sep 2022"))).toBe(true);
  expect(texts(g)).toContain("not given: today was assumed");
  const total = g.rows.find((r) => r[0].value === "Counted total (TTM net new revenue)")!;
  expect(total[2].value).toBe(100);
  expect(g.rows.some((r) => r[0].value === "Excluded: Not an eligible product: Azure" && r[2].value === 7)).toBe(true);
});

test("all tiers met: no plan", () => {
  const staff = staffTable([
    ["A", "MB2-714, MB2-710"],
    ["B", "MB2-713, MB2-706"],
    ["C", "MB2-712"],
    ["D", "MB2-707"],
  ]);
  const g = buildReportGrid(evaluate(staff, revenueOf(300000), { asOf: "2017-06-30" }), "en");
  expect(texts(g)).toContain("Every tier is met: no plan needed.");
  expect(texts(g)).toContain("No data issues.");
});
