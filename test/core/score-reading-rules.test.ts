// Rules of reading where a silent choice would give a wrong score: certifications renamed between
// rule versions, status words, a month without a day as an earned date, and metric types.
import { evaluateScore, issueText, truncate2, type PlainCell, type ScoreEvaluation } from "../../src/core";

const CERT = ["Name", "Email", "Certification", "Earned on", "Expires", "Status"];
const USE = ["FiscalMonthName", "CustomerTenantID", "Workload", "MAU", "MetricType", "PartnerAssociationType"];
const people = (e: ScoreEvaluation) => e.people.intermediate.map((p) => p.name);
const certs = (...rows: PlainCell[][]) => [CERT, ...rows];

describe("a certification renamed between rule versions is the same certification", () => {
  // PL-300: "Data Analyst Associate" on the 2023 page, "Power BI Data Analyst Associate" on the 2026 one.
  test.each([
    ["2024-01-10", "Microsoft Certified: Power BI Data Analyst Associate"],
    ["2024-01-10", "Data Analyst Associate"],
    ["2026-11-10", "Microsoft Certified: Data Analyst Associate"],
    ["2026-11-10", "Power BI Data Analyst Associate"],
  ])("as of %s, %s counts", (asOf, title) => {
    const e = evaluateScore(
      { certifications: certs(["Ann", "ann@x.com", title, "2023-08-01", "", "Active"]) },
      { asOf },
    );
    expect(people(e)).toEqual(["Ann"]);
    expect(e.issues.map((i) => i.code)).not.toContain("cert.notListed");
  });
});

describe("status words (docs/rules.md §7.9)", () => {
  it("Active, Activated, Valid and blank count; Current is not one of them and is said", () => {
    const rows = ["Active", "Activated", "Valid", "", "Current"].map((status, i): PlainCell[] => [
      `P${i}`,
      `p${i}@x.com`,
      "MB-800",
      "2026-01-05",
      "",
      status,
    ]);
    const e = evaluateScore({ certifications: certs(...rows) }, { asOf: "2026-11-24" });
    expect(people(e).sort()).toEqual(["P0", "P1", "P2", "P3"]);
    const w = e.issues.find((i) => i.code === "cert.statusUnknown")!;
    expect(w.severity).toBe("warning");
    expect(issueText(w, "en")).toContain('"Current"');
  });
});

describe("MB-230 under the 2023 version", () => {
  it("counts throughout, as SPEC §7 lists only App Maker and MB-600 as time-limited in 2023", () => {
    const e = evaluateScore(
      { certifications: certs(["Ann", "ann@x.com", "MB-230", "2024-03-01", "", "Active"]) },
      { asOf: "2025-09-01" },
    );
    expect(e.rules.version).toBe("2023-06-13");
    expect(people(e)).toEqual(["Ann"]);
  });
});

describe("an earned date that names a month, not a day", () => {
  it("is read as the month's last day; when that decides, the user is told the day might count", () => {
    // PL-500 retires 2026-06-30: earned "before R" is strict; June 2026 read as 30 June is on R.
    const e = evaluateScore(
      { certifications: certs(["Ann", "ann@x.com", "PL-500", "2026-06", "", "Active"]) },
      { asOf: "2026-11-24" },
    );
    expect(people(e)).toEqual([]);
    const w = e.issues.find((i) => i.code === "cert.earnedMonthOnly")!;
    expect(w.severity).toBe("warning");
    expect(issueText(w, "en")).toContain('"2026-06"');
    expect(issueText(w, "en")).toContain("2026-06-30");
    expect(issueText(w, "zh-CN")).toContain("只有月份没有日");
  });

  it("says nothing when the month decides nothing", () => {
    const e = evaluateScore(
      { certifications: certs(["Ann", "ann@x.com", "MB-800", "2026-03", "", "Active"]) },
      { asOf: "2026-11-24" },
    );
    expect(people(e)).toEqual(["Ann"]);
    expect(e.issues.map((i) => i.code)).not.toContain("cert.earnedMonthOnly");
  });
});

describe("metric types", () => {
  const usage = (type: string) => [USE, ["2026-10", "t1", "Power Apps", 10, type, "PAL"]];
  const mcv = (e: ScoreEvaluation) => truncate2(e.metrics.find((m) => m.id === "usageGrowth")!.now);

  test.each([
    ["Paid", 2000],
    ["", 2000],
    ["付费", 2000],
    ["Trial", 0],
    ["Trial (30 days)", 0],
    ["试用", 0],
    ["Non-trial", 2000],
    ["Paid (converted from trial)", 2000],
  ])("%p → %p MCV", (type, expected) => {
    expect(mcv(evaluateScore({ usage: usage(type) }, { asOf: "2026-11-24" }))).toBe(expected);
  });

  it("a metric type that is neither is counted as paid, with one warning per text", () => {
    const rows: PlainCell[][] = [USE, ...[1, 2].map((i) => ["2026-10", `t${i}`, "Power Apps", 10, "Free", "PAL"])];
    const e = evaluateScore({ usage: rows }, { asOf: "2026-11-24" });
    expect(mcv(e)).toBe(4000);
    const w = e.issues.filter((i) => i.code === "score.metricTypeUnknown");
    expect(w).toHaveLength(1);
    expect(issueText(w[0], "en")).toContain('"Free"');
  });
});
