// The terminal summary: the answer, the numbers behind it, what is missing and the plan.
import { join } from "node:path";
import { runCli, silverSheets, tempDir, utc, writeWorkbook } from "./helpers";

async function summary(extraStaff: unknown[][], argv: string[] = []) {
  const dir = tempDir();
  await writeWorkbook(join(dir, "book.xlsx"), silverSheets(extraStaff as never));
  const r = await runCli(["book.xlsx", "--as-of", "2017-06-30", ...argv], { cwd: dir });
  expect(r.code).toBe(0);
  return { out: r.stdout, dir };
}

test("tier, rules, window, per-tier table, missing slots with candidates, plan, revenue, issues, path", async () => {
  const { out, dir } = await summary([
    ["Ann Lee", "MB2-713", utc("2017-01-01"), "Yes"],
    ["Bob Stone", "MB2-99x", "", "Yes"],
  ]);
  expect(out).toMatch(/^Cloud CRM competency — results\nResult tier: SILVER\n/);
  expect(out).toContain("Rule version 2017-06-27 · Developed (mature) markets");
  expect(out).toContain("As-of date: 2017-06-30\n");
  expect(out).toContain("TTM window: 2016-07-01 to 2017-06-30");
  expect(out).toMatch(/Silver +\$100,000\.00 +\$100,000\.00 +\$0\.00 +2\/2 +PASS\n/);
  expect(out).toMatch(/Gold +\$300,000\.00 +\$100,000\.00 +\$200,000\.00 +2\/4 +FAIL \(revenue, exams\)\n/);
  expect(out).toMatch(
    /Missing exam slots:\n  - Gold slot \d: needs Business \(MB2-714 or MB2-713 or MB2-709\) \+ Deployment \(MB2-710 or MB2-706\)\n      closest candidates:\n        Ann Lee needs Deployment \(MB2-710 or MB2-706\)/,
  );
  expect(out).toMatch(/Cheapest plan to Gold: \d exam\(s\):\n  - Ann Lee \(slot \d\): Deployment/);
  expect(out).toContain("Revenue still short by 200,000.00 USD.");
  expect(out).toMatch(/Revenue: 2 rows counted, 1 excluded:\n +Counted: CRM Online +1 +\$60,000\.00/);
  expect(out).toMatch(/Excluded: Not an eligible product: Azure +1 +\$99,999\.00/);
  expect(out).toMatch(
    /Data issues: errors: 0 · warnings: 1 · notes: 0\n  - \[warning\] Staff row 5 \(Exam\): "MB2-99x" is not a recognised exam code\./,
  );
  expect(out).toContain(`Results workbook: ${join(dir, "book.results.xlsx")}`);
});

test("when every tier is met there is no plan, and it says so", async () => {
  const { out } = await summary([
    ["C", "MB2-713; MB2-706", "", "Yes"],
    ["D", "MB2-707", "", "Yes"],
  ]);
  expect(out).toContain("Result tier: SILVER"); // Gold's revenue is short, so the plan is revenue only
  expect(out).toContain("Every exam slot of every tier is filled.");
  expect(out).toContain("Cheapest plan to Gold: the exam slots are filled; revenue is short by 200,000.00 USD.");
  const dir = tempDir();
  const [staff, revenue] = silverSheets([
    ["C", "MB2-713; MB2-706", "", "Yes"],
    ["D", "MB2-707", "", "Yes"],
  ]);
  revenue.rows.push(["Big", "CRM Online", utc("2017-06-01"), 200000, "Yes"]);
  await writeWorkbook(join(dir, "gold.xlsx"), [staff, revenue]);
  const r = await runCli(["gold.xlsx", "--as-of", "2017-06-30"], { cwd: dir });
  expect(r.stdout).toContain("Result tier: GOLD");
  expect(r.stdout).toContain("Every tier is met: no plan needed.");
});

test("in Chinese, with Chinese punctuation and aligned columns", async () => {
  const { out } = await summary([["安妮", "MB2-713", utc("2017-01-01"), "是"]], ["--lang", "zh-CN"]);
  expect(out).toMatch(/^云客户关系管理能力 — 评估结果\n结果等级：银牌\n/);
  expect(out).toContain("评估日期：2017-06-30");
  expect(out).toContain("TTM 期间：2016-07-01 至 2017-06-30");
  expect(out).toMatch(/缺少的考试名额：\n  - 金牌 名额 \d：需要 业务/);
  expect(out).toMatch(/安妮 还需 部署/);
  const table = out.split("\n").filter((l) => /^  (等级|银牌|金牌) /.test(l));
  expect(table).toHaveLength(3);
  // CJK characters are two columns wide: the "Slots" column ends at the same column in every row.
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);
  const [header, ...tiers] = table;
  const ends = [
    width(header.slice(0, header.indexOf("名额") + 2)),
    ...tiers.map((l) => width(l.slice(0, l.search(/\d\/\d/) + 3))),
  ];
  expect(new Set(ends).size).toBe(1);
});
