// The 1904 date system (issue 12 item 5): the fake gives 1904 serials for a 1904 workbook; the
// add-in detects the system, reads dates with it and writes the results sheet's dates in it.
import { dayFromExcelSerial, excelSerialFromDay, parseIsoDay, toContractJson, toIso } from "../../src/core";
import { readDateSystem } from "../../src/excel/date-system";
import { runReport } from "../../src/excel/run-report";
import { tierFunction, type FunctionsHost } from "../../src/functions/engine";
import { LiveInvocations } from "../../src/functions/live-invocations";
import { WorkbookEvaluations } from "../../src/functions/workbook-evaluations";
import { FakeRequestContext, FakeWorkbook } from "../fakes/excel-fake";
import { FakeFunctionError, fakeSettings, FakeStreamingInvocation } from "../fakes/office-fake";
import { SAMPLE_AS_OF, smallWorkbook, type SheetData } from "../fakes/sample-workbook";
import { day } from "./helpers";

/** The small workbook as a 1904 workbook stores it: every date cell 1462 lower. */
function as1904(sheets: SheetData[]): SheetData[] {
  const dateColumn: Record<string, number> = { Staff: 3, Revenue: 2 };
  return sheets.map((s) => ({
    ...s,
    values: s.values.map((row, i) =>
      row.map((v, j) => (i > 0 && j === dateColumn[s.name] && typeof v === "number" ? v - 1462 : v)),
    ),
  }));
}

const ctxOf = (book: FakeWorkbook) => new FakeRequestContext(book) as unknown as Excel.RequestContext;
const input = () => ({
  settings: { asOf: SAMPLE_AS_OF },
  store: fakeSettings(),
  lang: "en" as const,
  today: day("2024-01-01"),
});

test("workbook.functions.date(1904,1,1) tells the systems apart", async () => {
  expect(await readDateSystem(ctxOf(new FakeWorkbook([])))).toBe("1900");
  expect(await readDateSystem(ctxOf(new FakeWorkbook([], { date1904: true })))).toBe("1904");
});

test("a 1904 workbook gives the same report as the same dates in a 1900 workbook, and its dates are written as 1904 serials", async () => {
  const b1900 = new FakeWorkbook(smallWorkbook());
  const b1904 = new FakeWorkbook(as1904(smallWorkbook()), { date1904: true });
  const syncsBefore = b1904.syncs;
  const r1900 = await runReport(ctxOf(b1900), input());
  const r1904 = await runReport(ctxOf(b1904), input());
  expect(toContractJson(r1904.evaluation, "en")).toEqual(toContractJson(r1900.evaluation, "en"));
  expect(b1904.syncs - syncsBefore).toBe(b1900.syncs); // the probe rides with an existing sync
  // Read as 1900 serials, the 1904 cells would be four years early: the report would differ.
  const wrong = await runReport(ctxOf(new FakeWorkbook(as1904(smallWorkbook()))), input());
  expect(wrong.evaluation.revenue.ttmCents).not.toBe(r1900.evaluation.revenue.ttmCents);
  // The as-of date on the results sheet: the same calendar day in the sheet's own system.
  const s1900 = b1900.sheet("Competency Results")!,
    s1904 = b1904.sheet("Competency Results")!;
  const asOf = parseIsoDay(SAMPLE_AS_OF) as number;
  const cellsOf = (s: typeof s1900, serial: number) =>
    s.values.flatMap((row, r) => (row ?? []).map((v, c) => (v === serial ? `${r},${c}` : null))).filter(Boolean);
  const at1900 = cellsOf(s1900, excelSerialFromDay(asOf, "1900"));
  expect(at1900.length).toBeGreaterThan(0);
  expect(cellsOf(s1904, excelSerialFromDay(asOf, "1904"))).toEqual(at1900);
  for (const rc of at1900) {
    const [r, c] = rc!.split(",").map(Number);
    expect(toIso(dayFromExcelSerial(s1904.get(r, c) as number, "1904") as number)).toBe(SAMPLE_AS_OF);
  }
});

test("custom functions in a 1904 workbook: date cells in range and asOf arguments are 1904 serials", async () => {
  const book = new FakeWorkbook([], { date1904: true });
  const [, staff, revenue] = as1904(smallWorkbook());
  const host: FunctionsHost = {
    lang: () => "en",
    today: () => day("2024-01-01"),
    settings: () => ({}),
    workbook: new WorkbookEvaluations(async () => ({ ok: false, problem: "no-staff-table" })),
    live: new LiveInvocations(),
    dateSystem: () => readDateSystem(ctxOf(book)),
    error: (kind, message) => new FakeFunctionError(kind === "value" ? "#VALUE!" : "#N/A", message),
  };
  const inv = new FakeStreamingInvocation<string>();
  tierFunction(
    host,
    { staff: staff.values, revenue: revenue.values, asOf: excelSerialFromDay(day(SAMPLE_AS_OF), "1904") },
    inv,
  );
  expect(await inv.first()).toBe("Gold");
});
