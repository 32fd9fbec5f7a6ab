// docs/rules.md §6: the rules through time and markets.
import { evaluate, issueText, SHIPPED_RULES, toContractJson } from "../../src/core";
import type { EvaluateOptions, Market } from "../../src/core";
import { revenueOf, revenueTable, staffTable, type StaffSpec } from "./helpers";

const SILVER: StaffSpec[] = [
  ["A", "MB2-714, MB2-710"],
  ["B", "MB2-712"],
];
const GOLD: StaffSpec[] = [
  ["A", "MB2-714, MB2-710"],
  ["B", "MB2-713, MB2-706"],
  ["C", "MB2-712"],
  ["D", "MB2-707"],
];
const run = (staff: StaffSpec[], usd: number, asOf: string, extra: Partial<EvaluateOptions> = {}) => {
  const date = `${asOf.slice(0, 7)}-01`;
  return evaluate(staffTable(staff), revenueOf(usd, date), { asOf, ...extra });
};

test("three versions ship, oldest first, each valid and describing its change", () => {
  expect(SHIPPED_RULES.map((r) => r.version)).toEqual(["2017-06-27", "2017-07-07", "2017-11-16"]);
  for (const r of SHIPPED_RULES) {
    expect(r.changes.en.length).toBeGreaterThan(20);
    expect(r.changes["zh-CN"].length).toBeGreaterThan(10);
  }
});

describe.each([
  ["2017-06-27", "2017-06-30"],
  ["2017-07-07", "2017-09-30"],
  ["2017-11-16", "2018-06-30"],
])("version %s", (version, asOf) => {
  test(`is the one in force on ${asOf}; seed-style Silver and Gold pass`, () => {
    const s = run(SILVER, 100000, asOf);
    expect(toContractJson(s, "en").rules).toEqual({ id: "cloud-crm", version, market: "developed" });
    expect(s.tier).toBe("silver");
    expect(run(GOLD, 300000, asOf).tier).toBe("gold");
    expect(run(GOLD, 299999.99, asOf).tier).toBe("silver");
  });
});

test.each([
  ["2016-01-01", "2017-06-27"], // before the first: the first
  ["2017-06-26", "2017-06-27"],
  ["2017-06-27", "2017-06-27"],
  ["2017-07-06", "2017-06-27"],
  ["2017-07-07", "2017-07-07"],
  ["2017-11-15", "2017-07-07"],
  ["2017-11-16", "2017-11-16"],
  ["2026-11-25", "2017-11-16"], // after retirement: the last
])("as of %s the version in force is %s", (asOf, version) => {
  expect(run(SILVER, 1, asOf).rules.version).toBe(version);
});

describe("exams added on 2017-11-16", () => {
  const newcomers: StaffSpec[] = [
    ["N", "MB2-717, MB2-715"],
    ["M", "MB2-716"],
  ];
  test("the day before: not accepted, with the version that lists them named", () => {
    const e = run(newcomers, 100000, "2017-11-15");
    expect(e.tier).toBe("none");
    expect(e.people.find((p) => p.name === "N")?.notAccepted).toEqual([
      { code: "MB2-717", reason: "not-listed", acceptedBy: "2017-11-16" },
      { code: "MB2-715", reason: "not-listed", acceptedBy: "2017-11-16" },
    ]);
    const msgs = e.issues.filter((i) => i.sheet === "Staff").map((i) => issueText(i, "en"));
    expect(msgs).toHaveLength(3);
    expect(msgs[0]).toContain("2017-07-07");
    expect(msgs[0]).toContain("2017-11-16");
  });
  test("the day of: accepted", () => {
    const e = run(newcomers, 100000, "2017-11-16");
    expect(e.tier).toBe("silver");
    expect(
      run(
        [
          ["N", "MB2-718, MB2-715"],
          ["O", "MB2-877, MB2-706"],
          ["M", "MB2-716"],
          ["P", "MB2-712"],
        ],
        300000,
        "2017-11-16",
      ).tier,
    ).toBe("gold");
  });
  test("--rule-version overrides the date's choice", () => {
    expect(run(newcomers, 100000, "2018-01-01", { ruleVersion: "2017-06-27" }).tier).toBe("none");
    expect(() => run(newcomers, 1, "2018-01-01", { ruleVersion: "2099-01-01" })).toThrow(/unknown rule version/);
  });
});

