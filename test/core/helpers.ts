import type { PlainCell } from "../../src/core";
// Builders for small staff and revenue tables in tests.
export const STAFF_HEADER = ["Name", "Exam", "Passed on", "Active"];
export const REVENUE_HEADER = ["Customer", "Product", "Date", "Amount", "DPOR"];

export type StaffSpec = [name: string, exams: string, passedOn?: PlainCell, active?: PlainCell];

export function staffTable(rows: StaffSpec[]): PlainCell[][] {
  return [STAFF_HEADER, ...rows.map(([n, e, p = "", a = ""]) => [n, e, p, a])];
}

export function revenueTable(
  rows: [product: string, date: PlainCell, amount: PlainCell, dpor?: PlainCell][],
): PlainCell[][] {
  return [REVENUE_HEADER, ...rows.map(([p, d, a, x = "Yes"], i) => [`Customer ${i + 1}`, p, d, a, x])];
}

/** One eligible DPOR row worth `usd`, dated inside the window of `asOf`. */
export function revenueOf(usd: number, date = "2017-06-01"): PlainCell[][] {
  return revenueTable([["CRM Online", date, usd, "Yes"]]);
}
