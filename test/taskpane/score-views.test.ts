// issue 15: the pane's view of the capability score, from real evaluations of small tables.
import {
  chooseScoreSheets,
  evaluateScore,
  fixed2,
  locateProblemText,
  locateScoreTables,
  METRIC_IDS,
  scoreText,
  type PlainCell,
} from "../../src/core";
import { AUTO, chooseProgram, chooseScoreColumn, chooseScoreSheet } from "../../src/taskpane/pane-state";
import { programView, scoreProblemText, scoreSheetsView, scoreView } from "../../src/taskpane/score-views";
import { ByteEstimate } from "../../src/excel/payload";
import { inputSheetNames } from "../../src/excel/read-tables";
import { describeScoreScan } from "../../src/excel/score-tables";
import { readSettings, type AddinSettings } from "../../src/excel/settings";
import { scannedSheet } from "./scanned-sheet";

const AS_OF = "2026-11-24"; // L = 2026-10, B = 2025-10
const CERT = ["Name", "Email", "Certification", "Earned on", "Expires", "Status"];
const REV = ["Month", "Customer tenant ID", "Workload", "Amount (USD)", "Partner association type"];
const USE = ["FiscalMonthName", "CustomerTenantID", "Workload", "MAU", "MetricType", "PartnerAssociationType"];
const certs: PlainCell[][] = [
  CERT,
  ...Array.from({ length: 3 }, (_, i) => [`P${i}`, `p${i}@x.com`, "MB-820", "2026-01-05", "", "Active"]),
];
const revenue: PlainCell[][] = [
  REV,
  ["2026-10", "t1", "Sales", 300, "DPOR"],
  ["2026-10", "t2", "Finance", 400, "CSP Tier 1"],
];
const usage: PlainCell[][] = [
  USE,
  ["2025-10", "t1", "Power Apps", 125, "Paid", "PAL"],
  ["2026-10", "t1", "Power Apps", 130, "Paid", "PAL"],
];

test("the program selector: Cloud CRM by default, kept in the document settings, unknown values dropped", () => {
  expect(programView({}, "en").selected).toBe("cloud-crm");
  const s = chooseProgram({}, "business-applications");
  expect(programView(s, "zh-CN")).toEqual({
    options: [
      { value: "cloud-crm", label: "云 CRM 能力（已于 2022-09-30 停用）" },
      { value: "business-applications", label: "Business Applications 解决方案合作伙伴" },
    ],
    selected: "business-applications",
  });
  expect(chooseProgram(s, "cloud-crm").program).toBeUndefined();
  const store = (v: unknown) => ({ get: () => v, set: () => undefined, saveAsync: () => undefined });
  expect(readSettings(store({ program: "business-applications" })).program).toBe("business-applications");
  expect(readSettings(store({ program: "gold" })).program).toBeUndefined();
});

test("five metric bars against their maxima, the total against the line, the plan — in English", () => {
  const e = evaluateScore({ certifications: certs, revenue, usage }, { asOf: AS_OF });
  const v = scoreView(e, "en");
  expect(v.metrics.map((m) => m.id)).toEqual([...METRIC_IDS]);
  for (const [i, m] of v.metrics.entries()) {
    const r = e.metrics[i];
    expect(m.text).toBe(`${fixed2(r.points)} / ${r.max}`);
    expect(m.fill).toBeCloseTo(Number(fixed2(r.points)) / r.max, 6);
    expect(m.atLeastOneText).toBe(r.atLeastOne ? "Yes" : "No");
  }
  expect(v.track).toBe(`Track: ${e.track === "smb" ? "SMB" : "Enterprise"}`);
  expect(v.trackReason).toBe(scoreText(e.trackReason, "en"));
  expect(v.total).toBe(`Total ${fixed2(e.total)} of 100 (qualifying line 70)`);
  expect(v.lineAt).toBe(0.7);
  expect(v.qualified).toBe(e.qualified);
  expect(v.verdict).toBe(e.qualified ? "QUALIFIED" : "NOT QUALIFIED");
  expect(v.planHeading).toBe("Shortest way to 70");
  expect(v.plan).toHaveLength(Math.max(1, e.plan.length));
  if (e.plan.length) expect(v.plan[0]).toMatch(/^[A-Z][a-z ]+: \+\d+ .+ → \+\d+\.\d\d points$/);
  expect(v.tables).toBe("Read: certifications, revenue, usage. Not found: none.");
});

