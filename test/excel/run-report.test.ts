// The whole "Generate report" path on the fake: the same answer as the evaluator on the same
// cells, and a sync count that is constant apart from one per block batch read.
import * as fs from "fs";
import * as path from "path";
import { evaluate, toContractJson } from "../../src/core";
import { ReportError, runReport, type Progress } from "../../src/excel/run-report";
import { bigWorkbook, SAMPLE_AS_OF, smallWorkbook } from "../fakes/sample-workbook";
import { fakeSettings } from "../fakes/office-fake";
import { day, fakeExcel, readSyncs } from "./helpers";

const input = {
  settings: { asOf: SAMPLE_AS_OF },
  store: fakeSettings(),
  lang: "en" as const,
  today: day("2024-01-01"),
};

test("gives the evaluator's answer for the cells on the sheets, and says which sheets it used", async () => {
  const sheets = smallWorkbook();
  const { ctx } = fakeExcel(sheets);
  const phases: Progress["phase"][] = [];
  const run = await runReport(ctx, input, (p) => phases.push(p.phase));
  const direct = evaluate(
    { values: sheets[1].values, sheet: "Staff", originRow: 2, originColumn: 2 },
    { values: sheets[2].values, sheet: "Revenue" },
    { asOf: SAMPLE_AS_OF },
  );
  expect(toContractJson(run.evaluation, "en")).toEqual(toContractJson(direct, "en"));
  expect(run.evaluation.tier).toBe("gold");
  expect([run.staffSheets, run.revenueSheets]).toEqual([["Staff"], ["Revenue"]]);
  expect([...new Set(phases)]).toEqual(["reading", "evaluating", "writing"]);
});

test("uses the document's rule version and market", async () => {
  const { ctx } = fakeExcel(smallWorkbook());
  const run = await runReport(ctx, {
    ...input,
    settings: { asOf: SAMPLE_AS_OF, ruleVersion: "2017-06-27", market: "developing" },
  });
  // 2017-06-27 has no developing market: the earliest version that does is used, with a warning.
  expect(run.evaluation.rules).toMatchObject({ version: "2017-07-07", market: "developing" });
  expect(run.evaluation.issues.some((i) => i.code === "rules.marketFallback")).toBe(true);
  expect(run.grid.rows.some((r) => r.some((c) => c.value === "2017-07-07"))).toBe(true);
});

test("problems are reasons, not crashes", async () => {
  const { ctx } = fakeExcel([smallWorkbook()[0]]);
  await expect(runReport(ctx, input)).rejects.toEqual(new ReportError("no-staff-table", ""));
  const { ctx: ctx2 } = fakeExcel(smallWorkbook());
  await expect(runReport(ctx2, { ...input, settings: { ruleVersion: "1999-01-01" } })).rejects.toBeInstanceOf(
    ReportError,
  );
});

test("a sheet added under our name after the scan: the report goes next to it, the user's sheet is kept", async () => {
  const { book, ctx } = fakeExcel(smallWorkbook());
  const realSync = ctx.sync.bind(ctx);
  let n = 0;
  (ctx as { sync: () => Promise<void> }).sync = async () => {
    if (++n === 5) book.addSheet("Competency Results").values = [["mine"]];
    return realSync();
  };
  const run = await runReport(ctx, input);
  expect(run.written.name).toBe("Competency Results (2)");
  expect(book.sheet("Competency Results")!.get(0, 0)).toBe("mine");
});

test("syncs per report: constant, plus one per block batch read (1k / 100k / 1M revenue rows)", async () => {
  const measured: Record<string, { syncs: number; readSyncs: number; other: number; maxResponseBytes: number }> = {};
  for (const rows of [1_000, 100_000, 1_000_000]) {
    const { book, ctx } = fakeExcel(bigWorkbook(rows));
    const run = await runReport(ctx, { ...input, store: fakeSettings() });
    expect(run.evaluation.revenue.countedRows + run.evaluation.revenue.excludedRows).toBe(rows);
    const reads = readSyncs(book, 3); // after the scan's three
    measured[rows] = {
      syncs: book.syncs,
      readSyncs: reads,
      other: book.syncs - reads,
      maxResponseBytes: Math.max(...book.syncLog.map((s) => s.responseBytes)),
    };
    expect(book.syncLog.every((s) => !s.rejected)).toBe(true);
  }
  const others = Object.values(measured).map((m) => m.other);
  expect(new Set(others).size).toBe(1); // 3 to scan, 1 to write and mark (issue 12: the token needs no sheet id, so no extra sync)
  expect(others[0]).toBe(4);
  expect(measured[1_000].readSyncs).toBe(1);
  expect(measured[1_000_000].readSyncs).toBeLessThanOrEqual(Math.ceil(1_000_001 / 20_000));
  fs.mkdirSync(path.resolve(__dirname, "../../test-output"), { recursive: true });
  fs.writeFileSync(path.resolve(__dirname, "../../test-output/excel-syncs.json"), JSON.stringify(measured, null, 2));
});
