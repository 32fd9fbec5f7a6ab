// The capability score reads values as the Cloud CRM revenue reads them (issue 10, issue 11): the
// column's day/month order, the workbook's date system, decimal notation, a header in thousands,
// another currency, formulas without a value, merged cells and rows repeated across sheets.
// Every ambiguity is either resolved by a stated rule or said; none changes the score in silence.
import {
  buildScoreReportGrid,
  evaluateScore,
  locateScoreTables,
  toScoreContractJson,
  FORMULA_WITHOUT_VALUE,
  issueText,
  scoreExclusionText,
  truncate2,
  type PlainCell,
  type ScoreEvaluation,
} from "../../src/core";

const AS_OF = "2026-11-24"; // L = 2026-10, B = 2025-10; SMB revenue floor $250
const REV = ["Month", "Customer tenant ID", "Workload", "Amount", "Partner association type"];
const USE = ["FiscalMonthName", "CustomerTenantID", "Workload", "MAU", "MetricType", "PartnerAssociationType"];
const CERT = ["Name", "Email", "Certification", "Earned on", "Expires", "Status"];

type Tables = Parameters<typeof evaluateScore>[0];
const score = (t: Tables, opts: Record<string, unknown> = {}) =>
  evaluateScore(t, { asOf: AS_OF, track: "smb", ...opts });
const adds = (e: ScoreEvaluation) => e.pairs.customerAdds.now;
const addsBase = (e: ScoreEvaluation) => e.pairs.customerAdds.base;
const codes = (e: ScoreEvaluation) => e.issues.map((i) => i.code);
const excluded = (e: ScoreEvaluation, reason: string) => e.exclusions.filter((x) => x.reason === reason);

describe("months written day-first or month-first", () => {
  const rows = (...months: string[]) => [
    REV,
    ...months.map((m, i) => [m, `t${i}`, "Sales", 300, "DPOR"] as PlainCell[]),
  ];

  it("a day over 12 in the column makes every slash date day-first: 01/10/2026 is October", () => {
    const e = score({ revenue: rows("01/10/2026", "15/10/2026") });
    expect(adds(e)).toBe(2);
    expect(codes(e)).not.toContain("column.dateOrderAssumed");
  });

  it("a month over 12 makes the column month-first: 10/01/2026 is October", () => {
    const e = score({ revenue: rows("10/01/2026", "10/15/2026") });
    expect(adds(e)).toBe(2);
  });

  it("with no evidence, month first with a warning naming the column and a value; --date-order dmy reads them day-first", () => {
    const revenue = rows("10/01/2026", "10/02/2026");
    const assumed = score({ revenue });
    expect(adds(assumed)).toBe(2);
    const w = assumed.issues.find((i) => i.code === "column.dateOrderAssumed")!;
    expect(w).toMatchObject({ severity: "warning", column: "Month" });
    expect(issueText(w, "en")).toContain("10/01/2026");
    expect(issueText(w, "zh-CN")).toContain("10/01/2026");
    const dmy = score({ revenue }, { dateOrder: "dmy" });
    expect(adds(dmy)).toBe(0); // 10 January and 10 February
    expect(codes(dmy)).not.toContain("column.dateOrderAssumed");
  });

  it("a column with both kinds of evidence reads each ambiguous date as unreadable, never guessed", () => {
    const e = score({ revenue: rows("15/10/2026", "10/15/2026", "10/01/2026") });
    expect(adds(e)).toBe(2);
    expect(e.issues.find((i) => i.code === "cell.dateAmbiguous")).toMatchObject({ row: 4, severity: "error" });
    expect(excluded(e, "exclusion.unreadable")[0].rows).toBe(1);
  });

  it("certification dates follow their own column's order", () => {
    const certs = [CERT, ["Li Na", "li@x.cn", "MB-800", "25/12/2026", "", "Active"]];
    const e = score({ certifications: certs });
    // 25 December 2026 is after the as-of date: not yet earned, whatever the other column says.
    expect(e.people.intermediate).toEqual([]);
    expect(codes(e)).toContain("cert.notYetEarned");
  });

  it("a month alone as an earned date counts once the whole month has passed", () => {
    const certs = (earned: string) => [CERT, ["Li Na", "li@x.cn", "MB-800", earned, "", "Active"]];
    expect(score({ certifications: certs("2026-10") }).people.intermediate).toHaveLength(1);
    expect(score({ certifications: certs("2026-11") }).people.intermediate).toHaveLength(0);
  });
});