describe("MB2-709's acceptance window", () => {
  const staff: StaffSpec[] = [
    ["Mkt", "MB2-709, MB2-710"],
    ["C", "MB2-712"],
  ];
  test("2018-12-31: still fills a slot", () => {
    expect(run(staff, 100000, "2018-12-31").tier).toBe("silver");
  });
  test("2019-01-01: no longer fills a slot, and the report says so for the person", () => {
    const e = run(staff, 100000, "2019-01-01");
    expect(e.tier).toBe("none");
    expect(e.people[0].notAccepted).toEqual([{ code: "MB2-709", reason: "expired" }]);
    const issue = e.issues.find((i) => i.code === "exam.expired");
    expect(issue).toMatchObject({ sheet: "Staff", row: 2, severity: "warning" });
    expect(issueText(issue!, "en")).toContain("2018-12-31");
    // The requirement no longer lists it either.
    expect(toContractJson(e, "en").tiers[0].missing[0].requires[0]).toEqual([
      "MB2-714",
      "MB2-713",
      "MB2-717",
      "MB2-718",
      "MB2-877",
    ]);
  });
  test("under the seed version it has no window", () => {
    expect(run(staff, 100000, "2019-01-01", { ruleVersion: "2017-06-27" }).tier).toBe("silver");
  });
});

describe("markets", () => {
  test.each([
    ["developed", 100000, 300000],
    ["developing", 50000, 150000],
  ] as [Market, number, number][])("%s: exactly at the thresholds, and a cent below", (market, silver, gold) => {
    const asOf = "2017-12-31";
    expect(run(GOLD, silver, asOf, { market }).tier).toBe("silver");
    expect(run(GOLD, silver - 0.01, asOf, { market }).tier).toBe("none");
    expect(run(GOLD, gold, asOf, { market }).tier).toBe("gold");
    expect(run(GOLD, gold - 0.01, asOf, { market }).tier).toBe("silver");
  });
  test("a version without the market falls back to the earliest that has it, with a warning naming it", () => {
    const e = run(SILVER, 50000, "2017-07-01", { market: "developing" });
    expect(e.rules.version).toBe("2017-07-07");
    expect(e.tier).toBe("silver");
    const w = e.issues.find((i) => i.code === "rules.marketFallback");
    expect(w?.severity).toBe("warning");
    expect(issueText(w!, "en")).toContain("2017-06-27");
    expect(issueText(w!, "en")).toContain("2017-07-07");
  });
});

describe("products from 2017-11-16", () => {
  test.each(["Dynamics 365 Customer Engagement", "D365 CE", "d365-ce"])(
    "%s counts from 2017-11-16, not before",
    (product) => {
      const rows = (d: string) => revenueTable([[product, d, 1000, "DPOR"]]);
      expect(evaluate(staffTable([]), rows("2017-11-01"), { asOf: "2017-11-16" }).revenue.ttmCents).toBe(100000);
      expect(evaluate(staffTable([]), rows("2017-11-01"), { asOf: "2017-11-15" }).revenue.ttmCents).toBe(0);
    },
  );
});

describe("retirement", () => {
  test("on 2022-09-30 no notice; from 2022-10-01 the report says the competency no longer exists", () => {
    const before = run(SILVER, 100000, "2022-09-30");
    expect(before.retired).toBeNull();
    const after = run(SILVER, 100000, "2022-10-01");
    expect(after.tier).toBe("silver");
    expect(after.rules.version).toBe("2017-11-16");
    expect(after.retired?.note.en).toMatch(/retired on 30 Sep 2022.*Solutions Partner/);
    expect(after.issues[0]).toMatchObject({ severity: "warning", code: "rules.retired" });
    const zh = evaluate(staffTable(SILVER), revenueOf(1, "2022-10-01"), { asOf: "2022-10-01", lang: "zh-CN" });
    expect(zh.retired?.note["zh-CN"]).toContain("2022 年 9 月 30 日停用");
  });
});
