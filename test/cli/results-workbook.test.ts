// The results workbook: where it goes, what it never overwrites, and how the grid is rendered.
import { execFileSync } from "node:child_process";
import { existsSync, linkSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildReportGrid, evaluate, NUMBER_FORMATS, STYLE_PALETTE } from "../../src/core";
import { SAMPLE_PATH } from "../../src/cli/bundled-sample";
import {
  listDir,
  readWorkbook,
  runCli,
  sheetValues,
  silverSheets,
  tempDir,
  utc,
  writeWorkbook,
  plainRows,
} from "./helpers";

const AS_OF = ["--as-of", "2017-06-30"];

async function bookIn(dir: string, name = "book.xlsx", extraStaff: ExcelJS.CellValue[][] = []) {
  return writeWorkbook(join(dir, name), silverSheets(extraStaff));
}

describe("where the workbook goes", () => {
  test("beside the input as NAME.results.xlsx; the summary says where", async () => {
    const dir = tempDir();
    await bookIn(dir);
    const r = await runCli(["book.xlsx", ...AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Results workbook: ${join(dir, "book.results.xlsx")}`);
    expect(listDir(dir)).toEqual(["book.results.xlsx", "book.xlsx"]);
  });

  test("an existing file is not replaced without --force, and is with it", async () => {
    const dir = tempDir();
    await bookIn(dir);
    writeFileSync(join(dir, "book.results.xlsx"), "someone's file");
    // The default name moves aside to the next free one.
    const r = await runCli(["book.xlsx", ...AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Results workbook: ${join(dir, "book.results (2).xlsx")}`);
    expect(readFileSync(join(dir, "book.results.xlsx"), "utf8")).toBe("someone's file");
    expect(listDir(dir)).toEqual(["book.results (2).xlsx", "book.results.xlsx", "book.xlsx"]);
    rmSync(join(dir, "book.results (2).xlsx"));
    // A name the user chose is refused.
    const named = await runCli(["book.xlsx", ...AS_OF, "--out", "book.results.xlsx"], { cwd: dir });
    expect(named.code).toBe(2);
    expect(named.stderr).toBe(
      `${join(dir, "book.results.xlsx")} already exists; pass --force to replace it, or --out to choose another name.\n`,
    );
    expect(readFileSync(join(dir, "book.results.xlsx"), "utf8")).toBe("someone's file");
    const forced = await runCli(["book.xlsx", ...AS_OF, "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    const wb = await readWorkbook(join(dir, "book.results.xlsx"));
    expect(wb.worksheets[0].name).toBe("Competency Results");
    expect(listDir(dir)).toEqual(["book.results.xlsx", "book.xlsx"]);
  });

  test("the input is never overwritten, even with --force, however it is named", async () => {
    const dir = tempDir();
    const book = await bookIn(dir);
    const before = readFileSync(book);
    symlinkSync(book, join(dir, "alias.xlsx"));
    linkSync(book, join(dir, "hard.xlsx"));
    for (const out of ["book.xlsx", "./sub/../book.xlsx", "alias.xlsx", "hard.xlsx"]) {
      const r = await runCli(["book.xlsx", ...AS_OF, "--out", out, "--force"], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^Refusing to write the results over the input book\.xlsx; choose another --out\.\n$/);
    }
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  test("the bundled sample's results go to the current folder, not into assets/", async () => {
    const dir = tempDir();
    const assetsBefore = listDir(join(SAMPLE_PATH, ".."));
    const r = await runCli([], { cwd: dir });
    expect(r.code).toBe(0);
    expect(listDir(dir)).toEqual(["sample-workbook.results.xlsx"]);
    expect(listDir(join(SAMPLE_PATH, ".."))).toEqual(assetsBefore);
  });
});

describe("sheets", () => {
  test("input sheets are copied after the results sheet: values, number formats, dates", async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, "book.xlsx"), [
      ...silverSheets(),
      { name: "Notes", rows: [["Budget", 1234.5, utc("2017-05-01")]], startRow: 3, formats: { 2: "#,##0.00" } },
    ]);
    expect((await runCli(["book.xlsx", ...AS_OF], { cwd: dir })).code).toBe(0);
    const wb = await readWorkbook(join(dir, "book.results.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Competency Results", "Staff", "Revenue", "Notes"]);
    const notes = wb.getWorksheet("Notes")!;
    expect(notes.getCell("A3").value).toBe("Budget");
    expect(notes.getCell("B3").value).toBe(1234.5);
    expect(notes.getCell("B3").numFmt).toBe("#,##0.00");
    expect(notes.getCell("C3").value).toEqual(utc("2017-05-01"));
    const staff = sheetValues(wb.getWorksheet("Staff")!);
    expect(staff[1]).toEqual(["Xu Wei", "MB2-714; MB2-710", utc("2016-05-01"), "Yes"]);
  });

  test('a user\'s own sheet named like ours is kept; ours becomes "Competency Results (2)"', async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, "book.xlsx"), [
      { name: "Competency Results", rows: [["My own notes"]] },
      ...silverSheets(),
    ]);
    expect((await runCli(["book.xlsx", ...AS_OF], { cwd: dir })).code).toBe(0);
    const wb = await readWorkbook(join(dir, "book.results.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Competency Results (2)",
      "Competency Results",
      "Staff",
      "Revenue",
    ]);
    expect(wb.getWorksheet("Competency Results")!.getCell("A1").value).toBe("My own notes");
  });

  test("a results sheet we wrote before is replaced, not duplicated", async () => {
    const dir = tempDir();
    await bookIn(dir);
    expect((await runCli(["book.xlsx", ...AS_OF], { cwd: dir })).code).toBe(0);
    expect((await runCli(["book.results.xlsx", ...AS_OF, "--out", "again.xlsx"], { cwd: dir })).code).toBe(0);
    const wb = await readWorkbook(join(dir, "again.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Competency Results", "Staff", "Revenue"]);
  });
});

