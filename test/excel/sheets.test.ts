// Issue 11 through the add-in: the fake Excel holds the same multi-sheet, hidden-sheet, wide and
// merged-cell workbooks as the core tests, and "Generate report" gives the core's answer.
import { evaluate, locateTables, toContractJson, type SheetValues } from "../../src/core";
import { scanWorkbook } from "../../src/excel/read-workbook";
import { runReport } from "../../src/excel/run-report";
import { tablesFromWorkbook, WorkbookEvaluations } from "../../src/functions/workbook-evaluations";
import { summarize } from "../../src/taskpane/summary";
import { fakeOffice, fakeSettings } from "../fakes/office-fake";
import type { SheetData } from "../fakes/sample-workbook";
import { AS_OF, hiddenAndCatalogSheets, layoutSheets, monthlySheets } from "../fixtures/sheet-workbooks";
import { day, fakeExcel } from "./helpers";

const VIS = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;
const input = { settings: { asOf: AS_OF }, store: fakeSettings(), lang: "en" as const, today: day("2024-01-01") };
const g = globalThis as { Office?: unknown };

function core(book: SheetData[]) {
  const sheets: SheetValues[] = book.map((s) => ({
    name: s.name,
    values: s.values,
    visibility: VIS[s.visibility ?? "Visible"],
    ...(s.merged ? { mergedAreas: s.merged } : {}),
  }));
  const located = locateTables(sheets);
  if (!located.ok) throw new Error(located.problem);
  return evaluate(located.staff, located.revenue, { asOf: AS_OF, sheets: located.sheets });
}

describe("the add-in reads issue 11's workbooks to the core's answer", () => {
  beforeEach(() => (g.Office = fakeOffice()));
  afterEach(() => delete g.Office);

  test.each([
    ["several sheets per table", monthlySheets, "silver"],
    ["hidden sheets and an exam catalog", hiddenAndCatalogSheets, "silver"],
    ["wide layout beside revenue, merged cells", layoutSheets, "silver"],
  ])("%s", async (_name, book, tier) => {
    const { ctx } = fakeExcel(book());
    const run = await runReport(ctx, input);
    expect(run.evaluation.tier).toBe(tier);
    expect(toContractJson(run.evaluation, "en")).toEqual(toContractJson(core(book()), "en"));
  });

  test("visibility and merged areas come within the scan's three syncs", async () => {
    const { ctx, book } = fakeExcel(layoutSheets());
    const scan = await scanWorkbook(ctx);
    expect(book.syncs).toBe(3);
    expect(scan.sheets[0].merged).toEqual([
      { row: 13, col: 0, rows: 2, cols: 1 },
      { row: 13, col: 6, rows: 2, cols: 1 },
      { row: 15, col: 9, rows: 2, cols: 1 },
    ]);
    const hidden = await scanWorkbook(fakeExcel(hiddenAndCatalogSheets()).ctx);
    expect(hidden.sheets.map((s) => s.visibility)).toEqual(["hidden", "visible", "visible", "veryHidden"]);
  });

  test("the pane's summary names the sheets read and every sheet passed over with its reason", async () => {
    const { ctx } = fakeExcel(hiddenAndCatalogSheets());
    const run = await runReport(ctx, input);
    expect([run.staffSheets, run.revenueSheets]).toEqual([["Staff"], ["Revenue"]]);
    const s = summarize(
      {
        evaluation: run.evaluation,
        written: run.written,
        baseSheetName: "Competency Results",
        staffSheets: run.staffSheets,
        revenueSheets: run.revenueSheets,
      },
      "en",
    );
    expect(s.sheetLines.slice(1)).toEqual([
      "Staff from “Staff”, revenue from “Revenue”; those sheets were not changed.",
      'Sheet "Exams" was not read as the staff table: its column "Name" holds exam titles, not people (an exam list).',
      'Hidden sheet "Old staff" also looks like the staff table; it was not read (name it to read it).',
    ]);
  });

  test("sheets ticked in the pane (settings keep a list) are combined", async () => {
    const { ctx } = fakeExcel(monthlySheets());
    const run = await runReport(ctx, {
      ...input,
      settings: { asOf: AS_OF, revenueSheets: ["Jun 2017", "2016年12月"] },
    });
    expect(run.revenueSheets).toEqual(["Jun 2017", "2016年12月"]);
    expect(run.evaluation.revenue.ttmCents).toBe(11_000_000);
  });

  test("without ExcelApi 1.13 merged areas are not asked for (feature-detected), and the merged name is missing", async () => {
    g.Office = {
      context: { requirements: { isSetSupported: (_set: string, v: string) => Number(v.split(".")[1]) < 13 } },
    };
    const { ctx } = fakeExcel(layoutSheets());
    const run = await runReport(ctx, input);
    expect(run.evaluation.issues.filter((i) => i.code === "staff.noPerson").map((i) => i.row)).toEqual([15]);
    expect(run.evaluation.tier).toBe("none");
  });
});

test("the functions' reading names the sheets passed over too, as the report does (issue 11)", async () => {
  g.Office = fakeOffice();
  const { ctx } = fakeExcel(hiddenAndCatalogSheets());
  const tables = await tablesFromWorkbook(ctx, {});
  if (!tables.ok) throw new Error(tables.problem);
  const evaluations = new WorkbookEvaluations(() => Promise.resolve(tables));
  const r = await evaluations.evaluate({ asOf: AS_OF });
  if (!r.ok) throw new Error("no evaluation");
  const report = await runReport(fakeExcel(hiddenAndCatalogSheets()).ctx, input);
  const passedOver = (codes: string[]) => codes.filter((c) => c.startsWith("sheet.passedOver"));
  expect(passedOver(r.evaluation.issues.map((i) => i.code))).not.toEqual([]);
  expect(passedOver(r.evaluation.issues.map((i) => i.code))).toEqual(
    passedOver(report.evaluation.issues.map((i) => i.code)),
  );
});