test("a blocked plan says why, in Chinese; missing tables are named", () => {
  const e = evaluateScore({ certifications: certs }, { asOf: AS_OF });
  expect(e.planBlockedBy).toBe("usageTableMissing");
  const v = scoreView(e, "zh-CN");
  expect(v.planBlocked).toBe(true);
  expect(v.plan).toEqual(["无法达到 70 分：未找到使用量表，使用量增长无法得分。"]);
  expect(v.verdict).toBe("不合格");
  expect(v.tables).toBe("已读取：认证。未找到：收入、使用量。");
  expect(v.metrics.map((m) => m.name)).toEqual(["净新增客户", "中级认证", "高级认证", "使用量增长", "部署"]);
  const base = evaluateScore(
    {
      certifications: certs,
      usage: [
        USE,
        ["2025-10", "t1", "Power Apps", 124, "Paid", "PAL"],
        ["2026-10", "t1", "Power Apps", 130, "Paid", "PAL"],
      ],
    },
    { asOf: AS_OF, track: "smb" },
  );
  expect(scoreView(base, "en").plan[0]).toMatch(
    /usage growth cannot score until the base month's usage reaches the baseline/,
  );
});

describe("issue 15: the score's sheet per table, as the core chooses it", () => {
  const sheets = [
    { name: "Certs", values: certs },
    { name: "Revenue", values: revenue },
    { name: "Old revenue", values: revenue, visibility: "hidden" as const },
    { name: "Usage (archive)", values: usage, visibility: "veryHidden" as const },
  ];
  const candidates = sheets.map((s) => s.name);
  const view = (s: AddinSettings, lang: "en" | "zh-CN" = "en") =>
    scoreSheetsView(
      candidates,
      chooseScoreSheets(sheets, (x) => x.values, { named: s.scoreSheets }),
      s,
      lang,
    );

  test("found automatically: each table's list on “Find automatically”, the sheets read and the core's notes on hidden ones", () => {
    const v = view({});
    expect(v.map((x) => [x.table, x.id, x.label, x.select.selected])).toEqual([
      ["certifications", "score-sheet-certifications", "Certifications sheet", AUTO],
      ["revenue", "score-sheet-revenue", "Revenue sheet", AUTO],
      ["usage", "score-sheet-usage", "Usage sheet", AUTO],
    ]);
    expect(v[0].select.options).toEqual([
      { value: AUTO, label: "Find automatically" },
      ...candidates.map((n) => ({ value: n, label: n })),
    ]);
    expect(v.map((x) => x.found)).toEqual([
      { text: "Sheets read: “Certs”.", problem: false },
      {
        text: 'Sheets read: “Revenue”. Hidden sheet "Old revenue" also looks like the revenue table; it was not read (name it to read it).',
        problem: false,
      },
      {
        text: 'Sheets read: “Usage (archive)”. No visible sheet has the usage table; hidden sheet "Usage (archive)" was read.',
        problem: false,
      },
    ]);
    expect(view({}, "zh-CN")[2].found.text).toBe(
      "读取的工作表：“Usage (archive)”。没有可见工作表包含使用量表；已读取隐藏工作表“Usage (archive)”。",
    );
  });

  test("choosing a sheet: kept in the settings, selected, read without a note; Find automatically clears it", () => {
    const s = chooseScoreSheet({ asOf: AS_OF }, "revenue", "Old revenue");
    expect(s).toEqual({ asOf: AS_OF, scoreSheets: { revenue: "Old revenue" } });
    const v = view(s);
    expect(v[1].select.selected).toBe("Old revenue");
    expect(v[1].found).toEqual({ text: "Sheets read: “Old revenue”.", problem: false });
    const both = chooseScoreSheet(s, "usage", "Usage (archive)");
    expect(chooseScoreSheet(both, "revenue", AUTO)).toEqual({ asOf: AS_OF, scoreSheets: { usage: "Usage (archive)" } });
    expect(chooseScoreSheet(s, "revenue", AUTO)).toEqual({ asOf: AS_OF, scoreSheets: undefined });
  });

  test("a chosen sheet that is gone stays selected, marked, and its line says so in both languages", () => {
    const s = chooseScoreSheet({}, "usage", "Usage 2025");
    const [en, zh] = [view(s)[2], view(s, "zh-CN")[2]];
    expect(en.select.selected).toBe("Usage 2025");
    expect(en.select.options.at(-1)).toEqual({ value: "Usage 2025", label: "Usage 2025 (not in this workbook)" });
    expect(zh.select.options.at(-1)?.label).toBe("Usage 2025（此工作簿中没有）");
    expect(en.found).toEqual({
      text: 'This workbook has no sheet named "Usage 2025" (its sheets: "Certs", "Revenue", "Old revenue", "Usage (archive)"). Choose another sheet above, or “Find automatically”.',
      problem: true,
    });
    expect(zh.found.text).toBe(
      '此工作簿中没有名为“Usage 2025”的工作表（现有工作表："Certs", "Revenue", "Old revenue", "Usage (archive)"）。请在上方选择其他工作表，或选择“自动查找”。',
    );
    expect(view(s)[1].found.problem).toBe(false); // the other tables are still found
  });

  test("a table with no sheet: the core's warning about the metrics it costs", () => {
    const only = [{ name: "Certs", values: certs }];
    const v = scoreSheetsView(
      ["Certs"],
      chooseScoreSheets(only, (x) => x.values),
      {},
      "en",
    );
    expect(v[2].found).toEqual({
      text: "No usage table found; usage growth and deployments score 0 points.",
      problem: true,
    });
  });

  test("after the report, each table found is named with its sheets; the problems in plain words", () => {
    const located = locateScoreTables(sheets);
    if (!located.ok) throw new Error(located.problem);
    const e = evaluateScore(located.tables, { asOf: AS_OF, sheets: located.sheets });
    expect(scoreView(e, "en", located.sheets).tables).toBe(
      "Read: certifications (“Certs”), revenue (“Revenue”), usage (“Usage (archive)”). Not found: none.",
    );
    expect(scoreView(e, "zh-CN", located.sheets).tables).toBe(
      "已读取：认证（“Certs”）、收入（“Revenue”）、使用量（“Usage (archive)”）。未找到：无。",
    );
    // Said once in the core (the CLI and COMPETENCY.SCORE say the same); the pane adds its remedy.
    expect(scoreProblemText({ ok: false, problem: "no-tables" }, "en")).toBe(
      `${locateProblemText("no-score-tables", "en")}. Add a sheet with one of those header rows (English or Chinese headers), or choose the sheets above.`,
    );
    expect(scoreProblemText({ ok: false, problem: "no-tables" }, "zh-CN")).toMatch(
      /^此工作簿中没有认证表、收入表或使用量表：/,
    );
    expect(scoreProblemText({ problem: "options", detail: "bad date" }, "zh-CN")).toBe("这些设置无法使用：bad date");
  });
});

