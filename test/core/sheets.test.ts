// Issue 11 items 1-3, decided in the core: which sheets and cells reach the evaluator.
import { evaluate, issueText, locateTables, toContractJson, type Evaluation, type RawTable, type SheetValues } from "../../src/core";
import type { SheetData } from "../fakes/sample-workbook";
import { AS_OF, hiddenAndCatalogSheets, layoutSheets, monthlySheets } from "../fixtures/sheet-workbooks";

const VIS = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;
const asSheets = (book: SheetData[]): SheetValues[] =>
  book.map((s) => ({ name: s.name, values: s.values, visibility: VIS[s.visibility ?? "Visible"], ...(s.merged ? { mergedAreas: s.merged } : {}) }));

function run(book: SheetData[], choice = {}): Evaluation {
  const located = locateTables(asSheets(book), choice);
  if (!located.ok) throw new Error(located.problem);
  return evaluate(located.staff, located.revenue, { asOf: AS_OF, sheets: located.sheets });
}
const codes = (e: Evaluation) => e.issues.map((i) => `${i.sheet}|${i.row ?? ""}|${i.code}`);

describe("item 1: several sheets of one table are combined", () => {
  test("staff split by team and revenue by month are read together; the sheet named like a date is a sheet", () => {
    const e = run(monthlySheets());
    expect(e.tier).toBe("silver");
    expect(e.revenue.ttmCents).toBe(11_000_000);
    expect(e.revenue.countedRows).toBe(2);
    expect(e.sheets.used.map((u) => [u.table, u.sheet])).toEqual([
      ["staff", "Team A"], ["staff", "Team B"], ["revenue", "2016年12月"], ["revenue", "Jun 2017"],
    ]);
    // The summary sheet has no DPOR column: passed over, and the report says why.
    expect(e.sheets.passedOver).toEqual([{ table: "revenue", sheet: "Summary", reason: "fewerFields", chosen: "2016年12月", missing: ["customer", "dpor"] }]);
    const json = toContractJson(e, "en");
    expect(json.sheets.passedOver[0].why).toBe('Sheet "Summary" was not read as the revenue table: "2016年12月" has more of its columns (missing here: customer, DPOR).');
  });

  test("a row copied into another month's sheet counts once, with a warning naming both sheets and the amount", () => {
    const e = run(monthlySheets());
    const dup = e.issues.find((i) => i.code === "sheet.duplicateRow");
    expect(dup).toMatchObject({ sheet: "Jun 2017", row: 2, column: "Amount", severity: "warning" });
    expect(dup && issueText(dup, "en")).toBe('Row is identical to row 2 of sheet "2016年12月"; counted once, so USD 60,000.00 is not double counted.');
    expect(codes(e)).toContain("Team A||sheet.combined");
    expect(codes(e)).toContain("2016年12月||sheet.combined");
  });

  test("without combining, the first month alone would not reach Silver (the combination decides)", () => {
    const e = run(monthlySheets(), { revenueSheet: "2016年12月" });
    expect(e.revenue.ttmCents).toBe(6_000_000);
    expect(e.tier).toBe("none");
  });

  test("sheets named explicitly are combined in the order given; a missing one is reported by name", () => {
    const e = run(monthlySheets(), { revenueSheet: ["Jun 2017", "2016年12月"] });
    expect(e.sheets.used.filter((u) => u.table === "revenue").map((u) => u.sheet)).toEqual(["Jun 2017", "2016年12月"]);
    expect(e.revenue.ttmCents).toBe(11_000_000);
    expect(e.issues.find((i) => i.code === "sheet.duplicateRow")?.sheet).toBe("2016年12月");
    expect(locateTables(asSheets(monthlySheets()), { staffSheet: ["Team A", "Team C"] })).toEqual({ ok: false, problem: "staff-sheet-missing", sheet: "Team C" });
  });

  test("sheets whose fields differ are not combined: the one with more fields is chosen", () => {
    const book = monthlySheets().filter((s) => s.name !== "Summary");
    book[3].values = book[3].values.map((r) => r.slice(0, 4)); // "Jun 2017" without DPOR
    const e = run(book);
    expect(e.sheets.used.filter((u) => u.table === "revenue").map((u) => u.sheet)).toEqual(["2016年12月"]);
    expect(e.sheets.passedOver).toMatchObject([{ sheet: "Jun 2017", reason: "fewerFields", missing: ["dpor"] }]);
  });
});

