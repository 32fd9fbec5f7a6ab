// issue 15: COMPETENCY.SCORE and COMPETENCY.POINTS through the fake Excel — ranges given, the
// workbook's own certification / revenue / usage sheets (hidden ones skipped), a live no-argument
// SCORE after an edit, and bad arguments as #VALUE! with a message in both languages.
/// <reference types="office-js" />
import { evaluateScore, METRIC_IDS, parseIsoDay, SCORE_WORDS, truncate2, type PlainCell } from "../../src/core";
import { pointsFunction, scoreFunction, type FunctionsHost } from "../../src/functions/engine";
import { LiveInvocations } from "../../src/functions/live-invocations";
import {
  scoreTablesFromWorkbook,
  tablesFromWorkbook,
  WorkbookEvaluations,
} from "../../src/functions/workbook-evaluations";
import { readDateSystem } from "../../src/excel/date-system";
import type { AddinSettings } from "../../src/excel/settings";
import { FakeRequestContext, FakeWorkbook } from "../fakes/excel-fake";
import { FakeFunctionError, FakeStreamingInvocation } from "../fakes/office-fake";
import type { SheetData } from "../fakes/sample-workbook";

const AS_OF = "2026-11-24"; // L = 2026-10, B = 2025-10
const CERTS: PlainCell[][] = [
  ["Name", "Email", "Certification", "Earned on", "Expires", "Status"],
  ["Ann Lee", "ann@x.com", "MB-820", "2026-01-05", "", "Active"],
  [
    "Bo Chen",
    "bo@x.com",
    "Microsoft Certified: Dynamics 365 Finance Functional Consultant Associate",
    "2025-03-01",
    "",
    "Active",
  ],
];
const REVENUE: PlainCell[][] = [
  ["Month", "Customer tenant ID", "Workload", "Amount (USD)", "Partner association type"],
  ["2026-10", "t1", "Sales", 300, "DPOR"],
  ["2026-10", "t2", "Finance", 400, "CSP Tier 1"],
];
const USAGE: PlainCell[][] = [
  ["FiscalMonthName", "CustomerTenantID", "Workload", "MAU", "MetricType", "PartnerAssociationType"],
  ["2025-10", "t1", "Power Apps", 125, "Paid", "PAL"],
  ["2026-10", "t1", "Power Apps", 130, "Paid", "PAL"],
  ["2026-10", "t2", "Sales", 30, "Paid", "DPOR"],
];

function book(extra: SheetData[] = []): FakeWorkbook {
  return new FakeWorkbook([
    { name: "Notes", values: [["Partner workbook"]] },
    { name: "Certifications", values: CERTS, row: 2, col: 1 }, // a table below two blank rows, from B3
    { name: "Revenue", values: REVENUE },
    { name: "Usage", values: USAGE },
    ...extra,
  ]);
}

function makeHost(b: FakeWorkbook, settings: AddinSettings = { asOf: AS_OF }, lang: "en" | "zh-CN" = "en") {
  const ctx = () => new FakeRequestContext(b) as unknown as Excel.RequestContext;
  const host: FunctionsHost & { settingsValue: AddinSettings } = {
    settingsValue: settings,
    lang: () => lang,
    today: () => parseIsoDay("2026-11-24") as number,
    settings: () => host.settingsValue,
    workbook: new WorkbookEvaluations(
      () => tablesFromWorkbook(ctx(), host.settingsValue),
      () => scoreTablesFromWorkbook(ctx(), host.settingsValue),
    ),
    live: new LiveInvocations(),
    dateSystem: () => readDateSystem(ctx()),
    error: (kind, message) => new FakeFunctionError(kind === "value" ? "#VALUE!" : "#N/A", message),
  };
  return host;
}

const direct = (usage = USAGE, opts: Record<string, unknown> = {}) =>
  evaluateScore({ certifications: CERTS, revenue: REVENUE, usage }, { asOf: AS_OF, ...opts });

