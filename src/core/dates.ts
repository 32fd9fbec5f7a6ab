// Calendar days as integers (days since 1970-01-01). A date is a day, never an instant,
// so nothing here depends on the machine's time zone.
import type { Day } from "./types";

const MS_PER_DAY = 86_400_000;

export function dayFromYmd(y: number, m: number, d: number): Day | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  // Days from the civil calendar by arithmetic (H. Hinnant's days_from_civil): no Date objects
  // on the hot path of a million-row sheet.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : MONTH_DAYS[m - 1];
}

export function ymd(day: Day): { y: number; m: number; d: number } {
  const t = new Date(day * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function toIso(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Strict `YYYY-MM-DD` (rule files, flags). */
export function parseIsoDay(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? dayFromYmd(+m[1], +m[2], +m[3]) : null;
}

/** Today's calendar day on the caller's clock (surfaces pass it in; the core never reads a clock). */
export function dayOfLocalDate(date: Date): Day {
  return dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate()) as Day;
}

/**
 * docs/rules.md §2: the TTM window is [S, D] where S is the day after the same calendar date one year
 * earlier, clamped to month end (D = 2016-02-29 gives S = 2015-03-01).
 */
export function ttmWindow(asOf: Day): { start: Day; end: Day } {
  const { y, m, d } = ymd(asOf);
  const sameDateLastYear = dayFromYmd(y - 1, m, Math.min(d, daysInMonth(y - 1, m)));
  return { start: (sameDateLastYear as Day) + 1, end: asOf };
}

/**
 * Excel's two date systems (Microsoft: "Date systems in Excel"). 1900: serial 1 = 1900-01-01 and
 * serial 60 is the fictitious 1900-02-29. 1904 (older Mac workbooks): serial 0 = 1904-01-01.
 */
export type DateSystem = "1900" | "1904";

export const EXCEL_EPOCH_OFFSET = 25569; // 1900 serial of 1970-01-01
/** 1904 serial of 1970-01-01 (1462 days fewer than the 1900 serial). */
export const EXCEL_1904_EPOCH_OFFSET = 24107;
const MAX_SERIAL_1900 = 2958465; // 9999-12-31
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;

export function dayFromExcelSerial(serial: number, system: DateSystem = "1900"): Day | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (system === "1904") return whole < 0 || whole > MAX_SERIAL_1904 ? null : whole - EXCEL_1904_EPOCH_OFFSET;
  if (whole < 1 || whole > MAX_SERIAL_1900 || whole === 60) return null;
  return whole < 60 ? whole - EXCEL_EPOCH_OFFSET + 1 : whole - EXCEL_EPOCH_OFFSET;
}

export function excelSerialFromDay(day: Day, system: DateSystem = "1900"): number {
  if (system === "1904") return day + EXCEL_1904_EPOCH_OFFSET;
  const serial = day + EXCEL_EPOCH_OFFSET;
  return serial <= 60 ? serial - 1 : serial;
}
