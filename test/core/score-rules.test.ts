import { SHIPPED_SCORE_RULES, chooseScoreRules } from "../../src/core/score/rule-versions";
import { validateScoreRules } from "../../src/core/score/rules-schema";
import { parseIsoDay } from "../../src/core/dates";

const day = (s: string) => parseIsoDay(s) as number;

describe("Business Applications rule files", () => {
  it("ships two valid versions with both tracks and every certification's exam code", () => {
    expect(SHIPPED_SCORE_RULES.map((r) => r.version)).toEqual(["2023-06-13", "2026-05-08"]);
    const v26 = SHIPPED_SCORE_RULES[1];
    const codes = (level: string) => v26.certifications.filter((c) => c.level === level).map((c) => c.exams[0].code);
    expect(codes("intermediate")).toEqual([
      "MB-310",
      "MB-500",
      "MB-330",
      "MB-230",
      "MB-240",
      "MB-800",
      "PL-300",
      "PL-200",
      "PL-400",
      "PL-500",
      "MB-280",
      "AB-210",
      "AB-410",
      "AB-250",
    ]);
    expect(codes("advanced")).toEqual(["MB-335", "MB-700", "PL-600", "MB-820", "AB-100"]);
    expect(v26.tracks.enterprise.advancedPointsPerPerson).toBe("15/7");
    const nca23 = SHIPPED_SCORE_RULES[0].ncaWorkloads.map((w) => w.name);
    expect(nca23).toContain("Marketing");
    expect(nca23).not.toContain("Copilot Studio");
    expect(v26.ncaWorkloads.map((w) => w.name)).toContain("Copilot Studio");
  });

  it("chooses the version in force; before 2023-06-13 the first, flagged", () => {
    expect(chooseScoreRules(SHIPPED_SCORE_RULES, day("2026-05-07"))).toMatchObject({
      ok: true,
      rules: { version: "2023-06-13" },
      beforeFirst: false,
    });
    expect(chooseScoreRules(SHIPPED_SCORE_RULES, day("2026-05-08"))).toMatchObject({
      ok: true,
      rules: { version: "2026-05-08" },
    });
    expect(chooseScoreRules(SHIPPED_SCORE_RULES, day("2023-01-31"))).toMatchObject({
      ok: true,
      rules: { version: "2023-06-13" },
      beforeFirst: true,
    });
    expect(chooseScoreRules(SHIPPED_SCORE_RULES, day("2026-01-01"), "1999-01-01")).toMatchObject({
      ok: false,
      code: "options.unknownVersion",
    });
  });

  it("rejects a bad rule file naming the field", () => {
    const doc = JSON.parse(JSON.stringify(SHIPPED_SCORE_RULES[1]));
    doc.certifications[2].level = "expert";
    doc.tracks.smb.advancedPointsPerPerson = "7.5";
    const r = validateScoreRules(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain('certifications.2.level: must be "intermediate" or "advanced"');
      expect(r.errors.some((e) => e.startsWith("tracks.smb.advancedPointsPerPerson: must be a fraction"))).toBe(true);
    }
  });
});