test("no arguments: the workbook's three sheets, one shared reading, the evaluator's total truncated", async () => {
  const b = book();
  const host = makeHost(b);
  const s = new FakeStreamingInvocation<number>();
  scoreFunction(host, {}, s);
  const p = METRIC_IDS.map((id) => {
    const inv = new FakeStreamingInvocation<number>();
    pointsFunction(host, id, {}, inv);
    return inv;
  });
  const e = direct();
  expect(await s.first()).toBe(truncate2(e.total));
  expect(await s.first()).toBeGreaterThan(0);
  for (const [i, id] of METRIC_IDS.entries())
    expect(await p[i].first()).toBe(truncate2(e.metrics.find((m) => m.id === id)!.points));
  // Each metric scores in this workbook, so every table was found and read.
  expect((await Promise.all(p.map((x) => x.first()))).every((v) => v > 0)).toBe(true);
  expect(host.workbook.scoreReads).toBe(1);
  expect(host.live.size).toBe(6);
  for (const n of ["Certifications", "Revenue", "Usage"]) expect(b.sheet(n)!.writes).toBe(0);
});

test("a live no-argument SCORE updates after an edit of the usage sheet", async () => {
  const b = book();
  const host = makeHost(b);
  const s = new FakeStreamingInvocation<number>();
  scoreFunction(host, {}, s);
  const before = await s.first();
  b.userEdit("Usage", "D3", 300); // 2026-10 Power Apps MAU 130 → 300: usage growth rises
  host.workbook.invalidate();
  await host.live.refreshAll();
  const edited = USAGE.map((r) => r.slice());
  edited[2][3] = 300;
  expect(s.results).toEqual([before, truncate2(direct(edited).total)]);
  expect(s.results[1]).toBeGreaterThan(before);
  expect(host.workbook.scoreReads).toBe(2);
  expect(host.workbook.inputSheetIds).toEqual(
    new Set(["Certifications", "Revenue", "Usage"].map((n) => b.sheet(n)!.id)),
  );
});

test("a hidden sheet beside a visible one of its table is not read; a workbook with none of the three is #N/A", async () => {
  const hiddenUsage: SheetData = {
    name: "Old usage",
    values: [USAGE[0], ["2026-10", "t9", "Power Apps", 9999, "Paid", "PAL"]],
    visibility: "Hidden",
  };
  const host = makeHost(book([hiddenUsage]));
  const s = new FakeStreamingInvocation<number>();
  scoreFunction(host, {}, s);
  expect(await s.first()).toBe(truncate2(direct().total));
  const none = makeHost(
    new FakeWorkbook([{ name: "Notes", values: [["Partner workbook"]] }]),
    { asOf: AS_OF },
    "zh-CN",
  );
  const n = new FakeStreamingInvocation<number>();
  scoreFunction(none, {}, n);
  const error = (await n.first()) as unknown as FakeFunctionError;
  expect(error).toBeInstanceOf(FakeFunctionError);
  expect(error.code).toBe("#N/A");
  expect(error.message).toMatch(/认证表、收入表或使用量表/);
});

test("the sheet chosen in the task pane is the one read; a chosen sheet that is gone is #N/A saying so", async () => {
  const hiddenUsage: SheetData = {
    name: "Old usage",
    values: [
      USAGE[0],
      ["2025-10", "t1", "Power Apps", 125, "Paid", "PAL"],
      ["2026-10", "t1", "Power Apps", 999, "Paid", "PAL"],
    ],
    visibility: "Hidden",
  };
  const host = makeHost(book([hiddenUsage]), { asOf: AS_OF, scoreSheets: { usage: "Old usage" } });
  const s = new FakeStreamingInvocation<number>();
  scoreFunction(host, {}, s);
  expect(await s.first()).toBe(truncate2(direct(hiddenUsage.values).total));
  expect(await s.first()).not.toBe(truncate2(direct().total));
  for (const lang of ["en", "zh-CN"] as const) {
    const gone = makeHost(book(), { asOf: AS_OF, scoreSheets: { usage: "Old usage" } }, lang);
    const n = new FakeStreamingInvocation<number>();
    scoreFunction(gone, {}, n);
    const error = (await n.first()) as unknown as FakeFunctionError;
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(
      lang === "en"
        ? 'This workbook has no sheet named "Old usage"; choose the sheets in the task pane.'
        : "此工作簿中没有名为“Old usage”的工作表；请在任务窗格中选择工作表。",
    );
  }
});

