// The capability score on the command line reads a hand-kept workbook as the Cloud CRM reads one
// (issue 10, issue 11): an openpyxl-written 1904 workbook with a merged title, months merged down
// over their customers, a euro-formatted amount, a currency column, day-first text dates and a
// European decimal comma (test/fixtures/make_score_workbooks.py says what it holds).
import { join } from "node:path";
import { ROOT, runCli, tempDir } from "./helpers";

const WORKBOOK = join(ROOT, "test/fixtures/openpyxl-score-1904.xlsx");

interface ScoreJson {
  pairs: { customerAdds: { now: number; base: number }; deployments: { now: number; base: number } };
  metrics: { id: string; now: number | null }[];
  people: { intermediate: string[] };
  excluded: { table: string; reason: string; detail: string; rows: number; usd?: number }[];
  issues: { severity: string; message: string }[];
}

const ARGS = ["--program", "business-applications", WORKBOOK, "--as-of", "2026-11-24"];

const run = async (lang = "en") => {
  const r = await runCli([...ARGS, "--track", "smb", "--lang", lang, "--json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ScoreJson;
};

describe("a hand-kept score workbook written by openpyxl", () => {
  it("counts the dollar rows under a merged month, and leaves euro and yuan rows out as Not USD", async () => {
    const j = await run();
    expect(j.pairs.customerAdds).toEqual({ now: 2, base: 0 });
    const currency = j.excluded.filter((x) => x.reason === "currency");
    expect(currency.map((x) => [x.detail, x.rows, x.usd]).sort()).toEqual([
      ["CNY", 1, 500],
      ["€", 1, 400],
    ]);
  });

  it("reads day-first text months and a decimal comma: 25,5 Power Apps MAU in October are 5,100 MCV", async () => {
    const j = await run();
    expect(j.metrics.find((m) => m.id === "usageGrowth")?.now).toBe(5100);
    expect(j.pairs.deployments.now).toBe(1);
    expect(j.excluded).toContainEqual({ table: "usage", reason: "trial", detail: "", rows: 1 });
  });

  it("reads earned dates in their column's day-first order, with nothing left to say", async () => {
    const j = await run("zh-CN");
    expect(j.people.intermediate).toEqual(["Li Na", "Xu Wei"]);
    expect(j.issues).toEqual([]);
  });
});

describe("what the readers saw is said, as for Cloud CRM", () => {
  it("a hidden row is counted like any other, and the summary says how many were included", async () => {
    const r = await runCli([...ARGS, "--out", join(tempDir("score-hidden-"), "out.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 hidden rows were included (hidden rows count like any other).");
  });

  it("a usage CSV saved by Excel on a Simplified-Chinese Windows (GBK) is read, and its encoding named", async () => {
    const csv = join(ROOT, "test/fixtures/gbk-score-usage.csv");
    const args = ["--program", "business-applications", csv, "--as-of", "2026-11-24", "--track", "smb"];
    const json = await runCli([...args, "--json"]);
    const j = JSON.parse(json.stdout) as ScoreJson;
    expect(j.metrics.find((m) => m.id === "usageGrowth")?.now).toBe(26000);
    expect(j.excluded).toContainEqual({ table: "usage", reason: "trial", detail: "", rows: 1 });
    const zh = await runCli([...args, "--lang", "zh-CN", "--out", join(tempDir("score-gbk-"), "out.xlsx")]);
    expect(zh.stdout).toContain(`${csv} 按 GB18030 编码读取。`);
  });
});
