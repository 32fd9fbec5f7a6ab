// The results sheet through the fake: batched writes, text kept as text, real dates, styles by
// range, our sheet reused and marked, a user's sheet of the same name never touched.
import { buildReportGrid, evaluate, STYLE_PALETTE } from "../../src/core";
import { planGrid, MAX_ADDRESS_CHARS } from "../../src/excel/grid-plan";
import { OWNER_KEY, pickResultsSheet } from "../../src/excel/sheet-ownership";
import { writeBlocks, writeResultsSheet } from "../../src/excel/write-grid";
import { listSheets } from "../../src/excel/read-workbook";
import { FORMULA_LOOKING_NAME, SAMPLE_AS_OF, serial, smallWorkbook } from "../fakes/sample-workbook";
import { fakeSettings } from "../fakes/office-fake";
import { fakeExcel } from "./helpers";
import type { PlainCell } from "../../src/core";

function sampleGrid(lang: "en" | "zh-CN" = "en", extraStaff: PlainCell[][] = []) {
  const [, staff, revenue] = smallWorkbook();
  const e = evaluate(
    { values: [...staff.values, ...extraStaff], sheet: "Staff" },
    { values: revenue.values, sheet: "Revenue" },
    { asOf: SAMPLE_AS_OF, lang },
  );
  return buildReportGrid(e, lang);
}

describe("writeResultsSheet", () => {
  test("one batch: formats before values, everything on our new sheet, then the ownership mark", async () => {
    const { book, ctx } = fakeExcel(smallWorkbook());
    const store = fakeSettings();
    const grid = sampleGrid();
    const res = await writeResultsSheet(ctx, grid, await listSheets(ctx, store), { ownership: store });
    expect(res).toEqual({ name: "Competency Results", created: true });
    expect(book.syncs).toBe(2 + 1); // list + marks, then write and mark in one
    const sheet = book.sheet("Competency Results")!;
    const record = store.get("CompetencyEvaluator.resultsSheet") as { token: string; name: string };
    expect(record).toEqual({ token: expect.stringMatching(/^[0-9a-f]{32}$/), name: "Competency Results" });
    expect(sheet.customProperties.get(OWNER_KEY.toLowerCase())?.value).toBe(record.token);
    expect(book.activeSheetId).toBe(sheet.id);
    grid.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const got = sheet.get(r, c);
        if (cell.value === null) expect(got).toBeUndefined();
        else if (cell.format === "date") {
          expect(got).toBe(serial(String(cell.value)));
          expect(sheet.numberFormat(r, c)).toBe("yyyy-mm-dd");
        } else expect(got).toBe(cell.value);
        expect(sheet.formula(r, c)).toBeUndefined();
      }),
    );
    expect(sheet.frozenRows).toBe(grid.frozenRows);
    expect(sheet.columnWidths.size).toBe(grid.width);
    // Inputs untouched.
    for (const name of ["Notes", "Staff", "Revenue"]) expect(book.sheet(name)!.writes).toBe(0);
  });

  test("a name that looks like a formula is written as that text", async () => {
    const { book, ctx } = fakeExcel(smallWorkbook());
    const store = fakeSettings();
    await writeResultsSheet(ctx, sampleGrid(), await listSheets(ctx, store), { ownership: store });
    const sheet = book.sheet("Competency Results")!;
    const hits: [number, number][] = [];
    sheet.values.forEach((row, r) => row?.forEach((v, c) => v === FORMULA_LOOKING_NAME && hits.push([r, c])));
    expect(hits.length).toBeGreaterThan(0);
    for (const [r, c] of hits) {
      expect(sheet.numberFormat(r, c)).toBe("@");
      expect(sheet.formula(r, c)).toBeUndefined();
    }
    expect(sheet.formulas.size).toBe(0);
  });

  test("the fake would turn that name into a formula without the text format (so the test above can fail)", async () => {
    const { book, ctx } = fakeExcel([{ name: "T", values: [["x"]] }]);
    const r = ctx.workbook.worksheets.getItem("T").getRangeByIndexes(0, 0, 1, 2);
    r.values = [[FORMULA_LOOKING_NAME, "00123"]];
    await ctx.sync();
    expect(book.sheet("T")!.formula(0, 0)).toBe(FORMULA_LOOKING_NAME);
    expect(book.sheet("T")!.get(0, 1)).toBe(123);
  });

  test("styles are applied per style as multi-area ranges, not cell by cell", async () => {
    const { book, ctx } = fakeExcel(smallWorkbook());
    const store = fakeSettings();
    const grid = sampleGrid();
    await writeResultsSheet(ctx, grid, await listSheets(ctx, store), { ownership: store });
    const sheet = book.sheet("Competency Results")!;
    grid.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const look = cell.style ? STYLE_PALETTE[cell.style] : {};
        expect(sheet.look(r, c).fill).toBe(look.fill);
        expect(sheet.look(r, c).bold).toBe(look.bold);
      }),
    );
    const write = book.syncLog[2];
    const cells = grid.rows.length * grid.width;
    expect(write.rangeOps).toBeLessThan(60);
    expect(write.rangeOps).toBeLessThan(cells / 5);
  });

  test("a long report costs a few more operations, not one per row", async () => {
    // Issue 10: an unreadable status ("maybe") now drops the row's exams, so it raises one issue per
    // row, not three: a quarter of the rows have one, the rest a bad date or an unknown exam (300 more rows keep the report long).
    const many = Array.from({ length: 800 }, (_, i) => [
      `Person ${i}`,
      `p${i}@example.com`,
      i % 2 ? "MB2-999" : "MB2-714",
      i % 3 ? "bad date" : "",
      i % 4 === 0 ? "maybe" : "",
    ]).concat(Array.from({ length: 300 }, (_, i) => [`Extra ${i}`, `x${i}@example.com`, "MB2-999", "", ""]));
    const { book, ctx } = fakeExcel(smallWorkbook());
    const store = fakeSettings();
    const grid = sampleGrid("en", many);
    expect(grid.rows.length).toBeGreaterThan(1000);
    await writeResultsSheet(ctx, grid, await listSheets(ctx, store), { ownership: store });
    expect(book.syncLog[2].rangeOps).toBeLessThan(grid.rows.length / 10);
  });

  test("run again: our sheet is cleared and rewritten in place, nothing stale remains", async () => {
    const { book, ctx } = fakeExcel(smallWorkbook());
    const store = fakeSettings();
    const long = sampleGrid("en", [["Extra Person", "e@example.com", "MB2-999", "", "Yes"]]);
    await writeResultsSheet(ctx, long, await listSheets(ctx, store), { ownership: store });
    const short = sampleGrid("en");
    const res = await writeResultsSheet(ctx, short, await listSheets(ctx, store), { ownership: store });
    expect(res).toEqual({ name: "Competency Results", created: false });
    const sheet = book.sheet("Competency Results")!;
    expect(sheet.usedBox()!.rows).toBe(short.rows.length);
    expect(book.sheets.filter((s) => s.name.startsWith("Competency Results"))).toHaveLength(1);
  });

  test("a user's sheet with our name is never overwritten: the report goes to '… (2)'", async () => {
    const { book, ctx } = fakeExcel([...smallWorkbook(), { name: "Competency Results", values: [["my own notes"]] }]);
    const store = fakeSettings();
    const res = await writeResultsSheet(ctx, sampleGrid(), await listSheets(ctx, store), { ownership: store });
    expect(res.name).toBe("Competency Results (2)");
    const mine = book.sheet("Competency Results")!;
    expect(mine.writes).toBe(0);
    expect(mine.get(0, 0)).toBe("my own notes");
    // Next run finds its own "(2)" again.
    const again = await writeResultsSheet(ctx, sampleGrid(), await listSheets(ctx, store), { ownership: store });
    expect(again).toEqual({ name: "Competency Results (2)", created: false });
  });

  test("zh-CN report goes to 能力评估结果", async () => {
    const { book, ctx } = fakeExcel(smallWorkbook());
    const store = fakeSettings();
    const res = await writeResultsSheet(ctx, sampleGrid("zh-CN"), await listSheets(ctx, store), { ownership: store });
    expect(res.name).toBe("能力评估结果");
    expect(book.sheet("能力评估结果")!.get(0, 0)).toBe("云客户关系管理能力 — 评估结果");
  });
});

