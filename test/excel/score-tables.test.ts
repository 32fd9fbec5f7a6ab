// issue 15: the workbook's certification, revenue and usage tables through the fake Excel — found
// by header row (not by sheet name), hidden sheets and our results sheet skipped, in a fixed number
// of syncs whatever the number of sheets, and never written.
/// <reference types="office-js" />
import type { PlainCell } from "../../src/core";
import { readScoreTables, scoreTableOf } from "../../src/excel/score-tables";
import { runScoreReport } from "../../src/excel/score-report";
import { FakeRequestContext, FakeWorkbook } from "../fakes/excel-fake";
import type { SheetData } from "../fakes/sample-workbook";

const CERT: PlainCell[] = ["姓名", "认证", "获得日期"]; // Chinese headers, as a hand-kept sheet
const REV: PlainCell[] = [
  "FiscalMonthName",
  "CustomerTenantID",
  "Workloads",
  "AdjustedRevenueAmtCD",
  "PartnerAssociationType",
]; // Partner Center's download
const USE: PlainCell[] = ["FiscalMonthName", "CustomerTenantID", "Workload", "MAU", "PAMAU", "MetricType"];

const ctx = (b: FakeWorkbook) => new FakeRequestContext(b) as unknown as Excel.RequestContext;

test("each sheet goes to the table its header row names, wherever the header is", () => {
  expect(scoreTableOf([["Partner report"], [], REV])).toBe("revenue");
  expect(scoreTableOf([USE])).toBe("usage");
  expect(scoreTableOf([CERT])).toBe("certifications");
  expect(scoreTableOf([["Name", "Exam", "Passed on"]])).toBe("certifications"); // an exam column names certifications
  expect(scoreTableOf([["Notes"], ["Kept by finance"]])).toBeNull();
});

test("several sheets of one table combine; hidden sheets are skipped; syncs do not grow with the sheets", async () => {
  const sheets = (n: number): SheetData[] => [
    { name: "人员", values: [CERT, ["Ann", "MB-820", "2026-01-05"]] },
    ...Array.from({ length: n }, (_, i): SheetData => ({
      name: `Rev ${i}`,
      values: [REV, ["Oct 2026", `t${i}`, "Sales", 300, "DPOR"]],
      row: 3,
    })),
    { name: "Usage", values: [USE, ["Oct 2026", "t1", "Power Apps", 10, 10, "Paid"]] },
    { name: "Old usage", values: [USE, ["Oct 2026", "t9", "Power Apps", 10, 10, "Paid"]], visibility: "Hidden" },
    { name: "Notes", values: [["nothing here"]] },
  ];
  const small = new FakeWorkbook(sheets(1));
  const big = new FakeWorkbook(sheets(6));
  const r = await readScoreTables(ctx(big));
  expect(r.sheets).toEqual({
    certifications: ["人员"],
    revenue: ["Rev 0", "Rev 1", "Rev 2", "Rev 3", "Rev 4", "Rev 5"],
    usage: ["Usage"],
  });
  const rev = r.tables.revenue as { values: PlainCell[][]; originRow?: number }[];
  expect(rev[0].values[0]).toEqual(REV);
  expect(rev[0].originRow).toBe(4); // the table starts on row 4
  await readScoreTables(ctx(small));
  expect(big.syncLog.length).toBe(small.syncLog.length);
  for (const s of big.sheets) expect(s.writes).toBe(0);
});

test("Generate report's score: the evaluation of what was read; no tables is a problem, not a zero score", async () => {
  const book = new FakeWorkbook([{ name: "Usage", values: [USE, ["Oct 2026", "t1", "Power Apps", 10, 10, "Paid"]] }]);
  const r = await runScoreReport(ctx(book), { settings: { asOf: "2026-11-24" }, lang: "en", today: 0 });
  expect(r.ok && r.evaluation.tablesFound).toEqual({ certifications: false, revenue: false, usage: true });
  expect(r.ok && r.sheets.usage).toEqual(["Usage"]);
  const none = await runScoreReport(ctx(new FakeWorkbook([{ name: "Notes", values: [["x"]] }])), {
    settings: { asOf: "2026-11-24" },
    lang: "en",
    today: 0,
  });
  expect(none).toEqual({ ok: false, problem: "noTables" });
});
