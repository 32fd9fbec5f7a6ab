// Issue 11 item 5: hidden rows are evaluated like any other; the revenue reader only tallies them.
import { evaluate } from "../../src/core";

const staff = [
  ["Name", "Exam"],
  ["Xu Wei", "MB2-714; MB2-710"],
  ["Li Na", "MB2-712"],
];
const revenue = [
  ["Product", "Date", "Amount", "DPOR"],
  ["CRM Online", "2017-01-15", 60000, "Yes"], // 1
  ["CRM Online", "2017-02-01", 30000, "Yes"], // 2 hidden, counted
  ["Azure", "2017-02-02", 5000, "Yes"], // 3 hidden, excluded
  ["", "", "", ""], // 4 hidden, blank
  ["CRM Online", "2017-03-01", 10000, "Yes"], // 5 hidden, counted
];

test("hidden rows count like any other, and their counted amount is tallied", () => {
  const hidden = evaluate(
    staff,
    { values: revenue, sheet: "Revenue", hiddenRows: new Set([2, 3, 4, 5, 99]) },
    { asOf: "2017-06-30" },
  );
  const plain = evaluate(staff, { values: revenue, sheet: "Revenue" }, { asOf: "2017-06-30" });
  expect(hidden.revenue.ttmCents).toBe(plain.revenue.ttmCents);
  expect(hidden.tier).toBe(plain.tier);
  expect(hidden.revenue.hidden).toEqual({ rows: 3, countedRows: 2, countedCents: 4_000_000 });
  expect(plain.revenue.hidden).toBeUndefined();
});

test("the header row hidden is not a hidden data row", () => {
  const e = evaluate(staff, { values: revenue, sheet: "Revenue", hiddenRows: new Set([0]) }, { asOf: "2017-06-30" });
  expect(e.revenue.hidden).toEqual({ rows: 0, countedRows: 0, countedCents: 0 });
});
