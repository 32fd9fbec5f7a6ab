// The capability score on the command line reads a hand-kept workbook as the Cloud CRM reads one
// (issue 10, issue 11): an openpyxl-written 1904 workbook with a merged title, months merged down
// over their customers, a euro-formatted amount, a currency column, day-first text dates and a
// European decimal comma (test/fixtures/make_score_workbooks.py says what it holds).
import { join } from "node:path";
import { ROOT, runCli } from "./helpers";

const WORKBOOK = join(ROOT, "test/fixtures/openpyxl-score-1904.xlsx");

interface ScoreJson {
  pairs: { customerAdds: { now: number; base: number }; deployments: { now: number; base: number } };
  metrics: { id: string; now: number | null }[];
  people: { intermediate: string[] };
  excluded: { table: string; reason: string; detail: string; rows: number; usd?: number }[];
  issues: { severity: string; message: string }[];
}

const run = async (lang = "en") => {
  const r = await runCli([
    "--program",
    "business-applications",
    WORKBOOK,
    "--as-of",
    "2026-11-24",
    "--track",
    "smb",
    "--lang",
    lang,
    "--json",
  ]);
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
