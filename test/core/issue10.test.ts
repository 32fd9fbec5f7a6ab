// Issue 10: every messy-but-real way of writing columns, statuses, dates, amounts and names is
// either read right or said out loud. One fixture per rule, in English and Chinese.
import { execFileSync } from "child_process";
import { join, resolve } from "path";
import fc from "fast-check";
import { buildReportGrid, evaluate, exclusionText, issueText, MESSAGES, toContractJson, tr } from "../../src/core";
import { currencyOfFormat, readAmount, readDate, FORMULA_WITHOUT_VALUE } from "../../src/core/cells";
import { FIXTURES, runFixture, type Fixture } from "./issue10-fixtures";

const ROOT = resolve(__dirname, "../..");

describe.each(FIXTURES.map((f) => [f.name, f] as const))("%s", (_, f) => {
  const e = runFixture(f);
  const messages = e.issues.map((i) => issueText(i, f.lang));
  test(`tier ${f.tier}, TTM ${f.ttmUsd}`, () => {
    expect(e.tier).toBe(f.tier);
    expect(toContractJson(e, f.lang).revenue.ttmUsd).toBe(f.ttmUsd);
  });
  if (f.says?.length)
    test("says so", () => {
      for (const s of f.says ?? []) expect(messages.filter((m) => m.includes(s))).not.toEqual([]);
    });
  if (f.excludes?.length)
    test("excludes under its own reason", () => {
      for (const s of f.excludes ?? [])
        expect(e.revenue.excluded.map((x) => exclusionText(x, f.lang)).filter((l) => l.includes(s))).not.toEqual([]);
    });
  if (f.never?.length)
    test("raises no such issue", () => {
      for (const s of f.never ?? []) expect(messages.filter((m) => m.includes(s))).toEqual([]);
    });
});

