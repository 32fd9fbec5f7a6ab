// Everything the pane and the functions say exists in both languages with the same placeholders,
// and the pane's summary tells the same story as the evaluation.
import { evaluate, LABELS, SUMMARY_TEXT, tierName, tr } from "../../src/core";
import { FUNCTION_TEXT } from "../../src/functions/messages";
import { FIELD_NAMES, PANE_TEXT } from "../../src/taskpane/i18n";
import { summarize } from "../../src/taskpane/summary";
import { SAMPLE_AS_OF, smallWorkbook } from "../fakes/sample-workbook";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test.each([
  ["pane", PANE_TEXT],
  ["functions", FUNCTION_TEXT],
  ["fields", FIELD_NAMES],
  ["summary", SUMMARY_TEXT],
  ["labels", LABELS],
] as const)("%s: every text in English and Chinese, same placeholders", (_name, table) => {
  for (const [key, text] of Object.entries(table)) {
    // Chinese text, or (like "{filled} / {required}") nothing to translate.
    const wordless = !/[A-Za-z]/.test(text["zh-CN"].replace(/\{\w+\}/g, ""));
    const zh =
      /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(text["zh-CN"]) || /^[A-Z]+$/.test(text["zh-CN"]) || wordless;
    expect({ key, en: !!text.en.trim(), zh }).toEqual({ key, en: true, zh: true });
    expect(placeholders(text["zh-CN"])).toEqual(placeholders(text.en));
  }
});

const [, staff, revenue] = smallWorkbook();

test("summary: tier, per-tier verdicts, missing slots with the closest person, the plan, the sheet", () => {
  const lessStaff = staff.values.filter((r) => r[0] !== "Zhang Min");
  const e = evaluate(lessStaff, revenue.values, { asOf: SAMPLE_AS_OF });
  const { model: s, sheetLines } = summarize(
    {
      evaluation: e,
      written: { name: "Competency Results (2)" },
      baseSheetName: "Competency Results",
      staffSheets: ["Staff"],
      revenueSheets: ["Revenue"],
    },
    "en",
  );
  expect(s.tier).toBe(tierName(e, e.tier, "en"));
  expect(s.tiers.map((t) => [t.name, t.pass, t.verdict])).toEqual(
    e.tiers.map((t) => [tierName(e, t.id, "en"), t.pass, tr(LABELS, t.pass ? "pass" : "fail", "en")]),
  );
  const missing = e.tiers.flatMap((t) => t.missing);
  expect(missing.length).toBeGreaterThan(0);
  expect(s.missing).toHaveLength(missing.length);
  expect(s.missing[0].sentence).toMatch(/^Gold slot \d: needs Business \(/);
  expect(s.plan.heading).toBe("Cheapest plan to Gold");
  expect(s.plan.steps).toHaveLength(e.tiers[1].plan.length);
  expect(sheetLines).toEqual([
    "Results written to the sheet “Competency Results (2)”.",
    "A sheet named “Competency Results” that the add-in did not create was left as it is.",
    "Staff from “Staff”, revenue from “Revenue”; those sheets were not changed.",
  ]);
  expect(s.rulesLine).toBe("Rule version 2017-11-16 · Developed (mature) markets");
  expect(s.retired).toBeNull();
});

test("summary after 2022-09-30 carries the retirement notice, in Chinese too", () => {
  const e = evaluate(staff.values, revenue.values, { asOf: "2024-01-31", lang: "zh-CN" });
  const s = summarize(
    {
      evaluation: e,
      written: { name: "能力评估结果" },
      baseSheetName: "能力评估结果",
      staffSheets: ["Staff"],
      revenueSheets: ["Revenue"],
    },
    "zh-CN",
  ).model;
  expect(s.retired).toBe(e.retired?.note["zh-CN"]);
  expect(s.retired).toMatch(/2022/);
  expect(s.tier).toBe("无");
  expect(s.plan.notes.some((n) => n.startsWith("收入仍差"))).toBe(true);
});

test("summary: a copy of the results sheet made the report go to a new sheet — the pane says so (issue 12)", () => {
  const e = evaluate(staff.values, revenue.values, { asOf: SAMPLE_AS_OF });
  for (const lang of ["en", "zh-CN"] as const) {
    const s = summarize(
      {
        evaluation: e,
        written: { name: "R (3)", ownerConflict: true },
        baseSheetName: "R",
        staffSheets: ["Staff"],
        revenueSheets: ["Revenue"],
      },
      lang,
    );
    expect(s.sheetLines[1]).toMatch(
      lang === "en" ? /Several sheets carry this add-in's results mark/ : /有多个工作表带有本加载项的结果标记/,
    );
  }
});
