// Reading through the fake: a fixed number of syncs, blocks within Excel's limits, the same
// values as on the sheets, and recovery when cell text is so long a guessed block is refused.
import { FakeWorkbook, LIMITS } from "../fakes/excel-fake";
import { bigWorkbook, smallWorkbook } from "../fakes/sample-workbook";
import { blocksOf, HEADER_SCAN_ROWS, scanWorkbook } from "../../src/excel/read-workbook";
import { locateSheets, readTables } from "../../src/excel/read-tables";
import { OWNER_KEY } from "../../src/excel/sheet-ownership";
import { MAX_CELLS_PER_READ, MAX_ROWS_PER_BLOCK, rowsPerBlock } from "../../src/excel/payload";
import { RESULTS_SHEET_SETTING } from "../../src/excel/results-owner";
import { fakeSettings } from "../fakes/office-fake";
import { fakeExcel, readSyncs } from "./helpers";
import type { PlainCell } from "../../src/core";

describe("scanWorkbook", () => {
  test("lists every sheet with its used range and at most the first 50 rows, in 3 syncs", async () => {
    const { book, ctx } = fakeExcel(smallWorkbook());
    book.addSheet("Empty");
    const scan = await scanWorkbook(ctx);
    expect(book.syncs).toBe(3);
    expect(scan.sheets.map((s) => s.name)).toEqual(["Notes", "Staff", "Revenue", "Empty"]);
    const staff = scan.sheets[1];
    expect(staff.used).toEqual({ row: 1, col: 1, rows: 7, cols: 5 });
    expect(staff.head[0]).toEqual(["Name", "Email", "Exam", "Passed on", "Active"]);
    expect(scan.sheets[3].used).toBeNull();
    expect(scan.sheets.every((s) => s.head.length <= HEADER_SCAN_ROWS)).toBe(true);
  });

  test("a sheet is ours only when it carries the document's token under the recorded name (issue 12: ids change between sessions)", async () => {
    const { book, ctx } = fakeExcel(smallWorkbook());
    const store = fakeSettings({ [RESULTS_SHEET_SETTING]: { token: "t0k3n", name: "Competency Results" } });
    const mark = (name: string, value: string) =>
      book.addSheet(name).customProperties.set(OWNER_KEY.toLowerCase(), { key: OWNER_KEY, value });
    mark("Competency Results", "t0k3n");
    mark("Competency Results (2)", "another workbook's token");
    book.addSheet("Competency Results (3)");
    const scan = await scanWorkbook(ctx, store);
    expect(scan.sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(["Competency Results"]);
    // Without the document's record, nothing is ours.
    const { ctx: ctx2 } = fakeExcel(smallWorkbook());
    expect((await scanWorkbook(ctx2)).sheets.some((s) => s.owned)).toBe(false);
  });
});

describe("readTables", () => {
  test("finds the tables by header and returns exactly the cells on the sheets, with their origin", async () => {
    const sheets = smallWorkbook();
    const { book, ctx } = fakeExcel(sheets);
    const scan = await scanWorkbook(ctx);
    const located = locateSheets(scan, {});
    if (!located.ok) throw new Error(located.problem);
    const read = await readTables(ctx, scan, located, {});
    expect(read.staff[0].values).toEqual(sheets[1].values);
    expect(read.staff[0].originRow).toBe(2);
    expect(read.staff[0].originColumn).toBe(2);
    expect(read.revenue[0].values).toEqual(sheets[2].values.map((r) => r.map((v) => v)));
    expect(readSyncs(book, 3)).toBe(1); // both small tables in one sync
  });

  test("an explicit choice wins over detection, and column letters map into the used range", async () => {
    const { ctx } = fakeExcel(smallWorkbook());
    const scan = await scanWorkbook(ctx);
    expect(locateSheets(scan, { staffSheets: ["Nope"] })).toEqual({
      ok: false,
      problem: "staff-sheet-missing",
      sheet: "Nope",
    });
    const located = locateSheets(scan, { revenueSheets: ["revenue"] });
    if (!located.ok) throw new Error(located.problem);
    const read = await readTables(ctx, scan, located, { staffColumns: { exam: "D", person: "A" } });
    // Staff starts in column B: D is the third column of the table; A lies outside it and is dropped.
    expect(read.staff[0].columns).toEqual({ exam: 2 });
  });

  test.each([1_000, 100_000])(
    "%i rows: blocks within the limits, one sync per block batch, values intact",
    async (rows) => {
      const sheets = bigWorkbook(rows);
      const { book, ctx } = fakeExcel(sheets);
      const scan = await scanWorkbook(ctx);
      const located = locateSheets(scan, {});
      if (!located.ok) throw new Error(located.problem);
      const read = await readTables(ctx, scan, located, {});
      expect(read.revenue[0].values.length).toBe(rows + 1);
      expect(read.revenue[0].values[rows]).toEqual(sheets[1].values[rows]);
      expect(read.revenue[0].values[1]).toEqual(sheets[1].values[1]);
      const blocks = blocksOf("x", { row: 0, col: 0, rows: rows + 1, cols: 5 }).length + 1;
      expect(readSyncs(book, 3)).toBeGreaterThanOrEqual(1);
      expect(readSyncs(book, 3)).toBeLessThanOrEqual(blocks);
      expect(book.syncLog.every((s) => !s.rejected && s.responseBytes <= LIMITS.payloadBytes)).toBe(true);
    },
  );

  test("very long cell text: a refused sync is split and read again, nothing is lost", async () => {
    const long = "x".repeat(2_000);
    const values: PlainCell[][] = [["Customer", "Product", "Invoice date", "Amount (USD)", "DPOR"]];
    for (let i = 0; i < 6_000; i++) values.push([`${long}${i}`, "CRM Online", 43000, 10, "Yes"]);
    const small = smallWorkbook();
    const { book, ctx } = fakeExcel([small[1], { name: "Revenue", values }]);
    const scan = await scanWorkbook(ctx);
    const located = locateSheets(scan, {});
    if (!located.ok) throw new Error(located.problem);
    const read = await readTables(ctx, scan, located, {});
    expect(read.revenue[0].values).toEqual(values);
    expect(book.syncLog.some((s) => s.rejected === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(book.syncLog.filter((s) => !s.rejected).every((s) => s.responseBytes <= LIMITS.payloadBytes)).toBe(true);
  });

  test("the fake refuses what Excel refuses (so the tests above can fail)", async () => {
    const book = new FakeWorkbook([{ name: "Wide", values: [Array.from({ length: 3000 }, () => "y".repeat(2000))] }]);
    const { FakeRequestContext } = await import("../fakes/excel-fake");
    const ctx = new FakeRequestContext(book);
    ctx.workbook.worksheets.getItem("Wide").getRangeByIndexes(0, 0, 1, 3000).load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    ctx.workbook.worksheets.getItem("Wide").getRangeByIndexes(0, 0, 5000, 1001).load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

test("block size follows the column count and never exceeds Excel's cell limit", () => {
  expect(rowsPerBlock(5)).toBe(MAX_ROWS_PER_BLOCK);
  expect(rowsPerBlock(20)).toBe(5_000);
  expect(rowsPerBlock(16_384) * 16_384).toBeLessThanOrEqual(Math.min(MAX_CELLS_PER_READ, LIMITS.cellsPerRead));
  const blocks = blocksOf("s", { row: 3, col: 2, rows: 45_001, cols: 5 });
  expect(blocks.map((b) => b.rows)).toEqual([20_000, 20_000, 5_001]);
  expect(blocks[2].row).toBe(40_003);
});

test("a column chosen by hand keeps the real header row (not a title row above the table)", async () => {
  const title = [
    ["Certified staff — partner operations export", "", ""],
    ["", "", ""],
  ];
  const table = [
    ["Name", "Mail", "Zertifikat"],
    ["Xu Wei", "x@example.com", "MB2-714"],
  ];
  const { ctx } = fakeExcel([{ name: "Staff", values: [...title, ...table] }, smallWorkbook()[2]]);
  const scan = await scanWorkbook(ctx);
  const staff = scan.sheets[0];
  // "Zertifikat" is not a known exam header: nothing is found until the user names the column.
  expect(locateSheets(scan, {}).ok).toBe(false);
  const { tableLayout } = await import("../../src/excel/read-tables");
  const { STAFF_FIELDS } = await import("../../src/core");
  const { detectHeader } = await import("../../src/core");
  expect(tableLayout(staff, { exam: "C" })).toEqual({ columns: { exam: 2 } });
  expect(detectHeader(staff.head, STAFF_FIELDS, tableLayout(staff, { exam: "C" }))?.mapping.headerRow).toBe(2);
  // When detection works on its own, its header row is kept under a hand-picked column.
  const sample = smallWorkbook()[1];
  const { ctx: ctx2 } = fakeExcel([
    { ...sample, values: [...title.map((r) => [...r, "", ""]), ...sample.values], row: 0, col: 0 },
  ]);
  const scan2 = await scanWorkbook(ctx2);
  const m = detectHeader(scan2.sheets[0].head, STAFF_FIELDS, tableLayout(scan2.sheets[0], { exam: "D" }));
  expect(m?.mapping.headerRow).toBe(2);
  expect(m?.mapping.columns.exam).toBe(3);
});
