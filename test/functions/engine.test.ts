// The functions' behaviour without Office: fake invocations, the fake workbook behind the shared
// evaluation, streaming updates, cancellation, and errors as values (never exceptions).
/// <reference types="office-js" />
import { evaluate, parseIsoDay } from "../../src/core";
import {
  gapsFunction,
  meetsFunction,
  revenueFunction,
  tierFunction,
  type FunctionsHost,
} from "../../src/functions/engine";
import { Debouncer, eventMatters, LiveInvocations } from "../../src/functions/live-invocations";
import { tablesFromWorkbook, WorkbookEvaluations, type TablesResult } from "../../src/functions/workbook-evaluations";
import { readDateSystem } from "../../src/excel/date-system";
import type { AddinSettings } from "../../src/excel/settings";
import { FakeRequestContext, FakeWorkbook } from "../fakes/excel-fake";
import { FakeFunctionError, FakeStreamingInvocation } from "../fakes/office-fake";
import { SAMPLE_AS_OF, smallWorkbook } from "../fakes/sample-workbook";

function makeHost(book: FakeWorkbook, settings: AddinSettings = { asOf: SAMPLE_AS_OF }, lang: "en" | "zh-CN" = "en") {
  const read = (): Promise<TablesResult> =>
    tablesFromWorkbook(new FakeRequestContext(book) as unknown as Excel.RequestContext, settings);
  const host: FunctionsHost & { settingsValue: AddinSettings } = {
    settingsValue: settings,
    lang: () => lang,
    today: () => parseIsoDay("2024-01-01") as number,
    settings: () => host.settingsValue,
    workbook: new WorkbookEvaluations(read),
    live: new LiveInvocations(),
    dateSystem: () => readDateSystem(new FakeRequestContext(book) as unknown as Excel.RequestContext),
    error: (kind, message) => new FakeFunctionError(kind === "value" ? "#VALUE!" : "#N/A", message),
  };
  return host;
}

const [, STAFF, REVENUE] = smallWorkbook();

test("no arguments: the workbook's sheets, one shared reading for every call", async () => {
  const book = new FakeWorkbook(smallWorkbook());
  const host = makeHost(book);
  const t = new FakeStreamingInvocation<string>(),
    r = new FakeStreamingInvocation<number>(),
    m = new FakeStreamingInvocation<boolean>();
  tierFunction(host, {}, t);
  revenueFunction(host, {}, r);
  meetsFunction(host, "Silver", {}, m);
  expect(await t.first()).toBe("Gold");
  expect(await r.first()).toBe(325000.5);
  expect(await m.first()).toBe(true);
  expect(host.workbook.reads).toBe(1);
  expect(host.live.size).toBe(3);
  for (const s of ["Notes", "Staff", "Revenue"]) expect(book.sheet(s)!.writes).toBe(0);
});

test("ranges given: evaluated from them alone, not live; same answer as the evaluator", async () => {
  const host = makeHost(new FakeWorkbook([]));
  const inv = new FakeStreamingInvocation<string>();
  tierFunction(host, { staff: STAFF.values, revenue: REVENUE.values, asOf: "2018-06-30" }, inv);
  const direct = evaluate(STAFF.values, REVENUE.values, { asOf: "2018-06-30" });
  expect(await inv.first()).toBe(direct.tier === "gold" ? "Gold" : direct.tier);
  expect(host.live.size).toBe(0);
  expect(host.workbook.reads).toBe(0);
  const rev = new FakeStreamingInvocation<number>();
  revenueFunction(host, { revenue: REVENUE.values, asOf: 43281 }, rev); // no staff needed
  expect(await rev.first()).toBe(325000.5);
});

test("market argument and the document's market: developing thresholds are lower", async () => {
  // 60,000 USD counted: Silver only in developing markets (from version 2017-07-07).
  const revenue = [
    ["Product", "Date", "Amount", "DPOR"],
    ["CRM Online", "2018-01-01", 60000, "Yes"],
  ];
  const host = makeHost(new FakeWorkbook([]));
  const a = new FakeStreamingInvocation<boolean>(),
    b = new FakeStreamingInvocation<boolean>();
  meetsFunction(host, "silver", { staff: STAFF.values, revenue, asOf: "2018-06-30" }, a);
  meetsFunction(host, "silver", { staff: STAFF.values, revenue, asOf: "2018-06-30", market: "developing" }, b);
  expect([await a.first(), await b.first()]).toEqual([false, true]);
  host.settingsValue = { market: "developing" };
  const c = new FakeStreamingInvocation<boolean>();
  meetsFunction(host, "silver", { staff: STAFF.values, revenue, asOf: "2018-06-30" }, c);
  expect(await c.first()).toBe(true);
});

