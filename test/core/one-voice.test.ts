// One evaluation carries codes and parameters only; every sentence about it comes from one place
// (the summary model and the message tables) and can be rendered in either language.
import { buildReportGrid, evaluate, exclusionText, issueText, summaryModel, toContractJson } from "../../src/core";
import { revenueOf, revenueTable, staffTable } from "./helpers";

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

test("issues and exclusions hold no rendered text; the same evaluation renders in English and Chinese", () => {
  const e = evaluate(
    [],
    revenueTable([
      ["Azure", "2017-06-01", 5, "CPOR"],
      ["CRM Online", "2017-06-01", 7, ""],
    ]),
    { asOf: "2017-06-30", market: "developing" },
  );
  for (const i of e.issues)
    expect(Object.keys(i).sort()).toEqual(["code", "column", "params", "row", "severity", "sheet"]);
  for (const x of e.revenue.excluded) expect(Object.keys(x).sort()).toEqual(["cents", "detail", "reason", "rows"]);
  expect("lang" in e).toBe(false);

  const empty = e.issues.find((i) => i.code === "table.empty")!;
  expect(issueText(empty, "en")).toBe("The staff table is empty.");
  expect(issueText(empty, "zh-CN")).toBe("员工表为空。");
  const fallback = e.issues.find((i) => i.code === "rules.marketFallback")!;
  expect(issueText(fallback, "zh-CN")).toContain("未定义发展中市场");
  expect(issueText(fallback, "en")).toContain("does not define the developing market");

  const blank = e.revenue.excluded.find((x) => x.reason === "attribution")!;
  expect(exclusionText(blank, "en")).toBe("Not DPOR: blank");
  expect(exclusionText(blank, "zh-CN")).toBe("非 DPOR：空白");

  const en = summaryModel(e, "en"),
    zh = summaryModel(e, "zh-CN");
  expect(en.issues.map((i) => i.code)).toEqual(zh.issues.map((i) => i.code));
  expect(en.issues.some((i) => hasChinese(i.text))).toBe(false);
  expect(zh.issues.every((i) => hasChinese(i.text))).toBe(true);
  expect(toContractJson(e, "zh-CN").issues.map((i) => i.message)).toEqual(zh.issues.map((i) => i.text));
});

test("a duplicate column's field and a missing DPOR column are named in the reader's language", () => {
  const e = evaluate(
    staffTable([["A", "MB2-714"]]),
    [
      ["Product", "Date", "Amount", "Amount"],
      ["CRM Online", "2017-06-01", 1, 1],
    ],
    { asOf: "2017-06-30" },
  );
  const zh = e.issues.map((i) => issueText(i, "zh-CN")).join("\n");
  expect(zh).toContain("缺少记录在案的合作伙伴列");
  expect(zh).toContain("都像是金额列");
  expect(zh).not.toMatch(/amount|DPOR column/);
});

test("the terminal, the pane and the results sheet tell the plan with the same sentences", () => {
  const e = evaluate(staffTable([["Only", "MB2-714"]]), revenueOf(1), { asOf: "2017-06-30" });
  for (const lang of ["en", "zh-CN"] as const) {
    const m = summaryModel(e, lang);
    const cells = buildReportGrid(e, lang)
      .rows.flat()
      .map((c) => String(c.value));
    expect(m.plan.steps.length).toBeGreaterThan(0);
    for (const step of m.plan.steps) expect(cells).toContain(step.exams);
    for (const note of m.plan.notes) expect(cells).toContain(note);
    for (const slot of m.missing)
      for (const c of slot.candidates) expect(cells.some((x) => x.includes(c.sentence))).toBe(true);
  }
});