test("ranges given: not live, same as the evaluator; a track argument forces the track", async () => {
  const host = makeHost(new FakeWorkbook([]));
  const s = new FakeStreamingInvocation<number>(),
    f = new FakeStreamingInvocation<number>();
  scoreFunction(host, { certs: CERTS, revenue: REVENUE, usage: USAGE, asOf: AS_OF }, s);
  pointsFunction(
    host,
    "高级认证",
    { certs: CERTS, revenue: REVENUE, usage: USAGE, asOf: AS_OF, track: "Enterprise" },
    f,
  );
  expect(await s.first()).toBe(truncate2(direct().total));
  const ent = direct(USAGE, { track: "enterprise" });
  expect(await f.first()).toBe(truncate2(ent.metrics.find((m) => m.id === "advancedCertifications")!.points));
  expect(await f.first()).not.toBe(truncate2(direct().metrics.find((m) => m.id === "advancedCertifications")!.points));
  expect(host.live.size).toBe(0);
  expect(host.workbook.scoreReads).toBe(0);
});

test("POINTS takes each metric by id, English name or Chinese name", async () => {
  const host = makeHost(new FakeWorkbook([]));
  const e = direct();
  for (const id of METRIC_IDS)
    for (const name of [id, SCORE_WORDS[id].en.toUpperCase(), SCORE_WORDS[id]["zh-CN"]]) {
      const inv = new FakeStreamingInvocation<number>();
      pointsFunction(host, name, { certs: CERTS, revenue: REVENUE, usage: USAGE, asOf: AS_OF }, inv);
      expect(await inv.first()).toBe(truncate2(e.metrics.find((m) => m.id === id)!.points));
    }
});

test("bad arguments: #VALUE! naming the argument, in English and Chinese", async () => {
  const cases: [string, () => (host: FunctionsHost, inv: FakeStreamingInvocation<number>) => void, RegExp, RegExp][] = [
    [
      "metric",
      () => (h, i) => pointsFunction(h, "speed", {}, i),
      /metric: "speed" is not a metric; use netCustomerAdds/,
      /指标：“speed”不是可识别的指标/,
    ],
    ["no metric", () => (h, i) => pointsFunction(h, null, {}, i), /metric: say which metric/, /指标：请指明指标/],
    [
      "track",
      () => (h, i) => scoreFunction(h, { track: "large" }, i),
      /track: "large" is not a track/,
      /规模类型：“large”不是可识别的类型/,
    ],
    [
      "track error cell",
      () => (h, i) => scoreFunction(h, { track: { type: "Error", errorType: "Div0" } }, i),
      /track: the cell shows #DIV\/0!/,
      /规模类型：该单元格显示 #DIV\/0!/,
    ],
    [
      "asOf",
      () => (h, i) => scoreFunction(h, { asOf: "someday" }, i),
      /asOf: "someday" is not a date/,
      /评估日期：“someday”不是日期/,
    ],
    [
      "usage not a range",
      () => (h, i) => scoreFunction(h, { usage: 5 }, i),
      /usage: give a range/,
      /usage：请提供一个区域/,
    ],
  ];
  for (const [, call, en, zh] of cases)
    for (const [lang, re] of [
      ["en", en],
      ["zh-CN", zh],
    ] as const) {
      const host = makeHost(book(), { asOf: AS_OF }, lang);
      const inv = new FakeStreamingInvocation<number>();
      call()(host, inv);
      const r = (await inv.first()) as unknown as FakeFunctionError;
      expect(r).toBeInstanceOf(FakeFunctionError);
      expect(r.code).toBe("#VALUE!");
      expect(r.message).toMatch(re);
      expect(host.workbook.scoreReads).toBe(0);
    }
});
