// issue 15: the workbook's certification, revenue and usage tables through the fake Excel — found
// by the core's rule (the CLI's): header rows, not sheet names; a named sheet wins; visible sheets of
// a kind combine; hidden ones only for a kind no visible sheet holds; our results sheet never. A
// fixed number of syncs whatever the number of sheets, only the chosen sheets read, nothing written.
/// <reference types="office-js" />
import { join } from "node:path";
import { loadScoreTables, type ScoreSheetFlags } from "../../src/cli/score-load-tables";
import { evaluateScore, toScoreContractJson, type PlainCell, type ScoreTable } from "../../src/core";
import type { AddinSettings } from "../../src/excel/settings";
import { readScoreTables } from "../../src/excel/score-tables";
import { runScoreReport } from "../../src/excel/score-report";
import { scoreProblemText } from "../../src/taskpane/score-views";
import { fakeSettings } from "../fakes/office-fake";
import type { SheetData } from "../fakes/sample-workbook";
import { tempDir, writeWorkbook } from "../cli/helpers";
import { fakeExcel } from "./helpers";

const AS_OF = "2026-11-24"; // L = 2026-10, B = 2025-10
const CERT: PlainCell[] = ["姓名", "认证", "获得日期"]; // Chinese headers, as a hand-kept sheet
const REV: PlainCell[] = [
  "FiscalMonthName",
  "CustomerTenantID",
  "Workloads",
  "AdjustedRevenueAmtCD",
  "PartnerAssociationType",
]; // Partner Center's download
const USE: PlainCell[] = ["FiscalMonthName", "CustomerTenantID", "Workload", "MAU", "PAMAU", "MetricType"];
const USE_ROWS: PlainCell[][] = [
  ["Oct 2025", "t1", "Power Apps", 125, 125, "Paid"],
  ["Oct 2026", "t1", "Power Apps", 130, 130, "Paid"],
];

/** A stale revenue copy hidden beside the visible one, usage only on a hidden sheet, our results sheet. */
const staleAndHidden = (): SheetData[] => [
  { name: "Notes", values: [["Partner workbook"]] },
  { name: "人员", values: [CERT, ["Ann", "MB-820", "2026-01-05"]] },
  { name: "Revenue", values: [REV, ["Oct 2026", "t1", "Sales", 300, "DPOR"]], row: 2 },
  { name: "Old revenue", values: [REV, ["Oct 2026", "t1", "Sales", 90000, "DPOR"]], visibility: "Hidden" },
  { name: "Usage (archive)", values: [USE, ...USE_ROWS], visibility: "VeryHidden" },
  { name: "Competency Results", values: [REV, ["Oct 2026", "t9", "Sales", 5, "DPOR"]] },
];

/** A header naming both units and an amount (usage, by the core's order), and a hidden usage sheet passed over. */
const unitsAndAmount = (): SheetData[] => [
  {
    name: "Billing",
    values: [
      [...USE, "AdjustedRevenueAmtCD"],
      ["Oct 2026", "t1", "Power Apps", 130, 130, "Paid", 9],
    ],
  },
  { name: "Old usage", values: [USE, ...USE_ROWS], visibility: "Hidden" },
  { name: "Revenue", values: [REV, ["Oct 2026", "t1", "Sales", 300, "DPOR"]] },
];

const STATE = { Visible: undefined, Hidden: "hidden", VeryHidden: "veryHidden" } as const;

/** The same cells as an .xlsx file, as Excel saves them (tables at the same rows, sheets hidden alike). */
const asXlsx = (sheets: SheetData[], name: string) =>
  writeWorkbook(
    join(tempDir("score-parity-"), `${name}.xlsx`),
    sheets.map((s) => ({
      name: s.name,
      rows: s.values,
      startRow: (s.row ?? 0) + 1,
      state: STATE[s.visibility ?? "Visible"],
    })),
  );

const namesOf = (used: { table: ScoreTable; sheet: string }[], table: ScoreTable) =>
  used.filter((u) => u.table === table).map((u) => u.sheet);