describe("the workbook's date system", () => {
  it("a serial month in a 1904 workbook is read in 1904 serials", () => {
    // 2026-10-15 is serial 46310 in the 1900 system and 44848 in the 1904 system.
    const values: PlainCell[][] = [REV, [44848, "t1", "Sales", 300, "DPOR"]];
    const in1904 = score({ revenue: { values, dateSystem: "1904" } });
    expect(adds(in1904)).toBe(1);
    const as1900 = score({ revenue: { values } });
    expect(adds(as1900)).toBe(0); // 2022-10-14 in the 1900 system: outside the months
    expect(excluded(as1900, "exclusion.outsideMonths")[0].rows).toBe(1);
  });
});

describe("amounts and units as the column writes them", () => {
  it("European notation anywhere in the column makes it European: 1.234,56 is 1,234.56", () => {
    const revenue = [REV, ["2026-10", "t1", "Sales", "1.234,56", "DPOR"], ["2026-10", "t2", "Sales", "249,99", "DPOR"]];
    const e = score({ revenue });
    expect(adds(e)).toBe(1); // t2 has $249.99, a cent below the floor
    expect(excluded(e, "exclusion.belowRevenueFloor")[0].rows).toBe(1);
  });

  it("a text that reads differently in the two notations of a mixed column is an error, not a guess", () => {
    const revenue = [
      REV,
      ["2026-10", "t1", "Sales", "1,234.50", "DPOR"],
      ["2026-10", "t2", "Sales", "2.500,00", "DPOR"],
      ["2026-10", "t3", "Sales", "1,500", "DPOR"],
    ];
    const e = score({ revenue });
    expect(e.issues.find((i) => i.code === "cell.amountNotationConflict")).toMatchObject({ row: 4, severity: "error" });
    expect(adds(e)).toBe(2);
  });

  it("a header in thousands multiplies the amounts, and says so", () => {
    const revenue = [
      ["Month", "Customer tenant ID", "Workload", "Revenue (USD '000)", "Partner association type"],
      ["2026-10", "t1", "Sales", 0.3, "DPOR"],
    ];
    const e = score({ revenue });
    expect(adds(e)).toBe(1); // $300
    expect(e.issues.find((i) => i.code === "column.multiplied")).toMatchObject({ severity: "info" });
  });

  it("usage units in European notation: 1.250 profiles are 1,250 (250 MCV of Customer Insights)", () => {
    const usage = [
      USE,
      ["2026-10", "t1", "Customer Insights Partner", "1.250", "Paid", "PAL"],
      ["2026-10", "t2", "Customer Insights Partner", "2,5", "Paid", "PAL"],
    ];
    const e = score({ usage });
    const m = e.metrics.find((x) => x.id === "usageGrowth")!;
    expect(truncate2(m.now)).toBe(250.5); // (1,250 + 2.5) × 0.2
  });
});