test("GAPS spills a header and one row per missing slot, with the closest candidate", async () => {
  const staff = [
    ["Name", "Exam"],
    ["Ann", "MB2-714"],
    ["Bo", "MB2-712"],
  ];
  const host = makeHost(new FakeWorkbook([]));
  const inv = new FakeStreamingInvocation<string[][]>();
  gapsFunction(host, "Silver", { staff, revenue: REVENUE.values, asOf: "2018-06-30" }, inv);
  const rows = await inv.first();
  expect(rows[0]).toEqual(["Tier", "Slot", "Requirement", "Closest candidate", "Still needs"]);
  expect(rows).toHaveLength(2);
  expect(rows[1].slice(0, 2)).toEqual(["Silver", "1"]);
  expect(rows[1][3]).toBe("Ann");
  expect(rows[1][4]).toMatch(/^Deployment \(MB2-710/);
  expect(new Set(rows.map((r) => r.length))).toEqual(new Set([5]));
  const all = new FakeStreamingInvocation<string[][]>();
  gapsFunction(host, null, { staff, revenue: REVENUE.values, asOf: "2018-06-30" }, all);
  expect((await all.first()).filter((r) => r[0] === "Gold")).toHaveLength(3);
  const none = new FakeStreamingInvocation<string[][]>();
  gapsFunction(host, null, { staff: STAFF.values, revenue: REVENUE.values, asOf: "2018-06-30" }, none);
  expect((await none.first())[1]).toEqual(["No missing exam slots.", "", "", "", ""]);
});

test("bad arguments and missing sheets are Excel errors with a message, not exceptions", async () => {
  const host = makeHost(new FakeWorkbook([smallWorkbook()[0]]), {}, "zh-CN");
  const bad = new FakeStreamingInvocation<string>();
  expect(() => tierFunction(host, { asOf: "tomorrow-ish" }, bad)).not.toThrow();
  expect(bad.last).toEqual(
    new FakeFunctionError("#VALUE!", "评估日期：“tomorrow-ish”不是日期；请提供日期或 YYYY-MM-DD。"),
  );
  const meets = new FakeStreamingInvocation<boolean>();
  meetsFunction(host, "Platinum", {}, meets);
  expect(meets.last).toBeInstanceOf(FakeFunctionError);
  const missing = new FakeStreamingInvocation<string>();
  tierFunction(host, {}, missing);
  expect(await missing.first()).toEqual(
    new FakeFunctionError(
      "#N/A",
      "此工作簿中没有员工表：没有工作表在前 50 行内包含姓名列和考试列的标题行（如 姓名、考试、通过日期、在职）；请在任务窗格中选择工作表。",
    ),
  );
  host.settingsValue = { ruleVersion: "2099-01-01" };
  const settingsBad = new FakeStreamingInvocation<string>();
  tierFunction(host, { staff: STAFF.values, revenue: REVENUE.values }, settingsBad);
  expect(await settingsBad.first()).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("2099-01-01") });
});

test("a failing read becomes #N/A and is tried again next time", async () => {
  let fail = true;
  const book = new FakeWorkbook(smallWorkbook());
  const host = makeHost(book);
  const realRead = (): Promise<TablesResult> =>
    tablesFromWorkbook(new FakeRequestContext(book) as unknown as Excel.RequestContext, host.settingsValue);
  host.workbook = new WorkbookEvaluations(() => (fail ? Promise.reject(new Error("busy")) : realRead()));
  const a = new FakeStreamingInvocation<string>();
  tierFunction(host, {}, a);
  expect(await a.first()).toEqual(new FakeFunctionError("#N/A", "The workbook could not be read: busy"));
  fail = false;
  const b = new FakeStreamingInvocation<string>();
  tierFunction(host, {}, b);
  expect(await b.first()).toBe("Gold");
});

test("streaming: a change re-evaluates the live calls; unchanged results are not re-sent; canceled calls are dropped", async () => {
  const book = new FakeWorkbook(smallWorkbook());
  const host = makeHost(book);
  const keep = new FakeStreamingInvocation<string>(),
    gone = new FakeStreamingInvocation<string>();
  tierFunction(host, {}, keep);
  tierFunction(host, {}, gone);
  await keep.first();
  await gone.first();
  gone.cancel();
  expect(host.live.size).toBe(1);
  // Xu Wei leaves: Gold needs two business+deployment people, only Zhang Min is left.
  book.sheet("Staff")!.values[2][5] = "No";
  host.workbook.invalidate();
  await host.live.refreshAll();
  expect(keep.results).toEqual(["Gold", "Silver"]);
  expect(gone.results).toEqual(["Gold"]);
  await host.live.refreshAll(); // nothing changed
  expect(keep.results).toEqual(["Gold", "Silver"]);
});

describe("change events", () => {
  test("our own writes never matter; inputs, added and deleted sheets do; anything while nothing was found", () => {
    const inputs = new Set(["s1", "s2"]);
    expect(eventMatters({ worksheetId: "s1", triggerSource: "ThisLocalAddin" }, inputs)).toBe(false);
    expect(eventMatters({ worksheetId: "s1", triggerSource: "Others" }, inputs)).toBe(true);
    expect(eventMatters({ worksheetId: "s9" }, inputs)).toBe(false);
    expect(eventMatters({ worksheetId: "s9", type: "WorksheetAdded" }, inputs)).toBe(true);
    expect(eventMatters({ worksheetId: "s9", type: "WorksheetDeleted" }, inputs)).toBe(true);
    expect(eventMatters({ worksheetId: "s9" }, null)).toBe(true);
  });

  test("debounce: a burst of edits → one action, after the quiet time", () => {
    const timers: { fn: () => void; at: number }[] = [];
    let now = 0;
    let fired = 0;
    const d = new Debouncer(500, () => fired++, {
      setTimeout: (fn, ms) => {
        const t = { fn, at: now + ms };
        timers.push(t);
        return t;
      },
      clearTimeout: (h) => timers.splice(timers.indexOf(h as (typeof timers)[number]), 1),
    });
    const advance = (ms: number) => {
      now += ms;
      for (const t of timers.filter((x) => x.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
    };
    d.trigger();
    advance(300);
    d.trigger();
    advance(300);
    d.trigger();
    expect(fired).toBe(0);
    advance(499);
    expect(fired).toBe(0);
    advance(1);
    expect(fired).toBe(1);
  });
});