describe("the add-in chooses the score's sheets as the CLI does, on the same workbook", () => {
  test.each([
    ["a hidden stale revenue sheet beside a visible one, usage only hidden", staleAndHidden, {}, {}],
    ["units and an amount in one header", unitsAndAmount, {}, {}],
    ["the hidden revenue sheet named", staleAndHidden, { revenueSheet: "Old revenue" }, { revenue: "Old revenue" }],
  ] as [string, () => SheetData[], ScoreSheetFlags, AddinSettings["scoreSheets"]][])(
    "%s",
    async (name, sheets, flags, scoreSheets) => {
      const cli = await loadScoreTables([{ path: await asXlsx(sheets(), name), shown: "book.xlsx" }], flags);
      const { ctx, book } = fakeExcel(sheets());
      const addin = await runScoreReport(ctx, { settings: { asOf: AS_OF, scoreSheets }, lang: "en", today: 0 });
      if (!addin.ok) throw new Error(addin.problem);
      expect(addin.sheets).toEqual(cli.sheetsRead);
      // The same evaluation, issues about hidden sheets included.
      const direct = evaluateScore(cli.tables, { asOf: AS_OF, sheets: cli.sheetsRead });
      expect(toScoreContractJson(addin.evaluation, "en")).toEqual(toScoreContractJson(direct, "en"));
      for (const s of book.sheets) expect(s.writes).toBe(0);
    },
  );

  test("what was chosen: visible revenue only, hidden usage read with a warning, the stale copy noted", async () => {
    const { ctx } = fakeExcel(staleAndHidden());
    const r = await readScoreTables(ctx, {});
    if (!r.ok) throw new Error(r.problem);
    const tables = ["certifications", "revenue", "usage"] as const;
    expect(tables.map((t) => namesOf(r.sheets.used, t))).toEqual([["人员"], ["Revenue"], ["Usage (archive)"]]);
    expect(r.sheets.passedOver).toEqual([{ table: "revenue", sheet: "Old revenue", reason: "hidden" }]);
    const rev = r.tables.revenue as { values: PlainCell[][]; originRow?: number }[];
    expect(rev[0].values[0]).toEqual(REV);
    expect(rev[0].originRow).toBe(3); // the table starts on row 3
    const e = evaluateScore(r.tables, { asOf: AS_OF, sheets: r.sheets });
    expect(toScoreContractJson(e, "zh-CN").issues.filter((i) => i.sheet === "Usage (archive)")).toEqual([
      {
        sheet: "Usage (archive)",
        row: null,
        column: null,
        severity: "warning",
        message: "没有可见工作表包含使用量表；已读取隐藏工作表“Usage (archive)”。",
      },
    ]);
  });

  test("only the chosen sheets are read after the scan; syncs do not grow with the sheets", async () => {
    const sheets = (n: number): SheetData[] => [
      ...staleAndHidden(),
      ...Array.from({ length: n }, (_, i): SheetData => ({
        name: `Rev ${i}`,
        values: [REV, ["Oct 2026", `t${i}`, "Sales", 300, "DPOR"]],
      })),
    ];
    const small = fakeExcel(sheets(1));
    const big = fakeExcel(sheets(6));
    const r = await readScoreTables(big.ctx, {});
    expect(r.ok && namesOf(r.sheets.used, "revenue")).toEqual([
      "Revenue",
      ...Array.from({ length: 6 }, (_, i) => `Rev ${i}`),
    ]);
    await readScoreTables(small.ctx, {});
    expect(big.book.syncs).toBe(small.book.syncs);
    // After the scan's three syncs, the cells read are the chosen sheets' used ranges, nothing else.
    const chosen = ["人员", "Revenue", "Usage (archive)", ...Array.from({ length: 6 }, (_, i) => `Rev ${i}`)];
    const cells = chosen.reduce((n, name) => {
      const box = big.book.sheet(name)!.usedBox()!;
      return n + box.rows * box.cols;
    }, 0);
    expect(big.book.syncLog.slice(3).reduce((n, s) => n + s.cellsRead, 0)).toBe(cells);
  });
});

