// --json prints exactly the docs/rules.md §5 contract; flags, exit codes and languages.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate, SHIPPED_RULES, toContractJson } from "../../src/core";
import { langFromEnv, parseArgs } from "../../src/cli/args";
import { listDir, ROOT, runCli, runJson, silverSheets, spawnCli, tempDir, writeWorkbook, plainRows } from "./helpers";
import { spawnSync } from "node:child_process";

const AS_OF = ["--as-of", "2017-06-30"];

describe("--json", () => {
  let dir: string;
  let book: string;
  beforeAll(async () => {
    dir = tempDir();
    book = await writeWorkbook(join(dir, "book.xlsx"), silverSheets());
  });

  test("prints only the contract: every field of docs/rules.md §5, and writes no workbook", async () => {
    const r = await runCli([book, ...AS_OF, "--json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const j = JSON.parse(r.stdout);
    // Issue 10 adds `columns` (the sheet and header each field was read from), issue 11 `sheets` (read and passed over).
    expect(Object.keys(j).sort()).toEqual(["asOf", "columns", "issues", "revenue", "rules", "sheets", "tier", "tiers"]);
    expect(j.columns.revenue.amount).toEqual({ sheet: "Revenue", header: expect.any(String) });
    expect(Object.keys(j.columns.staff)).toEqual(expect.arrayContaining(["person", "exam"]));
    expect(j.sheets.used.map((u: { table: string }) => u.table)).toEqual(["staff", "revenue"]);
    expect(j).toMatchObject({
      asOf: "2017-06-30",
      tier: "silver",
      rules: { id: "cloud-crm", version: "2017-06-27", market: "developed" },
      revenue: { ttmUsd: 100000, windowStart: "2016-07-01", windowEnd: "2017-06-30", countedRows: 2, excludedRows: 1 },
    });
    const [silver, gold] = j.tiers;
    expect(Object.keys(silver).sort()).toEqual([
      "examPass",
      "gapUsd",
      "id",
      "missing",
      "pass",
      "plan",
      "requiredUsd",
      "revenuePass",
      "slots",
    ]);
    expect(silver).toMatchObject({
      id: "silver",
      pass: true,
      revenuePass: true,
      examPass: true,
      requiredUsd: 100000,
      gapUsd: 0,
    });
    expect(silver.slots).toEqual([
      {
        requires: [
          ["MB2-714", "MB2-713", "MB2-709"],
          ["MB2-710", "MB2-706"],
        ],
        person: "Xu Wei",
        exams: ["MB2-714", "MB2-710"],
      },
      { requires: [["MB2-712", "MB2-707"]], person: "Yan Li", exams: ["MB2-712"] },
    ]);
    expect(gold).toMatchObject({
      id: "gold",
      pass: false,
      revenuePass: false,
      examPass: false,
      requiredUsd: 300000,
      gapUsd: 200000,
    });
    expect(gold.missing).toHaveLength(2);
    expect(Object.keys(gold.missing[0]).sort()).toEqual(["candidates", "requires"]);
    expect(gold.missing[0].candidates).toEqual([]); // both people already fill Gold slots
    expect(gold.plan.every((p: { person: unknown; exams: unknown }) => "person" in p && Array.isArray(p.exams))).toBe(
      true,
    );
    expect(listDir(dir)).toEqual(["book.xlsx"]);
  });

  test("equals the core's own contract for the same tables", async () => {
    const j = await runJson([book, ...AS_OF], { cwd: dir });
    const [staff, revenue] = silverSheets();
    const direct = toContractJson(
      evaluate(
        { values: plainRows(staff.rows), sheet: "Staff" },
        { values: plainRows(revenue.rows), sheet: "Revenue" },
        { asOf: "2017-06-30" },
      ),
      "en",
    );
    expect(j).toEqual(JSON.parse(JSON.stringify(direct)));
  });

  test("with --out, the workbook is written and stdout still holds only JSON", async () => {
    const r = await runCli([book, ...AS_OF, "--json", "--out", "out.xlsx"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tier).toBe("silver");
    expect(existsSync(join(dir, "out.xlsx"))).toBe(true);
  });

  test("progress goes to stderr only when stderr is a terminal", async () => {
    const quiet = await runCli([book, ...AS_OF, "--json"], { cwd: dir, tty: false });
    expect(quiet.stderr).toBe("");
    const tty = await runCli([book, ...AS_OF, "--json"], { cwd: dir, tty: true });
    expect(tty.stderr).toContain("Reading");
    expect(JSON.parse(tty.stdout)).toEqual(JSON.parse(quiet.stdout));
  });

  test("--market, --rule-version and --lang reach the evaluation", async () => {
    const j = await runJson([book, ...AS_OF, "--market", "developing", "--lang", "zh-CN"], { cwd: dir });
    // The seed version has no developing market: the earliest version that has it is used.
    expect(j.rules).toEqual({ id: "cloud-crm", version: "2017-07-07", market: "developing" });
    expect(j.tiers[0].requiredUsd).toBe(50000);
    expect(j.issues.some((i) => /规则版本/.test(i.message))).toBe(true);
    const v = await runJson([book, ...AS_OF, "--rule-version", "2017-11-16"], { cwd: dir });
    expect(v.rules.version).toBe("2017-11-16");
  });

  test("a user's rule file (--rules) replaces the shipped thresholds", async () => {
    const rules = JSON.parse(JSON.stringify(SHIPPED_RULES[0]));
    rules.version = "house-1";
    rules.markets.developed.revenueUsd = { silver: 10000, gold: 20000 };
    const file = join(dir, "house.json");
    writeFileSync(file, JSON.stringify(rules));
    const j = await runJson([book, ...AS_OF, "--rules", file], { cwd: dir });
    expect(j.rules.version).toBe("house-1");
    expect(j.tiers[1]).toMatchObject({ revenuePass: true, requiredUsd: 20000 });
  });

  test("an invalid rule file is refused, naming the bad field", async () => {
    const rules = JSON.parse(JSON.stringify(SHIPPED_RULES[0]));
    rules.tiers[1].slots[0].requires[1] = "deploy";
    const file = join(dir, "bad-rules.json");
    writeFileSync(file, JSON.stringify(rules));
    const r = await runCli([book, ...AS_OF, "--rules", file, "--json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^Rule file .*bad-rules\.json is invalid: tiers\[1\]\.slots\[0\]\.requires\[1\]: .*deploy.*\n$/,
    );
    const notJson = join(dir, "not.json");
    writeFileSync(notJson, "{ nope");
    expect((await runCli([book, "--rules", notJson], { cwd: dir })).stderr).toMatch(/not valid JSON/);
    expect((await runCli([book, "--rules", join(dir, "missing.json")], { cwd: dir })).stderr).toMatch(
      /cannot read the file/,
    );
  });
});

describe("flags", () => {
  test("--help is bilingual and lists every shipped rule version with its changes", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage:");
    expect(r.stdout).toContain("用法");
    for (const v of SHIPPED_RULES) {
      expect(r.stdout).toContain(`${v.version}  ${v.changes.en}`);
      expect(r.stdout).toContain(`${v.version}  ${v.changes["zh-CN"]}`);
    }
  });

  test.each([
    [["--bogus"], /^Unknown option "--bogus"; run with --help/],
    [["--as-of", "30/06/2018"], /^--as-of "30\/06\/2018" is not a date; write it as YYYY-MM-DD/],
    [["--as-of"], /^--as-of needs a value/],
    [["--market", "mature"], /^--market must be developed or developing/],
    [["--lang", "fr"], /^--lang must be en or zh-CN/],
    [["--json=yes"], /^--json takes no value/],
    [
      ["--rule-version", "2099-01-01"],
      /^Unknown rule version "2099-01-01" \(known: 2017-06-27, 2017-07-07, 2017-11-16\)/,
    ],
  ])("%j → exit 2 with one line", async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  test("--flag=value works like --flag value", () => {
    const o = parseArgs(["a.xlsx", "--as-of=2018-06-30", "--out=x.xlsx", "--lang=zh-CN"], {});
    expect(o).toMatchObject({ files: ["a.xlsx"], asOf: "2018-06-30", out: "x.xlsx", lang: "zh-CN" });
  });

  test("the language defaults from LC_ALL, then LANG", async () => {
    expect(langFromEnv({ LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(langFromEnv({ LANG: "zh_TW.UTF-8" })).toBe("zh-CN");
    expect(langFromEnv({ LANG: "zh_CN.UTF-8", LC_ALL: "en_US.UTF-8" })).toBe("en");
    expect(langFromEnv({ LANG: "de_DE.UTF-8" })).toBe("en");
    const r = await runCli(["--bogus"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(r.stderr).toMatch(/^未知选项“--bogus”/);
    const asked = await runCli(["--bogus", "--lang", "en"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(asked.stderr).toMatch(/^Unknown option/);
  });
});

describe("the real command", () => {
  test("npm run --silent report -- FILE --json prints only JSON on stdout, exit 0", async () => {
    const dir = tempDir();
    const book = await writeWorkbook(join(dir, "book.xlsx"), silverSheets());
    const r = spawnSync("npm", ["run", "--silent", "report", "--", book, "--as-of", "2017-06-30", "--json"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ asOf: "2017-06-30", tier: "silver", revenue: { ttmUsd: 100000 } });
    expect(listDir(dir)).toEqual(["book.xlsx"]);
  });

  test("a refusal is exit 2 and exactly one line on stderr, no stack trace", () => {
    const dir = tempDir();
    const r = spawnCli(["missing.xlsx", "--json"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "missing.xlsx: no such file; check the path (or run without FILE to use the bundled sample).\n",
    );
  });

  test("a rule path that is a folder is one line too, never a stack trace", () => {
    const r = spawnCli(["--rules", ROOT, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });
});