describe("item 2: choosing sheets", () => {
  test("a hidden stale sheet and an exam catalog are passed over with their reasons; a very hidden revenue sheet is read with a warning", () => {
    const e = run(hiddenAndCatalogSheets());
    expect(e.tier).toBe("silver"); // the hidden sheet's people would have made Gold
    expect(e.sheets.used.map((u) => [u.table, u.sheet, u.hidden])).toEqual([["staff", "Staff", false], ["revenue", "Revenue", true]]);
    expect(e.sheets.passedOver.map((p) => [p.sheet, p.reason])).toEqual([["Exams", "examTitles"], ["Old staff", "hidden"]]);
    const hiddenUsed = e.issues.find((i) => i.code === "sheet.hiddenUsed");
    expect(hiddenUsed).toMatchObject({ sheet: "Revenue", severity: "warning" });
    expect(issueText(hiddenUsed!, "en")).toBe('No visible sheet has the revenue table; hidden sheet "Revenue" was read.');
    expect(issueText(e.issues.find((i) => i.code === "sheet.passedOverHidden")!, "en")).toBe('Hidden sheet "Old staff" also looks like the staff table; it was not read (name it to read it).');
    expect(issueText(e.issues.find((i) => i.code === "sheet.passedOverExamTitles")!, "en")).toBe('Sheet "Exams" was not read as the staff table: its column "Name" holds exam titles, not people (an exam list).');
  });

  test("a hidden sheet named explicitly is read, without a warning", () => {
    const e = run(hiddenAndCatalogSheets(), { staffSheet: "old staff" });
    expect(e.tier).toBe("gold");
    expect(e.issues.some((i) => i.code === "sheet.hiddenUsed" && i.sheet === "Old staff")).toBe(false);
  });

  test("an exam column that is mostly not exam codes is passed over for one that is", () => {
    const book: SheetData[] = [
      { name: "Training", values: [["Name", "Exam", "Passed on"], ["Xu Wei", "Onboarding", ""], ["Yan Li", "Security basics", ""], ["Zhao Min", "MB2-714", ""]] },
      ...hiddenAndCatalogSheets().filter((s) => s.name === "Staff" || s.name === "Revenue"),
    ];
    const e = run(book);
    expect(e.sheets.used[0].sheet).toBe("Staff");
    expect(e.sheets.passedOver).toEqual([{ table: "staff", sheet: "Training", reason: "notExamCodes", column: "Exam" }]);
  });

  test("zh-CN: the reasons read in Chinese, field names included", () => {
    const located = locateTables(asSheets(monthlySheets()));
    if (!located.ok) throw new Error();
    const e = evaluate(located.staff, located.revenue, { asOf: AS_OF, sheets: located.sheets });
    expect(toContractJson(e, "zh-CN").sheets.passedOver[0].why).toBe("工作表“Summary”未作为收入表读取：“2016年12月”包含更多所需列（此表缺少：客户、记录在案的合作伙伴）。");
  });
});

describe("item 3: other layouts", () => {
  test("wide staff layout beside the revenue table, header on row 13, Traditional Chinese headers, merged cells", () => {
    const e = run(layoutSheets());
    expect(e.sheets.used).toEqual([
      { table: "staff", sheet: "Data", hidden: false, layout: "wide", range: "A:E" },
      { table: "revenue", sheet: "Data", hidden: false, layout: "long", range: "G:K" },
    ]);
    expect(e.tier).toBe("silver");
    expect(e.people.map((p) => [p.name, p.exams])).toEqual([["Xu Wei", ["MB2-714", "MB2-710"]], ["Yan Li", ["MB2-712"]], ["Zhao Min", ["MB2-714"]]]);
    expect(e.revenue.ttmCents).toBe(14_500_000); // the merged 45,000 once
    const at = (code: string) => e.issues.filter((i) => i.code === code).map((i) => [i.row, i.column, issueText(i, "en")]);
    expect(at("cells.mergedOnce")).toEqual([[16, "金額", "The amount cell is merged over rows 16–17; its value counts once, on row 16."]]);
    expect(at("staff.wideCellUnreadable")).toEqual([[16, "MB2-707", '"maybe" under exam MB2-707 is neither a pass date nor yes/no; not counted as held.']]);
    expect(e.issues.some((i) => i.code === "staff.noPerson")).toBe(false); // Xu Wei's merged name reached row 15
  });

  test("without the merged areas Xu Wei's second row has no name (what a reader that drops merges would give)", () => {
    const book = layoutSheets().map((s) => ({ ...s, merged: undefined }));
    const e = run(book);
    expect(e.tier).toBe("none");
    expect(e.issues.filter((i) => i.code === "staff.noPerson").map((i) => i.row)).toEqual([15]);
  });

  test("the header is found anywhere in the first 50 rows, not below", () => {
    const pad = (n: number) => Array.from({ length: n }, () => [] as string[]);
    const staff: RawTable = [["Name", "Exam"], ["Xu Wei", "MB2-714"]];
    const revenue: RawTable = [["Product", "Date", "Amount"], ["CRM Online", "2017-01-01", 1]];
    expect(locateTables([{ name: "S", values: [...pad(49), ...staff] }, { name: "R", values: revenue }]).ok).toBe(true);
    expect(locateTables([{ name: "S", values: [...pad(50), ...staff] }, { name: "R", values: revenue }])).toEqual({ ok: false, problem: "no-staff-table" });
  });

  test("Traditional Chinese staff headers are recognised like the simplified ones", () => {
    const e = evaluate([["員工姓名", "考試代碼", "通過日期", "在職狀態"], ["Xu Wei", "MB2-714, MB2-710", "2016-05-01", "是"], ["Yan Li", "MB2-712", "", "是"]], [["產品", "日期", "金額"], ["CRM Online", "2017-06-01", 100000]], { asOf: AS_OF });
    expect(e.columns.staff?.columns).toEqual({ person: 0, exam: 1, passedOn: 2, active: 3 });
    expect(e.people.map((p) => p.exams)).toEqual([["MB2-714", "MB2-710"], ["MB2-712"]]);
  });
});
