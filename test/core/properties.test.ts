// Properties the rules are combinatorial enough to need: checked against brute force.
import fc from "fast-check";
import { evaluate, SHIPPED_RULES } from "../../src/core";
import { cheapestPlan, maxMatching, popcount, type Seat } from "../../src/core/matching";
import { revenueTable, staffTable, type StaffSpec } from "./helpers";
import type { PlainCell } from "../../src/core";

const RULES = SHIPPED_RULES[2];
const CODES = RULES.exams.map((e) => e.code);
const GROUP_BITS = new Map(RULES.examGroups.map((g, i) => [g.id, 1 << i]));
const TIER_ORDER = ["none", "silver", "gold"];
const rank = (t: string) => TIER_ORDER.indexOf(t);

/** Every way to give each seat a distinct person (or nobody): the best count of fitted seats. */
function bruteMaxFilled(seats: number[], masks: number[]): number {
  const used = new Array(masks.length).fill(false);
  const go = (s: number): number => {
    if (s === seats.length) return 0;
    let best = go(s + 1); // leave this seat empty
    masks.forEach((m, p) => {
      if (used[p] || (m & seats[s]) !== seats[s]) return;
      used[p] = true;
      best = Math.max(best, 1 + go(s + 1));
      used[p] = false;
    });
    return best;
  };
  return go(0);
}

/** Fewest exams to fill every seat with distinct people, new people allowed. */
function bruteMinExams(seats: number[], masks: number[]): number {
  const used = new Array(masks.length).fill(false);
  const go = (s: number): number => {
    if (s === seats.length) return 0;
    let best = popcount(seats[s]) + go(s + 1); // a new person
    masks.forEach((m, p) => {
      if (used[p]) return;
      used[p] = true;
      best = Math.min(best, popcount(seats[s] & ~m) + go(s + 1));
      used[p] = false;
    });
    return best;
  };
  return go(0);
}

const mask = fc.integer({ min: 0, max: 7 });
const seatsArb = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 });

