// Document settings: what is kept, what is dropped, how it becomes evaluation options.
import { langOf } from "../../src/excel/display-language";
import {
  evaluateOptions,
  onSettingsChanged,
  readSettings,
  sameInputs,
  SETTINGS_KEY,
  writeSettings,
  type SettingsStore,
} from "../../src/excel/settings";
import { day } from "./helpers";

function memoryStore(
  initial: Record<string, unknown> = {},
  status = "succeeded",
): SettingsStore & { data: Record<string, unknown>; saves: number } {
  return {
    data: { ...initial },
    saves: 0,
    get(k) {
      return this.data[k];
    },
    set(k, v) {
      this.data[k] = JSON.parse(JSON.stringify(v));
    },
    saveAsync(cb) {
      this.saves++;
      cb?.({ status, error: { message: "disk full" } });
    },
  };
}

test("round trip, and junk in the document is dropped rather than trusted", async () => {
  const store = memoryStore();
  const seen: unknown[] = [];
  const off = onSettingsChanged((s) => seen.push(s));
  await writeSettings(store, {
    staffSheets: ["Team"],
    asOf: "2018-06-30",
    market: "developing",
    ruleVersion: "2017-07-07",
    staffColumns: { exam: "C" },
  });
  off();
  expect(store.saves).toBe(1);
  expect(seen).toHaveLength(1);
  expect(readSettings(store)).toEqual({
    staffSheets: ["Team"],
    asOf: "2018-06-30",
    market: "developing",
    ruleVersion: "2017-07-07",
    staffColumns: { exam: "C" },
  });
  store.data[SETTINGS_KEY] = {
    staffSheet: 7,
    asOf: "30/06/2018",
    market: "emerging",
    revenueColumns: { amount: "c1", product: "B", nope: "A" },
    ruleVersion: "2016-01-01",
  };
  expect(readSettings(store)).toEqual({ revenueColumns: { product: "B" } });
  store.data[SETTINGS_KEY] = "garbage";
  expect(readSettings(store)).toEqual({});
});

test("a document saved with one sheet name per table reads as a list of one; several names are kept in order (issue 11)", () => {
  const store = memoryStore();
  store.data[SETTINGS_KEY] = { staffSheet: "Team", revenueSheet: "Rev 2017" };
  expect(readSettings(store)).toEqual({ staffSheets: ["Team"], revenueSheets: ["Rev 2017"] });
  store.data[SETTINGS_KEY] = { staffSheets: ["Team A", "", 4, "Team B", "Team A"], revenueSheets: "not a list" };
  expect(readSettings(store)).toEqual({ staffSheets: ["Team A", "Team B"] });
});

test("issue 15: the score's sheet per table is kept; a new choice is a new reading, a new date is not", () => {
  const store = memoryStore();
  store.data[SETTINGS_KEY] = { scoreSheets: { usage: "Usage 2026", revenue: "", certifications: 3, staff: "Team" } };
  const s = readSettings(store);
  expect(s).toEqual({ scoreSheets: { usage: "Usage 2026" } });
  store.data[SETTINGS_KEY] = { scoreSheets: "Usage" };
  expect(readSettings(store)).toEqual({});
  expect(sameInputs(s, { ...s, asOf: "2026-11-24" })).toBe(true);
  expect(sameInputs(s, { ...s, scoreSheets: { usage: "Usage 2025" } })).toBe(false);
  expect(sameInputs(s, {})).toBe(false);
});

test("issue 15: the score's column letters per table and field are kept like Cloud CRM's; junk is dropped; a new letter is a new reading", () => {
  const store = memoryStore();
  store.data[SETTINGS_KEY] = {
    scoreColumns: {
      revenue: { amount: "E", ignored: "B", product: "C", tenant: "b2" },
      usage: { units: "AA", amount: "D" },
      certifications: { certification: 4 },
      staff: { person: "A" },
    },
  };
  const s = readSettings(store);
  expect(s).toEqual({ scoreColumns: { revenue: { amount: "E" }, usage: { units: "AA" } } });
  store.data[SETTINGS_KEY] = { scoreColumns: { revenue: "E" } };
  expect(readSettings(store)).toEqual({});
  expect(sameInputs(s, { ...s, asOf: "2026-11-24" })).toBe(true);
  expect(sameInputs(s, { scoreColumns: { revenue: { amount: "D" }, usage: { units: "AA" } } })).toBe(false);
  expect(sameInputs(s, {})).toBe(false);
});

test("a failed save is reported", async () => {
  await expect(writeSettings(memoryStore({}, "failed"), {})).rejects.toThrow("disk full");
});

test("options: the document's date, version and market; today when no date; an argument wins", () => {
  const today = day("2024-05-01");
  expect(evaluateOptions({}, today, "en")).toEqual({ asOf: today, asOfAssumed: true, market: "developed", lang: "en" });
  expect(
    evaluateOptions({ asOf: "2018-06-30", ruleVersion: "2017-06-27", market: "developing" }, today, "zh-CN"),
  ).toEqual({
    asOf: day("2018-06-30"),
    asOfAssumed: false,
    ruleVersion: "2017-06-27",
    market: "developing",
    lang: "zh-CN",
  });
  expect(
    evaluateOptions({ asOf: "2018-06-30" }, today, "en", { asOf: day("2017-01-01"), market: "developing" }),
  ).toMatchObject({
    asOf: day("2017-01-01"),
    asOfAssumed: false,
    market: "developing",
  });
});

test("display language", () => {
  expect(["zh-CN", "zh-cn", "zh-Hans", "zh-TW", "zh"].map(langOf)).toEqual(Array(5).fill("zh-CN"));
  expect(["en-US", "de-DE", "", undefined, null, "zu-ZA"].map(langOf)).toEqual(Array(6).fill("en"));
});