describe("details of the rules", () => {
  const fixture = (name: string) => FIXTURES.find((f) => f.name === name) as Fixture;

  test("the currency exclusion is last in fix-it order and keeps its amount", () => {
    const e = runFixture(fixture("a currency column: non-USD rows are excluded under their own reason"));
    expect(e.revenue.excluded.map((x) => [x.reason, exclusionText(x, "en"), x.cents])).toEqual([
      ["currency", "Not USD: CNY", 32_500_000],
    ]);
    const late = evaluate(
      [["Name", "Exam"]],
      [
        ["Product", "Date", "Amount", "DPOR", "Currency"],
        ["CRM Online", "2016-01-01", 5, "Yes", "EUR"],
        ["Other", "2017-01-01", 7, "Yes", "EUR"],
        ["CRM Online", "2017-01-01", 9, "CPOR", "EUR"],
        ["CRM Online", "2017-01-01", 11, "Yes", "EUR"],
      ],
      { asOf: "2017-06-30" },
    );
    expect(late.revenue.excluded.map((x) => x.reason)).toEqual(["before-window", "product", "attribution", "currency"]);
  });

  test("the results sheet shows the columns used and the product texts read as", () => {
    const e = runFixture(FIXTURES.find((f) => f.name.startsWith("Amount (CNY)") && f.lang === "zh-CN") as Fixture);
    const rows = buildReportGrid(e, "zh-CN").rows.map((r) => r.map((c) => c.value));
    expect(rows).toContainEqual(expect.arrayContaining(["使用的列"]));
    expect(rows).toContainEqual(expect.arrayContaining(["收入", "金额", "Revenue", "金额(美元)"]));
    const en = buildReportGrid(
      runFixture(fixture("DPOR long forms and product names that contain an eligible product")),
      "en",
    ).rows.map((r) => r.map((c) => c.value));
    expect(en).toContainEqual(expect.arrayContaining(["Microsoft Dynamics CRM Online Professional", "CRM Online", 1]));
    expect(en).toContainEqual(expect.arrayContaining(["revenue", "amount", "Revenue", "Amount"]));
  });

  test("the summary lists each distinct product text and what it was read as", () => {
    const e = runFixture(fixture("DPOR long forms and product names that contain an eligible product"));
    expect(e.revenue.productsReadAs).toEqual([
      { text: "Dynamics CRM Online Basic", product: "CRM Online", rows: 1 },
      { text: "Microsoft Dynamics CRM Online Professional", product: "CRM Online", rows: 1 },
    ]);
  });

  test("a product containing a newer version's product name is that product only from that version", () => {
    const revenue = [
      ["Product", "Date", "Amount", "DPOR"],
      ["Dynamics 365 Customer Engagement Plan Enterprise Edition", "2018-03-01", 100000, "Yes"],
    ];
    expect(evaluate([["Name", "Exam"]], revenue, { asOf: "2018-06-30" }).revenue.ttmCents).toBe(10_000_000);
    expect(
      evaluate([["Name", "Exam"]], revenue, { asOf: "2018-06-30", ruleVersion: "2017-07-07" }).revenue.ttmCents,
    ).toBe(0);
  });

  test("number formats: USD only for $, US$ or USD with no locale or en-US", () => {
    expect(
      [
        "$#,##0.00",
        '"$"#,##0.00',
        "[$$-409]#,##0.00",
        "[$USD] #,##0",
        "[$US$-409]#,##0.00",
        "#,##0.00",
        "General",
        "[$-409]mmm-yy",
      ].map(currencyOfFormat),
    ).toEqual(Array(8).fill(null));
    expect(
      [
        "[$¥-804]#,##0.00",
        "[$HK$-C04]#,##0.00",
        "[$$-C09]#,##0.00",
        "[$€-407]#,##0.00",
        "£#,##0.00",
        '"¥"#,##0',
        "[$CNY] #,##0.00",
        '"NT$"#,##0',
      ].map(currencyOfFormat),
    ).toEqual(["¥", "HK$", "AUD", "€", "£", "¥", "CNY", "NT$"]);
  });

  test("amount text: accounting forms, trailing minus, other currencies marked", () => {
    const cents = (t: string, n: "us" | "eu" | "mixed" = "us") => {
      const r = readAmount(t, n);
      return r.kind === "ok" ? [r.value, r.currency ?? "USD"] : r.kind;
    };
    expect(cents("$ (5,000.00)")).toEqual([-500000, "USD"]);
    expect(cents("5,000.00-")).toEqual([-500000, "USD"]);
    expect(cents("$ -")).toEqual([0, "USD"]);
    expect(cents("¥325,000.00")).toEqual([32500000, "¥"]);
    expect(cents("1.200", "eu")).toEqual([120000, "USD"]);
    expect(cents("80000,30", "eu")).toEqual([8000030, "USD"]);
    expect(cents("1,200", "mixed")).toBe("bad");
  });

  test("dates: two-digit years as Excel reads them; month text is a span", () => {
    const span = (t: string) => {
      const r = readDate(t);
      return r.kind === "ok" ? [r.value.first, r.value.last] : r.kind;
    };
    const iso = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    expect(span("12/31/29")).toEqual([iso("2029-12-31"), iso("2029-12-31")]);
    expect(span("12/31/30")).toEqual([iso("1930-12-31"), iso("1930-12-31")]);
    expect(span("Jul-17")).toEqual([iso("2017-07-01"), iso("2017-07-31")]);
    expect(span("2017年2月")).toEqual([iso("2017-02-01"), iso("2017-02-28")]);
    expect(span("7月 2017")).toEqual([iso("2017-07-01"), iso("2017-07-31")]);
    expect(span("6/30/2017 4:00 PM")).toEqual([iso("2017-06-30"), iso("2017-06-30")]);
  });

  test("a formula without a saved value has its own message, and the row does not count", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const e = evaluate(
        [
          ["Name", "Exam", "Passed on"],
          ["Xu Wei", "MB2-714, MB2-710", FORMULA_WITHOUT_VALUE],
          ["Yan Li", "MB2-712", ""],
        ],
        [
          ["Product", "Date", "Amount", "DPOR"],
          ["CRM Online", "2017-03-01", FORMULA_WITHOUT_VALUE, "Yes"],
          ["CRM Online", "2017-03-01", 100000, "Yes"],
        ],
        { asOf: "2017-06-30", lang },
      );
      expect(e.tier).toBe("none");
      expect(e.revenue.ttmCents).toBe(10_000_000);
      const said = e.issues
        .filter((i) => i.code === "cell.formulaWithoutValue")
        .map((i) => [i.sheet, i.row, issueText(i, lang)]);
      const text = tr(MESSAGES, "cell.formulaWithoutValue", lang);
      expect(said).toEqual([
        ["Staff", 2, text],
        ["Revenue", 2, text],
      ]);
    }
    expect(tr(MESSAGES, "cell.formulaWithoutValue", "en")).toContain(
      "formula without a saved value: open and save the file in Excel".replace("formula", "Formula"),
    );
  });

  test("field and table names inside zh-CN messages are Chinese", () => {
    const e = evaluate(
      [],
      [
        ["Product", "Date", "Amount"],
        ["CRM Online", "2017-03-01", 1],
      ],
      { asOf: "2017-06-30", lang: "zh-CN" },
    );
    const msgs = e.issues.map((i) => issueText(i, "zh-CN"));
    expect(msgs).toContain("员工表为空。");
    expect(msgs).toContain("缺少记录在案的合作伙伴列；所有收入行均不计为 DPOR。");
    const noHeader = evaluate([["x"], ["y"]], [["Product", "Date", "Amount (CNY)", "Revenue (CNY)"]], {
      asOf: "2017-06-30",
      lang: "zh-CN",
    }).issues.map((i) => issueText(i, "zh-CN"));
    expect(noHeader).toContain("前 50 行中未找到标题行；应包含 姓名、考试、通过日期、在职 等列。");
    expect(noHeader.join("\n")).toMatch(/列“Amount \(CNY\)”和“Revenue \(CNY\)”都像是金额列/);
    for (const m of [...msgs, ...noHeader]) expect(m).not.toMatch(/\b(staff|revenue|amount|dpor|DPOR列)\b/);
  });

  test("a real date cell with a time is the day it holds, in every time zone", () => {
    // A child process per zone (time-zone.probe.ts): the zone must be the process's own from the start.
    for (const [tz, offset] of [
      ["Asia/Shanghai", -480],
      ["America/Los_Angeles", 480],
      ["UTC", 0],
    ] as const) {
      const out = execFileSync(join(ROOT, "node_modules/.bin/tsx"), [join(__dirname, "time-zone.probe.ts")], {
        env: { ...process.env, TZ: tz },
        encoding: "utf8",
      });
      expect([tz, JSON.parse(out)]).toEqual([tz, { offset, tier: "silver", ttmCents: 10_000_000 }]);
    }
  });
});

