// The bundled sample: its designed outcome (checked with the core), that the shipped file is what
// the script makes, and how the CLI dates a run on it versus on any other file.
import { join } from "node:path";
import { evaluate, isBlankCell, type Evaluation } from "../../src/core";
import { SAMPLE_PATH, statedAsOf } from "../../src/cli/bundled-sample";
import { readXlsx } from "../../src/cli/xlsx-reader";
import { buildSample, checkDesign, SAMPLE_AS_OF, SAMPLE_RULE_VERSION, writeSample } from "../../scripts/make-sample";
import { runCli, runJson, silverSheets, tempDir, writeWorkbook } from "./helpers";

const sample = buildSample();
const evaluation: Evaluation = evaluate(
  { values: sample.staff, sheet: "Staff" },
  { values: sample.revenue, sheet: "Revenue" },
  { asOf: SAMPLE_AS_OF },
);

describe("the sample's design, as the core sees it", () => {
  test("Silver passes; Gold revenue passes but exactly one exam slot is missing; one exam by a named person fixes it", () => {
    expect(() => checkDesign(evaluation)).not.toThrow();
    expect(evaluation.rules).toMatchObject({ version: SAMPLE_RULE_VERSION, market: "developed" });
    expect(evaluation.tier).toBe("silver");
    const gold = evaluation.tiers.find((t) => t.id === "gold")!;
    expect(gold).toMatchObject({
      revenuePass: true,
      examPass: false,
      slotsRequired: 4,
      slotsFilled: 3,
      planExamCount: 1,
    });
    expect(gold.missing).toHaveLength(1);
    expect(gold.plan).toHaveLength(1);
    expect(gold.plan[0].person).toEqual(expect.any(String));
    expect(gold.missing[0].candidates.map((c) => c.person)).toContain(gold.plan[0].person);
  });

  test("is messy in the ways real sheets are, and every row is still readable", () => {
    const staffRows = sample.staff.slice(3).filter((r) => !r.every(isBlankCell));
    expect(staffRows.length).toBeGreaterThanOrEqual(38);
    expect(sample.revenue.length - 1).toBeGreaterThanOrEqual(290);
    const cells = (rows: unknown[][], c: number) => rows.map((r) => r[c]);
    const exams = cells(staffRows, 2).map(String);
    expect(exams).toEqual(
      expect.arrayContaining([
        "mb2 714",
        "MB2714",
        "Exam MB2-712",
        "ＭＢ２－７１２",
        "MB2-714; MB2-710",
        "MB2-717",
        "70-533",
      ]),
    );
    const passed = cells(staffRows, 3);
    expect(passed.some((v) => typeof v === "number")).toBe(true);
    expect(passed.some((v) => v instanceof Date)).toBe(true);
    expect(passed.some((v) => typeof v === "string" && /年/.test(v))).toBe(true);
    const names = cells(staffRows, 0).map(String);
    expect(names.some((n) => /^\s|\s{2}|\s$/.test(n))).toBe(true);
    expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    const rev = sample.revenue.slice(1);
    expect(new Set(cells(rev, 4))).toEqual(new Set(["Yes", "No", "DPOR", "CPOR", "CSP", "", "Y"]));
    expect(cells(rev, 3).some((v) => typeof v === "string" && /^\(\d{1,3}(,\d{3})*\.\d\d\)$/.test(v))).toBe(true);
    expect(cells(rev, 3).some((v) => typeof v === "string" && v.startsWith("$"))).toBe(true);
    expect(cells(rev, 2).some((v) => typeof v === "string")).toBe(true);
    const reasons = evaluation.revenue.excluded.map((x) => x.reason);
    expect(reasons).toEqual(expect.arrayContaining(["before-window", "after-window", "product", "attribution"]));
    expect(evaluation.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(evaluation.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["exam.unknown", "staff.inactive", "staff.passedAfterAsOf"]),
    );
  });
});