describe("pickResultsSheet", () => {
  const ref = (name: string, owned: boolean) => ({ id: name, name, owned });
  test("reuses ours, skips what is not ours, compares names without case", () => {
    expect(pickResultsSheet([], "R")).toEqual({ kind: "create", name: "R" });
    expect(pickResultsSheet([ref("r", true)], "R")).toEqual({ kind: "reuse", sheet: ref("r", true) });
    expect(pickResultsSheet([ref("r", false), ref("R (2)", false)], "R")).toEqual({ kind: "create", name: "R (3)" });
    expect(pickResultsSheet([ref("R", false), ref("R (2)", true)], "R")).toEqual({
      kind: "reuse",
      sheet: ref("R (2)", true),
    });
  });
});

describe("planGrid", () => {
  test("strings are text, dates real dates, numbers keep their formats; styles become rectangles", () => {
    const grid = sampleGrid();
    const plan = planGrid(grid);
    grid.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const f = plan.numberFormats[r][c];
        if (typeof cell.value === "string" && cell.format !== "date") expect(f).toBe("@");
        if (cell.format === "usd") expect(f).toBe("$#,##0.00");
        if (cell.value === null) expect([f, plan.values[r][c]]).toEqual(["General", ""]);
      }),
    );
    for (const s of plan.styles) for (const a of s.addresses) expect(a.length).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);
    const section = plan.styles.find((s) => s.style === "section")!;
    expect(section.addresses.join(",")).toMatch(/^A(\d+):I\1(,A(\d+):I\3)*$/);
    const missing = planGrid({
      ...grid,
      rows: [0, 1, 2].map(() => grid.rows[0].map(() => ({ value: "x", style: "missing" as const }))),
    });
    expect(missing.styles[0].addresses).toEqual(["A1:I3"]);
  });

  test("a report too big for one request is written in blocks", () => {
    const grid = sampleGrid();
    const plan = planGrid(grid);
    const blocks = writeBlocks(plan, 2_000);
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.reduce((n, b) => n + b.rows, 0)).toBe(plan.rows);
    blocks.slice(1).forEach((b, i) => expect(b.row).toBe(blocks[i].row + blocks[i].rows));
    expect(writeBlocks(plan)).toEqual([{ row: 0, rows: plan.rows }]);
  });
});
