// The capability score (docs/rules.md §7) on small tables written as partners keep them.
import {
  chooseScoreSheets,
  evaluateScore,
  issueText,
  locateScoreTables,
  scoreExclusionText,
  scoreText,
  scoreLocateProblem,
  scoreTableKind,
  toScoreContractJson,
  truncate2,
  type MetricId,
  type PlainCell,
  type ScoreEvaluation,
} from "../../src/core";

const AS_OF = "2026-11-24"; // L = 2026-10, B = 2025-10
const REV = ["Month", "Customer tenant ID", "Workload", "Amount (USD)", "Partner association type"];
const USE = ["FiscalMonthName", "CustomerTenantID", "Workload", "MAU", "MetricType", "PartnerAssociationType"];
const CERT = ["Name", "Email", "Certification", "Earned on", "Expires", "Status"];

const points = (e: ScoreEvaluation, id: MetricId) => truncate2(e.metrics.find((m) => m.id === id)!.points);
const metric = (e: ScoreEvaluation, id: MetricId) => e.metrics.find((m) => m.id === id)!;
const score = (
  t: { certs?: PlainCell[][]; revenue?: PlainCell[][]; usage?: PlainCell[][] },
  opts: Record<string, unknown> = {},
) => evaluateScore({ certifications: t.certs, revenue: t.revenue, usage: t.usage }, { asOf: AS_OF, ...opts });

describe("usage: MCV, growth and deployments", () => {
  it("test vector: 10 Business Central MAU + 50,000 Customer Insights profiles = 20,000 MCV", () => {
    const usage = [
      USE,
      ["Oct 2026", "t1", "Business Central", 10, "Paid", "DPOR"],
      ["Oct 2026", "t2", "Customer Insights Partner", "50,000", "Paid", "PAL"],
    ];
    const e = score({ usage });
    expect(truncate2(metric(e, "usageGrowth").now)).toBe(20000);
  });

  it("baseline exactly met scores growth; one below is gated and blocks the plan", () => {
    // SMB baseline 25,000 MCV: 125 Power Apps MAU × 200 = 25,000.
    const usage = (baseMau: number) => [
      USE,
      ["2025-10", "t1", "Power Apps", baseMau, "Paid", "PAL"],
      ["2026-10", "t1", "Power Apps", 130, "Paid", "PAL"],
    ];
    const met = score({ usage: usage(125) }, { track: "smb" });
    expect(metric(met, "usageGrowth").blockedBy).toBeNull();
    expect(points(met, "usageGrowth")).toBe(4); // (26,000 − 25,000) / 25,000 = 4 %
    const below = score({ usage: usage(124.99) }, { track: "smb" });
    expect(metric(below, "usageGrowth").blockedBy).toBe("usageGrowthBaseline");
    expect(points(below, "usageGrowth")).toBe(0);
    expect(below.plan).toEqual([]);
    expect(below.planBlockedBy).toBe("usageGrowthBaseline");
    expect(score({}, { track: "smb" }).planBlockedBy).toBe("usageTableMissing");
  });

  it("deployments: pairs at the floor count, summed per rate-card workload; trial and wrong attribution do not", () => {
    const usage = [
      USE,
      ["2026-10", "t1", "Sales", 20, "Paid", "CSP T1"],
      ["2026-10", "t1", "Customer Service", 5, "Paid", "DPOR"], // 25 × 200 = 5,000 CE
      ["2026-10", "t2", "Power BI", 25, "Trial", "PAL"],
      ["2026-10", "t3", "Business Central", 5, "Paid", "PAL"], // PAL does not count for Dynamics 365
      ["2026-10", "t4", "Copilot Studio", 500, "Paid", "PAL"], // no rate
    ];
    const e = score({ usage }, { track: "smb" });
    expect(e.pairs.deployments).toEqual({ now: 1, base: 0 });
    expect(points(e, "deployments")).toBe(4);
    const reasons = e.exclusions.filter((x) => x.table === "usage").map((x) => [x.reason, x.detail, x.rows]);
    expect(reasons).toEqual([
      ["exclusion.workload", "Copilot Studio", 1],
      ["exclusion.attribution", "PAL", 1],
      ["exclusion.trial", "", 1],
    ]);
  });
});

