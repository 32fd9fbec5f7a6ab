// issue 15: the pane's view of the capability score, from real evaluations of small tables.
import { evaluateScore, fixed2, METRIC_IDS, scoreText, type PlainCell } from "../../src/core";
import { chooseProgram } from "../../src/taskpane/pane-state";
import { programView, scoreView } from "../../src/taskpane/score-views";
import { readSettings } from "../../src/excel/settings";

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