describe("the shipped file", () => {
  test("states the sample's as-of date on its About sheet", async () => {
    const sheets = await readXlsx(SAMPLE_PATH);
    expect(sheets.map((s) => s.name)).toEqual(["About", "Staff", "Revenue"]);
    expect(statedAsOf(sheets)).toBe(SAMPLE_AS_OF);
  });

  test("is what scripts/make-sample.ts makes (regenerated, the same cells)", async () => {
    const fresh = join(tempDir(), "fresh.xlsx");
    await writeSample(fresh);
    const strip = (s: Awaited<ReturnType<typeof readXlsx>>) =>
      s.map(({ name, values, originRow }) => ({ name, values, originRow }));
    expect(strip(await readXlsx(SAMPLE_PATH))).toEqual(strip(await readXlsx(fresh)));
  });

  test("the CLI with no FILE gives the designed outcome, as of the sample's own date", async () => {
    const j = await runJson([]);
    expect(j).toMatchObject({
      asOf: SAMPLE_AS_OF,
      tier: "silver",
      rules: { version: SAMPLE_RULE_VERSION, market: "developed" },
    });
    const gold = j.tiers.find((t) => t.id === "gold")!;
    expect(gold).toMatchObject({ revenuePass: true, examPass: false, pass: false });
    expect(gold.missing).toHaveLength(1);
    expect(gold.plan).toHaveLength(1);
    expect(gold.plan[0].person).toBe(evaluation.tiers[1].plan[0].person);
    expect(j.revenue.ttmUsd).toBe(evaluation.revenue.ttmCents / 100);
    expect(j.issues.some((i) => /today/.test(i.message))).toBe(false);
  });
});

describe("the as-of date a run uses", () => {
  test("the bundled sample without --as-of: the sample's date, said plainly", async () => {
    const en = await runCli([], { cwd: tempDir() });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("As-of date: 2018-06-30 — the bundled sample's date; pass --as-of to change");
    expect(en.stdout).toMatch(/Result tier: SILVER/);
    expect(en.stdout).toMatch(/Cheapest plan to Gold: 1 exam\(s\):\n  - \S.* \(slot \d\): Deployment/);
    const zh = await runCli(["--lang", "zh-CN"], { cwd: tempDir() });
    expect(zh.stdout).toContain("评估日期：2018-06-30 — 内置示例的日期；可用 --as-of 指定其他日期");
  });

  test("the sample named explicitly is still the sample: its date, results in the current folder", async () => {
    const dir = tempDir();
    const r = await runCli([SAMPLE_PATH], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("the bundled sample's date");
    expect(r.stdout).toContain(`Results workbook: ${join(dir, "sample-workbook.results.xlsx")}`);
  });

  test("the bundled sample with --as-of uses the date given", async () => {
    const j = await runJson(["--as-of", "2019-06-30"]);
    expect(j.asOf).toBe("2019-06-30");
  });

  test("any other file without --as-of: today, flagged as assumed, and the retirement notice up front", async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, "book.xlsx"), silverSheets());
    const now = new Date(2026, 10, 25, 23, 59); // local calendar day, whatever the zone
    const j = await runJson(["book.xlsx"], { cwd: dir, now });
    expect(j.asOf).toBe("2026-11-25");
    expect(j.rules.version).toBe("2017-11-16");
    expect(j.issues).toContainEqual(
      expect.objectContaining({
        severity: "info",
        message: expect.stringContaining("evaluated as of today, 2026-11-25"),
      }),
    );
    expect(j.issues).toContainEqual(
      expect.objectContaining({ severity: "warning", message: expect.stringMatching(/retired/i) }),
    );
    const r = await runCli(["book.xlsx", "--force"], { cwd: dir, now });
    const lines = r.stdout.split("\n");
    expect(lines[2]).toMatch(/^!! NOTICE: .*retired/i);
    expect(r.stdout).toContain("As-of date: 2026-11-25 — today (no --as-of given)");
  });
});
