// Combining sheets (issue 11) against the obvious brute force: the rows of several sheets read
// together give what one sheet holding the distinct rows gives, whatever the split.
import fc from "fast-check";
import { evaluate, locateTables, toContractJson, type PlainCell } from "../../src/core";
import { REVENUE_HEADER, staffTable } from "./helpers";

const STAFF = staffTable([["Xu Wei", "MB2-714, MB2-710"], ["Yan Li", "MB2-712"]]);
const row = fc.tuple(
  fc.constantFrom("Contoso", "Fabrikam"),
  fc.constantFrom("CRM Online", "Azure", "Dynamics 365 Plan 1"),
  fc.constantFrom("2016-06-15", "2016-12-01", "2017-06-30", "2017-07-01"),
  fc.integer({ min: 1, max: 90_000 }),
  fc.constantFrom("Yes", "No", "CPOR"),
);

test("revenue split over several sheets (rows repeated across them counted once) = one sheet of the distinct rows", () => {
  fc.assert(
    fc.property(fc.array(row, { maxLength: 25 }), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 25, maxLength: 25 }), fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }), (rows, sheetOf, copied) => {
      const sheets: PlainCell[][][] = [[REVENUE_HEADER], [REVENUE_HEADER], [REVENUE_HEADER]];
      rows.forEach((r, i) => {
        sheets[sheetOf[i]].push([...r]);
        if (copied[i]) sheets[(sheetOf[i] + 1) % 3].push([...r]); // the same row copied to another sheet
      });
      const located = locateTables([{ name: "Staff", values: STAFF }, ...sheets.map((values, i) => ({ name: `Month ${i + 1}`, values }))]);
      if (!located.ok) throw new Error(located.problem);
      expect(located.revenue.map((t) => t.sheet)).toEqual(["Month 1", "Month 2", "Month 3"]);
      const combined = evaluate(located.staff, located.revenue, { asOf: "2017-06-30" });
      // Brute force: a row repeated on another sheet is one row; repeats within one sheet stay.
      const key = (r: PlainCell[]) => JSON.stringify(r);
      const seenOn = new Map<string, number>();
      const distinct: PlainCell[][] = [REVENUE_HEADER];
      sheets.forEach((s, i) => {
        const here = new Set<string>();
        for (const r of s.slice(1)) {
          const k = key(r);
          const first = seenOn.get(k);
          if (first !== undefined && first !== i) continue;
          here.add(k);
          distinct.push(r);
        }
        for (const k of here) if (!seenOn.has(k)) seenOn.set(k, i);
      });
      const single = evaluate(STAFF, distinct, { asOf: "2017-06-30" });
      expect(combined.revenue.ttmCents).toBe(single.revenue.ttmCents);
      expect(combined.revenue.countedRows).toBe(single.revenue.countedRows);
      expect(combined.revenue.excludedRows).toBe(single.revenue.excludedRows);
      expect(combined.revenue.excluded.map((x) => [x.reason, x.detail, x.rows, x.cents])).toEqual(single.revenue.excluded.map((x) => [x.reason, x.detail, x.rows, x.cents]));
      expect(toContractJson(combined, "en").tier).toBe(single.tier);
    }),
    { numRuns: 200 },
  );
});
