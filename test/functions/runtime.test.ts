// functions.ts as it runs in the shared runtime, on fake Office/Excel/CustomFunctions globals:
// worksheet events registered once at start-up, edits reaching live formulas after the debounce,
// our own writes ignored, the task pane's settings picked up.
import { FakeWorkbook, fakeExcelNamespace } from "../fakes/excel-fake";
import { fakeCustomFunctions, fakeOffice, fakeSettings, FakeStreamingInvocation } from "../fakes/office-fake";
import { SAMPLE_AS_OF, smallWorkbook } from "../fakes/sample-workbook";
import { SETTINGS_KEY } from "../../src/excel/settings";
import { eventMatters } from "../../src/functions/live-invocations";

type FunctionsModule = typeof import("../../src/functions/functions");
type SettingsModule = typeof import("../../src/excel/settings");

const g = globalThis as Record<string, unknown>;

async function load(
  book: FakeWorkbook,
  settings = fakeSettings({ [SETTINGS_KEY]: { asOf: SAMPLE_AS_OF } }),
  excelApi?: string,
) {
  g.Office = fakeOffice({ settings, excelApi });
  g.Excel = fakeExcelNamespace(book);
  g.CustomFunctions = fakeCustomFunctions();
  let fns!: FunctionsModule, settingsModule!: SettingsModule;
  jest.isolateModules(() => {
    fns = require("../../src/functions/functions");
    settingsModule = require("../../src/excel/settings");
  });
  for (let i = 0; i < 10; i++) await Promise.resolve(); // Office.onReady → handlers registered
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

test("one set of handlers at start-up, however many calls", async () => {
  const book = new FakeWorkbook(smallWorkbook());
  const { fns } = await load(book);
  expect(book.handlers.changed.size).toBe(1);
  for (let i = 0; i < 5; i++) fns.tier(null as never, null as never, null, null, new FakeStreamingInvocation());
  await flush();
  expect(book.handlers.changed.size).toBe(1);
  expect(book.handlers.added.size).toBe(1);
  expect(book.handlers.deleted.size).toBe(1);
  expect(book.handlers.calculated.size).toBe(1);
});

test("a user's edit reaches live formulas once, after the quiet time; our own writes and other sheets do not", async () => {
  const book = new FakeWorkbook(smallWorkbook());
  const { fns } = await load(book);
  const inv = new FakeStreamingInvocation<string>();
  fns.tier(null as never, null as never, null, null, inv as never);
  expect(await inv.first()).toBe("Gold");
  const reads = fns.host.workbook.reads;

  book.userEdit("Notes", "A5", "unrelated");
  book.userEdit("Staff", "F3", "No", "ThisLocalAddin");
  await jest.advanceTimersByTimeAsync(5_000);
  await flush();
  expect(fns.host.workbook.reads).toBe(reads);

  // Xu Wei (row 3, Active in column F) leaves; then two more edits in a burst.
  book.userEdit("Staff", "F3", "No");
  await jest.advanceTimersByTimeAsync(fns.REFRESH_DELAY_MS / 2);
  book.userEdit("Staff", "A20", "");
  book.userEdit("Staff", "A21", "");
  expect(fns.host.workbook.reads).toBe(reads);
  await jest.advanceTimersByTimeAsync(fns.REFRESH_DELAY_MS);
  await flush();
  expect(fns.host.workbook.reads).toBe(reads + 1);
  expect(inv.results).toEqual(["Gold", "Silver"]);

  inv.cancel();
  book.userEdit("Staff", "F3", "Yes");
  await jest.advanceTimersByTimeAsync(fns.REFRESH_DELAY_MS * 2);
  await flush();
  expect(inv.results).toEqual(["Gold", "Silver"]);
  expect(book.sheet("Staff")!.writes).toBe(5); // only the five simulated edits: the functions never write
});

test("changing the market in the task pane re-evaluates live formulas", async () => {
  const revenue = [
    ["Product", "Date", "Amount", "DPOR"],
    ["CRM Online", "2018-01-01", 60000, "Yes"],
  ];
  const sheets = smallWorkbook();
  const book = new FakeWorkbook([sheets[1], { name: "Revenue", values: revenue }]);
  const { fns, settingsModule, settings } = await load(book);
  const inv = new FakeStreamingInvocation<boolean>();
  fns.meets("Silver", null as never, null as never, null, null, inv as never);
  expect(await inv.first()).toBe(false);
  const reads = fns.host.workbook.reads;
  await settingsModule.writeSettings(settings, { asOf: SAMPLE_AS_OF, market: "developing" });
  await jest.advanceTimersByTimeAsync(fns.REFRESH_DELAY_MS);
  await flush();
  expect(inv.results).toEqual([false, true]);
  // A new market re-evaluates the cells already read: the workbook is not read again.
  expect(fns.host.workbook.reads).toBe(reads);
  // A new sheet choice reads the workbook again.
  await settingsModule.writeSettings(settings, {
    asOf: SAMPLE_AS_OF,
    market: "developing",
    revenueSheets: ["Revenue"],
  });
  await jest.advanceTimersByTimeAsync(fns.REFRESH_DELAY_MS);
  await flush();
  expect(fns.host.workbook.reads).toBe(reads + 1);
});

test("errors reach Excel as CustomFunctions.Error(#VALUE!) with a message", async () => {
  const { fns } = await load(new FakeWorkbook(smallWorkbook()));
  const inv = new FakeStreamingInvocation();
  fns.gaps("Platinum", null as never, null as never, null, null, inv);
  expect(inv.last).toEqual(
    expect.objectContaining({ code: "#VALUE!", message: 'tier: "Platinum" is not a tier; use Silver or Gold.' }),
  );
});

describe("cell-edit mode (Excel.RunOptions.delayForCellEdit)", () => {
  test("the fake fails a batch without delayForCellEdit while the user types, as Excel does", async () => {
    const book = new FakeWorkbook(smallWorkbook());
    const Excel = fakeExcelNamespace(book);
    book.enterCellEdit();
    const ctx = new Excel.RequestContext() as unknown as {
      workbook: { worksheets: { load(p: string): unknown } };
      sync(): Promise<void>;
    };
    ctx.workbook.worksheets.load("items/name");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  test("a no-argument TIER asked while the user types a cell waits, then answers (no #N/A)", async () => {
    const book = new FakeWorkbook(smallWorkbook());
    const { fns } = await load(book);
    book.enterCellEdit();
    const inv = new FakeStreamingInvocation<string>();
    fns.tier(null as never, null as never, null, null, inv as never);
    await flush();
    expect(inv.results).toEqual([]);
    book.exitCellEdit();
    expect(await inv.first()).toBe("Gold");
    const runs = (g.Excel as ReturnType<typeof fakeExcelNamespace>).runs;
    expect(runs.length).toBeGreaterThanOrEqual(2); // the event registration and the read
    expect(runs.every((r) => r.delayForCellEdit)).toBe(true);
  });

  test("a live refresh that falls in an edit waits for it instead of showing #N/A", async () => {
    const book = new FakeWorkbook(smallWorkbook());
    const { fns } = await load(book);
    const inv = new FakeStreamingInvocation<string>();
    fns.tier(null as never, null as never, null, null, inv as never);
    expect(await inv.first()).toBe("Gold");
    book.userEdit("Staff", "F3", "No");
    book.enterCellEdit(); // the user goes on typing in the next cell
    await jest.advanceTimersByTimeAsync(fns.REFRESH_DELAY_MS * 2);
    await flush();
    expect(inv.results).toEqual(["Gold"]);
    book.exitCellEdit();
    await flush();
    expect(inv.results).toEqual(["Gold", "Silver"]);
  });
});

describe("inputs that are formulas (WorksheetCollection.onCalculated)", () => {
  /** Xu Wei's Active cell (Staff!F3) is a formula reading a Status sheet. */
  function formulaFed() {
    const book = new FakeWorkbook([
      ...smallWorkbook(),
      {
        name: "Status",
        values: [
          ["Person", "Active"],
          ["Xu Wei", "Yes"],
        ],
      },
    ]);
    book.setFormula("Staff", "F3", "=Status!B2");
    return book;
  }

  test("the fake: editing the source changes the formula's result and raises onCalculated for its sheet, not onChanged", () => {
    const book = formulaFed();
    expect(book.sheet("Staff")!.get(2, 5)).toBe("Yes");
    const changed: unknown[] = [],
      calculated: unknown[] = [];
    book.handlers.changed.add((e) => changed.push(e));
    book.handlers.calculated.add((e) => calculated.push(e));
    book.userEdit("Status", "B2", "No");
    expect(book.sheet("Staff")!.get(2, 5)).toBe("No");
    expect(changed).toEqual([expect.objectContaining({ worksheetId: book.sheet("Status")!.id })]);
    expect(calculated).toEqual([{ worksheetId: book.sheet("Staff")!.id, type: "WorksheetCalculated" }]);
  });

  test("a live TIER refreshes when a formula-fed input changes, once, after the quiet time", async () => {
    const book = formulaFed();
    const { fns } = await load(book);
    const inv = new FakeStreamingInvocation<string>();
    fns.tier(null as never, null as never, null, null, inv as never);
    expect(await inv.first()).toBe("Gold");
    const reads = fns.host.workbook.reads;
    book.userEdit("Status", "B2", "No"); // Status is not an input: only the calculation tells us
    book.userEdit("Status", "A5", "note"); // no formula depends on it: nothing
    await jest.advanceTimersByTimeAsync(fns.REFRESH_DELAY_MS * 2);
    await flush();
    expect(fns.host.workbook.reads).toBe(reads + 1);
    expect(inv.results).toEqual(["Gold", "Silver"]);
    expect(book.sheet("Staff")!.writes).toBe(0);
  });
});

describe("WorksheetChangedEventArgs.triggerSource (ExcelApi 1.14), feature-detected", () => {
  test("on ExcelApi 1.12 the functions do not rely on it, and still refresh on a user's edit", async () => {
    const book = new FakeWorkbook(smallWorkbook());
    book.hasTriggerSource = false;
    const { fns } = await load(book, undefined, "1.12");
    const inv = new FakeStreamingInvocation<string>();
    fns.tier(null as never, null as never, null, null, inv as never);
    expect(await inv.first()).toBe("Gold");
    book.userEdit("Staff", "F3", "No");
    await jest.advanceTimersByTimeAsync(fns.REFRESH_DELAY_MS * 2);
    await flush();
    expect(inv.results).toEqual(["Gold", "Silver"]);
  });

  test("eventMatters ignores triggerSource when the set is not supported", () => {
    const inputs = new Set(["s1"]);
    expect(eventMatters({ worksheetId: "s1", triggerSource: "ThisLocalAddin" }, inputs, true)).toBe(false);
    expect(eventMatters({ worksheetId: "s1", triggerSource: "ThisLocalAddin" }, inputs, false)).toBe(true);
    expect(eventMatters({ worksheetId: "s9", type: "WorksheetCalculated" }, inputs)).toBe(false);
    expect(eventMatters({ worksheetId: "s1", type: "WorksheetCalculated" }, inputs)).toBe(true);
    expect(eventMatters({ worksheetId: "s9", type: "WorksheetCalculated" }, null)).toBe(false); // recalculations elsewhere cannot create a table
  });
});
