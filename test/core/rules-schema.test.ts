import { parseRulesJson, validateRules, SHIPPED_RULES, evaluate } from "../../src/core";
import { revenueOf, staffTable } from "./helpers";

const good = () => JSON.parse(JSON.stringify(SHIPPED_RULES[2]));
const errorsOf = (mutate: (d: any) => void) => {
  const d = good();
  mutate(d);
  const r = validateRules(d);
  return r.ok ? [] : r.error;
};

test("every shipped file validates and round-trips", () => {
  for (const r of SHIPPED_RULES) expect(validateRules(JSON.parse(JSON.stringify(r)))).toEqual({ ok: true, value: r });
});

test.each([
  [(d: any) => (d.schema = "v2"), /^schema:/],
  [(d: any) => delete d.id, /^id:/],
  [(d: any) => (d.published = "2017-13-01"), /^published: must be a date/],
  [(d: any) => (d.name = "Cloud CRM"), /^name: must be an object/],
  [(d: any) => delete d.name["zh-CN"], /^name\.zh-CN:/],
  [(d: any) => (d.exams[3].code = "hello"), /^exams\[3\]\.code: "hello" is not an exam code/],
  [(d: any) => (d.exams[1].code = "mb2 714"), /^exams\[1\]\.code: duplicate exam "MB2-714"/],
  [(d: any) => (d.exams[2].acceptedUntil = "someday"), /^exams\[2\]\.acceptedUntil:/],
  [
    (d: any) => d.examGroups[1].exams.push("MB2-000"),
    /^examGroups\[1\]\.exams\[3\]: "MB2-000" is not in the exam catalog/,
  ],
  [
    (d: any) => (d.tiers[1].slots[0].requires[1] = "deploy"),
    /^tiers\[1\]\.slots\[0\]\.requires\[1\]: unknown exam group "deploy"/,
  ],
  [(d: any) => (d.tiers[0].slots[1].count = 0), /^tiers\[0\]\.slots\[1\]\.count:/],
  [(d: any) => (d.tiers[0].id = "none"), /^tiers\[0\]\.id: "none" is reserved/],
  [(d: any) => delete d.markets.developing.revenueUsd.gold, /^markets\.developing\.revenueUsd\.gold:/],
  [(d: any) => (d.markets.developed.revenueUsd.silver = -1), /^markets\.developed\.revenueUsd\.silver:/],
  [(d: any) => (d.markets.emerging = d.markets.developing), /^markets\.emerging:/],
  [(d: any) => (d.products = []), /^products: must be a non-empty list/],
  [(d: any) => (d.attribution.counts = [""]), /^attribution\.counts\[0\]:/],
])("a bad field is named: %#", (mutate, pattern) => {
  const errors = errorsOf(mutate);
  expect(errors.length).toBeGreaterThan(0);
  expect(errors[0]).toMatch(pattern);
});

test("not JSON at all", () => {
  const r = parseRulesJson("{ nope");
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error[0]).toMatch(/not valid JSON/);
});

test("a user's rule set changes the answer without code changes", () => {
  const d = good();
  d.version = "custom-1";
  d.markets.developed.revenueUsd.silver = 10;
  d.exams.push({
    code: "PL-200",
    title: { en: "Power Platform Functional Consultant", "zh-CN": "Power Platform 功能顾问" },
  });
  d.examGroups[2].exams.push("PL-200");
  d.products.push({ id: "d365-sales", name: "Dynamics 365 Sales", aliases: [] });
  const r = validateRules(d);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const staff = staffTable([
    ["A", "MB2-714, MB2-710"],
    ["B", "PL 200"],
  ]);
  const rev = [
    ["Product", "Date", "Amount", "DPOR"],
    ["Dynamics 365 Sales", "2018-01-01", 10, "Yes"],
  ];
  const e = evaluate(staff, rev, { asOf: "2018-06-30", rules: r.value });
  expect(e.tier).toBe("silver");
  expect(e.rules.version).toBe("custom-1");
  expect(evaluate(staff, revenueOf(10, "2018-01-01"), { asOf: "2018-06-30" }).tier).toBe("none");
});
