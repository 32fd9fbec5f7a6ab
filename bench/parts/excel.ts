// Part 5: the Excel layer against the in-memory Excel fake (which counts syncs and range
// operations and enforces Excel's payload limits): one report at 1k, 100k and 1M revenue rows,
// and repeated COMPETENCY.TIER-style evaluations on unchanged input (the shared cache).
import { runReport } from "../../src/excel/run-report";
import { WorkbookEvaluations } from "../../src/functions/workbook-evaluations";
import { fakeExcel, day, readSyncs } from "../../test/excel/helpers";
import { bigWorkbook } from "../../test/fakes/sample-workbook";
import { fakeSettings } from "../../test/fakes/office-fake";
import { SAMPLE_AS_OF } from "../../scripts/make-sample";
import { report } from "../measure";

const input = () => ({
  settings: { asOf: SAMPLE_AS_OF },
  store: fakeSettings(),
  lang: "en" as const,
  today: day("2024-01-01"),
});

async function run(): Promise<void> {
  const perSize: Record<
    string,
    { syncs: number; readSyncs: number; rangeOps: number; maxResponseKb: number; ms: number }
  > = {};
  for (const rows of [1_000, 100_000, 1_000_000]) {
    const { book, ctx } = fakeExcel(bigWorkbook(rows));
    const t = process.hrtime.bigint();
    await runReport(ctx, input());
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    perSize[rows] = {
      syncs: book.syncs,
      readSyncs: readSyncs(book, 3),
      rangeOps: book.rangeOps,
      maxResponseKb: Math.round(Math.max(...book.syncLog.map((s) => s.responseBytes)) / 1024),
      ms: Math.round(ms),
    };
  }

  // The cache the custom functions share: the first call evaluates, repeats on unchanged input hit.
  const sheet = (name: string) => bigWorkbook(100_000).find((s) => s.name === name)?.values ?? [];
  const staff = { values: sheet("Staff"), sheet: "Staff" };
  const revenue = { values: sheet("Revenue"), sheet: "Revenue" };
  const cache = new WorkbookEvaluations(async () => ({ ok: true, staff, revenue, inputSheetIds: new Set<string>() }));
  const options = { asOf: SAMPLE_AS_OF };
  let t = process.hrtime.bigint();
  await cache.evaluate(options);
  const firstCallMs = Number(process.hrtime.bigint() - t) / 1e6;
  const repeats = 10_000;
  t = process.hrtime.bigint();
  for (let i = 0; i < repeats; i++) await cache.evaluate(options);
  const cachedCallMs = Number(process.hrtime.bigint() - t) / 1e6 / repeats;

  report("excel", {
    perSize,
    syncs: Object.values(perSize)
      .map((s) => s.syncs)
      .join(" / "),
    firstCallMs,
    cachedCallMs,
  });
}

run().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
