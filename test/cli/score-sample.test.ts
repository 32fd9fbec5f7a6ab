// The bundled Business Applications sample: evaluated at its own date, close to 70, a short plan;
// and its results sheet (computed in core) says so with PASS/FAIL fills.
import { runCli, tempDir } from "./helpers";
import {
  buildScoreSample,
  checkScoreDesign,
  SCORE_SAMPLE_AS_OF,
} from "../../scripts/make-sample-business-applications";
import { buildScoreReportGrid, evaluateScore } from "../../src/core";

describe("bundled sample (business applications)", () => {
  it("runs with no file at the sample's own date", async () => {
    const r = await runCli(["--program", "business-applications", "--json"], { cwd: tempDir() });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      asOf: SCORE_SAMPLE_AS_OF,
      track: "smb",
      total: 66,
      qualified: false,
      plan: [{ metric: "advancedCertifications", units: 1, points: 7.5 }],
    });
  });

  it("its script's data meets the design, and the grid shows the verdicts", () => {
    const s = buildScoreSample();
    const e = evaluateScore(
      { certifications: s.certifications, revenue: s.revenue, usage: s.usage },
      { asOf: SCORE_SAMPLE_AS_OF },
    );
    expect(() => checkScoreDesign(e)).not.toThrow();
    const grid = buildScoreReportGrid(e, "zh-CN");
    const cells = grid.rows.flat();
    expect(cells.find((c) => c.value === "未达标")?.style).toBe("fail");
    expect(cells.filter((c) => c.value === "通过" && c.style === "pass")).toHaveLength(5);
    expect(grid.rows.every((r) => r.length === grid.width)).toBe(true);
    const planRow = grid.rows.find((r) => r[2].value === "名高级认证人员");
    expect(planRow?.[1].value).toBe(1);
    expect(planRow?.[3].value).toBe(7.5);
  });
});