describe("net customer adds and the track", () => {
  it("the revenue floor exactly met counts; a cent below does not (SMB $250)", () => {
    const revenue = [
      REV,
      ["2026-10", "t1", "Sales", "250.00", "DPOR"],
      ["2026-10", "t2", "Sales", "249.99", "CSP Tier 2"],
      ["2026-10", "t3", "Sales", 300, "PAL"],
    ];
    const e = score({ revenue });
    expect(e.track).toBe("smb");
    expect(e.pairs.customerAdds).toEqual({ now: 1, base: 0 });
    expect(points(e, "netCustomerAdds")).toBe(3);
    expect(e.exclusions.find((x) => x.reason === "exclusion.belowRevenueFloor")).toMatchObject({
      detail: "2026-10",
      rows: 1,
    });
  });

  it("sums a pair's rows in a month first (credits included), and a negative net scores 0", () => {
    const revenue = [
      REV,
      ["2026-10", "t1", "Finance", 400, "DPOR"],
      ["2026-10", "t1", "Finance", -200, "DPOR"], // 200 < 250
      ["2025-10", "t1", "Finance", 300, "DPOR"],
      ["2025-10", "t2", "Finance", 300, "DPOR"],
    ];
    const e = score({ revenue });
    expect(metric(e, "netCustomerAdds").units).toEqual({ n: -2n, d: 1n });
    expect(points(e, "netCustomerAdds")).toBe(0);
    expect(metric(e, "netCustomerAdds").atLeastOne).toBe(false);
  });

  const enterpriseRevenue = (amount: string) => {
    const rows: PlainCell[][] = [REV];
    for (const m of ["2026-10", "2025-10"])
      for (const w of ["Sales", "Finance", "Power BI", "Business Central", "Field Service"])
        rows.push([m, "big", w, amount, "CPOR RevRec"]);
    return rows;
  };
  it("track: Enterprise when 5 workloads have a tenant above $5,000 in L and B; exactly $5,000 is SMB", () => {
    const ent = score({ revenue: enterpriseRevenue("5,000.01") });
    expect(ent.track).toBe("enterprise");
    expect(scoreText(ent.trackReason, "en")).toMatch(/^Enterprise: 5 workloads .* 2026-10 and 5 in 2025-10/);
    const smb = score({ revenue: enterpriseRevenue("5,000.00") });
    expect(smb.track).toBe("smb");
    const chosen = score({ revenue: enterpriseRevenue("6000") }, { track: "smb" });
    expect(scoreText(chosen.trackReason, "en")).toBe("SMB, as chosen.");
    expect(scoreText(chosen.trackReason, "zh-CN")).toBe("中小企业（按指定）。");
    expect(scoreText(score({ revenue: enterpriseRevenue("6000") }).trackReason, "zh-CN")).toMatch(/^企业：/);
  });
});