describe("an unrecognised status or result value never raises the tier (property)", () => {
  const TIERS = ["none", "silver", "gold"];
  const codes = ["MB2-714", "MB2-710", "MB2-712", "MB2-713, MB2-706", "MB2-707", "MB2-714, MB2-710, MB2-712"];
  const row = fc.record({
    person: fc.integer({ min: 0, max: 5 }),
    exams: fc.constantFrom(...codes),
    status: fc.constantFrom("Active", "Inactive", "", "在职", "离职"),
    result: fc.constantFrom("Passed", "Failed", "", "通过"),
  });
  const unknownWord = fc.constantFrom("On leave", "休假", "maybe", "TBC", "?", "pending", "待定");

  test("status and result columns", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        unknownWord,
        fc.boolean(),
        (rows, pick, word, inResult) => {
          const table = (override?: string) => [
            ["Name", "Exam", "Employment status", "Result"],
            ...rows.map((r, i) => [
              `P${r.person}`,
              r.exams,
              !inResult && i === pick % rows.length && override !== undefined ? override : r.status,
              inResult && i === pick % rows.length && override !== undefined ? override : r.result,
            ]),
          ];
          const tier = (override?: string) =>
            TIERS.indexOf(
              evaluate(
                table(override),
                [
                  ["Product", "Date", "Amount", "DPOR"],
                  ["CRM Online", "2017-03-01", 400000, "Yes"],
                ],
                { asOf: "2017-06-30" },
              ).tier,
            );
          const unknown = tier(word);
          // Never above any recognised value in its place (active/passed is the most it can give).
          for (const known of inResult ? ["Passed", "Failed", ""] : ["Active", "Inactive", ""])
            expect(unknown).toBeLessThanOrEqual(tier(known));
        },
      ),
      { numRuns: 150 },
    );
  });
});
