// Which sheet of a workbook holds the staff table and which the revenue table: found by their
// header rows, not their names (docs/rules.md §4). An explicitly named sheet always wins.
import type { RawTable, TableInput } from "./types";
import { detectHeader, REVENUE_FIELDS, STAFF_FIELDS } from "./header-detection";
import type { LocateProblem } from "./locate-text";
import { cleanText } from "./text";

export interface SheetValues {
  name: string;
  values: RawTable;
  /** Excel row / column (1-based) of values[0][0]; default 1, 1. */
  originRow?: number;
  originColumn?: number;
}

export interface TableChoice {
  staffSheet?: string;
  revenueSheet?: string;
  /** Sheets never taken as input (our own results sheets). */
  exclude?: (name: string) => boolean;
}

export type LocateResult = { ok: true; staff: TableInput; revenue: TableInput } | { ok: false; problem: LocateProblem; sheet?: string };

const sameName = (a: string, b: string) => cleanText(a).toLowerCase() === cleanText(b).toLowerCase();

function toInput(s: SheetValues): TableInput {
  return { values: s.values, sheet: s.name, originRow: s.originRow ?? 1, originColumn: s.originColumn ?? 1 };
}

export function locateTables(sheets: readonly SheetValues[], choice: TableChoice = {}): LocateResult {
  const usable = sheets.filter((s) => !choice.exclude?.(s.name));
  const named = (name: string | undefined) => (name === undefined ? undefined : sheets.find((s) => sameName(s.name, name)) ?? null);
  const staffNamed = named(choice.staffSheet);
  if (staffNamed === null) return { ok: false, problem: "staff-sheet-missing", sheet: choice.staffSheet };
  const revenueNamed = named(choice.revenueSheet);
  if (revenueNamed === null) return { ok: false, problem: "revenue-sheet-missing", sheet: choice.revenueSheet };
  const staff = staffNamed ?? usable.find((s) => s !== revenueNamed && detectHeader(s.values, STAFF_FIELDS) !== null);
  if (!staff) return { ok: false, problem: "no-staff-table" };
  const revenue = revenueNamed ?? usable.find((s) => s !== staff && detectHeader(s.values, REVENUE_FIELDS) !== null);
  if (!revenue) return { ok: false, problem: "no-revenue-table" };
  return { ok: true, staff: toInput(staff), revenue: toInput(revenue) };
}
