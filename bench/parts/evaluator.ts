// Part 1 and 2: the evaluator on N revenue + M staff rows of raw cells, against the floor.
import { evaluate, parseIsoDay, ttmWindow, excelSerialFromDay } from "../../src/core";
import { BENCH_AS_OF, revenueRows, staffRows } from "../data";
import { floorTtmCents, parsingFloorTtmCents } from "../floor";
import { arg, gc, heapPeakOf, maxRssMb, report, rssMb, timeIt } from "../measure";

const revenueN = arg("revenue", 1_000_000);
const staffN = arg("staff", 100_000);
const rssStart = rssMb();
const revenue = revenueRows(revenueN);
const staff = staffRows(staffN);
gc();
const inputMb = rssMb() - rssStart;

const asOf = parseIsoDay(BENCH_AS_OF) as number;
const w = ttmWindow(asOf);
const floor = timeIt(() => floorTtmCents(revenue, excelSerialFromDay(w.start), excelSerialFromDay(w.end)));
const parsingFloor = timeIt(() => parsingFloorTtmCents(revenue, w.start, w.end));
const revenueOnly = timeIt(() => evaluate([["Name", "Exam"]], revenue, { asOf: BENCH_AS_OF }));
const full = timeIt(() => evaluate(staff, revenue, { asOf: BENCH_AS_OF }));
const heap = heapPeakOf(() => evaluate(staff, revenue, { asOf: BENCH_AS_OF }));

if (full.result.revenue.ttmCents !== floor.result) {
  throw new Error(`the evaluator (${full.result.revenue.ttmCents}) and the floor (${floor.result}) disagree`);
}
if (parsingFloor.result !== floor.result)
  throw new Error(`the parsing floor (${parsingFloor.result}) and the floor (${floor.result}) disagree`);
report("evaluator", {
  revenueRows: revenueN,
  staffRows: staffN,
  floorMs: floor.ms,
  parsingFloorMs: parsingFloor.ms,
  ratioToParsingFloor: full.ms / parsingFloor.ms,
  revenueOnlyRatioToParsingFloor: revenueOnly.ms / parsingFloor.ms,
  evaluatorRevenueOnlyMs: revenueOnly.ms,
  evaluatorMs: full.ms,
  ratioToFloor: full.ms / floor.ms,
  revenueOnlyRatioToFloor: revenueOnly.ms / floor.ms,
  rowsPerSecond: Math.round((revenueN + staffN) / (full.ms / 1000)),
  inputMb,
  evaluatorHeapPeakMb: heap.peakMb,
  processMaxRssMb: maxRssMb(),
  tier: full.result.tier,
  ttmUsd: full.result.revenue.ttmCents / 100,
});
