// Calendar months as integers (year × 12 + month − 1), for grouping rows by month (docs/rules.md §7.1).
import type { Day } from "../types";
import { dayFromYmd, daysInMonth, ymd } from "../dates";

export type Month = number;

export const monthOfDay = (day: Day): Month => {
  const { y, m } = ymd(day);
  return y * 12 + m - 1;
};
export const monthIso = (m: Month): string => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
export function parseMonthIso(text: string): Month | null {
  const r = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!r || +r[2] < 1 || +r[2] > 12) return null;
  return +r[1] * 12 + +r[2] - 1;
}
export const lastDayOfMonth = (m: Month): Day => {
  const y = Math.floor(m / 12);
  const mm = (m % 12) + 1;
  return dayFromYmd(y, mm, daysInMonth(y, mm)) as Day;
};
/** The latest month of an as-of date: the calendar month before its month. */
export const latestMonthOf = (asOf: Day): Month => monthOfDay(asOf) - 1;
/** `--month` without `--as-of`: the last day of the month after L. */
export const asOfForMonth = (latest: Month): Day => lastDayOfMonth(latest + 1);

/** The same calendar date a year later, clamped to month end (2024-02-29 → 2025-02-28). */
export function yearAfter(day: Day): Day {
  const { y, m, d } = ymd(day);
  return dayFromYmd(y + 1, m, Math.min(d, daysInMonth(y + 1, m))) as Day;
}