describe("another currency is never summed as dollars", () => {
  const counted = (e: ScoreEvaluation) => adds(e);

  it("a currency mark in the amount text: excluded as Not USD with its amount", () => {
    const e = score({ revenue: [REV, ["2026-10", "t1", "Sales", "€300.00", "DPOR"]] });
    expect(counted(e)).toBe(0);
    const x = excluded(e, "exclusion.currency");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ table: "revenue", rows: 1, cents: 30000 });
    expect(scoreExclusionText(x[0], "en")).toMatch(/^Not USD: /);
    expect(scoreExclusionText(x[0], "zh-CN")).toMatch(/^非美元：/);
  });

  it("a currency column: EUR rows are excluded, USD rows count", () => {
    const revenue = [
      [...REV, "Currency"],
      ["2026-10", "t1", "Sales", 300, "DPOR", "EUR"],
      ["2026-10", "t2", "Sales", 300, "DPOR", "USD"],
    ];
    const e = score({ revenue });
    expect(counted(e)).toBe(1);
    expect(excluded(e, "exclusion.currency")[0]).toMatchObject({ detail: "EUR", rows: 1 });
  });

  it("a number format showing another currency: excluded; a dollar format counts", () => {
    const values: PlainCell[][] = [
      REV,
      ["2026-10", "t1", "Sales", 300, "DPOR"],
      ["2026-10", "t2", "Sales", 300, "DPOR"],
    ];
    const formats: Record<number, string> = { 1: "[$€-407]#,##0.00", 2: "[$$-409]#,##0.00" };
    const e = score({ revenue: { values, numberFormats: (row, col) => (col === 3 ? formats[row] : undefined) } });
    expect(counted(e)).toBe(1);
    expect(excluded(e, "exclusion.currency")[0]).toMatchObject({ rows: 1, cents: 30000 });
  });

  it("the track test does not count revenue in another currency", () => {
    const revenue: PlainCell[][] = [[...REV, "Currency"]];
    for (const w of ["Sales", "Finance", "Power BI", "Business Central", "Customer Service"])
      for (const m of ["2026-10", "2025-10"]) revenue.push([m, "t1", w, 6000, "DPOR", "JPY"]);
    const e = evaluateScore({ revenue }, { asOf: AS_OF });
    expect(e.track).toBe("smb");
  });
});

describe("formulas, merged cells and sheets that repeat rows", () => {
  it("a formula saved without its value is said as such, in both languages", () => {
    const e = score({ revenue: [REV, ["2026-10", "t1", "Sales", FORMULA_WITHOUT_VALUE, "DPOR"]] });
    const i = e.issues.find((x) => x.code === "cell.formulaWithoutValue")!;
    expect(i).toMatchObject({ row: 2, column: "Amount", severity: "error" });
    expect(issueText(i, "zh-CN")).not.toBe(issueText(i, "en"));
  });

  it("a month merged down over its rows fills each row; a merged amount counts once with a warning", () => {
    const values: PlainCell[][] = [
      REV,
      ["2026-10", "t1", "Sales", 300, "DPOR"],
      [null, "t2", "Sales", 300, "DPOR"],
      [null, "t3", "Sales", 300, null],
    ];
    const e = score({
      revenue: {
        values,
        mergedAreas: [
          { row: 1, col: 0, rows: 3, cols: 1 },
          { row: 2, col: 4, rows: 2, cols: 1 },
        ],
      },
    });
    expect(adds(e)).toBe(3);
    expect(codes(e)).not.toContain("score.monthMissing");
    const amount: PlainCell[][] = [
      REV,
      ["2026-10", "t1", "Sales", 600, "DPOR"],
      ["2026-10", "t2", "Sales", null, "DPOR"],
    ];
    const once = score({ revenue: { values: amount, mergedAreas: [{ row: 1, col: 3, rows: 2, cols: 1 }] } });
    expect(once.issues.find((i) => i.code === "cells.mergedOnce")).toMatchObject({ severity: "warning" });
  });

  it("a revenue row repeated on another sheet is counted once, with a warning naming both sheets", () => {
    const oct: PlainCell[][] = [REV, ["2026-10", "t1", "Sales", 150, "DPOR"]];
    const all: PlainCell[][] = [REV, ["2026-10", "t1", "Sales", 150, "DPOR"], ["2026-10", "t1", "Sales", 50, "DPOR"]];
    const e = score({
      revenue: [
        { values: oct, sheet: "Oct" },
        { values: all, sheet: "All" },
      ],
    });
    // $150 + $50 = $200, below the $250 floor; counting the copy too would make it $350 and a customer add.
    expect(adds(e)).toBe(0);
    const w = e.issues.find((i) => i.code === "sheet.duplicateRow")!;
    expect(w).toMatchObject({ sheet: "All", row: 2, severity: "warning" });
    expect(issueText(w, "en")).toContain('"Oct"');
    expect(issueText(w, "en")).toContain("USD 150.00");
  });

  it("a usage row repeated on another sheet is counted once: the MCV is not doubled", () => {
    const a: PlainCell[][] = [USE, ["2026-10", "t1", "Power Apps", 10, "Paid", "PAL"]];
    const b: PlainCell[][] = [USE, ["2026-10", "t1", "Power Apps", 10, "Paid", "PAL"]];
    const e = score({
      usage: [
        { values: a, sheet: "A" },
        { values: b, sheet: "B" },
      ],
    });
    expect(truncate2(e.metrics.find((m) => m.id === "usageGrowth")!.now)).toBe(2000);
    expect(
      issueText(
        e.issues.find((i) => i.code === "sheet.duplicateRow")!,
        "en",
      ),
    ).toContain("10 units");
  });

  it("tenant texts differing in case and spacing are one tenant", () => {
    const revenue = [REV, ["2026-10", "ABC-1", "Sales", 200, "DPOR"], ["2026-10", " abc-1 ", "Sales", 100, "DPOR"]];
    expect(adds(score({ revenue }))).toBe(1);
    expect(addsBase(score({ revenue }))).toBe(0);
  });

  it("a tenant of zero-width characters only is missing, not a tenant", () => {
    const e = score({ revenue: [REV, ["2026-10", "\u200B", "Sales", 300, "DPOR"]] });
    expect(adds(e)).toBe(0);
    expect(codes(e)).toContain("score.tenantMissing");
  });
});