describe("the results sheet", () => {
  test("renders the core's grid: values, real dates, number formats, fills, widths, frozen rows", async () => {
    const dir = tempDir();
    await bookIn(dir);
    expect((await runCli(["book.xlsx", ...AS_OF, "--lang", "zh-CN"], { cwd: dir })).code).toBe(0);
    const [staff, revenue] = silverSheets();
    const grid = buildReportGrid(
      evaluate(
        { values: plainRows(staff.rows), sheet: "Staff" },
        { values: plainRows(revenue.rows), sheet: "Revenue" },
        { asOf: "2017-06-30", lang: "zh-CN" },
      ),
      "zh-CN",
    );
    const wb = await readWorkbook(join(dir, "book.results.xlsx"));
    const ws = wb.getWorksheet(grid.sheetName)!;
    expect(ws).toBeDefined();
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: grid.frozenRows });
    grid.columnWidths.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBe(w));
    let dates = 0,
      fills = 0;
    grid.rows.forEach((cells, r) =>
      cells.forEach((c, i) => {
        const cell = ws.getCell(r + 1, i + 1);
        if (c.format === "date") {
          dates++;
          expect(cell.value).toEqual(utc(String(c.value)));
        } else expect(cell.value).toEqual(c.value);
        if (c.format && c.format !== "general") expect(cell.numFmt).toBe(NUMBER_FORMATS[c.format]);
        const fill = c.style && STYLE_PALETTE[c.style].fill;
        if (fill) {
          fills++;
          expect(cell.fill).toMatchObject({
            type: "pattern",
            pattern: "solid",
            fgColor: { argb: `FF${fill.slice(1)}` },
          });
        }
        if (c.style && STYLE_PALETTE[c.style].bold) expect(cell.font?.bold).toBe(true);
      }),
    );
    expect(dates).toBeGreaterThanOrEqual(3);
    expect(fills).toBeGreaterThan(5);
  });

  test("a name like =HYPERLINK(...) stays text in every sheet; the file holds no formula at all", async () => {
    const dir = tempDir();
    const evil = '=HYPERLINK("http://example.com/x","Xu Wei")';
    await writeWorkbook(join(dir, "book.xlsx"), [
      {
        name: "Staff",
        rows: [
          ["Name", "Exam"],
          [evil, "MB2-714; MB2-710"],
          ["=1+1", "MB2-712"],
          ["@SUM(A1)", "MB2-713"],
        ],
      },
      {
        name: "Revenue",
        rows: [
          ["Product", "Date", "Amount", "DPOR"],
          ["CRM Online", "2017-01-01", 100000, "Yes"],
        ],
      },
    ]);
    expect((await runCli(["book.xlsx", ...AS_OF], { cwd: dir })).code).toBe(0);
    const wb = await readWorkbook(join(dir, "book.results.xlsx"));
    const results = sheetValues(wb.getWorksheet("Competency Results")!).flat();
    expect(results).toContain(evil);
    expect(results).toContain("=1+1");
    expect(wb.getWorksheet("Staff")!.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(wb.getWorksheet("Staff")!.getCell("A2").value).toBe(evil);
    const xml = execFileSync("unzip", ["-p", join(dir, "book.results.xlsx"), "xl/worksheets/*.xml"], {
      encoding: "utf8",
    });
    expect(xml).not.toMatch(/<f[ >]/);
  });

  test("the write is atomic: only the final file appears, at its full size", async () => {
    const dir = tempDir();
    await bookIn(dir);
    expect((await runCli(["book.xlsx", ...AS_OF], { cwd: dir })).code).toBe(0);
    expect(listDir(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(statSync(join(dir, "book.results.xlsx")).size).toBeGreaterThan(5000);
    expect(existsSync(join(dir, "book.xlsx"))).toBe(true);
  });
});