describe("the pane's sheet choice (document settings) in a report", () => {
  test("a named sheet is read whatever its visibility, and the others of its kind are not", async () => {
    const { ctx } = fakeExcel(staleAndHidden());
    const r = await readScoreTables(ctx, { scoreSheets: { revenue: "old REVENUE", usage: "人员" } });
    if (!r.ok) throw new Error(r.problem);
    expect(r.sheets.used).toEqual([
      { table: "revenue", sheet: "Old revenue", hidden: true, named: true },
      { table: "usage", sheet: "人员", hidden: false, named: true },
    ]);
    expect(r.tables.certifications).toBeUndefined(); // 人员 was named for usage, so it is not found as certifications
    expect(r.sheets.passedOver).toEqual([]);
  });

  test("a named sheet no longer in the workbook: a clear message in both languages, nothing read or written", async () => {
    const { ctx, book } = fakeExcel(staleAndHidden());
    const r = await runScoreReport(ctx, {
      settings: { asOf: AS_OF, scoreSheets: { usage: "Usage 2025" } },
      lang: "en",
      today: 0,
    });
    expect(r).toEqual({ ok: false, problem: "sheet-missing", table: "usage", sheet: "Usage 2025" });
    if (r.ok) return;
    expect(scoreProblemText(r, "en")).toBe(
      'This workbook has no sheet named "Usage 2025". Choose another sheet above, or “Find automatically”.',
    );
    expect(scoreProblemText(r, "zh-CN")).toBe(
      "此工作簿中没有名为“Usage 2025”的工作表。请在上方选择其他工作表，或选择“自动查找”。",
    );
    expect(book.syncs).toBe(3); // the scan only
    for (const s of book.sheets) expect(s.writes).toBe(0);
  });
});

test("Generate report's score: the evaluation of what was read; no tables is a problem, not a zero score", async () => {
  const { ctx } = fakeExcel([{ name: "Usage", values: [USE, ["Oct 2026", "t1", "Power Apps", 10, 10, "Paid"]] }]);
  const r = await runScoreReport(ctx, { settings: { asOf: AS_OF }, lang: "en", today: 0 });
  expect(r.ok && r.evaluation.tablesFound).toEqual({ certifications: false, revenue: false, usage: true });
  expect(r.ok && r.sheets.used).toEqual([{ table: "usage", sheet: "Usage", hidden: false }]);
  const none = await runScoreReport(fakeExcel([{ name: "Notes", values: [["x"]] }]).ctx, {
    settings: { asOf: AS_OF },
    lang: "en",
    today: 0,
  });
  expect(none).toEqual({ ok: false, problem: "no-tables" });
});

describe("a revenue amount in another currency's number format", () => {
  test("the add-in loads the amount column's formats with its values and leaves the euro row out, as the CLI does", async () => {
    const rows: PlainCell[][] = [
      REV,
      ["Oct 2026", "t1", "Sales", 300, "DPOR"],
      ["Oct 2026", "t2", "Sales", 400, "DPOR"],
    ];
    const EURO = "[$€-407]#,##0.00";
    const sheets: SheetData[] = [
      { name: "Revenue", values: rows, formats: [[], [], [undefined, undefined, undefined, EURO]] },
    ];
    const { ctx, book } = fakeExcel(sheets);
    const addin = await runScoreReport(ctx, { settings: { asOf: AS_OF }, lang: "en", today: 0 });
    if (!addin.ok) throw new Error(addin.problem);
    const cliBook = await writeWorkbook(join(tempDir("score-euro-"), "euro.xlsx"), [{ name: "Revenue", rows }]);
    const cli = await loadScoreTables([{ path: cliBook, shown: "euro.xlsx" }], {});
    // The CLI's writer formats whole columns; here the euro format is on one cell, so give the CLI the same cell.
    const revenue = cli.tables.revenue.map((t) => ({
      ...t,
      numberFormats: (row: number, col: number) => (row === 2 && col === 3 ? EURO : undefined),
    }));
    const direct = evaluateScore({ ...cli.tables, revenue }, { asOf: AS_OF, sheets: cli.sheetsRead });
    const json = toScoreContractJson(addin.evaluation, "en");
    expect(json.excluded).toContainEqual({ table: "revenue", reason: "currency", detail: "€", rows: 1, usd: 400 });
    expect(json.pairs.customerAdds.now).toBe(1);
    expect(json).toEqual(toScoreContractJson(direct, "en"));
    expect(book.syncs).toBeLessThanOrEqual(5);
  });
});