describe("what was read is shown, as for Cloud CRM", () => {
  const REVENUE: PlainCell[][] = [REV, ["2026-10", "t1", "Sales", 300, "DPOR"]];
  const sheets = [
    { name: "Revenue", values: REVENUE },
    { name: "Old revenue", values: REVENUE, visibility: "hidden" as const },
    {
      name: "Usage (archive)",
      values: [USE, ["2026-10", "t1", "Power Apps", 10, "Paid", "PAL"]],
      visibility: "veryHidden" as const,
    },
  ];

  it("the JSON names each field's column and every sheet read or passed over", () => {
    const located = locateScoreTables(sheets);
    if (!located.ok) throw new Error(located.problem);
    const json = toScoreContractJson(score(located.tables, { sheets: located.sheets }), "en");
    expect(json.columns.revenue).toEqual({
      month: { sheet: "Revenue", header: "Month" },
      tenant: { sheet: "Revenue", header: "Customer tenant ID" },
      workload: { sheet: "Revenue", header: "Workload" },
      amount: { sheet: "Revenue", header: "Amount" },
      attribution: { sheet: "Revenue", header: "Partner association type" },
    });
    expect(json.columns.certifications).toEqual({});
    expect(json.sheets.used).toEqual([
      { table: "revenue", sheet: "Revenue" },
      { table: "usage", sheet: "Usage (archive)", hidden: true },
    ]);
    expect(json.sheets.passedOver).toEqual([
      { table: "revenue", sheet: "Old revenue", reason: "hidden", why: expect.stringContaining('"Old revenue"') },
    ]);
  });

  it("the results sheet lists the columns used and the input sheets, in Chinese too", () => {
    const located = locateScoreTables(sheets);
    if (!located.ok) throw new Error(located.problem);
    const e = score(located.tables, { sheets: located.sheets });
    const cells = (lang: "en" | "zh-CN") => buildScoreReportGrid(e, lang).rows.map((r) => r.map((c) => c.value));
    const en = cells("en");
    expect(en).toContainEqual([
      "revenue",
      "customer tenant",
      "Revenue",
      "Customer tenant ID",
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(en).toContainEqual(["usage", "Usage (archive)", "Read (hidden sheet)", null, null, null, null, null, null]);
    const zh = cells("zh-CN");
    expect(zh).toContainEqual(["收入", "客户租户", "Revenue", "Customer tenant ID", null, null, null, null, null]);
    expect(zh).toContainEqual([
      "使用量",
      "Usage (archive)",
      "已读取（隐藏工作表）",
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(zh.flat()).toContain("输入工作表");
  });
});