describe("issue 15: the score's columns per table, as Cloud CRM's", () => {
  // "Amount" and "Revenue" both look like the amount: detection takes D, with a tie warning in the report.
  const tie: PlainCell[][] = [
    ["Month", "Customer tenant ID", "Workload", "Amount", "Revenue", "Partner association type"],
    ["2026-10", "t1", "Sales", 100, 2000, "DPOR"],
  ];
  const scan = {
    sheets: [
      scannedSheet("Certs", certs),
      scannedSheet("Revenue", tie),
      scannedSheet("Old revenue", revenue, 0, "hidden"),
    ],
    estimate: new ByteEstimate(),
    dateSystem: "1900" as const,
  };
  const view = (s: AddinSettings, lang: "en" | "zh-CN" = "en") => {
    const d = describeScoreScan(scan, s);
    return scoreSheetsView(inputSheetNames(scan.sheets), d.chosen, s, lang, d.tables);
  };
  const amountOf = (s: AddinSettings) => view(s)[1].columns.find((c) => c.field === "amount")!;

  test("found automatically: one list per field, the detected letter on the automatic entry, every column with its header", () => {
    const [certsView, revenueView, usageView] = view({});
    expect(revenueView.columnsHeading).toBe("Columns");
    expect(revenueView.columns.map((c) => [c.id, c.label, c.options[0].label, c.selected])).toEqual([
      ["score-col-revenue-month", "Month", "Found automatically (A)", AUTO],
      ["score-col-revenue-tenant", "Customer tenant", "Found automatically (B)", AUTO],
      ["score-col-revenue-workload", "Workload", "Found automatically (C)", AUTO],
      ["score-col-revenue-amount", "Amount", "Found automatically (D)", AUTO],
      ["score-col-revenue-attribution", "Attribution", "Found automatically (F)", AUTO],
      ["score-col-revenue-currency", "Currency", "Found automatically (not found)", AUTO],
    ]);
    expect(revenueView.columns[3].options.slice(1)).toEqual([
      { value: "A", label: "A — Month" },
      { value: "B", label: "B — Customer tenant ID" },
      { value: "C", label: "C — Workload" },
      { value: "D", label: "D — Amount" },
      { value: "E", label: "E — Revenue" },
      { value: "F", label: "F — Partner association type" },
    ]);
    expect(certsView.columns.map((c) => c.label)).toEqual([
      "Certification",
      "Name",
      "ID / email",
      "Corporate email",
      "First name",
      "Last name",
      "Earned date",
      "Expiry date",
      "Status",
    ]);
    expect(usageView.columns).toEqual([]); // no usage sheet: nothing to choose from
    const zh = view({}, "zh-CN");
    expect(zh[1].columnsHeading).toBe("列");
    expect(zh[1].columns.map((c) => c.label)).toEqual(["月份", "客户租户", "工作负载", "金额", "归属", "币种"]);
    expect(zh[0].columns.map((c) => c.label)).toEqual([
      "认证",
      "姓名",
      "工号 / 邮箱",
      "公司邮箱",
      "名",
      "姓",
      "获得日期",
      "到期日期",
      "状态",
    ]);
    expect(zh[1].columns[5].options[0].label).toBe("自动识别 (未找到)");
  });

  test("a letter picked is kept per table and field and selected; the automatic entry still names detection's letter", () => {
    const s = chooseScoreColumn({ asOf: AS_OF }, "revenue", "amount", "E");
    expect(s).toEqual({ asOf: AS_OF, scoreColumns: { revenue: { amount: "E" } } });
    expect(amountOf(s).selected).toBe("E");
    expect(amountOf(s).options[0].label).toBe("Found automatically (D)");
    const both = chooseScoreColumn(chooseScoreColumn(s, "revenue", "month", "A"), "certifications", "person", "B");
    expect(both.scoreColumns).toEqual({ revenue: { amount: "E", month: "A" }, certifications: { person: "B" } });
    expect(chooseScoreColumn(both, "certifications", "person", AUTO).scoreColumns).toEqual({
      revenue: { amount: "E", month: "A" },
    });
    expect(chooseScoreColumn(s, "revenue", "amount", AUTO)).toEqual({ asOf: AS_OF, scoreColumns: undefined });
  });

  test("another sheet for a table forgets that table's columns (as Cloud CRM's sheet choice does), not the others'", () => {
    const s = chooseScoreColumn(chooseScoreColumn({}, "revenue", "amount", "E"), "certifications", "person", "B");
    const moved = chooseScoreSheet(s, "revenue", "Old revenue");
    expect(moved).toEqual({
      scoreSheets: { revenue: "Old revenue" },
      scoreColumns: { certifications: { person: "B" } },
    });
    // The lists follow the sheet now read: "Old revenue" has one amount column, D.
    expect(amountOf(moved).options[0].label).toBe("Found automatically (D)");
    expect(amountOf(moved).options.map((o) => o.value)).toEqual([AUTO, "A", "B", "C", "D", "E"]);
    expect(chooseScoreSheet(moved, "certifications", AUTO)).toEqual({
      scoreSheets: { revenue: "Old revenue" },
      scoreColumns: undefined,
    });
  });
});