describe("matching and plan against brute force", () => {
  test("maximum matching size equals brute force", () => {
    fc.assert(
      fc.property(seatsArb, fc.array(mask, { maxLength: 7 }), (seats, masks) => {
        const got = maxMatching(
          seats.map((m): Seat => ({ mask: m })),
          masks,
        );
        const persons = got.filter((p) => p >= 0);
        expect(new Set(persons).size).toBe(persons.length); // one seat per person
        got.forEach((p, s) => p >= 0 && expect(masks[p] & seats[s]).toBe(seats[s]));
        expect(persons.length).toBe(bruteMaxFilled(seats, masks));
      }),
      { numRuns: 400 },
    );
  });

  test("the plan's exam count equals the brute-force minimum, new people only when headcount is short", () => {
    fc.assert(
      fc.property(seatsArb, fc.array(mask, { maxLength: 7 }), (seats, masks) => {
        const plan = cheapestPlan(
          seats.map((m): Seat => ({ mask: m })),
          masks,
        );
        const persons = plan.filter((a) => a.person >= 0).map((a) => a.person);
        expect(new Set(persons).size).toBe(persons.length);
        plan.forEach((a, s) => expect(a.missing).toBe(a.person >= 0 ? seats[s] & ~masks[a.person] : seats[s]));
        expect(plan.reduce((n, a) => n + popcount(a.missing), 0)).toBe(bruteMinExams(seats, masks));
        expect(plan.filter((a) => a.person < 0).length).toBe(Math.max(0, seats.length - masks.length));
      }),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------- whole evaluations

const personArb = fc.subarray(CODES, { maxLength: 4 });
const staffArb = fc
  .array(personArb, { maxLength: 6 })
  .map((people) => people.map((codes, i): StaffSpec => [`P${i}`, codes.join(", ")]));
const usdArb = fc.integer({ min: 0, max: 400_000_00 }).map((c) => c / 100);
const revenue = (usd: number) => revenueTable([["CRM Online", "2018-03-01", usd, "Yes"]]);
const AS_OF = "2018-06-30";

test("examPass equals brute-force feasibility on small random staffs", () => {
  fc.assert(
    fc.property(staffArb, (staff) => {
      const e = evaluate(staffTable(staff), revenue(0), { asOf: AS_OF });
      const masks = staff.map(([, codes]) =>
        RULES.examGroups.reduce(
          (m, g) => (g.exams.some((c) => codes.split(", ").includes(c)) ? m | (GROUP_BITS.get(g.id) as number) : m),
          0,
        ),
      );
      for (const t of RULES.tiers) {
        const seats = t.slots.flatMap((s) =>
          Array(s.count).fill(s.requires.reduce((m, g) => m | (GROUP_BITS.get(g) as number), 0)),
        );
        const got = e.tiers.find((x) => x.id === t.id)!;
        expect(got.slotsFilled).toBe(bruteMaxFilled(seats, masks));
        expect(got.examPass).toBe(bruteMaxFilled(seats, masks) === seats.length);
        expect(got.planExamCount).toBe(bruteMinExams(seats, masks));
        expect(got.filled.length + got.missing.length).toBe(seats.length);
      }
    }),
    { numRuns: 300 },
  );
});

test("adding an exam or revenue never lowers the tier", () => {
  fc.assert(
    fc.property(staffArb, usdArb, fc.nat(5), fc.constantFrom(...CODES), usdArb, (staff, usd, who, code, more) => {
      const before = evaluate(staffTable(staff), revenue(usd), { asOf: AS_OF }).tier;
      const withExam = staff.length
        ? staff.map((p, i): StaffSpec => (i === who % staff.length ? [p[0], `${p[1]}, ${code}`] : p))
        : [["New", code] as StaffSpec];
      expect(rank(evaluate(staffTable(withExam), revenue(usd), { asOf: AS_OF }).tier)).toBeGreaterThanOrEqual(
        rank(before),
      );
      expect(rank(evaluate(staffTable(staff), revenue(usd + more), { asOf: AS_OF }).tier)).toBeGreaterThanOrEqual(
        rank(before),
      );
    }),
    { numRuns: 200 },
  );
});

test("a newer version that only adds exams never lowers the tier; developing never below developed", () => {
  fc.assert(
    fc.property(staffArb, usdArb, (staff, usd) => {
      const opts = { asOf: "2018-06-30" };
      const tierOf = (o: object) => rank(evaluate(staffTable(staff), revenue(usd), { ...opts, ...o }).tier);
      expect(tierOf({ ruleVersion: "2017-11-16" })).toBeGreaterThanOrEqual(tierOf({ ruleVersion: "2017-07-07" }));
      expect(tierOf({ market: "developing" })).toBeGreaterThanOrEqual(tierOf({ market: "developed" }));
    }),
    { numRuns: 200 },
  );
});

// ---------------------------------------------------------------- robustness

const junkCell = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom("#N/A", "#VALUE!", "#REF!", "", "   ", "=SUM(A1)", "1e308", "-0", "(", "$", "NaN"),
  fc.constant(Number.MAX_VALUE),
  fc.constant(-Number.MAX_VALUE),
  fc.string({ minLength: 200, maxLength: 2000 }),
  fc.constantFrom("Name", "Exam", "Product", "Date", "Amount", "DPOR", "MB2-714", "CRM Online", "Yes"),
);
const junkTable = fc.array(fc.array(junkCell, { maxLength: 8 }), { maxLength: 15 });

test("evaluate never throws on arbitrary 2D arrays", () => {
  fc.assert(
    fc.property(junkTable, junkTable, fc.constantFrom<"en" | "zh-CN">("en", "zh-CN"), (staff, rev, lang) => {
      const e = evaluate(staff, rev, { asOf: "2018-06-30", lang });
      expect(["none", "silver", "gold"]).toContain(e.tier);
      expect(Number.isSafeInteger(e.revenue.ttmCents)).toBe(true);
    }),
    { numRuns: 300 },
  );
});

test("never drops a well-formed row, whatever junk surrounds it", () => {
  const goodRow = fc.record({
    amount: fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }),
    form: fc.constantFrom("number", "text", "paren"),
    date: fc.integer({ min: 0, max: 364 }),
    dateForm: fc.constantFrom("iso", "serial", "slash", "cn", "date"),
  });
  const junkRow = fc.array(junkCell, { minLength: 5, maxLength: 5 }).filter((r) => r[1] !== "CRM Online");
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          goodRow.map((g) => ({ g })),
          junkRow.map((j) => ({ j })),
        ),
        { maxLength: 40 },
      ),
      (mix) => {
        let expected = 0;
        let counted = 0;
        const rows: PlainCell[][] = [["Customer", "Product", "Date", "Amount", "DPOR"]];
        for (const m of mix) {
          if ("j" in m) {
            rows.push(m.j);
            continue;
          }
          const { amount, form, date, dateForm } = m.g;
          const d = new Date(Date.UTC(2017, 6, 1 + date)); // inside the window of 2018-06-30
          const iso = d.toISOString().slice(0, 10);
          const [y, mo, da] = iso.split("-").map(Number);
          const dateCell = {
            iso,
            serial: 25569 + Math.round(d.getTime() / 86400000),
            slash: `${y}/${mo}/${da}`,
            cn: `${y}年${mo}月${da}日`,
            date: d,
          }[dateForm];
          const abs = (Math.abs(amount) / 100).toFixed(2);
          const amountCell =
            form === "number"
              ? amount / 100
              : form === "text"
                ? `${amount < 0 ? "-" : ""}$${abs}`
                : amount < 0
                  ? `(${abs})`
                  : abs;
          rows.push(["C", "CRM Online", dateCell, amountCell, "Yes"]);
          expected += amount;
          counted++;
        }
        const e = evaluate(staffTable([]), rows, { asOf: "2018-06-30" });
        expect(e.revenue.ttmCents).toBe(expected);
        expect(e.revenue.countedRows).toBe(counted);
      },
    ),
    { numRuns: 300 },
  );
});