describe("certifications", () => {
  const certs = (rows: PlainCell[][]) => [CERT, ...rows];
  it("7 advanced people = 15 Enterprise points; 2 = 15 SMB; one person counts once per level", () => {
    const seven = certs(
      Array.from({ length: 7 }, (_, i) => [`P${i}`, `p${i}@x.com`, "MB-820", "2026-01-05", "", "Active"]),
    );
    expect(points(score({ certs: seven }, { track: "enterprise" }), "advancedCertifications")).toBe(15);
    const six = score({ certs: seven.slice(0, 7) }, { track: "enterprise" });
    expect(points(six, "advancedCertifications")).toBe(12.85); // 6 × 15/7 = 12.857…
    expect(points(score({ certs: seven.slice(0, 3) }, { track: "smb" }), "advancedCertifications")).toBe(15);
    const both = certs([
      [
        "Xu Wei",
        "xu@x.com",
        "Microsoft Certified: Dynamics 365 Finance Functional Consultant Associate",
        "2025-03-01",
        "",
        "",
      ],
      ["xu wei", "", "PL-300", "2025-03-01", "", ""],
      ["Xu Wei", "xu@x.com", "Exam MB-820", "2025-03-01", "", ""],
    ]);
    const e = score({ certs: both }, { track: "smb" });
    expect(e.people.intermediate).toEqual([
      {
        key: "id:xu@x.com",
        name: "Xu Wei",
        certifications: ["Dynamics 365 Finance Functional Consultant Associate", "Power BI Data Analyst Associate"],
      },
    ]);
    expect(e.people.advanced.map((p) => p.name)).toEqual(["Xu Wei"]);
    expect(points(e, "intermediateCertifications")).toBe(4);
  });

  it("expiry on D counts, the day before does not; an Expired status excludes a later expiry; unknown status drops with a warning", () => {
    const e = score({
      certs: certs([
        ["A", "a@x", "MB-800", "2025-01-01", "2026-11-24", "Active"],
        ["B", "b@x", "MB-800", "2025-01-01", "2026-11-23", ""],
        ["C", "c@x", "MB-800", "2025-01-01", "2027-12-31", "Expired"],
        ["D", "d@x", "MB-800", "2025-01-01", "", "Pending"],
      ]),
    });
    expect(e.people.intermediate.map((p) => p.name)).toEqual(["A"]);
    expect(
      issueText(
        e.issues.find((i) => i.code === "cert.statusUnknown")!,
        "en",
      ),
    ).toBe('Status "Pending" (D) not understood; the row is not counted.');
    expect(e.exclusions.filter((x) => x.table === "certifications").map((x) => [x.reason, x.rows])).toEqual([
      ["exclusion.certStatus", 1],
      ["exclusion.certExpired", 2],
    ]);
  });

  it("retiring: earned before R counts until R + 1 year; earned on R does not; a hard end has no grace", () => {
    const rows = certs([
      ["A", "a@x", "MB-240", "2026-06-29", "", ""],
      ["B", "b@x", "MB-240", "2026-06-30", "", ""],
    ]);
    expect(score({ certs: rows }, { asOf: "2027-06-30" }).people.intermediate.map((p) => p.name)).toEqual(["A"]);
    const after = score({ certs: rows }, { asOf: "2027-07-01" });
    expect(after.people.intermediate).toEqual([]);
    expect(after.issues.map((i) => i.code).filter((c) => c.startsWith("cert."))).toEqual([
      "cert.retired",
      "cert.earnedAfterRetirement",
    ]);
    const appMaker = certs([["A", "a@x", "Power Platform App Maker Associate", "2022-01-01", "", ""]]);
    expect(score({ certs: appMaker }, { asOf: "2023-11-30" }).people.intermediate).toHaveLength(1);
    expect(score({ certs: appMaker }, { asOf: "2023-12-01" }).people.intermediate).toHaveLength(0);
    const later = score({ certs: appMaker }, { asOf: "2026-11-24" });
    expect(issueText(later.issues[0], "en")).toBe(
      "Power Platform App Maker Associate (A) does not count under rule version 2026-05-08; rule version 2023-06-13 lists it.",
    );
  });

  it("a blank earned date counts with a warning; an expert named by its exam notes the prerequisite", () => {
    const e = score({ certs: certs([["A", "a@x", "PL-600", "", "", ""]]) }, { asOf: "2026-06-01" });
    expect(e.people.advanced).toHaveLength(1);
    expect(
      e.issues
        .map((i) => i.code)
        .filter((c) => c.startsWith("cert."))
        .sort(),
    ).toEqual(["cert.earnedBlank", "cert.prerequisite"]);
  });
});

