// functions.ts as it runs in the shared runtime, on fake Office/Excel/CustomFunctions globals:
// worksheet events registered once at start-up, edits reaching live formulas after the debounce,
// our own writes ignored, the task pane's settings picked up.
import { FakeWorkbook, fakeExcelNamespace } from "../fakes/excel-fake";
import { fakeCustomFunctions, fakeOffice, fakeSettings, FakeStreamingInvocation } from "../fakes/office-fake";
import { SAMPLE_AS_OF, smallWorkbook } from "../fakes/sample-workbook";
import { SETTINGS_KEY } from "../../src/excel/settings";

type FunctionsModule = typeof import("../../src/functions/functions");
type SettingsModule = typeof import("../../src/excel/settings");

const g = globalThis as Record<string, unknown>;

async function load(book: FakeWorkbook, settings = fakeSettings({ [SETTINGS_KEY]: { asOf: SAMPLE_AS_OF } })) {
  g.Office = fakeOffice({ settings });
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
  for (let i = 0; i < 5; i++) fns.tier(null as never, null as never, null, null as never, new FakeStreamingInvocation());
  await flush();
  expect(book.handlers.changed.size).toBe(1);
  expect(book.handlers.added.size).toBe(1);
  expect(book.handlers.deleted.size).toBe(1);
});

test("a user's edit reaches live formulas once, after the quiet time; our own writes and other sheets do not", async () => {
  const book = new FakeWorkbook(smallWorkbook());
  const { fns } = await load(book);
  const inv = new FakeStreamingInvocation<string>();
  fns.tier(null as never, null as never, null, null as never, inv as never);
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
  const revenue = [["Product", "Date", "Amount", "DPOR"], ["CRM Online", "2018-01-01", 60000, "Yes"]];
  const sheets = smallWorkbook();
  const book = new FakeWorkbook([sheets[1], { name: "Revenue", values: revenue }]);
  const { fns, settingsModule, settings } = await load(book);
  const inv = new FakeStreamingInvocation<boolean>();
  fns.meets("Silver", null as never, null as never, null, null as never, inv as never);
  expect(await inv.first()).toBe(false);
  await settingsModule.writeSettings(settings, { asOf: SAMPLE_AS_OF, market: "developing" });
  await jest.advanceTimersByTimeAsync(fns.REFRESH_DELAY_MS);
  await flush();
  expect(inv.results).toEqual([false, true]);
});

test("errors reach Excel as CustomFunctions.Error(#VALUE!) with a message", async () => {
  const { fns } = await load(new FakeWorkbook(smallWorkbook()));
  const inv = new FakeStreamingInvocation();
  fns.gaps("Platinum", null as never, null as never, null, null as never, inv);
  expect(inv.last).toEqual(expect.objectContaining({ code: "#VALUE!", message: 'tier: "Platinum" is not a tier; use Silver or Gold.' }));
});
