import { evaluate, exclusionText, issueText, toContractJson } from "../../src/core";
import type { Evaluation } from "../../src/core";
import { revenueOf, revenueTable, staffTable } from "./helpers";
import type { PlainCell } from "../../src/core";

const AS_OF = "2017-06-30";
const run = (staff: PlainCell[][], revenue: PlainCell[][], asOf = AS_OF) => evaluate(staff, revenue, { asOf });
const tier = (e: Evaluation, id: string) => e.tiers.find((t) => t.id === id)!;

describe("the seed's Silver and Gold (docs/rules.md §1)", () => {
  test("Silver: one person with business+deployment, another with customization, USD 100,000", () => {
    const e = run(
      staffTable([
        ["Xu Wei", "MB2-714, MB2-710"],
        ["Yan Li", "MB2-712"],
      ]),
      revenueOf(100000),
    );
    expect(e.tier).toBe("silver");
    const s = tier(e, "silver");
    expect(s).toMatchObject({
      pass: true,
      revenuePass: true,
      examPass: true,
      slotsFilled: 2,
      slotsRequired: 2,
      gapCents: 0,
    });
    expect(s.filled.map((f) => [f.person, f.exams])).toEqual([
      ["Xu Wei", ["MB2-714", "MB2-710"]],
      ["Yan Li", ["MB2-712"]],
    ]);
    expect(tier(e, "gold")).toMatchObject({
      pass: false,
      revenuePass: false,
      examPass: false,
      slotsFilled: 2,
      slotsRequired: 4,
    });
  });

  test("Gold: two with business+deployment, two others with customization, USD 300,000", () => {
    const staff = staffTable([
      ["A", "MB2-713; MB2-706"],
      ["B", "MB2-709/MB2-710"],
      ["C", "MB2-707"],
      ["D", "MB2-712"],
    ]);
    const e = run(staff, revenueOf(300000));
    expect(e.tier).toBe("gold");
    expect(tier(e, "gold")).toMatchObject({ pass: true, slotsFilled: 4, missing: [], plan: [] });
  });

  test("one person cannot fill two slots of a tier", () => {
    const e = run(staffTable([["Solo", "MB2-714, MB2-710, MB2-712"]]), revenueOf(500000));
    expect(e.tier).toBe("none");
    const s = tier(e, "silver");
    expect(s.slotsFilled).toBe(1);
    expect(s.missing).toHaveLength(1);
  });

  test("a slot needing two groups is filled by ONE person, not two half-people", () => {
    const e = run(
      staffTable([
        ["Biz", "MB2-714"],
        ["Dep", "MB2-710"],
        ["Cus", "MB2-712"],
      ]),
      revenueOf(100000),
    );
    expect(e.tier).toBe("none");
    const missing = tier(e, "silver").missing;
    expect(missing).toHaveLength(1);
    expect(missing[0].requires.map((g) => g.group)).toEqual(["business", "deployment"]);
    // The closest candidates each need one more group.
    expect(missing[0].candidates.map((c) => [c.person, c.needs.map((n) => n.group)])).toEqual([
      ["Biz", ["deployment"]],
      ["Dep", ["business"]],
    ]);
  });
});

describe("matching, not first-fit", () => {
  test("the all-rounder listed first must take the slot nobody else can", () => {
    // First-fit would give All the business+deployment slot and leave customization empty.
    const e = run(
      staffTable([
        ["All", "MB2-714, MB2-710, MB2-712"],
        ["BizDep", "MB2-713, MB2-706"],
      ]),
      revenueOf(100000),
    );
    expect(e.tier).toBe("silver");
    const byPerson = Object.fromEntries(
      tier(e, "silver").filled.map((f) => [f.person, f.requires.map((g) => g.group).join("+")]),
    );
    expect(byPerson).toEqual({ BizDep: "business+deployment", All: "customization" });
  });

  test("Gold with two all-rounders and two specialists in every order", () => {
    const people: [string, string][] = [
      ["All1", "MB2-714,MB2-710,MB2-712"],
      ["All2", "MB2-713,MB2-706,MB2-707"],
      ["Cus", "MB2-712"],
      ["BD", "MB2-709,MB2-706"],
    ];
    const orders = [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [2, 0, 3, 1],
      [1, 3, 0, 2],
    ];
    for (const o of orders) {
      const e = run(staffTable(o.map((i) => people[i])), revenueOf(300000));
      expect(e.tier).toBe("gold");
    }
  });
});