describe("qualification, plan and the six months", () => {
  it("truncates points for output, qualifies at 70 with every metric at least 1, and plans the fewest units", () => {
    const revenue: PlainCell[][] = [REV, ["2026-10", "t1", "Sales", 300, "DPOR"]];
    const usage: PlainCell[][] = [
      USE,
      ["2025-10", "t1", "Power Apps", 125, "Paid", "PAL"],
      ["2026-10", "t1", "Power Apps", 130, "Paid", "PAL"],
      ["2026-10", "t9", "Business Central", 5, "", "DPOR"],
    ];
    const certs: PlainCell[][] = [
      CERT,
      ["A", "a@x", "MB-800", "2026-01-01", "", ""],
      ["B", "b@x", "MB-820", "2026-01-01", "", ""],
    ];
    const e = score({ revenue, usage, certs }, { track: "smb" });
    // NCA 3, intermediate 4, advanced 7.5, growth (26,000+5,000−25,000)/25,000 = 24 %, deployments (2 − 1) × 4 = 4
    expect(e.metrics.map((m) => truncate2(m.points))).toEqual([3, 4, 7.5, 24, 4]);
    expect(truncate2(e.total)).toBe(42.5);
    expect(e.qualified).toBe(false);
    // 27.5 short: advanced +1 (7.5), intermediate +4 (16, to its 20), then one deployment (4) → 72
    expect(e.plan.map((p) => [p.metric, p.units, truncate2(p.points)])).toEqual([
      ["advancedCertifications", 1, 7.5],
      ["intermediateCertifications", 4, 16],
      ["deployments", 1, 4],
    ]);
    const json = toScoreContractJson(e, "en");
    expect(json).toMatchObject({
      program: "business-applications",
      month: "2026-10",
      baseMonth: "2025-10",
      track: "smb",
      total: 42.5,
      qualified: false,
      planBlockedBy: null,
    });
    expect(json.months.map((m) => m.month)).toEqual(["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]);
  });

  it("--month sets L and, without an as-of date, D to the last day of the month after", () => {
    const e = evaluateScore({}, { month: "2026-03" });
    expect([e.month, e.baseMonth]).toEqual(["2026-03", "2025-03"]);
    expect(toScoreContractJson(e, "en").asOf).toBe("2026-04-30");
    expect(e.rules.version).toBe("2023-06-13");
    expect(e.issues.find((i) => i.code === "score.noTables")?.severity).toBe("error");
  });
});

describe("hand-kept sheets with Chinese headers, several sheets of one kind", () => {
  it("reads 月份 / 客户租户ID / 工作负载 / 金额 / 归属 and 姓名 / 邮箱 / 认证 / 获得日期 / 到期日期 / 状态, in Chinese", () => {
    const revenueA = [
      ["收入明细"],
      ["月份", "客户租户ID", "工作负载", "金额", "归属"],
      ["2026年10月", "租户一", "Dynamics 365 Sales", "¥300", "DPOR"],
      ["2026年10月", "租户二", "Microsoft Power BI", "$300.00", "CSP Indirect"],
    ];
    const revenueB = [
      ["月份", "客户租户ID", "工作负载", "金额", "归属"],
      ["2026-10-15", "租户三", "Finance", 260, "CPOR OSA"],
    ];
    const usage = [
      ["月份", "租户", "工作负载", "月活跃用户", "归属", "类型"],
      ["2026年10月", "租户一", "Power App", "30", "PAL", "试用"],
    ];
    const certs = [
      ["姓名", "邮箱", "认证", "获得日期", "到期日期", "状态"],
      ["王芳", "wang.fang@example.cn", "MB-310", "2026/01/05", "2028/01/05", "有效"],
    ];
    const e = evaluateScore(
      {
        revenue: [
          { values: revenueA, sheet: "收入A" },
          { values: revenueB, sheet: "收入B" },
        ],
        usage: { values: usage, sheet: "使用量" },
        certifications: certs,
      },
      { asOf: AS_OF },
    );
    expect(e.pairs.customerAdds.now).toBe(2); // 租户二 Power BI and 租户三 Finance; ¥300 is not in dollars
    expect(e.exclusions.find((x) => x.reason === "exclusion.currency")).toMatchObject({
      table: "revenue",
      detail: "¥",
      rows: 1,
      cents: 30000,
    });
    expect(e.issues.some((i) => i.sheet === "收入A" && i.severity === "error")).toBe(false);
    expect(
      scoreExclusionText(
        e.exclusions.find((x) => x.table === "usage")!,
        "zh-CN",
      ),
    ).toBe("试用使用量");
    expect(e.people.intermediate.map((p) => p.name)).toEqual(["王芳"]);
    expect(scoreText(e.trackReason, "zh-CN")).toMatch(/^中小企业：/);
    expect(e.issues.some((i) => /[a-z]{4,}/.test(issueText(i, "zh-CN").replace(/“[^”]*”/g, "")))).toBe(false);
  });
});

describe("which sheets hold the score's tables", () => {
  const revenue: PlainCell[][] = [REV, ["2026-10", "t1", "Sales", 300, "DPOR"]];
  const stale: PlainCell[][] = [REV, ["2026-10", "t2", "Sales", 900, "DPOR"]];
  const certs: PlainCell[][] = [CERT, ["A", "a@x", "MB-800", "2026-01-01", "", ""]];
  it("a hidden sheet is passed over when a visible sheet holds that table, and read when none does", () => {
    const located = locateScoreTables([
      { name: "Revenue", values: revenue },
      { name: "Old revenue", values: stale, visibility: "hidden" },
      { name: "Certs (hidden)", values: certs, visibility: "veryHidden" },
    ]);
    if (!located.ok) throw new Error(located.problem);
    expect(located.tables.revenue.map((t) => t.sheet)).toEqual(["Revenue"]);
    expect(located.tables.certifications.map((t) => t.sheet)).toEqual(["Certs (hidden)"]);
    const named = locateScoreTables(
      [
        { name: "Revenue", values: revenue },
        { name: "Old revenue", values: stale, visibility: "hidden" },
      ],
      { named: { revenue: "Old revenue" } },
    );
    expect(named.ok && named.tables.revenue.map((t) => t.sheet)).toEqual(["Old revenue"]);
  });

  it("says which sheets it read: a hidden one read is a warning, one passed over a note, a named one neither", () => {
    const sheets = [
      { name: "Revenue", values: revenue },
      { name: "Old revenue", values: stale, visibility: "hidden" as const },
      { name: "Certs (hidden)", values: certs, visibility: "veryHidden" as const },
    ];
    const located = locateScoreTables(sheets);
    if (!located.ok) throw new Error(located.problem);
    expect(located.sheets).toEqual({
      used: [
        { table: "certifications", sheet: "Certs (hidden)", hidden: true },
        { table: "revenue", sheet: "Revenue", hidden: false },
      ],
      passedOver: [{ table: "revenue", sheet: "Old revenue", reason: "hidden" }],
    });
    const e = evaluateScore(located.tables, { asOf: AS_OF, sheets: located.sheets });
    const notes = e.issues.filter((i) => i.code.startsWith("sheet."));
    expect(notes.map((i) => [i.severity, issueText(i, "en")])).toEqual([
      ["warning", 'No visible sheet has the certifications table; hidden sheet "Certs (hidden)" was read.'],
      ["info", 'Hidden sheet "Old revenue" also looks like the revenue table; it was not read (name it to read it).'],
    ]);
    expect(notes.map((i) => issueText(i, "zh-CN"))).toEqual([
      "没有可见工作表包含认证表；已读取隐藏工作表“Certs (hidden)”。",
      "隐藏工作表“Old revenue”看起来也是收入表；未读取（指定该表即可读取）。",
    ]);
    const named = locateScoreTables(sheets, { named: { certifications: "certs (HIDDEN)" } });
    if (!named.ok) throw new Error(named.problem);
    expect(named.sheets.used[0]).toEqual({
      table: "certifications",
      sheet: "Certs (hidden)",
      hidden: true,
      named: true,
    });
    const quiet = evaluateScore(named.tables, { asOf: AS_OF, sheets: named.sheets });
    expect(quiet.issues.filter((i) => i.code === "sheet.hiddenUsed")).toEqual([]);
  });

  it("a sheet named for a table that is not there: the chooser lists it, the locator refuses with the first", () => {
    const sheets = [{ name: "Revenue", values: revenue }];
    const chosen = chooseScoreSheets(sheets, (s) => s.values, { named: { usage: "Gone", certifications: "Old" } });
    expect(chosen.missing).toEqual([
      { table: "certifications", sheet: "Old" },
      { table: "usage", sheet: "Gone" },
    ]);
    expect(chosen.tables.revenue).toEqual([sheets[0]]); // the other tables are still found
    expect(scoreLocateProblem(chosen)).toEqual({
      ok: false,
      problem: "sheet-missing",
      table: "certifications",
      sheet: "Old",
    });
    expect(locateScoreTables(sheets, { named: { usage: "Gone" } })).toEqual({
      ok: false,
      problem: "sheet-missing",
      table: "usage",
      sheet: "Gone",
    });
    expect(locateScoreTables([{ name: "Notes", values: [["x"]] }])).toEqual({ ok: false, problem: "no-tables" });
  });

  it("a header naming both units and an amount is usage, whoever asks (scoreTableKind)", () => {
    const both: PlainCell[][] = [
      ["Month", "Customer tenant ID", "Workload", "MAU", "Amount (USD)", "Partner association type"],
    ];
    expect(scoreTableKind(both)).toBe("usage");
    expect(scoreTableKind([["Partner report"], [], REV])).toBe("revenue");
    expect(scoreTableKind([CERT])).toBe("certifications");
    expect(scoreTableKind([["Name", "Exam", "Passed on"]])).toBe("certifications"); // an exam column names certifications
    expect(scoreTableKind([["Notes"], ["Kept by finance"]])).toBeNull();
  });
});

it("an empty table is named in the reader's language (issue 14: words travel in both languages)", () => {
  const e = evaluateScore({ usage: [[""]], certifications: [[""]] }, { asOf: AS_OF });
  const zh = e.issues.filter((i) => i.code === "table.empty").map((i) => issueText(i, "zh-CN"));
  expect(zh).toEqual(expect.arrayContaining(["使用量表为空。", "认证表为空。"]));
  const en = e.issues.filter((i) => i.code === "table.empty").map((i) => issueText(i, "en"));
  expect(en).toEqual(expect.arrayContaining(["The usage table is empty.", "The certifications table is empty."]));
});
