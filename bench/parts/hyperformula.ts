// Part 3: the formula way. HyperFormula computes the same TTM revenue with SUMIFS on clean
// numeric rows; our evaluator runs on the very same rows.
import { HyperFormula, type RawCellContent } from "hyperformula";
import { evaluate, excelSerialFromDay, parseIsoDay, ttmWindow } from "../../src/core";
import { BENCH_AS_OF, cleanRevenueRows } from "../data";
import { arg, report, timeIt } from "../measure";

const n = arg("rows", 100_000);
const rows = cleanRevenueRows(n);
const w = ttmWindow(parseIsoDay(BENCH_AS_OF) as number);
const [start, end] = [excelSerialFromDay(w.start), excelSerialFromDay(w.end)];
const eligible = ["CRM Online", "Dynamics 365 Plan 1", "D365 CE", "Microsoft Dynamics CRM Online"];
const last = n + 1;
const formula = `=${eligible
  .map(
    (p) => `SUMIFS(D2:D${last},B2:B${last},"${p}",C2:C${last},">=${start}",C2:C${last},"<=${end}",E2:E${last},"Yes")`,
  )
  .join("+")}`;

const sheet = rows.map((r) => [...r] as RawCellContent[]);
sheet[0].push(formula);
const hf = timeIt(() => {
  const engine = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", maxRows: n + 10 });
  const v = engine.getCellValue({ sheet: 0, row: 0, col: 5 }) as number;
  engine.destroy();
  return Math.round(v * 100);
}, 2);
// The formula alone: entered into an engine that already holds the data (a recalculation).
const engine = HyperFormula.buildFromArray(
  rows.map((r) => [...r] as RawCellContent[]),
  { licenseKey: "gpl-v3", maxRows: n + 10 },
);
let cell = 0;
const recalc = timeIt(() => {
  engine.setCellContents({ sheet: 0, row: 0, col: 6 + (cell++ % 2) }, [[formula]]);
  return Math.round((engine.getCellValue({ sheet: 0, row: 0, col: 6 + ((cell - 1) % 2) }) as number) * 100);
}, 3);
engine.destroy();
const ours = timeIt(() => evaluate([["Name", "Exam"]], rows, { asOf: BENCH_AS_OF }).revenue.ttmCents);
if (hf.result !== ours.result || recalc.result !== ours.result)
  throw new Error(`HyperFormula (${hf.result}) and the evaluator (${ours.result}) disagree`);
report("hyperformula", {
  rows: n,
  hyperformulaMs: hf.ms,
  hyperformulaRecalcMs: recalc.ms,
  evaluatorMs: ours.ms,
  speedup: hf.ms / ours.ms,
  recalcSpeedup: recalc.ms / ours.ms,
  ttmUsd: ours.result / 100,
});
