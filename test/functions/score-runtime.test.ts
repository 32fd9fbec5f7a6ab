// issue 15: COMPETENCY.SCORE as it runs in the shared runtime (functions.ts on fake Office/Excel
// globals): a no-argument SCORE follows a user's edit of the usage sheet through the same
// debounced worksheet events as TIER, and edits of other sheets do not re-read.
import { evaluateScore, truncate2, type PlainCell } from "../../src/core";
import { FakeWorkbook, fakeExcelNamespace } from "../fakes/excel-fake";
import { fakeCustomFunctions, fakeOffice, fakeSettings, FakeStreamingInvocation } from "../fakes/office-fake";
import { SETTINGS_KEY } from "../../src/excel/settings";

type FunctionsModule = typeof import("../../src/functions/functions");
type SettingsModule = typeof import("../../src/excel/settings");
const g = globalThis as Record<string, unknown>;
const AS_OF = "2026-11-24";

const CERTS: PlainCell[][] = [
  ["Name", "Certification", "Earned on"],
  ["Ann Lee", "MB-820", "2026-01-05"],
];
const USAGE: PlainCell[][] = [
  ["FiscalMonthName", "CustomerTenantID", "Workload", "MAU", "MetricType", "PartnerAssociationType"],
  ["2025-10", "t1", "Power Apps", 125, "Paid", "PAL"],
  ["2026-10", "t1", "Power Apps", 130, "Paid", "PAL"],
];

async function load(book: FakeWorkbook) {
  const settings = fakeSettings({ [SETTINGS_KEY]: { asOf: AS_OF } });
  g.Office = fakeOffice({ settings });
  g.Excel = fakeExcelNamespace(book);
  g.CustomFunctions = fakeCustomFunctions();
  let fns!: FunctionsModule, settingsModule!: SettingsModule;
  jest.isolateModules(() => {
    fns = require("../../src/functions/functions");
    settingsModule = require("../../src/excel/settings");
  });
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return { fns, settingsModule, settings };
}
const flush = async () => {
  for (let i = 0; i < 200; i++) await Promise.resolve();
};

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  jest.useRealTimers();
  for (const k of ["Office", "Excel", "CustomFunctions"]) delete g[k];
});

test("a live no-argument SCORE updates once after the quiet time; other sheets' edits do not re-read", async () => {
  const book = new FakeWorkbook([
    { name: "Notes", values: [["x"]] },
    { name: "Certs", values: CERTS },
    { name: "Usage", values: USAGE },
  ]);
  const { fns } = await load(book);
  const inv = new FakeStreamingInvocation<number>();
  fns.score(null as never, null as never, null as never, null, null, inv as never);
  const first = await inv.first();
  expect(first).toBe(truncate2(evaluateScore({ certifications: CERTS, usage: USAGE }, { asOf: AS_OF }).total));
  const reads = fns.host.workbook.scoreReads;

  book.userEdit("Notes", "A5", "unrelated");
  await jest.advanceTimersByTimeAsync(fns.REFRESH_DELAY_MS * 2);
  await flush();
  expect(fns.host.workbook.scoreReads).toBe(reads);

  book.userEdit("Usage", "D3", 300);
  await jest.advanceTimersByTimeAsync(fns.REFRESH_DELAY_MS * 2);
  await flush();
  expect(fns.host.workbook.scoreReads).toBe(reads + 1);
  const edited = USAGE.map((r) => r.slice());
  edited[2][3] = 300;
  expect(inv.results).toEqual([
    first,
    truncate2(evaluateScore({ certifications: CERTS, usage: edited }, { asOf: AS_OF }).total),
  ]);
  expect(inv.results[1]).toBeGreaterThan(first);
  expect(book.sheet("Usage")!.writes).toBe(1); // the simulated edit only: the functions never write
});

test("a column picked in the task pane for a score field re-reads the sheets and updates a live SCORE", async () => {
  // "MAU" and "Units" both look like the units: detection reads MAU (4 % growth); the user picks Units (E).
  const usage: PlainCell[][] = [
    ["FiscalMonthName", "CustomerTenantID", "Workload", "MAU", "Units", "MetricType", "PartnerAssociationType"],
    ["2025-10", "t1", "Power Apps", 125, 125, "Paid", "PAL"],
    ["2026-10", "t1", "Power Apps", 130, 150, "Paid", "PAL"],
  ];
  const book = new FakeWorkbook([{ name: "Usage", values: usage }]);
  const { fns, settingsModule, settings } = await load(book);
  const inv = new FakeStreamingInvocation<number>();
  fns.score(null as never, null as never, null as never, null, null, inv as never);
  const first = await inv.first();
  expect(first).toBe(truncate2(evaluateScore({ usage }, { asOf: AS_OF }).total));
  const reads = fns.host.workbook.scoreReads;
  await settingsModule.writeSettings(settings, { asOf: AS_OF, scoreColumns: { usage: { units: "E" } } });
  await jest.advanceTimersByTimeAsync(fns.REFRESH_DELAY_MS);
  await flush();
  expect(fns.host.workbook.scoreReads).toBe(reads + 1);
  const picked = truncate2(evaluateScore({ usage: { values: usage, columns: { units: 4 } } }, { asOf: AS_OF }).total);
  expect(picked).toBeGreaterThan(first);
  expect(inv.results).toEqual([first, picked]);
});
