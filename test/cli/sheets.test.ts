// Issue 11 through the CLI: the same workbooks as the core and add-in tests, written by ExcelJS
// (hidden and very hidden sheets, merged cells), read from disk, and the same answer.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { evaluate, locateTables, toContractJson, type SheetValues } from "../../src/core";
import type { SheetData } from "../fakes/sample-workbook";
import { AS_OF, hiddenAndCatalogSheets, layoutSheets, monthlySheets } from "../fixtures/sheet-workbooks";
import { readWorkbook, runCli, runJson, sheetValues, tempDir } from "./helpers";

const STATE = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

/** The workbook as Excel would save it: dates formatted, hidden states and merges kept. */
async function writeBook(book: SheetData[], name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of book) {
    const ws = wb.addWorksheet(s.name, { state: STATE[s.visibility ?? "Visible"] });
    s.values.forEach((cells, r) =>
      cells.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = "yyyy-mm-dd";
      }),
    );
    for (const m of s.merged ?? []) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  }
  const path = join(tempDir(), name);
  await wb.xlsx.writeFile(path);
  return path;
}

function core(book: SheetData[]) {
  const sheets: SheetValues[] = book.map((s) => ({ name: s.name, values: s.values, visibility: STATE[s.visibility ?? "Visible"], ...(s.merged ? { mergedAreas: s.merged } : {}) }));
  const located = locateTables(sheets);
  if (!located.ok) throw new Error(located.problem);
  return toContractJson(evaluate(located.staff, located.revenue, { asOf: AS_OF, sheets: located.sheets }), "en");
}

describe("the CLI reads issue 11's workbooks to the core's answer", () => {
  test.each([
    ["several sheets per table", monthlySheets, "silver", 110000],
    ["hidden sheets and an exam catalog", hiddenAndCatalogSheets, "silver", 300000],
    ["wide layout beside revenue, merged cells", layoutSheets, "silver", 145000],
  ])("%s", async (_name, book, tier, ttm) => {
    const path = await writeBook(book(), "book.xlsx");
    const j = await runJson([path, "--as-of", AS_OF, "--json"]);
    expect(j.tier).toBe(tier);
    expect(j.revenue.ttmUsd).toBe(ttm);
    expect(j).toEqual(core(book()));
  });

  test("the JSON names the sheets used and passed over with the reason", async () => {
    const j = await runJson([await writeBook(hiddenAndCatalogSheets(), "hidden.xlsx"), "--as-of", AS_OF, "--json"]);
    expect(j.sheets).toEqual({
      used: [{ table: "staff", sheet: "Staff", layout: "long" }, { table: "revenue", sheet: "Revenue", layout: "long", hidden: true }],
      passedOver: [
        { table: "staff", sheet: "Exams", reason: "examTitles", why: 'Sheet "Exams" was not read as the staff table: its column "Name" holds exam titles, not people (an exam list).' },
        { table: "staff", sheet: "Old staff", reason: "hidden", why: 'Hidden sheet "Old staff" also looks like the staff table; it was not read (name it to read it).' },
      ],
    });
  });

  test("--revenue-sheet may be given several times; the summary lists the sheets read and passed over", async () => {
    const path = await writeBook(monthlySheets(), "months.xlsx");
    const r = await runCli([path, "--as-of", AS_OF, "--revenue-sheet", "2016年12月", "--revenue-sheet=Jun 2017", "--out", join(tempDir(), "out.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Input sheets:\n  - Staff: "Team A", "Team B"\n  - Revenue: "2016年12月", "Jun 2017"\n');
    expect(r.stdout).toMatch(/Result tier: SILVER/);
    const out = join(tempDir(), "out.xlsx");
    const auto = await runCli([path, "--as-of", AS_OF, "--out", out]);
    const why = 'Sheet "Summary" was not read as the revenue table: "2016年12月" has more of its columns (missing here: customer, DPOR).';
    expect(auto.stdout).toContain(`  - ${why}\n`);
    // The results sheet lists every sheet read and passed over.
    const wb = await readWorkbook(out);
    const rows = sheetValues(wb.getWorksheet("Competency Results")!).map((r) => r.slice(0, 3).map((v) => (v === undefined ? null : v)));
    expect(rows).toContainEqual(["revenue", "Jun 2017", "Read"]);
    expect(rows).toContainEqual(["revenue", "Summary", why]);
  });

  test("a hidden sheet named with --staff-sheet is read (the stale team makes Gold)", async () => {
    const j = await runJson([await writeBook(hiddenAndCatalogSheets(), "hidden.xlsx"), "--as-of", AS_OF, "--staff-sheet", "Old staff", "--json"]);
    expect(j.tier).toBe("gold");
    expect(j.sheets.used[0]).toEqual({ table: "staff", sheet: "Old staff", layout: "long", hidden: true });
  });
});