describe("revenue (docs/rules.md §2)", () => {
  test("exact to the cent: 100,000.00 passes and 99,999.99 fails", () => {
    const staff = staffTable([
      ["A", "MB2-714, MB2-710"],
      ["B", "MB2-712"],
    ]);
    expect(run(staff, revenueOf(100000)).tier).toBe("silver");
    expect(run(staff, revenueOf(99999.99)).tier).toBe("none");
    expect(tier(run(staff, revenueOf(99999.99)), "silver").gapCents).toBe(1);
    // Many float-unfriendly amounts that add to exactly 100,000.00.
    const rows = revenueTable([
      ...Array.from({ length: 1000 }, (): [string, string, number] => ["CRM Online", "2017-01-01", 100.1]),
      ["CRM Online", "2017-01-01", -100],
    ]);
    const e = run(staff, rows);
    expect(e.revenue.ttmCents).toBe(100000_00);
    expect(e.tier).toBe("silver");
  });

  test("window edges, eligibility, DPOR, credits", () => {
    const e = run(
      staffTable([]),
      revenueTable([
        ["CRM Online", "2016-06-30", 1, "Yes"], // day before the window
        ["CRM Online", "2016-07-01", 10, "Yes"], // first day
        ["Microsoft Dynamics CRM Online", "2017-06-30", 100, "DPOR"], // as-of day
        ["CRM Online", "2017-07-01", 1000, "Yes"], // after as-of
        ["dynamics-365 plan-1 enterprise edition", 42900, 10000, "Y"],
        ["D365 PLAN 1", "2017/01/01", "(2,000.00)", "TRUE"], // credit
        ["Azure", "2017-01-01", 100000, "Yes"],
        ["CRM Online", "2017-01-01", 100000, "No"],
        ["CRM Online", "2017-01-01", 100000, ""],
        ["CRM Online", "2017-01-01", 100000, "CPOR"],
        ["CRM Online", "2017-01-01", 100000, "csp"],
        ["Dynamics 365 Customer Engagement", "2017-01-01", 100000, "Yes"], // alias only from 2017-11-16
      ]),
    );
    expect(e.revenue.ttmCents).toBe((10 + 100 + 10000 - 2000) * 100);
    expect(e.revenue.countedRows).toBe(4);
    expect(e.revenue.excludedRows).toBe(8);
    const reasons = Object.fromEntries(e.revenue.excluded.map((x) => [exclusionText(x, "en"), x.rows]));
    expect(reasons).toMatchObject({
      "Dated before the TTM window": 1,
      "Dated after the as-of date": 1,
      "Not an eligible product: Azure": 1,
      "Not an eligible product: Dynamics 365 Customer Engagement": 1,
      "Not DPOR: No": 1,
      "Not DPOR: blank": 1,
      "Not DPOR: CPOR": 1,
      "Not DPOR: CSP": 1,
    });
  });

  test("bad rows become issues with the row number the user sees, and good rows survive", () => {
    const values = [
      ["Revenue FY17"], // a title row above the header
      [],
      ["Product", "Invoice date", "Amount (USD)", "Digital partner of record"],
      ["CRM Online", "2017-01-01", "12,345.67", "Yes"],
      ["CRM Online", "someday", 5, "Yes"],
      ["CRM Online", "2017-01-01", "lots", "Yes"],
      ["", "2017-01-01", 5, "Yes"],
      ["CRM Online", "2017-01-01", 1, "perhaps"],
      ["CRM Online", "#N/A", 5, "Yes"],
    ];
    const e = run(staffTable([]), values);
    expect(e.revenue.ttmCents).toBe(1234567);
    const revIssues = e.issues.filter((i) => i.sheet === "Revenue").map((i) => [i.row, i.column, i.severity]);
    expect(revIssues).toEqual([
      [5, "Invoice date", "error"],
      [6, "Amount (USD)", "error"],
      [7, "Product", "error"],
      [8, "Digital partner of record", "warning"],
      [9, "Invoice date", "error"],
    ]);
  });

  test("a revenue table whose header is not where we look", () => {
    const e = run(staffTable([]), [["just"], ["some"], ["numbers", 1, 2]]);
    expect(e.revenue.ttmCents).toBe(0);
    expect(e.issues.find((i) => i.sheet === "Revenue")).toMatchObject({ severity: "error", row: null });
  });
});