describe("issue 15: the user's column for a score field (the pane's scoreColumns)", () => {
  // Two amount-like columns on a table that starts in B3: "Amount" (E) and "Revenue" (F) tie, so
  // detection reads E and warns. The second row's F cell is formatted in euros.
  const EURO = "[$€-407]#,##0.00";
  const billing = (): SheetData[] => [
    {
      name: "Billing",
      row: 2,
      col: 1,
      values: [
        ["Month", "Customer tenant ID", "Workload", "Amount", "Revenue", "Partner association type"],
        ["2026-10", "t1", "Sales", 100, 2000, "DPOR"],
        ["2026-10", "t2", "Finance", 100, 3000, "DPOR"],
      ],
      formats: [[], [], [undefined, undefined, undefined, undefined, EURO]],
    },
  ];
  const report = async (settings: AddinSettings) => {
    const { ctx, book } = fakeExcel(billing());
    const r = await runScoreReport(ctx, {
      settings: { asOf: AS_OF, ...settings },
      store: fakeSettings(),
      lang: "en",
      today: 0,
    });
    if (!r.ok) throw new Error(r.problem);
    const results = book.sheet(r.written!.name)!;
    const box = results.usedBox()!;
    const grid = results.readBox({ row: 0, col: 0, rows: box.rows, cols: box.cols });
    return { json: toScoreContractJson(r.evaluation, "en"), grid, sheets: r.sheets, evaluation: r.evaluation, book };
  };
  const amountRow = (grid: unknown[][]) => grid.find((row) => row[0] === "revenue" && row[1] === "amount")?.slice(0, 4);
  const adds = (json: ReturnType<typeof toScoreContractJson>) =>
    json.metrics.find((m) => m.id === "netCustomerAdds")!.now;

  test("found automatically: the left column, with the tie said; the results sheet and JSON name it", async () => {
    const { json, grid } = await report({});
    expect(json.columns.revenue.amount).toEqual({ sheet: "Billing", header: "Amount" });
    expect(amountRow(grid)).toEqual(["revenue", "amount", "Billing", "Amount"]);
    expect(adds(json)).toBe(0); // $100 is below the SMB floor of $250
    expect(json.issues.map((i) => i.message)).toContainEqual(
      expect.stringMatching(/^Columns "Amount" and "Revenue" both look like the amount column/),
    );
    expect(json.excluded.filter((x) => x.reason === "currency")).toEqual([]);
  });

  test("column F chosen: its amounts are read, its euro cell is left out, the results sheet and JSON name it", async () => {
    const { json, grid, sheets, evaluation, book } = await report({ scoreColumns: { revenue: { amount: "F" } } });
    expect(json.columns.revenue.amount).toEqual({ sheet: "Billing", header: "Revenue" });
    expect(amountRow(grid)).toEqual(["revenue", "amount", "Billing", "Revenue"]);
    expect(adds(json)).toBe(1); // t1's $2,000; t2's amount is in euros
    expect(json.excluded).toContainEqual({ table: "revenue", reason: "currency", detail: "€", rows: 1, usd: 3000 });
    expect(json.issues.filter((i) => /both look like/.test(i.message))).toEqual([]);
    // The core on the same cells with the same column (F is the 5th of the table's columns B:G).
    const direct = evaluateScore(
      {
        revenue: {
          values: billing()[0].values,
          sheet: "Billing",
          originRow: 3,
          originColumn: 2,
          columns: { amount: 4 },
          numberFormats: (row, col) => (row === 2 && col === 4 ? EURO : undefined),
        },
      },
      { asOf: AS_OF, sheets },
    );
    expect(toScoreContractJson(evaluation, "en")).toEqual(toScoreContractJson(direct, "en"));
    expect(book.sheet("Billing")!.writes).toBe(0);
  });

  test("a letter outside the sheet's used range is dropped (detection reads as before)", async () => {
    const { json } = await report({ scoreColumns: { revenue: { amount: "A" } } });
    expect(json.columns.revenue.amount).toEqual({ sheet: "Billing", header: "Amount" });
  });
});