describe("exams and people (docs/rules.md §3)", () => {
  test("names are one person however typed; ID wins over name", () => {
    const e = run(
      staffTable([
        ["  xu   wei ", "MB2-714"],
        ["Xu Wei", "MB2-710"],
        ["XU WEI", "MB2-712"],
      ]),
      revenueOf(1),
    );
    expect(e.people.map((p) => [p.name, p.exams])).toEqual([["Xu Wei", ["MB2-714", "MB2-710", "MB2-712"]]]);
    const withIds = run(
      [
        ["Name", "Email", "Exam"],
        ["Li Na", "li.na@contoso.com", "MB2-714"],
        ["Li Na", "li.na2@contoso.com", "MB2-710"],
        ["Li Na", "", "MB2-712"],
      ],
      revenueOf(1),
    );
    expect(withIds.people).toHaveLength(3);
  });

  test("pass dates: after as-of not held, blank held, unreadable not counted", () => {
    const e = run(
      staffTable([
        ["A", "MB2-714", "2017-07-01"],
        ["B", "MB2-714", ""],
        ["C", "MB2-714", "tomorrow"],
        ["D", "MB2-714", "2017-06-30"],
      ]),
      revenueOf(1),
    );
    expect(Object.fromEntries(e.people.map((p) => [p.name, p.exams.length]))).toEqual({ A: 0, B: 1, C: 0, D: 1 });
    expect(e.issues.filter((i) => i.sheet === "Staff").map((i) => [i.row, i.severity])).toEqual([
      [2, "info"],
      [4, "error"],
    ]);
  });

  test("messages name a person as the report does, whichever row spelled it first", () => {
    const e = run(
      staffTable([
        ["zhang  min", "MB2-712", "2017-07-02"],
        ["Zhang Min", "MB2-714", ""],
      ]),
      revenueOf(1),
    );
    expect(e.people.map((p) => p.name)).toEqual(["Zhang Min"]);
    expect(
      issueText(
        e.issues.find((i) => i.code === "staff.passedAfterAsOf")!,
        "en",
      ),
    ).toContain("Zhang Min passed MB2-712 on 2017-07-02");
  });

  test("inactive rows are ignored; unknown codes reported, not fatal", () => {
    const e = run(
      staffTable([
        ["A", "MB2-714, MB2-710", "", "No"],
        ["B", "MB2-999, MB2-712", "", "是"],
        ["C", "AZ-900", "", "maybe"],
      ]),
      revenueOf(1),
    );
    expect(e.people.map((p) => p.name)).toEqual(["B", "C"]);
    expect(e.people[0].exams).toEqual(["MB2-712"]);
    // Issue 10: an unreadable status drops that row's exams (it used to count them as active), so
    // C's AZ-900 is not looked up.
    expect(e.issues.map((i) => i.code)).toEqual(["staff.inactive", "exam.unknown", "staff.statusUnreadable"]);
  });

  test("Chinese headers and a title row", () => {
    const e = run(
      [
        ["员工考试记录"],
        ["姓名", "工号", "考试代码", "通过日期", "在职"],
        ["许伟", "001", "MB2-714、MB2-710", "2017年1月5日", "是"],
        ["严丽", "002", "MB2-712", 42800, "是"],
      ],
      [
        ["客户", "产品", "开票日期", "金额", "记录在案的合作伙伴"],
        ["甲", "CRM Online", "2017/05/01", "$100,000.00", "是"],
      ],
    );
    expect(e.tier).toBe("silver");
    expect(e.columns.staff?.headerRow).toBe(1);
  });
});

describe("the JSON contract (docs/rules.md §5)", () => {
  test("shape and values", () => {
    const e = run(
      staffTable([
        ["Xu Wei", "MB2-714, MB2-710"],
        ["Yan Li", "MB2-713"],
      ]),
      revenueOf(123456.78),
    );
    const j = toContractJson(e, "en");
    expect(j).toMatchObject({
      asOf: "2017-06-30",
      tier: "none",
      rules: { id: "cloud-crm", version: "2017-06-27", market: "developed" },
      revenue: {
        ttmUsd: 123456.78,
        windowStart: "2016-07-01",
        windowEnd: "2017-06-30",
        countedRows: 1,
        excludedRows: 0,
      },
    });
    expect(j.tiers[0]).toEqual({
      id: "silver",
      pass: false,
      revenuePass: true,
      examPass: false,
      requiredUsd: 100000,
      gapUsd: 0,
      slots: [
        {
          requires: [
            ["MB2-714", "MB2-713", "MB2-709"],
            ["MB2-710", "MB2-706"],
          ],
          person: "Xu Wei",
          exams: ["MB2-714", "MB2-710"],
        },
      ],
      missing: [
        { requires: [["MB2-712", "MB2-707"]], candidates: [{ person: "Yan Li", needs: [["MB2-712", "MB2-707"]] }] },
      ],
      plan: [{ person: "Yan Li", exams: [["MB2-712", "MB2-707"]] }],
    });
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });

  test("a new person appears as null when headcount is short", () => {
    const j = toContractJson(run(staffTable([["Only", "MB2-714"]]), revenueOf(1)), "en");
    expect(j.tiers[0].plan).toEqual([
      { person: "Only", exams: [["MB2-710", "MB2-706"]] },
      { person: null, exams: [["MB2-712", "MB2-707"]] },
    ]);
  });
});
